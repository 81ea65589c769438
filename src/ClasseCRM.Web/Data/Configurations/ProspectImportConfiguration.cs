using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

public sealed class ProspectImportConfiguration : IEntityTypeConfiguration<ProspectImport>
{
    public void Configure(EntityTypeBuilder<ProspectImport> builder)
    {
        builder.Property(i => i.FileName).HasMaxLength(260);
        builder.Property(i => i.RunToken).HasMaxLength(40);
        builder.Property(i => i.AuthorName).HasMaxLength(200);
        builder.Property(i => i.RejectionsJson).HasDefaultValue("[]");
        builder.HasOne<Workspace>().WithMany().HasForeignKey(i => i.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => i.WorkspaceId);
        builder.HasIndex(i => i.Status);
    }
}
