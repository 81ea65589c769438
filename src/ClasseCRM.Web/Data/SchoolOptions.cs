namespace ClasseCRM.Web.Data;

/// <summary>
/// Configuration section « School »: the établissement of a school's own installation, created with these values at the
/// first start (its administrator changes them later on /admin/etablissement). An académie's installation ignores it:
/// its operator creates the établissements.
/// </summary>
public sealed class SchoolOptions
{
    public const string Section = "School";

    public string Name { get; set; } = "";

    /// <summary>The UAI code (7 digits and a letter); kept only when valid.</summary>
    public string? Uai { get; set; }

    public string? City { get; set; }
}
