namespace ClasseCRM.Web.Domain;

/// <summary>The three roles of DESIGN.md. The names are the ones stored in Identity and shown to users.</summary>
public static class Roles
{
    public const string Student = "Eleve";
    public const string Teacher = "Enseignant";
    public const string Admin = "Administrateur";

    /// <summary>The académie operator (issue 20): creates établissements and their first administrator, runs the installation; reads no class.</summary>
    public const string Operator = "Operateur";

    public static readonly IReadOnlyList<string> All = [Student, Teacher, Admin, Operator];

    public static string Label(string role) => role switch
    {
        Student => "Élève",
        Teacher => "Enseignant",
        Admin => "Administrateur",
        Operator => "Opérateur académique",
        _ => role,
    };
}
