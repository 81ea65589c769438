using ClasseCRM.Web.Data;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Features.Prospects;

/// <summary>
/// Exports the current list (its filters and sort) as CSV or XLSX, with the import template's columns; text formulas
/// neutralised (the import takes the neutralising apostrophe off again), numbers as numeric cells in the XLSX.
/// </summary>
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

    /// <summary>The .xlsx export: the same columns, numbers (effectif) as numeric cells, text neutralised.</summary>
    public Task WriteXlsxAsync(int workspaceId, ProspectQuery query, Stream output, CancellationToken ct) =>
        XlsxWriter.WriteCellsAsync(output, "Prospects", XlsxRowsAsync(workspaceId, query, ct), ct);

    private async IAsyncEnumerable<IReadOnlyList<XlsxCell>> XlsxRowsAsync(int workspaceId, ProspectQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        yield return ProspectColumns.All.Select(c => XlsxCell.Text(c.Key)).ToList();
        await foreach (var (p, c) in RowsAsync(workspaceId, query).WithCancellation(ct))
        {
            yield return ProspectColumns.All.Select(col => col.Cell(p, c)).ToList();
        }
    }
}
