namespace ClasseCRM.Web.Infrastructure.Spreadsheets;

/// <summary>
/// Formula injection: a cell that starts with =, +, -, @, a tab or a carriage return (even after spaces) could be run
/// by a spreadsheet. Such a value is exported with a leading apostrophe, which spreadsheets show as plain text.
/// </summary>
public static class SpreadsheetSafety
{
    public static string Neutralise(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        var first = value.TrimStart(' ');
        if (first.Length > 0 && first[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            return "'" + value;
        }
        return value;
    }
}
