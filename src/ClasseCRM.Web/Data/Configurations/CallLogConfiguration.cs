using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

public sealed class CallLogConfiguration : IEntityTypeConfiguration<CallLog>
{
    public void Configure(EntityTypeBuilder<CallLog> builder)
    {
        builder.HasAuthor();
        builder.Property(c => c.Notes).HasMaxLength(2000);
        builder.HasOne<Operation>().WithMany().HasForeignKey(c => c.OperationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Prospect>().WithMany().HasForeignKey(c => c.ProspectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.WorkspaceId, c.OperationId, c.CalledAtUtc });
        builder.HasIndex(c => new { c.WorkspaceId, c.ProspectId, c.CalledAtUtc });
        // Reports: the calls of a period by outcome and by day, read from the index alone.
        builder.HasIndex(c => new { c.WorkspaceId, c.CalledOn, c.Outcome });
    }
}
