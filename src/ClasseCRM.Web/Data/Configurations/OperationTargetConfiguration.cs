using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

public sealed class OperationTargetConfiguration : IEntityTypeConfiguration<OperationTarget>
{
    public void Configure(EntityTypeBuilder<OperationTarget> builder)
    {
        builder.Property(t => t.ExclusionReason).HasMaxLength(300);
        builder.HasOne(t => t.Prospect).WithMany().HasForeignKey(t => t.ProspectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.WorkspaceId, t.OperationId, t.Position });
        builder.HasIndex(t => new { t.OperationId, t.ProspectId }).IsUnique();
    }
}
