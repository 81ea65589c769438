using System.Text;
using System.Text.Unicode;
using ClasseCRM.Web.Infrastructure.Spreadsheets;

namespace ClasseCRM.Web.Infrastructure.Csv;

/// <summary>
/// The encoding of a CSV, decided on its bytes: a UTF-8 byte-order mark, then UTF-16 with its mark (Excel's « Texte
/// Unicode », tab-separated), then valid UTF-8, else Windows-1252 (Excel in French). Binary data posing as CSV (a NUL
/// or a share of control characters at its start) is refused with <see cref="ImportLimits.NotCsv"/>.
/// </summary>
public static class CsvEncoding
{
    /// <summary>How much of the start is looked at for binary data, and the share of control characters tolerated there.</summary>
    private const int Sample = 1024;
    private const double MaxControlShare = 0.01;

    static CsvEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>A reader over the text of <paramref name="bytes"/>, its byte-order mark skipped.</summary>
    public static TextReader Open(byte[] bytes)
    {
        var (encoding, skip) = Detect(bytes);
        var start = encoding.GetString(bytes, skip, Math.Min(bytes.Length - skip, Sample * 4));
        if (LooksBinary(start))
        {
            throw new ImportRefusedException(ImportLimits.NotCsv);
        }
        return new StreamReader(new MemoryStream(bytes, skip, bytes.Length - skip, writable: false), encoding, detectEncodingFromByteOrderMarks: false);
    }

    public static (Encoding Encoding, int Skip) Detect(byte[] bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(false), 3),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2),
        _ when Utf8.IsValid(bytes) => (new UTF8Encoding(false), 0),
        _ => (Encoding.GetEncoding(1252), 0),
    };

    /// <summary>A NUL, or more than 1 % of control characters (tab and line breaks aside), in the first 1 024 characters.</summary>
    public static bool LooksBinary(string start)
    {
        var sample = start.AsSpan(0, Math.Min(start.Length, Sample));
        var controls = 0;
        foreach (var c in sample)
        {
            if (c == '\0')
            {
                return true;
            }
            if (CellText.IsRemoved(c))
            {
                controls++;
            }
        }
        return controls > sample.Length * MaxControlShare;
    }
}
