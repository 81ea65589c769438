using System.Text;

namespace ClasseCRM.Web.Infrastructure.Spreadsheets;

/// <summary>CSV that Excel in French opens as it is: UTF-8 with BOM, ';' separator, CRLF, quoted when needed, formulas neutralised.</summary>
public sealed class CsvWriter(Stream output) : IAsyncDisposable
{
    private readonly StreamWriter _writer = new(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024) { NewLine = "\r\n" };

    public async Task WriteRowAsync(IEnumerable<string?> values)
    {
        var first = true;
        foreach (var raw in values)
        {
            if (!first)
            {
                await _writer.WriteAsync(';');
            }
            first = false;
            var value = SpreadsheetSafety.Neutralise(raw);
            if (value.AsSpan().IndexOfAny(";\"\r\n") >= 0)
            {
                await _writer.WriteAsync('"');
                await _writer.WriteAsync(value.Replace("\"", "\"\"", StringComparison.Ordinal));
                await _writer.WriteAsync('"');
            }
            else
            {
                await _writer.WriteAsync(value);
            }
        }
        await _writer.WriteLineAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.FlushAsync();
        await _writer.DisposeAsync();
    }
}
