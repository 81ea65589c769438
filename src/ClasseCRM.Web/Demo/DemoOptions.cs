namespace ClasseCRM.Web.Demo;

/// <summary>Configuration section "Demo". Seed defaults to true in Development only (DESIGN.md: the demo school).</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public const string Password = "demo-classecrm";

    public bool? Seed { get; set; }
}
