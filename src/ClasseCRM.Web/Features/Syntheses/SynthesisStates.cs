using ClasseCRM.Web.Data.Reference;
using ClasseCRM.Web.Domain.Syntheses;

namespace ClasseCRM.Web.Features.Syntheses;

/// <summary>A document's state in words, agreeing with its noun (« Rendu en retard » for a compte rendu, « Rendue » for a synthèse).</summary>
public static class SynthesisStates
{
    public static string Label(Synthesis s, ReferentielDocument doc)
    {
        var e = doc.Feminine ? "e" : "";
        return s.Status switch
        {
            SynthesisStatus.Draft => "Brouillon",
            SynthesisStatus.HandedIn => s.IsLate ? $"Rendu{e} en retard" : $"Rendu{e}",
            SynthesisStatus.Assessed => $"Évalué{e}",
            _ => $"Retourné{e}",
        };
    }

    /// <summary>The same within a sentence or a table cell: « rendu en retard ».</summary>
    public static string InText(Synthesis s, ReferentielDocument doc)
    {
        var label = Label(s, doc);
        return char.ToLowerInvariant(label[0]) + label[1..];
    }
}
