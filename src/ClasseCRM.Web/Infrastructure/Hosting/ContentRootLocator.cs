namespace ClasseCRM.Web.Infrastructure.Hosting;

/// <summary>
/// Finds the content root: the repository root (or a published folder) that holds both appsettings.json and wwwroot/.
/// Walking up from the binaries makes <c>dotnet run</c> from any folder, tests and published folders agree.
/// </summary>
public static class ContentRootLocator
{
    public static string Find(string? start = null)
    {
        var dir = new DirectoryInfo(start ?? AppContext.BaseDirectory);
        while (dir is not null)
        {
            if (File.Exists(Path.Combine(dir.FullName, "appsettings.json")) && Directory.Exists(Path.Combine(dir.FullName, "wwwroot")))
            {
                return dir.FullName;
            }
            dir = dir.Parent;
        }
        return Directory.GetCurrentDirectory();
    }
}
