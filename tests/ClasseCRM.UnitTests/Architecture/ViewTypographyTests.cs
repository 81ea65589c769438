using System.Reflection;
using System.Text.RegularExpressions;
using ClasseCRM.Web.Data;

namespace ClasseCRM.UnitTests.Architecture;

/// <summary>
/// French typography in the views (<c>FrenchTypography</c>): no regular space before « : », « ; », « ? » or « ! » in a
/// view's text — it must be a no-break one, or the sign wraps alone onto the next line — and no « (s) » for a plural.
/// The text is read from the compiled views, where Razor itself has told literal text (and the views' C# strings) from
/// code, so a ternary « a ? b : c » is never mistaken for text; each finding is traced back to its file and line.
/// </summary>
public sealed partial class ViewTypographyTests
{
    private static readonly Assembly App = typeof(AppDbContext).Assembly;

    private static readonly string Source = Path.Combine(RepositoryRoot(), "src", "ClasseCRM.Web");

    /// <summary>
    /// Views another branch rewrites at the same time: the lead runs /work/notes/typo-fix.py on them after the merge and
    /// then empties this list (the views of the syntheses are restructured on the branch « synthesis »).
    /// </summary>
    private static readonly string[] FixedAfterMerge = [];

    [GeneratedRegex(@"(?<=\S) [:;?!](?=[\s<""&]|$)|\(s\)")]
    private static partial Regex Breach();

    [Fact]
    public void EveryViewOnDisk_IsCompiledAndRead()
    {
        var compiled = CompiledViews().Select(v => v.Path).ToHashSet(StringComparer.Ordinal);
        var onDisk = Directory.EnumerateFiles(Source, "*.cshtml", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(Source, f).Replace('\\', '/'))
            .Where(f => !f.EndsWith("/_ViewImports.cshtml", StringComparison.Ordinal)).ToList();

        Assert.True(onDisk.Count > 50, $"{onDisk.Count} vues trouvées sous {Source}");
        Assert.All(onDisk, view => Assert.Contains(view, compiled));
    }

    [Fact]
    public void ViewText_HasNoRegularSpaceBeforeAHighSign_NorParenthesisedPlural()
    {
        var breaches = new List<string>();
        var read = 0;
        foreach (var (path, type) in CompiledViews().Where(v => !FixedAfterMerge.Any(p => v.Path.StartsWith(p, StringComparison.Ordinal))))
        {
            var file = File.ReadAllText(Path.Combine(Source, path.TrimStart('/')));
            foreach (var text in StringsOf(type).Distinct())
            {
                read++;
                foreach (Match m in Breach().Matches(text))
                {
                    breaches.Add($"src/ClasseCRM.Web{path}:{LineOf(file, text, m)} : « {Around(text, m)} »");
                }
            }
        }

        Assert.True(read > 1000, $"{read} textes lus dans les vues");
        Assert.True(breaches.Count == 0, $"{breaches.Count} espace(s) ordinaire(s) avant : ; ? ! ou « (s) » (lancez /work/notes/typo-fix.py) :\n" + string.Join('\n', breaches.Distinct()));
    }

    /// <summary>A space (or a line break, or a second no-break space) just before a no-break space: two spaces on screen.</summary>
    [GeneratedRegex(@"[ \t\r\n\u00A0\u202F](?:[\u00A0\u202F]|&nbsp;|&#160;|&#xA0;)", RegexOptions.IgnoreCase)]
    private static partial Regex DoubleSpace();

