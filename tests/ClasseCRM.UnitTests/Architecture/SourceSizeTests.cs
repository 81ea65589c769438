using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ClasseCRM.UnitTests.Architecture;

/// <summary>
/// The size rules of the house, read from the source itself with Roslyn: no hand-written file of the app over 400
/// lines, no method, constructor, accessor or local function over 100 (generated migrations aside).
/// </summary>
public sealed class SourceSizeTests
{
    private const int MaxFileLines = 400;
    private const int MaxMethodLines = 100;

    private static readonly string Source = Path.Combine(RepositoryRoot(), "src");

    private static IEnumerable<string> HandWrittenFiles() =>
        Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [Fact]
    public void NoHandWrittenFile_IsOver400Lines()
    {
        var files = HandWrittenFiles().ToList();
        var over = files.Select(f => (File: Path.GetRelativePath(Source, f), Lines: File.ReadLines(f).Count()))
            .Where(x => x.Lines > MaxFileLines).Select(x => $"{x.File} : {x.Lines} lignes").ToList();

        Assert.True(files.Count > 100, $"{files.Count} fichiers trouvés sous {Source}");
        Assert.True(over.Count == 0, string.Join("\n", over));
    }

    [Fact]
    public void NoMethod_IsOver100Lines()
    {
        var over = new List<string>();
        var bodies = 0;
        foreach (var file in HandWrittenFiles())
        {
            var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(file), path: file);
            foreach (var node in tree.GetRoot().DescendantNodes().Where(IsBodyOwner))
            {
                bodies++;
                var span = node.GetLocation().GetLineSpan();
                var lines = span.EndLinePosition.Line - span.StartLinePosition.Line + 1;
                if (lines > MaxMethodLines)
                {
                    over.Add($"{Path.GetRelativePath(Source, file)}:{span.StartLinePosition.Line + 1} {Name(node)} : {lines} lignes");
                }
            }
        }

        Assert.True(bodies > 1000, $"{bodies} méthodes lues");
        Assert.True(over.Count == 0, string.Join("\n", over));
    }

    private static bool IsBodyOwner(SyntaxNode node) =>
        node is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax;

    private static string Name(SyntaxNode node) => node switch
    {
        MethodDeclarationSyntax m => m.Identifier.Text,
        ConstructorDeclarationSyntax c => c.Identifier.Text,
        LocalFunctionStatementSyntax l => l.Identifier.Text,
        _ => node.Kind().ToString(),
    };

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClasseCRM.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("ClasseCRM.sln introuvable au-dessus de " + AppContext.BaseDirectory);
    }
}
