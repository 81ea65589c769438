using System.Text.Json;
using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Csv;
using ClasseCRM.Web.Infrastructure.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Prospects;

/// <summary>
/// Imports a prospect file (CSV as spreadsheets write it, or .xlsx): upload, column mapping and preview, then either the
/// valid rows are applied in one transaction with a report of every rejected row and its reason, or the import is
/// cancelled. Every row passes the same validation as the form, and duplicates (with the file or with existing fiches)
/// are rejected with the line they repeat.
/// </summary>
public sealed class ProspectImportService(AppDbContext db, ProspectValidator validator, TimeProvider clock)
{
    public const long MaxBytes = ImportLimits.MaxBytes;
    public const int MaxRows = ImportLimits.MaxRows;
    public const int PreviewRows = 20;

    /// <summary>
    /// Reads the file once, as a stream with every <see cref="ImportLimits"/> enforced while reading; a French message
    /// when it cannot be imported at all (a limit, a damaged workbook, binary data posing as CSV).
    /// </summary>
    public static (ImportTable? Table, string? Error) ReadTable(string fileName, byte[] content)
    {
        if (content.Length == 0)
        {
            return (null, "Le fichier est vide.");
        }
        if (content.Length > MaxBytes)
        {
            return (null, ImportLimits.FileTooLarge);
        }
        List<CsvRecord> records;
        try
        {
            if (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                records = ReadXlsx(content);
            }
            else if (fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            {
                records = CsvReader.Read(content);
            }
            else
            {
                return (null, "Format non reconnu : importez un fichier .csv ou .xlsx.");
            }
        }
        catch (ImportRefusedException refused)
        {
            return (null, refused.Message);
        }
        if (records.Count < 2)
        {
            return (null, "Le fichier doit contenir une ligne d'en-tête puis au moins une fiche.");
        }
        // The apostrophe our own export puts before = + - @ is taken off: re-importing an export gives back the same text.
        records = records.Select(r => r with { Fields = Array.ConvertAll(r.Fields, SpreadsheetSafety.Restore) }).ToList();
        return (new ImportTable(records[0].Fields.ToList(), records.Skip(1).ToList()), null);
    }

    /// <summary>A workbook that is not a zip of well-formed XML parts (or holds a DTD) is refused, never a 500.</summary>
    private static List<CsvRecord> ReadXlsx(byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            return XlsxReader.Read(stream);
        }
        catch (Exception ex) when (ex is InvalidDataException or System.Xml.XmlException or IOException or InvalidOperationException or FormatException or ArgumentException or NotSupportedException)
        {
            throw new ImportRefusedException(ImportLimits.UnreadableExcel);
        }
    }

    /// <summary>The table read at the upload, kept with the pending import: the preview and the import never read the file again.</summary>
    public static ImportTable Table(ProspectImport batch) =>
        JsonSerializer.Deserialize<ImportTable>(batch.TableJson) ?? throw new InvalidOperationException("Import sans tableau.");

    /// <summary>For each column of the file, the field it fills ("" = ignored): the saved mapping, else a guess from its header.</summary>
    public static List<string> Mapping(ImportTable table, string? savedJson)
    {
        if (!string.IsNullOrEmpty(savedJson) && JsonSerializer.Deserialize<List<string>>(savedJson) is { } saved && saved.Count == table.Headers.Count)
        {
            return saved;
        }
        var used = new HashSet<string>();
        return table.Headers.Select(h => ProspectColumns.Guess(h) is { } c && used.Add(c.Key) ? c.Key : "").ToList();
    }

