using ClasseCRM.Web.Infrastructure.Formatting;

namespace ClasseCRM.Web.Infrastructure.Spreadsheets;

/// <summary>
/// What an imported file (CSV or .xlsx) may hold, checked while it is read so that a hostile file is refused before it
/// costs the server time or memory: 5 Mo, 20 000 rows after the header, 100 columns, 2 000 characters per cell, and
/// for an .xlsx the unzipped size of its shared-strings and worksheet parts (a 400 Ko file can unzip to gigabytes) and
/// the text kept in all (one shared string may be referenced by every cell). Each refusal is a French message naming
/// the limit, and for a cell its row and column as the spreadsheet shows them.
/// </summary>
public static class ImportLimits
{
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>
    /// The body the upload form accepts: well above <see cref="MaxBytes"/>, so that a file of 6 or 10 Mo reaches the
    /// form and gets its message (« Le fichier dépasse 5 Mo ») rather than a refused request; a larger body is refused
    /// by the server before it is read.
    /// </summary>
    public const long MaxUploadRequestBytes = 16 * 1024 * 1024;
    public const int MaxRows = 20_000;
    public const int MaxColumns = 100;
    public const int MaxCellCharacters = 2_000;
    public const long MaxSharedStringsCharacters = 16_000_000;
    public const long MaxWorksheetCharacters = 64_000_000;
    public const long MaxOtherPartCharacters = 2_000_000;
    public const long MaxTextCharacters = 8_000_000;

    public const string FileTooLarge = "Le fichier dépasse 5 Mo : découpez-le en plusieurs fichiers.";

    public const string UnreadableExcel = "Ce fichier Excel ne peut pas être lu. Enregistrez-le au format .xlsx ou CSV puis réessayez.";

    public const string NotCsv = "Ce fichier n'est pas un CSV lisible. Enregistrez votre tableur au format CSV (séparateur point-virgule) ou .xlsx.";

    public static string TooManyRows => $"Le fichier contient plus de {French.Number(MaxRows)} lignes : découpez-le en plusieurs fichiers.";

    public static string TooManyColumns(int line) =>
        $"Le fichier a plus de {French.Number(MaxColumns)} colonnes (ligne {French.Number(line)}) : gardez seulement les colonnes utiles.";

    public static string CellTooLong(int line, int column) =>
        $"La cellule ligne {French.Number(line)}, colonne {ColumnLetters(column)} dépasse {French.Number(MaxCellCharacters)} caractères : raccourcissez-la.";

    public static string TooMuchText =>
        $"Le fichier contient plus de {French.Number((int)(MaxTextCharacters / 1_000_000))} millions de caractères de texte : découpez-le en plusieurs fichiers.";

    public static string SharedStringsTooLarge =>
        $"Les textes du classeur dépassent {French.Number((int)(MaxSharedStringsCharacters / 1_000_000))} millions de caractères une fois décompressés : découpez-le en plusieurs fichiers.";

    public static string WorksheetTooLarge =>
        $"La feuille du classeur dépasse {French.Number((int)(MaxWorksheetCharacters / 1_000_000))} millions de caractères une fois décompressée : découpez-la en plusieurs fichiers.";

    public static string PartTooLarge =>
        $"Une partie du classeur dépasse {French.Number((int)(MaxOtherPartCharacters / 1_000_000))} millions de caractères une fois décompressée : ce fichier Excel ne peut pas être lu.";

    /// <summary>0 → "A", 2 → "C", 26 → "AA": the column as a spreadsheet names it.</summary>
    public static string ColumnLetters(int column)
    {
        var letters = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }
        return letters;
    }
}
