using System.Text.RegularExpressions;

namespace ClasseCRM.UnitTests.Architecture;

/// <summary>
/// Issue 20's seam: what depends on the database provider (its options, raw SQL, pragmas, provider checks, the providers'
/// own types) lives in <c>Infrastructure/Data/</c> (and the generated migrations), nowhere else in the app.
/// </summary>
public sealed partial class ProviderSeamTests
{
    private static readonly string Web = Path.Combine(RepositoryRoot(), "src", "ClasseCRM.Web");

    [Fact]
    public void ProviderSpecificCode_LivesInTheSeamOnly()
    {
        var seam = Path.Combine(Web, "Infrastructure", "Data") + Path.DirectorySeparatorChar;
        var migrations = Path.Combine(Web, "Data", "Migrations") + Path.DirectorySeparatorChar;
        var files = Directory.EnumerateFiles(Web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.StartsWith(seam, StringComparison.Ordinal) && !f.StartsWith(migrations, StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        var found = files.SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => ProviderSpecific().IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(Web, l.File)}:{l.Line} {l.Text.Trim()}")
            .ToList();

        Assert.True(files.Count > 100, $"{files.Count} fichiers trouvés sous {Web}");
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [GeneratedRegex(@"ExecuteSql|SqlQuery|FromSql|PRAGMA|UseSqlite|UseNpgsql|IsSqlite\(|IsNpgsql\(|Microsoft\.Data\.Sqlite|\bNpgsql\b|Hangfire\.Storage\.SQLite|Hangfire\.PostgreSql")]
    private static partial Regex ProviderSpecific();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ClasseCRM.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("ClasseCRM.sln introuvable.");
    }
}
