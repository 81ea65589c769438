using System.Text.Json;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Formatting;

namespace ClasseCRM.Web.Features.Prospects;

/// <summary>An import once « Importer » was clicked: where it stands, its exact counts, and the rows refused so far.</summary>
public sealed record ImportProgressViewModel(int Id, string FileName, ImportRunStatus Status, int Total, int Processed, int Created, int Rejected,
    IReadOnlyList<ImportRejection> Rejections, bool CanResume)
{
    public bool IsActive => Status is ImportRunStatus.Queued or ImportRunStatus.Running;

    /// <summary>
    /// Rows refused as duplicates of a fiche already in the file: an import never updates nor merges an existing fiche
    /// (it is left as it was, linked in the report), so these rows are what « mises à jour » would have been.
    /// </summary>
    public int DuplicatesOfExisting => Rejections.Count(r => r.ExistingId is not null);

    /// <summary>The existing fiches those rows repeat (two rows may repeat the same fiche).</summary>
    public int ExistingFichesFound => Rejections.Where(r => r.ExistingId is not null).Select(r => r.ExistingId).Distinct().Count();

    /// <summary>Rows refused as repeats of an earlier row of the same file.</summary>
    public int RepeatsInFile => Rejections.Count(r => r.RepeatOfLine is not null);

    /// <summary>Rows refused for an invalid or missing value (the rest of the refused rows).</summary>
    public int Invalid => Rejected - DuplicatesOfExisting - RepeatsInFile;

    /// <summary>« dont … » after the refused rows: how many were duplicates of existing fiches, repeats within the file, invalid.</summary>
    public string RejectedDetail
    {
        get
        {
            var parts = new List<string>();
            if (DuplicatesOfExisting > 0)
            {
                parts.Add(French.Plural(DuplicatesOfExisting, "doublon d'une fiche existante", "doublons de fiches existantes"));
            }
            if (RepeatsInFile > 0)
            {
                parts.Add(French.Plural(RepeatsInFile, "doublon d'une autre ligne du fichier", "doublons d'autres lignes du fichier"));
            }
            if (Invalid > 0 && parts.Count > 0)
            {
                parts.Add(French.Plural(Invalid, "ligne invalide", "lignes invalides"));
            }
            return parts.Count == 0 ? "" : $" (dont {string.Join(", ", parts)})";
        }
    }

    /// <summary>Whole percent of rows handled (100 when there is nothing left).</summary>
    public int Percent => Total == 0 ? (IsActive ? 0 : 100) : (int)Math.Floor(100m * Processed / Total);

    /// <summary>The sentence under the bar (also what the page's script writes as the import goes).</summary>
    public string Summary => Status switch
    {
        ImportRunStatus.Queued => $"Import en attente de démarrage : {French.Plural(Total, "ligne", "lignes")} à traiter.",
        ImportRunStatus.Running => $"Import en cours : {French.Number(Processed)} sur {French.Plural(Total, "ligne traitée", "lignes traitées")} "
            + $"({French.Plural(Created, "fiche créée", "fiches créées")}, {French.Plural(Rejected, "ligne refusée", "lignes refusées")}).",
        ImportRunStatus.Completed => $"Import terminé : {French.Plural(Total, "ligne lue", "lignes lues")}, "
            + $"{French.Plural(Created, "fiche créée", "fiches créées")}, {French.Plural(Rejected, "ligne refusée", "lignes refusées")}{RejectedDetail} ; "
            + "aucune fiche existante n'est modifiée (un doublon est refusé, jamais fusionné).",
        ImportRunStatus.Interrupted => $"Import interrompu par un arrêt du serveur après {French.Plural(Processed, "ligne traitée", "lignes traitées")} sur {French.Number(Total)} : "
            + $"{French.Plural(Created, "fiche créée", "fiches créées")}, {French.Plural(Rejected, "ligne refusée", "lignes refusées")} ; les lignes suivantes n'ont pas été importées.",
        ImportRunStatus.Failed => $"Import arrêté par une erreur après {French.Plural(Processed, "ligne traitée", "lignes traitées")} sur {French.Number(Total)} : "
            + $"{French.Plural(Created, "fiche créée", "fiches créées")}, {French.Plural(Rejected, "ligne refusée", "lignes refusées")} ; les lignes suivantes n'ont pas été importées.",
        _ => "",
    };

    public static ImportProgressViewModel Of(ProspectImport batch, DateTime nowUtc, bool canWrite)
    {
        var status = ProspectImportRunner.Effective(batch, nowUtc);
        var rejections = JsonSerializer.Deserialize<List<ImportRejection>>(batch.RejectionsJson) ?? [];
        return new ImportProgressViewModel(batch.Id, batch.FileName, status, batch.TotalRows, batch.ProcessedRows, batch.CreatedCount, batch.RejectedCount,
            rejections, canWrite && status is ImportRunStatus.Interrupted or ImportRunStatus.Failed);
    }
}
