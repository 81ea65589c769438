namespace ClasseCRM.Web.Domain;

/// <summary>The three roles of DESIGN.md. The names are the ones stored in Identity and shown to users.</summary>
public static class Roles
{
    public const string Student = "Eleve";
    public const string Teacher = "Enseignant";
    public const string Admin = "Administrateur";

    public static readonly IReadOnlyList<string> All = [Student, Teacher, Admin];

    public static string Label(string role) => role switch
    {
        Student => "Élève",
        Teacher => "Enseignant",
        Admin => "Administrateur",
        _ => role,
    };
}
