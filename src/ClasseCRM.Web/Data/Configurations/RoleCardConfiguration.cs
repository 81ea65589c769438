using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.RolePlay;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

public sealed class RoleCardConfiguration : IEntityTypeConfiguration<RoleCard>
{
    public void Configure(EntityTypeBuilder<RoleCard> builder)
    {
        builder.Property(c => c.Reachability).HasMaxLength(200);
        builder.Property(c => c.CurrentSupplier).HasMaxLength(200);
        builder.Property(c => c.HiddenNeed).HasMaxLength(500);
        builder.Property(c => c.BuyingSignals).HasMaxLength(1000);
        builder.Property(c => c.AcceptsWhen).HasMaxLength(500);
        builder.Property(c => c.Budget).HasPrecision(18, 2);
        builder.OwnsMany(c => c.Objections, o => o.ToJson());
        builder.HasOne<Prospect>().WithMany().HasForeignKey(c => c.ProspectId).OnDelete(DeleteBehavior.Cascade);
        // One card a fiche.
        builder.HasIndex(c => new { c.WorkspaceId, c.ProspectId }).IsUnique();
    }
}
