namespace ClasseCRM.Web.Domain;

/// <summary>A portefeuille: where one student (or a pair) works, for one class and one scenario.</summary>
public sealed class Workspace
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public int ClassId { get; set; }
    public SchoolClass? Class { get; set; }
    public int ScenarioId { get; set; }
    public Scenario? Scenario { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public List<WorkspaceMember> Members { get; set; } = [];
}
