using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace ClasseCRM.Web.Infrastructure.Data;

/// <summary>
/// A word of a workspace's prospect file: the vocabulary that « Vouliez-vous dire … ? » picks from. The table
/// <c>SearchWords</c> (<see cref="SqliteSearchSchema"/>, <see cref="PostgreSqlSearchSchema"/>: not created by the model) is filled by triggers from every fiche's search
/// text as it is written: words of three letters or more, letters only (no phone numbers, SIRET or postal codes). A word
/// whose last fiche has gone stays until a suggestion meets it and finds no fiche (see ProspectSearchSuggestions), so the
/// triggers never count uses: an import stays cheap.
/// </summary>
public sealed class SearchWordRow : IWorkspaceOwned
{
    public int WorkspaceId { get; set; }

    public string Word { get; set; } = "";

    internal static void Configure(ModelBuilder builder) =>
        builder.Entity<SearchWordRow>(e =>
        {
            e.HasKey(w => new { w.WorkspaceId, w.Word });
            e.ToTable("SearchWords", t => t.ExcludeFromMigrations());
        });
}
