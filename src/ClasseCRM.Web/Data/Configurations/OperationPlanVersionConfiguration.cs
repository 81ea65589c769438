using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

public sealed class OperationPlanVersionConfiguration : IEntityTypeConfiguration<OperationPlanVersion>
{
    public void Configure(EntityTypeBuilder<OperationPlanVersion> builder)
    {
        builder.Property(v => v.Subject).HasMaxLength(200);
        builder.Property(v => v.Text).HasMaxLength(20000);
        builder.HasOne<Operation>().WithMany().HasForeignKey(v => v.OperationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(v => v.Author).WithMany().HasForeignKey(v => v.AuthorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(v => new { v.WorkspaceId, v.OperationId, v.Kind, v.Number }).IsUnique();
    }
}
