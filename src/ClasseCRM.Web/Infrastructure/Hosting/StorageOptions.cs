using System.ComponentModel.DataAnnotations;

namespace ClasseCRM.Web.Infrastructure.Hosting;

/// <summary>Where the SQLite files live. A relative folder is resolved against the content root, never the working directory.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    [Required]
    public string DataDirectory { get; set; } = "App_Data";

    public string DatabaseFile { get; set; } = "classecrm.db";

    public string JobsFile { get; set; } = "hangfire.db";
}
