namespace ClasseCRM.Web.Infrastructure.Spreadsheets;

/// <summary>What a cell holds, and so how a spreadsheet in French shows it (see <see cref="XlsxCell"/>).</summary>
public enum XlsxCellKind
{
    /// <summary>Text, formulas neutralised: « Garage Martin ».</summary>
    Text,

    /// <summary>A whole number with thousands grouped: « 1 250 ».</summary>
    Integer,

    /// <summary>A number with one decimal: « 12,5 ».</summary>
    Decimal,

    /// <summary>Euros with two decimals: « 1 234,50 € ».</summary>
    Money,

    /// <summary>A ratio shown as a percentage with one decimal: 0.125 → « 12,5 % ».</summary>
    Percent,
}
