using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

public sealed class MailingSendConfiguration : IEntityTypeConfiguration<MailingSend>
{
    public void Configure(EntityTypeBuilder<MailingSend> builder)
    {
        builder.HasAuthor();
        builder.Property(m => m.Address).HasMaxLength(500);
        builder.Property(m => m.ResultNote).HasMaxLength(2000);
        builder.HasOne<Operation>().WithMany().HasForeignKey(m => m.OperationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Prospect).WithMany().HasForeignKey(m => m.ProspectId).OnDelete(DeleteBehavior.Cascade);
        // One letter or e-mail per prospect and operation: sending twice never doubles a mailing.
        builder.HasIndex(m => new { m.OperationId, m.ProspectId }).IsUnique();
        builder.HasOne(m => m.OutboxMessage).WithMany().HasForeignKey(m => m.OutboxMessageId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(m => m.OutboxMessageId);
        builder.HasIndex(m => new { m.WorkspaceId, m.SentAtUtc });
    }
}
