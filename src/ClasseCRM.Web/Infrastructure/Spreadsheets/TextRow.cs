using System.Collections;

namespace ClasseCRM.Web.Infrastructure.Spreadsheets;

/// <summary>A row of text seen as text cells, without copying it (the text-only API of <see cref="XlsxWriter"/>).</summary>
internal sealed class TextRow(IReadOnlyList<string?> values) : IReadOnlyList<XlsxCell>
{
    public XlsxCell this[int index] => XlsxCell.Text(values[index]);

    public int Count => values.Count;

    public IEnumerator<XlsxCell> GetEnumerator() => values.Select(XlsxCell.Text).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
