using System.ComponentModel;
using System.Globalization;
using Hangfire.Common;

namespace ClasseCRM.Web.Infrastructure.Jobs;

/// <summary>
/// A job's name as the administrator reads it: the French [DisplayName] of its method with the job's arguments (the
/// same text the Hangfire dashboard shows), or the method's name for a job without one.
/// </summary>
public static class JobNames
{
    public static string Of(Job? job)
    {
        if (job is null)
        {
            return "Tâche inconnue (son code a changé)";
        }
        var name = job.Method.GetCustomAttributes(typeof(DisplayNameAttribute), true).OfType<DisplayNameAttribute>().FirstOrDefault()?.DisplayName;
        if (name is null)
        {
            return $"{job.Type.Name}.{job.Method.Name}";
        }
        try
        {
            return string.Format(CultureInfo.InvariantCulture, name, job.Args.ToArray());
        }
        catch (FormatException)
        {
            return name;
        }
    }
}
