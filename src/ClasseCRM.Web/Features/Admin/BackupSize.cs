using ClasseCRM.Web.Infrastructure.Formatting;

namespace ClasseCRM.Web.Features.Admin;

/// <summary>A file size as an administrator reads it: « 512 Ko », « 12,4 Mo » (decimal comma, no-break space).</summary>
public static class BackupSize
{
    public static string Of(long bytes) => bytes < 1024 * 1024
        ? $"{Math.Max(1, (bytes + 1023) / 1024).ToString(French.Culture)}\u00A0Ko"
        : $"{(bytes / 1024m / 1024m).ToString("0.0", French.Culture)}\u00A0Mo";
}
