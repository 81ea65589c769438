using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

public sealed class OperationTargetConfiguration : IEntityTypeConfiguration<OperationTarget>
{
    public void Configure(EntityTypeBuilder<OperationTarget> builder)
    {
        // The energy-renovation ban's reason (ContactRules.EnergyRenovationReason) is about 390 characters: SQLite never
        // enforced 300, PostgreSQL refused the operation.
        builder.Property(t => t.ExclusionReason).HasMaxLength(500);
        builder.HasOne(t => t.Prospect).WithMany().HasForeignKey(t => t.ProspectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.WorkspaceId, t.OperationId, t.Position });
        builder.HasIndex(t => new { t.OperationId, t.ProspectId }).IsUnique();
    }
}
