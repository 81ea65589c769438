using ClasseCRM.Web.Infrastructure.Access;
using Hangfire.Dashboard;

namespace ClasseCRM.Web.Infrastructure.Jobs;

/// <summary>
/// The Hangfire dashboard at /admin/jobs is for whoever runs the installation (<see cref="Installation"/>): a school's
/// administrator, or an académie's operator — its jobs are every établissement's. Everyone else gets 403.
/// </summary>
public sealed class AdminDashboardAuthorizationFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => Installation.IsRunBy(context.GetHttpContext());
}
