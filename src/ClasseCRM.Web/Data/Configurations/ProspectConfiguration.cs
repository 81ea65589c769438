using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

public sealed class ProspectConfiguration : IEntityTypeConfiguration<Prospect>
{
    public void Configure(EntityTypeBuilder<Prospect> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Siret).HasMaxLength(14);
        builder.Property(p => p.NafCode).HasMaxLength(6);
        builder.Property(p => p.PostalCode).HasMaxLength(5);
        builder.Property(p => p.City).HasMaxLength(100);
        builder.Property(p => p.Department).HasMaxLength(3);
        builder.Property(p => p.Phone).HasMaxLength(20);
        builder.Property(p => p.Email).HasMaxLength(254);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(p => p.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Contacts).WithOne(c => c.Prospect).HasForeignKey(c => c.ProspectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.WorkspaceId, p.Name });
        builder.HasIndex(p => new { p.WorkspaceId, p.Status });
    }
}
