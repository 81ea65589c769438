using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

public sealed class ProspectNoteConfiguration : IEntityTypeConfiguration<ProspectNote>
{
    public void Configure(EntityTypeBuilder<ProspectNote> builder)
    {
        builder.HasAuthor();
        builder.Property(n => n.Text).HasMaxLength(4000);
        builder.Property(n => n.AuthorName).HasMaxLength(200);
        builder.HasOne<Prospect>().WithMany().HasForeignKey(n => n.ProspectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.WorkspaceId, n.ProspectId, n.CreatedAtUtc });
        // The class dashboard: a workspace's last activity in one seek.
        builder.HasIndex(n => new { n.WorkspaceId, n.CreatedAtUtc });
    }
}
