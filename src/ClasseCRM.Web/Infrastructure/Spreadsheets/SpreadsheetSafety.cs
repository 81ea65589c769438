namespace ClasseCRM.Web.Infrastructure.Spreadsheets;

/// <summary>
/// Formula injection: a text cell that starts with =, +, -, @, a tab or a carriage return (even after spaces) could be
/// run by a spreadsheet. Such a value is exported with a leading apostrophe, which spreadsheets show as plain text;
/// numbers written as numeric cells are never touched. On import the apostrophe is taken off again
/// (<see cref="Restore"/>), so a file exported then imported gives back the same text, not one more apostrophe per trip.
/// </summary>
public static class SpreadsheetSafety
{
    public static string Neutralise(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        return StartsLikeAFormula(value) ? "'" + value : value;
    }

    /// <summary>The value <see cref="Neutralise"/> was given: an apostrophe followed by what it protects is taken off.</summary>
    public static string Restore(string value) =>
        value.Length > 1 && value[0] == '\'' && StartsLikeAFormula(value.AsSpan(1)) ? value[1..] : value;

    private static bool StartsLikeAFormula(ReadOnlySpan<char> value)
    {
        var first = value.TrimStart(' ');
        return first.Length > 0 && first[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
    }
}