    public async Task<int> StoreAsync(int workspaceId, string fileName, ImportTable table, CancellationToken ct)
    {
        var batch = new ProspectImport
        {
            WorkspaceId = workspaceId,
            FileName = Path.GetFileName(fileName),
            TableJson = JsonSerializer.Serialize(table),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.ProspectImports.Add(batch);
        await db.SaveChangesAsync(ct);
        return batch.Id;
    }

    /// <summary>The workspace's last imports once started (without their table): the import page links to their progress or report.</summary>
    public async Task<List<ProspectImport>> RecentRunsAsync(int workspaceId, CancellationToken ct) =>
        await db.ProspectImports.AsNoTracking().Where(i => i.WorkspaceId == workspaceId && i.Status != ImportRunStatus.Pending)
            .OrderByDescending(i => i.Id).Take(5)
            .Select(i => new ProspectImport
            {
                Id = i.Id, WorkspaceId = i.WorkspaceId, FileName = i.FileName, Status = i.Status, TotalRows = i.TotalRows, ProcessedRows = i.ProcessedRows,
                CreatedCount = i.CreatedCount, RejectedCount = i.RejectedCount, QueuedAtUtc = i.QueuedAtUtc, HeartbeatAtUtc = i.HeartbeatAtUtc,
            })
            .ToListAsync(ct);

    public Task<ProspectImport?> FindAsync(int id, CancellationToken ct) => db.ProspectImports.FirstOrDefaultAsync(i => i.Id == id, ct);

    public async Task SaveMappingAsync(ProspectImport batch, List<string> mapping, CancellationToken ct)
    {
        batch.MappingJson = JsonSerializer.Serialize(mapping);
        await db.SaveChangesAsync(ct);
    }

    public async Task CancelAsync(ProspectImport batch, CancellationToken ct)
    {
        db.ProspectImports.Remove(batch);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Validates every row with the mapping: what would be imported, and every row refused with its reasons.</summary>
    public Task<ImportEvaluation> EvaluateAsync(int workspaceId, ImportTable table, List<string> mapping, CancellationToken ct) =>
        EvaluateRowsAsync(workspaceId, table.Rows, mapping, new Dictionary<string, int>(), ct);

    /// <summary>
    /// Validates some rows of a file (the whole file for the preview, a chunk for the import job). <paramref name="inFile"/>
    /// holds the duplicate keys of the rows accepted before (with their row number) and receives this call's: a key of an
    /// earlier chunk, already committed, is reported as a repeat of its row, as the preview reports it.
    /// </summary>
    public async Task<ImportEvaluation> EvaluateRowsAsync(int workspaceId, IReadOnlyList<CsvRecord> rows, List<string> mapping, Dictionary<string, int> inFile, CancellationToken ct)
    {
        var columns = mapping.Select(ProspectColumns.Find).ToList();
        var validated = new List<(CsvRecord Record, string Content, ProspectValidation Result, List<(string Key, string Reason)> Keys)>(rows.Count);
        foreach (var record in rows)
        {
            var input = new ProspectInput { Kind = null, Status = null, Potential = null, ContactCivility = null, ContactRole = null };
            for (var i = 0; i < columns.Count; i++)
            {
                if (columns[i] is { } column && record[i] is { Length: > 0 } value)
                {
                    // Every field is one line but the notes.
                    column.Fill(input, column.Key == "notes" ? value : CellText.OneLine(value));
                }
            }
            var result = validator.Validate(input);
            validated.Add((record, string.Join(" ; ", record.Fields.Take(6)), result, result.IsValid ? Keys(result.Value) : [])); // typo-fix: keep
        }
        // The fiches already there are looked up by the keys this file holds, not read whole (a 100 000-fiche file
        // took a second to read at the preview and again at the import).
        var wanted = validated.SelectMany(v => v.Keys).Select(k => k.Key).ToHashSet();
        var existing = await ExistingKeysAsync(workspaceId, wanted, ct);
        var accepted = new List<(int Line, ValidatedProspect Value)>();
        var rejected = new List<ImportRejection>();
        foreach (var (record, content, result, keys) in validated)
        {
            if (!result.IsValid)
            {
                rejected.Add(new ImportRejection(record.Line, content, string.Join(" ", result.Errors.Select(e => $"{Label(e.Field)} : {e.Message}"))));
                continue;
            }
            var duplicate = keys.FirstOrDefault(k => existing.ContainsKey(k.Key) && !inFile.ContainsKey(k.Key));
            if (duplicate.Key is not null)
            {
                var (name, id) = existing[duplicate.Key];
                rejected.Add(new ImportRejection(record.Line, content, $"Doublon de la fiche existante « {name} » ({duplicate.Reason}).", id));
                continue;
            }
            var repeat = keys.FirstOrDefault(k => inFile.ContainsKey(k.Key));
            if (repeat.Key is not null)
            {
                rejected.Add(new ImportRejection(record.Line, content, $"Doublon de la ligne {inFile[repeat.Key]} du fichier ({repeat.Reason}).", RepeatOfLine: inFile[repeat.Key]));
                continue;
            }
            foreach (var k in keys)
            {
                inFile[k.Key] = record.Line;
            }
            accepted.Add((record.Line, result.Value));
        }
        return new ImportEvaluation(accepted, rejected);
    }

    /// <summary>The template: every column's key as header, and one example row.</summary>
    public static async Task WriteTemplateAsync(Stream output)
    {
        await using var csv = new CsvWriter(output);
        await csv.WriteRowAsync(ProspectColumns.All.Select(c => c.Key));
        var example = new Dictionary<string, string>
        {
            ["type"] = "organisation",
            ["nom"] = "Cabinet Exemple",
            ["siret"] = "73282932000074",
            ["naf"] = "69.20Z",
            ["effectif"] = "8",
            ["adresse"] = "3 rue de la Paix",
            ["code_postal"] = "35000",
            ["ville"] = "Rennes",
            ["telephone"] = "02 99 00 00 00",
            ["email"] = "contact@exemple.example",
            ["statut"] = "suspect",
            ["potentiel"] = "B",
            ["source"] = "Annuaire",
            ["contact_civilite"] = "Madame",
            ["contact_nom"] = "Durand",
            ["contact_prenom"] = "Claire",
            ["contact_fonction"] = "Gérante",
            ["contact_role"] = "décideur",
        };
        await csv.WriteRowAsync(ProspectColumns.All.Select(c => example.GetValueOrDefault(c.Key, "")));
    }

    private static string Label(string field) => field switch
    {
        nameof(ProspectInput.Kind) => "Type",
        nameof(ProspectInput.Name) => "Nom",
        nameof(ProspectInput.Siret) => "SIRET",
        nameof(ProspectInput.NafCode) => "Code NAF",
        nameof(ProspectInput.Employees) => "Effectif",
        nameof(ProspectInput.PostalCode) => "Code postal",
        nameof(ProspectInput.City) => "Ville",
        nameof(ProspectInput.Phone) => "Téléphone",
        nameof(ProspectInput.Email) => "E-mail",
        nameof(ProspectInput.Status) => "Statut",
        nameof(ProspectInput.Potential) => "Potentiel",
        nameof(ProspectInput.ContactLastName) => "Nom de l'interlocuteur",
        nameof(ProspectInput.ContactPhone) => "Téléphone de l'interlocuteur",
        nameof(ProspectInput.ContactEmail) => "E-mail de l'interlocuteur",
        nameof(ProspectInput.ContactRole) => "Rôle",
        nameof(ProspectInput.ContactCivility) => "Civilité",
        _ => field,
    };

    private static List<(string Key, string Reason)> Keys(ValidatedProspect v)
    {
        var keys = new List<(string, string)>();
        if (v.Siret is not null)
        {
            keys.Add(("s:" + v.Siret, "même SIRET"));
        }
        foreach (var email in new[] { v.Email, v.Contact?.Email }.Where(e => !string.IsNullOrWhiteSpace(e)).Distinct())
        {
            keys.Add(("e:" + email!.Trim().ToLowerInvariant(), "même adresse e-mail"));
        }
        foreach (var phone in new[] { v.Phone, v.Contact?.Phone }.Select(FrenchPhone.Key).Where(k => k is not null).Distinct())
        {
            keys.Add(("t:" + phone, "même téléphone"));
        }
        keys.Add(("n:" + TextFolding.Fold(v.Name) + "|" + v.PostalCode, "même nom et même code postal"));
        return keys;
    }

    /// <summary>
    /// Which of the <paramref name="wanted"/> duplicate keys the fiches (and their contacts) already in the workspace
    /// hold, each with the fiche that holds it: one indexed lookup per kind of key.
    /// </summary>
    private async Task<Dictionary<string, (string Name, int Id)>> ExistingKeysAsync(int workspaceId, HashSet<string> wanted, CancellationToken ct)
    {
        List<string> Wanted(string prefix) => wanted.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Select(k => k[prefix.Length..]).ToList();
        var sirets = Wanted("s:");
        var emails = Wanted("e:");
        var phones = Wanted("t:");
        var names = Wanted("n:").Select(k => k[..k.LastIndexOf('|')]).Distinct().ToList();
        var fiches = db.Prospects.AsNoTracking().Where(p => p.WorkspaceId == workspaceId && !p.IsAnonymised);
        var found = new List<(string Key, string Name, int Id)>();
        found.AddRange((await fiches.Where(p => sirets.Contains(p.Siret!)).OrderBy(p => p.Id).Select(p => new { p.Siret, p.Name, p.Id }).ToListAsync(ct))
            .Select(p => ("s:" + p.Siret, p.Name, p.Id)));
        found.AddRange((await fiches.Where(p => emails.Contains(p.EmailKey!)).OrderBy(p => p.Id).Select(p => new { p.EmailKey, p.Name, p.Id }).ToListAsync(ct))
            .Select(p => ("e:" + p.EmailKey, p.Name, p.Id)));
        found.AddRange((await fiches.Where(p => phones.Contains(p.PhoneKey!)).OrderBy(p => p.Id).Select(p => new { p.PhoneKey, p.Name, p.Id }).ToListAsync(ct))
            .Select(p => ("t:" + p.PhoneKey, p.Name, p.Id)));
        found.AddRange((await fiches.Where(p => names.Contains(p.NameKey)).OrderBy(p => p.Id).Select(p => new { p.NameKey, p.PostalCode, p.Name, p.Id }).ToListAsync(ct))
            .Select(p => ("n:" + p.NameKey + "|" + p.PostalCode, p.Name, p.Id)));
        // A contact's e-mail or phone counts too (after the fiches' own, which name the duplicate first).
        var contacts = db.Contacts.AsNoTracking().Where(c => c.WorkspaceId == workspaceId);
        found.AddRange((await contacts.Where(c => emails.Contains(c.EmailKey!)).OrderBy(c => c.Id).Select(c => new { c.EmailKey, c.Prospect!.Name, c.ProspectId }).ToListAsync(ct))
            .Select(c => ("e:" + c.EmailKey, c.Name, c.ProspectId)));
        found.AddRange((await contacts.Where(c => phones.Contains(c.PhoneKey!)).OrderBy(c => c.Id).Select(c => new { c.PhoneKey, c.Prospect!.Name, c.ProspectId }).ToListAsync(ct))
            .Select(c => ("t:" + c.PhoneKey, c.Name, c.ProspectId)));
        var keys = new Dictionary<string, (string, int)>();
        foreach (var (key, name, id) in found)
        {
            if (wanted.Contains(key))
            {
                keys.TryAdd(key, (name, id));
            }
        }
        return keys;
    }
}

/// <summary>A file read into a header (row 1) and its rows, each with its row number as a spreadsheet shows it.</summary>
public sealed record ImportTable(List<string> Headers, List<CsvRecord> Rows);

/// <summary>
/// A refused row: its row number (as in a spreadsheet, the header being row 1), what it held, why — and, for a duplicate of
/// an existing fiche, that fiche's id (linked in the report; the fiche is left as it was), for a repeat of an earlier row
/// of the file, that row's number.
/// </summary>
public sealed record ImportRejection(int Line, string Content, string Reason, int? ExistingId = null, int? RepeatOfLine = null);

public sealed record ImportEvaluation(List<(int Line, ValidatedProspect Value)> Accepted, List<ImportRejection> Rejected);
