using System.Text;

namespace ClasseCRM.Web.Infrastructure.Spreadsheets;

/// <summary>CSV that Excel in French opens as it is: UTF-8 with BOM, ';' separator, CRLF, quoted when needed, formulas neutralised.</summary>
public sealed class CsvWriter(Stream output) : IAsyncDisposable
{
    private readonly StreamWriter _writer = new(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024) { NewLine = "\r\n" };

    // Rows are gathered as text and handed to the writer 32 K characters at a time: one awaited write per batch
    // instead of several per cell (100 000 rows of 20 columns).
    private readonly StringBuilder _rows = new(40 * 1024);

    public async Task WriteRowAsync(IEnumerable<string?> values)
    {
        var first = true;
        foreach (var raw in values)
        {
            if (!first)
            {
                _rows.Append(';');
            }
            first = false;
            var value = SpreadsheetSafety.Neutralise(raw);
            if (value.AsSpan().IndexOfAny(";\"\r\n") >= 0)
            {
                _rows.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                _rows.Append(value);
            }
        }
        _rows.Append("\r\n");
        if (_rows.Length >= 32 * 1024)
        {
            await FlushRowsAsync();
        }
    }

    private async Task FlushRowsAsync()
    {
        await _writer.WriteAsync(_rows);
        _rows.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await FlushRowsAsync();
        await _writer.FlushAsync();
        await _writer.DisposeAsync();
    }
}
