using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClasseCRM.Web.Infrastructure.Health;

/// <summary>Writes /sante as short French plain text: one line overall, one per check. No exception text.</summary>
public static class HealthResponseWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var text = new StringBuilder();
        text.Append(report.Status == HealthStatus.Healthy ? "Sain" : "Dégradé").Append('\n');
        foreach (var (name, entry) in report.Entries)
        {
            text.Append(name).Append(" : ").Append(entry.Description).Append('\n'); // typo-fix: keep
        }
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(text.ToString());
    }
}
