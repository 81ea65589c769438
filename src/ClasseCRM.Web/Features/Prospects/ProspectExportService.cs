using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Prospects;

/// <summary>Exports the current list (its filters and sort) as CSV or XLSX, with the import template's columns; formulas neutralised.</summary>
public sealed class ProspectExportService(ProspectService prospects)
{
    private IAsyncEnumerable<(Prospect Prospect, Contact? Contact)> RowsAsync(int workspaceId, ProspectQuery query) =>
        prospects.Filter(workspaceId, query)
            .Select(p => new { Prospect = p, Contact = p.Contacts.OrderBy(c => c.Role).ThenBy(c => c.Id).FirstOrDefault() })
            .AsAsyncEnumerable()
            .Select(x => (x.Prospect, x.Contact));

    private static IEnumerable<string?> Cells(Prospect p, Contact? c) => ProspectColumns.All.Select(col => col.Read(p, c));

    public async Task WriteCsvAsync(int workspaceId, ProspectQuery query, Stream output, CancellationToken ct)
    {
        await using var csv = new CsvWriter(output);
        await csv.WriteRowAsync(ProspectColumns.All.Select(c => c.Key));
        await foreach (var (p, c) in RowsAsync(workspaceId, query).WithCancellation(ct))
        {
            await csv.WriteRowAsync(Cells(p, c));
        }
    }

    public async Task WriteXlsxAsync(int workspaceId, ProspectQuery query, Stream output, CancellationToken ct)
    {
        var rows = new List<IReadOnlyList<string?>> { ProspectColumns.All.Select(c => (string?)c.Key).ToList() };
        await foreach (var (p, c) in RowsAsync(workspaceId, query).WithCancellation(ct))
        {
            rows.Add(Cells(p, c).ToList());
        }
        // The Open XML package needs a seekable stream: build it in memory, then copy.
        using var buffer = new MemoryStream();
        XlsxWriter.Write(buffer, "Prospects", rows);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, ct);
    }
}
