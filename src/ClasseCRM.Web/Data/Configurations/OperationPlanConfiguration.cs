using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

public sealed class OperationPlanConfiguration : IEntityTypeConfiguration<OperationPlan>
{
    public void Configure(EntityTypeBuilder<OperationPlan> builder)
    {
        builder.Property(p => p.TargetJustification).HasMaxLength(OperationPlan.JustificationMax);
        builder.Property(p => p.TechniqueJustification).HasMaxLength(OperationPlan.JustificationMax);
        builder.Property(p => p.Calendar).HasMaxLength(OperationPlan.JustificationMax);
        builder.Property(p => p.Script).HasMaxLength(OperationPlan.ScriptMax);
        builder.Property(p => p.Pitch).HasMaxLength(20000);
        builder.Property(p => p.Budget).HasPrecision(12, 2);
        builder.HasOne(p => p.Operation).WithOne().HasForeignKey<OperationPlan>(p => p.OperationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.OperationId).IsUnique();
        builder.HasIndex(p => new { p.WorkspaceId, p.OperationId });
    }
}
