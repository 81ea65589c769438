namespace ClasseCRM.Web.Data;

/// <summary>Configuration section "Admin": the first administrator of a real installation (never a password in code).</summary>
public sealed class AdminBootstrapOptions
{
    public const string Section = "Admin";

    public string? UserName { get; set; }

    public string? Password { get; set; }
}
