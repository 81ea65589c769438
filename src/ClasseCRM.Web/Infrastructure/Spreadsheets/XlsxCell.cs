using System.Globalization;

namespace ClasseCRM.Web.Infrastructure.Spreadsheets;

/// <summary>
/// One cell of an .xlsx written by <see cref="XlsxWriter.WriteCellsAsync"/>: text, or a number kept as a number (so it
/// can be summed, sorted and charted) with the French format of its kind — <see cref="Integer"/> « 1 250 »,
/// <see cref="Decimal"/> « 12,5 », <see cref="Money"/> « 1 234,50 € », <see cref="Percent"/> « 12,5 % » (given as a
/// ratio: 0.125). A label and its value go in two cells: <c>[XlsxCell.Text("CA HT"), XlsxCell.Money(1234.5m)]</c>.
/// A null number, like null or empty text, is an empty cell; « — » (no value) is <c>XlsxCell.Text("—")</c>. A string
/// converts to a text cell. Only text cells are neutralised (<see cref="SpreadsheetSafety"/>): -12,5 stays a number.
/// </summary>
public readonly record struct XlsxCell
{
    private XlsxCell(XlsxCellKind kind, string? value, decimal? number)
    {
        Kind = kind;
        Value = value;
        Number = number;
    }

    public XlsxCellKind Kind { get; }

    /// <summary>The text of a text cell.</summary>
    public string? Value { get; }

    /// <summary>The number of a numeric cell.</summary>
    public decimal? Number { get; }

    public bool IsEmpty => Kind == XlsxCellKind.Text ? string.IsNullOrEmpty(Value) : Number is null;

    public static XlsxCell Empty => default;

    public static XlsxCell Text(string? value) => new(XlsxCellKind.Text, value, null);

    public static XlsxCell Integer(long? value) => new(XlsxCellKind.Integer, null, value);

    /// <summary>A number shown with one decimal (the value itself is kept whole).</summary>
    public static XlsxCell Decimal(decimal? value) => new(XlsxCellKind.Decimal, null, value);

    /// <summary>An amount in euros, rounded to the cent (half away from zero), shown « 1 234,50 € ».</summary>
    public static XlsxCell Money(decimal? value) =>
        new(XlsxCellKind.Money, null, value is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero) : null);

    /// <summary>A ratio (0.125) shown as a percentage with one decimal (« 12,5 % »).</summary>
    public static XlsxCell Percent(decimal? ratio) => new(XlsxCellKind.Percent, null, ratio);

    public static implicit operator XlsxCell(string? value) => Text(value);

    /// <summary>The number as SpreadsheetML stores it (invariant culture, no exponent).</summary>
    internal string NumberText => Number!.Value.ToString(CultureInfo.InvariantCulture);
}
