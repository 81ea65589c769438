using ClasseCRM.Web.Features.Admin;

namespace ClasseCRM.Web.Features.Schools;

/// <summary>The operator's form: a new établissement and its first administrator, created together.</summary>
public sealed class SchoolCreateViewModel
{
    public SchoolFormViewModel School { get; set; } = new();

    public StaffAccountViewModel Admin { get; set; } = new();
}
