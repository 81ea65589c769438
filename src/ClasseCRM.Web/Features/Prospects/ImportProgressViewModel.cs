using System.Text.Json;
using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Infrastructure.Formatting;

namespace ClasseCRM.Web.Features.Prospects;

/// <summary>An import once « Importer » was clicked: where it stands, its exact counts, and the rows refused so far.</summary>
public sealed record ImportProgressViewModel(int Id, string FileName, ImportRunStatus Status, int Total, int Processed, int Created, int Rejected,
    IReadOnlyList<ImportRejection> Rejections, bool CanResume)
{
    public bool IsActive => Status is ImportRunStatus.Queued or ImportRunStatus.Running;

    /// <summary>Whole percent of rows handled (100 when there is nothing left).</summary>
    public int Percent => Total == 0 ? (IsActive ? 0 : 100) : (int)Math.Floor(100m * Processed / Total);

    /// <summary>The sentence under the bar (also what the page's script writes as the import goes).</summary>
    public string Summary => Status switch
    {
        ImportRunStatus.Queued => $"Import en attente de démarrage : {French.Plural(Total, "ligne", "lignes")} à traiter.",
        ImportRunStatus.Running => $"Import en cours : {French.Number(Processed)} sur {French.Plural(Total, "ligne traitée", "lignes traitées")} "
            + $"({French.Plural(Created, "fiche créée", "fiches créées")}, {French.Plural(Rejected, "ligne refusée", "lignes refusées")}).",
        ImportRunStatus.Completed => $"Import terminé : {French.Plural(Created, "fiche créée", "fiches créées")}, aucune fiche existante mise à jour, "
            + $"{French.Plural(Rejected, "ligne refusée", "lignes refusées")}.",
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
