using System.IO.Compression;
using System.Text;
using System.Xml;

namespace ClasseCRM.Web.Infrastructure.Spreadsheets;

/// <summary>
/// The parts of an .xlsx (a zip of XML parts) that the import reads, found through the package's relationships and
/// opened one at a time as streams: every part, relationships included, goes through an <see cref="XmlReader"/> that
/// refuses a DTD, resolves nothing outside the file and stops at a size limit counted on the unzipped bytes — so no
/// part is ever loaded whole, whatever the archive says of its sizes.
/// </summary>
public sealed class XlsxPackage(ZipArchive zip) : IDisposable
{
    private const string DocumentType = "/officeDocument";
    private const string WorksheetType = "/worksheet";
    private const string SharedStringsType = "/sharedStrings";

    private readonly Dictionary<string, ZipArchiveEntry> entries = Index(zip);

    public static XlsxPackage Open(Stream input) => new(new ZipArchive(input, ZipArchiveMode.Read, leaveOpen: true));

    /// <summary>The workbook part's name, from the package's own relationships.</summary>
    public string WorkbookPart() =>
        Relationships("").FirstOrDefault(r => r.Type.EndsWith(DocumentType, StringComparison.Ordinal)).Target
        ?? throw new InvalidDataException("Aucun classeur dans le paquet.");

    /// <summary>The first worksheet's part and the shared-strings part (if any) of <paramref name="workbook"/>.</summary>
    public (string Worksheet, string? SharedStrings) SheetParts(string workbook)
    {
        var sheetId = FirstSheetRelationshipId(workbook) ?? throw new InvalidDataException("Aucune feuille.");
        var relationships = Relationships(workbook);
        var sheet = relationships.FirstOrDefault(r => r.Id == sheetId && r.Type.EndsWith(WorksheetType, StringComparison.Ordinal)).Target
            ?? throw new InvalidDataException("Feuille introuvable.");
        var shared = relationships.FirstOrDefault(r => r.Type.EndsWith(SharedStringsType, StringComparison.Ordinal)).Target;
        return (sheet, shared);
    }

    /// <summary>
    /// A hardened reader over a part: DTD refused, no resolver, at most <paramref name="limit"/> unzipped bytes (and as
    /// many characters), <paramref name="message"/> when the limit is passed. Control characters are let through, to
    /// be removed from the cells rather than refuse the whole file.
    /// </summary>
    public XmlReader OpenPart(string name, long limit, string message)
    {
        var entry = entries.GetValueOrDefault(name) ?? throw new InvalidDataException($"Partie manquante : {name}");
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = limit,
            CheckCharacters = false,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        };
        return XmlReader.Create(new LimitedReadStream(entry.Open(), limit, message), settings);
    }

    public void Dispose() => zip.Dispose();

    private string? FirstSheetRelationshipId(string workbook)
    {
        using var reader = OpenPart(workbook, ImportLimits.MaxOtherPartCharacters, ImportLimits.PartTooLarge);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet")
            {
                return RelationshipId(reader);
            }
        }
        return null;
    }

    /// <summary>The r:id attribute of the current element (transitional or strict namespace).</summary>
    private static string? RelationshipId(XmlReader reader)
    {
        while (reader.MoveToNextAttribute())
        {
            if (reader.LocalName == "id" && reader.NamespaceURI.EndsWith("relationships", StringComparison.Ordinal))
            {
                return reader.Value;
            }
        }
        return null;
    }

    /// <summary>The internal relationships of a part ("" = the package), their targets resolved to part names.</summary>
    private List<(string Id, string Type, string Target)> Relationships(string source)
    {
        var folder = source.Contains('/') ? source[..(source.LastIndexOf('/') + 1)] : "";
        var name = folder + "_rels/" + source[folder.Length..] + ".rels";
        var list = new List<(string, string, string)>();
        if (!entries.ContainsKey(name))
        {
            return list;
        }
        using var reader = OpenPart(name, ImportLimits.MaxOtherPartCharacters, ImportLimits.PartTooLarge);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && reader.GetAttribute("TargetMode") != "External"
                && reader.GetAttribute("Id") is { } id && reader.GetAttribute("Type") is { } type && reader.GetAttribute("Target") is { } target)
            {
                list.Add((id, type, Resolve(folder, target)));
            }
        }
        return list;
    }

    /// <summary>"worksheets/sheet1.xml" from "xl/" → "xl/worksheets/sheet1.xml"; "/xl/…" is from the root; ".." goes up.</summary>
    private static string Resolve(string folder, string target)
    {
        var path = Uri.UnescapeDataString(target).StartsWith('/') ? Uri.UnescapeDataString(target)[1..] : folder + Uri.UnescapeDataString(target);
        var parts = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (segment is not ("." or ""))
            {
                parts.Add(segment);
            }
        }
        return string.Join('/', parts);
    }

    /// <summary>Part names are case-insensitive in a package; a duplicate name keeps its first entry.</summary>
    private static Dictionary<string, ZipArchiveEntry> Index(ZipArchive zip)
    {
        var index = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            index.TryAdd(entry.FullName.TrimStart('/'), entry);
        }
        return index;
    }

    /// <summary>
    /// Appends the text content of the element the reader is on (a &lt;t&gt; or &lt;v&gt;) chunk by chunk, keeping at most
    /// <paramref name="keep"/> characters: a longer text is never built whole. Returns false when the text was longer;
    /// with <paramref name="stopEarly"/> it returns as soon as it knows (the reader is then inside the element).
    /// </summary>
    public static bool AppendText(XmlReader reader, StringBuilder text, char[] buffer, int keep, bool stopEarly)
    {
        if (reader.IsEmptyElement)
        {
            return true;
        }
        var depth = reader.Depth;
        var fits = true;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace))
            {
                continue;
            }
            int n;
            while ((n = reader.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
            {
                var room = keep - text.Length;
                if (n > room)
                {
                    text.Append(buffer, 0, Math.Max(room, 0));
                    fits = false;
                    if (stopEarly)
                    {
                        return false;
                    }
                }
                else
                {
                    text.Append(buffer, 0, n);
                }
            }
        }
        return fits;
    }
}
