namespace ClasseCRM.Web.Domain;

/// <summary>A line of the objection grid: what the prospect says, its type and the answer the company recommends.</summary>
public sealed class ScenarioObjection
{
    public int Id { get; set; }
    public int ScenarioId { get; set; }
    public string Objection { get; set; } = "";
    public string Type { get; set; } = "";
    public string Technique { get; set; } = "";
    public string Answer { get; set; } = "";
    public int SortOrder { get; set; }
}
