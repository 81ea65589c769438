using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.FromAddress).HasMaxLength(254);
        builder.Property(m => m.ToAddress).HasMaxLength(254);
        builder.Property(m => m.ToName).HasMaxLength(200);
        builder.Property(m => m.FromName).HasMaxLength(200);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.MessageId).HasMaxLength(200);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(m => m.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<School>().WithMany().HasForeignKey(m => m.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.MessageId).IsUnique();
        builder.HasIndex(m => new { m.SchoolId, m.Id });
        builder.HasIndex(m => new { m.WorkspaceId, m.CreatedAtUtc });
        builder.HasIndex(m => new { m.Status, m.NextAttemptAtUtc });
        builder.HasIndex(m => m.InReplyToId);
    }
}
