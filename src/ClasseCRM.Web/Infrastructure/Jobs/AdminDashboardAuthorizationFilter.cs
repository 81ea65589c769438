using ClasseCRM.Web.Domain;
using Hangfire.Dashboard;

namespace ClasseCRM.Web.Infrastructure.Jobs;

/// <summary>The Hangfire dashboard at /admin/jobs is for administrators only; everyone else gets 403 (or the sign-in page).</summary>
public sealed class AdminDashboardAuthorizationFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
}
