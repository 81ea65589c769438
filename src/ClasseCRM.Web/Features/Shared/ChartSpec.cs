using System.Text.Json;

namespace ClasseCRM.Web.Features.Shared;

/// <summary>A series of a chart: its name and one value per label.</summary>
public sealed record ChartSeries(string Label, IReadOnlyList<decimal?> Data);

/// <summary>
/// What wwwroot/js/charts.js draws with the local Chart.js: written in a canvas's data-chart attribute (no inline
/// script, the CSP forbids it). The same figures are always in a table beside the chart.
/// </summary>
public sealed record ChartSpec(string Type, IReadOnlyList<string> Labels, IReadOnlyList<ChartSeries> Datasets, bool Horizontal = false)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
