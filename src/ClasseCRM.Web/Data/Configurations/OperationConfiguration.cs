using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

public sealed class OperationConfiguration : IEntityTypeConfiguration<Operation>
{
    public void Configure(EntityTypeBuilder<Operation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(120);
        builder.Property(o => o.Goal).HasMaxLength(2000);
        builder.Property(o => o.TargetCriteria).HasMaxLength(1000);
        builder.Property(o => o.MailSubject).HasMaxLength(200);
        builder.Property(o => o.MailBody).HasMaxLength(4000);
        builder.Property(o => o.ObjectiveRevenue).HasPrecision(12, 2);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(o => o.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Targets).WithOne().HasForeignKey(t => t.OperationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => new { o.WorkspaceId, o.StartDate });
    }
}
