using Microsoft.Extensions.Options;

namespace ClasseCRM.Web.Infrastructure.Hosting;

/// <summary>The absolute paths of the application database and the job database.</summary>
public sealed class StoragePaths
{
    public StoragePaths(IOptions<StorageOptions> options, IWebHostEnvironment environment)
    {
        var o = options.Value;
        DataDirectory = Path.GetFullPath(Path.Combine(environment.ContentRootPath, o.DataDirectory));
        Directory.CreateDirectory(DataDirectory);
        DatabasePath = Path.Combine(DataDirectory, o.DatabaseFile);
        JobsDatabasePath = Path.Combine(DataDirectory, o.JobsFile);
        SeedsDirectory = Path.Combine(environment.ContentRootPath, "seeds");
    }

    public string DataDirectory { get; }
    public string DatabasePath { get; }
    public string JobsDatabasePath { get; }
    public string SeedsDirectory { get; }

    public string ConnectionString => $"Data Source={DatabasePath};Default Timeout=30;Pooling=True";
}
