using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

public sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.Property(r => r.SourceKey).HasMaxLength(80);
        builder.Property(r => r.Title).HasMaxLength(300);
        builder.Property(r => r.Details).HasMaxLength(2000);
        builder.Property(r => r.JobId).HasMaxLength(100);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(r => r.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Prospect>().WithMany().HasForeignKey(r => r.ProspectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Operation>().WithMany().HasForeignKey(r => r.OperationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Domain.Orders.Order>().WithMany().HasForeignKey(r => r.OrderId).OnDelete(DeleteBehavior.Cascade);
        // A rule's reminder exists once per workspace and source.
        builder.HasIndex(r => new { r.WorkspaceId, r.SourceKey }).IsUnique();
        builder.HasIndex(r => new { r.Status, r.FiredAtUtc, r.DueAtUtc });
        builder.HasIndex(r => new { r.WorkspaceId, r.Status, r.DueAtUtc });
    }
}