    /// <summary>
    /// « Dumont  : » — the no-break space before « : » (or ; ! ? € ») must be the only space: a space that Razor keeps after a
    /// tag closed inside a code block (« { &lt;span&gt;…&lt;/span&gt; }&amp;nbsp;: ») lands just before it in the page. The
    /// text a view writes is read as the page gets it: the literals written one after another, with nothing written
    /// between them, are joined before they are checked.
    /// </summary>
    [Fact]
    public void RenderedViewText_HasNoSpaceBeforeANoBreakSpace()
    {
        var breaches = new List<string>();
        var runs = 0;
        foreach (var (path, type) in CompiledViews().Where(v => !FixedAfterMerge.Any(p => v.Path.StartsWith(p, StringComparison.Ordinal))))
        {
            var file = File.ReadAllText(Path.Combine(Source, path.TrimStart('/')));
            foreach (var text in WrittenRunsOf(type).Distinct())
            {
                runs++;
                foreach (Match m in DoubleSpace().Matches(text))
                {
                    breaches.Add($"src/ClasseCRM.Web{path}:{LineOf(file, text, m)} : « {Around(text, m)} »");
                }
            }
        }

        Assert.True(runs > 1000, $"{runs} textes lus dans les vues");
        Assert.True(breaches.Count == 0, $"{breaches.Count} double(s) espace(s) avant une espace insécable (retirez l'espace ordinaire) :\n" + string.Join('\n', breaches.Distinct()));
    }

    /// <summary>
    /// The texts a view writes as they reach the page: literals passed to <c>WriteLiteral</c> one after the other with no
    /// other call between them are joined; any other call (a value written, a helper) ends the text. The views' other
    /// strings (C# strings written as values) are checked one by one.
    /// </summary>
    private static IEnumerable<string> WrittenRunsOf(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            var operands = IlReferences.OperandsOf(method);
            var run = new System.Text.StringBuilder();
            for (var i = 0; i < operands.Count; i++)
            {
                if (operands[i] is string text)
                {
                    if (i + 1 < operands.Count && operands[i + 1] is MethodInfo { Name: "WriteLiteral" })
                    {
                        run.Append(text);
                        i++;
                    }
                    else
                    {
                        yield return text;
                    }
                }
                else if (operands[i] is MethodBase && run.Length > 0)
                {
                    yield return run.ToString();
                    run.Clear();
                }
            }
            if (run.Length > 0)
            {
                yield return run.ToString();
            }
        }
        foreach (var nested in type.GetNestedTypes(all).SelectMany(WrittenRunsOf))
        {
            yield return nested;
        }
    }

    /// <summary>Every compiled view with the path of its .cshtml, from the assembly's <c>RazorCompiledItem</c> attributes.</summary>
    private static IEnumerable<(string Path, Type Type)> CompiledViews() =>
        from a in App.GetCustomAttributesData()
        where a.AttributeType.Name == "RazorCompiledItemAttribute" && a.ConstructorArguments.Count == 3
        select ((string)a.ConstructorArguments[2].Value!, (Type)a.ConstructorArguments[0].Value!);

    /// <summary>The string literals of a view's methods, its state machines and lambdas included (nested types).</summary>
    private static IEnumerable<string> StringsOf(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var methods = type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all));
        return methods.SelectMany(IlReferences.StringsUsedBy).Concat(type.GetNestedTypes(all).SelectMany(StringsOf));
    }

    /// <summary>The line of the finding in the .cshtml: the text just before the sign is looked up in the file.</summary>
    private static int LineOf(string file, string text, Match m)
    {
        for (var before = Math.Min(30, m.Index); before >= 0; before -= 5)
        {
            var at = file.IndexOf(text.Substring(m.Index - before, before + m.Length), StringComparison.Ordinal);
            if (at >= 0)
            {
                return file.AsSpan(0, at + before).Count('\n') + 1;
            }
        }
        // Texts joined from several literals: the line that holds both the text from the sign on and the text before it.
        var suffix = text.Substring(m.Index + 1, Math.Min(20, text.Length - m.Index - 1));
        var prefix = text[Math.Max(0, m.Index - 10)..m.Index].Trim();
        var lines = file.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains(suffix, StringComparison.Ordinal) && l.Contains(prefix, StringComparison.Ordinal));
        return line + 1;
    }

    private static string Around(string text, Match m)
    {
        var start = Math.Max(0, m.Index - 40);
        return text[start..Math.Min(text.Length, m.Index + m.Length + 20)].ReplaceLineEndings(" ");
    }

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
