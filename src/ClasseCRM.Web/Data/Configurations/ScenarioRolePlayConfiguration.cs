using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.RolePlay;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

public sealed class ScenarioRolePlayConfiguration : IEntityTypeConfiguration<ScenarioRolePlay>
{
    public void Configure(EntityTypeBuilder<ScenarioRolePlay> builder)
    {
        builder.HasKey(r => r.ScenarioId);
        builder.HasOne<Scenario>().WithOne().HasForeignKey<ScenarioRolePlay>(r => r.ScenarioId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.Reachability).HasMaxLength(2000);
        builder.Property(r => r.Motives).HasMaxLength(100);
        builder.Property(r => r.HiddenNeeds).HasMaxLength(4000);
        builder.Property(r => r.BuyingSignals).HasMaxLength(4000);
        builder.Property(r => r.AcceptanceTriggers).HasMaxLength(4000);
        builder.Property(r => r.Suppliers).HasMaxLength(2000);
        builder.Property(r => r.BudgetMin).HasPrecision(18, 2);
        builder.Property(r => r.BudgetMax).HasPrecision(18, 2);
    }
}
