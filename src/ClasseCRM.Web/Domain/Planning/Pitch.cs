using System.Text.Json;
using System.Text.RegularExpressions;

namespace ClasseCRM.Web.Domain.Planning;

/// <summary>
/// An argumentaire: the accroche (and any remark) and the CAP arguments — caractéristique, avantage, preuve — one row
/// each. Stored as one JSON text (so that a version is one text), written the same way every time so that two equal
/// argumentaires are two equal texts.
/// </summary>
public sealed partial record Pitch(string Hook, IReadOnlyList<PitchArgument> Arguments)
{
    public const int HookMax = 1000;
    public const int MaxArguments = 10;

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public bool IsEmpty => string.IsNullOrWhiteSpace(Hook) && Arguments.All(a => a.IsEmpty);

    /// <summary>The stored form: trimmed texts, empty rows dropped.</summary>
    public string ToStored() => JsonSerializer.Serialize(Normalized(), Json);

    public Pitch Normalized() => new(
        (Hook ?? "").Trim().ReplaceLineEndings("\n"),
        Arguments.Where(a => !a.IsEmpty).Select(a => new PitchArgument(Clean(a.Characteristic), Clean(a.Advantage), Clean(a.Proof))).ToList());

    /// <summary>Reads a stored argumentaire; a text that is not one (hand-edited) is kept whole as the accroche.</summary>
    public static Pitch Parse(string stored)
    {
        try
        {
            var pitch = JsonSerializer.Deserialize<Pitch>(stored, Json);
            if (pitch is not null)
            {
                return new Pitch(pitch.Hook ?? "", pitch.Arguments ?? []);
            }
        }
        catch (JsonException)
        {
        }
        return new Pitch(stored, []);
    }

    /// <summary>
    /// The scenario's sales pitch as an argumentaire to start from: each line « CAP n — Caractéristique : … Avantage : …
    /// Preuve : … » becomes a row; the other lines (accroche, reminders) stay as the accroche.
    /// </summary>
    public static Pitch FromScenario(string salesPitch)
    {
        var hook = new List<string>();
        var arguments = new List<PitchArgument>();
        foreach (var line in (salesPitch ?? "").ReplaceLineEndings("\n").Split('\n'))
        {
            var m = CapLine().Match(line.Trim());
            if (m.Success)
            {
                arguments.Add(new PitchArgument(Clean(m.Groups["c"].Value), Clean(m.Groups["a"].Value), Clean(m.Groups["p"].Value)));
            }
            else if (!string.IsNullOrWhiteSpace(line))
            {
                hook.Add(line.Trim());
            }
        }
        return new Pitch(string.Join("\n", hook), arguments);
    }

    private static string Clean(string? text) => (text ?? "").Trim().TrimEnd('.').Trim();

    [GeneratedRegex(@"^CAP\s*\d*\s*[—–-]?\s*Caract[ée]ristique\s*:\s*(?<c>.*?)\s*Avantage\s*:\s*(?<a>.*?)\s*Preuve\s*:\s*(?<p>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex CapLine();
}
