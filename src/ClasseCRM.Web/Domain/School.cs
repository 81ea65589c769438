namespace ClasseCRM.Web.Domain;

/// <summary>
/// An établissement (a lycée): the level above classes (issue 20, item 5). Its administrator manages its teachers; its
/// teachers' classes and their students belong to it. A school's own installation (SQLite) holds exactly one; an
/// académie's holds one per lycée, created by the académie operator.
/// </summary>
public sealed class School
{
    public int Id { get; set; }
    public string Name { get; set; } = "";

    /// <summary>The Unité administrative immatriculée (e.g. 0750654D), the national identifier of the établissement; unique when set.</summary>
    public string? Uai { get; set; }
    public string City { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
}
