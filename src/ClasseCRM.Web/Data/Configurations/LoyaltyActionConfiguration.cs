using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Loyalty;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

public sealed class LoyaltyActionConfiguration : IEntityTypeConfiguration<LoyaltyAction>
{
    public void Configure(EntityTypeBuilder<LoyaltyAction> builder)
    {
        builder.Property(a => a.Notes).HasMaxLength(1000);
        builder.Property(a => a.Result).HasMaxLength(1000);
        builder.Property(a => a.Comment).HasMaxLength(1000);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(a => a.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Prospect).WithMany().HasForeignKey(a => a.ProspectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.WorkspaceId, a.DoneOn, a.PlannedOn });
        builder.HasIndex(a => new { a.WorkspaceId, a.ProspectId });
    }
}
