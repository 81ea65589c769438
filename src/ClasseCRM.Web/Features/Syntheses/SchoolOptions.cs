namespace ClasseCRM.Web.Features.Syntheses;

/// <summary>The school (établissement) as the cover page of a document names it (configuration section « School »).</summary>
public sealed class SchoolOptions
{
    public const string Section = "School";

    public string Name { get; set; } = "";
}
