namespace ClasseCRM.Web.Domain;

/// <summary>A student's place in a class.</summary>
public sealed class ClassEnrollment
{
    public int Id { get; set; }
    public int ClassId { get; set; }
    public SchoolClass? Class { get; set; }
    public string StudentId { get; set; } = "";
    public AppUser? Student { get; set; }
}
