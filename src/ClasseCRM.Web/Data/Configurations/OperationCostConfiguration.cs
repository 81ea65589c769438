using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

public sealed class OperationCostConfiguration : IEntityTypeConfiguration<OperationCost>
{
    public void Configure(EntityTypeBuilder<OperationCost> builder)
    {
        builder.Property(c => c.Label).HasMaxLength(120);
        builder.Property(c => c.Quantity).HasPrecision(12, 3);
        builder.Property(c => c.UnitCost).HasPrecision(12, 4);
        builder.Ignore(c => c.Amount);
        builder.HasOne<Operation>().WithMany().HasForeignKey(c => c.OperationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.WorkspaceId, c.OperationId });
    }
}
