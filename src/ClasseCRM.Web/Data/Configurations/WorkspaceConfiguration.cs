using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

public sealed class WorkspaceConfiguration : IEntityTypeConfiguration<Workspace>
{
    public void Configure(EntityTypeBuilder<Workspace> builder)
    {
        builder.Property(w => w.Name).HasMaxLength(120);
        builder.HasOne(w => w.Class).WithMany(c => c.Workspaces).HasForeignKey(w => w.ClassId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(w => w.Scenario).WithMany().HasForeignKey(w => w.ScenarioId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(w => new { w.ClassId, w.ScenarioId });
    }
}
