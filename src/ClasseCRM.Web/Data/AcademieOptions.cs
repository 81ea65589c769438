namespace ClasseCRM.Web.Data;

/// <summary>
/// Configuration section « Academie » (issue 20, item 5): an académie's installation, serving several établissements.
/// Naming its operator turns the mode on: the operator account is created at start when there is none (it must choose its
/// own password at first sign-in), creates the établissements and their first administrator, and alone runs the
/// installation (jobs, backups, mail settings). Without it, the installation is one school's: its administrator runs it.
/// </summary>
public sealed class AcademieOptions
{
    public const string Section = "Academie";

    public string? OperatorUserName { get; set; }

    public string? OperatorPassword { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(OperatorUserName);
}
