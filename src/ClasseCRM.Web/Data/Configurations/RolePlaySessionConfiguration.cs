using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.RolePlay;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

public sealed class RolePlaySessionConfiguration : IEntityTypeConfiguration<RolePlaySession>
{
    public void Configure(EntityTypeBuilder<RolePlaySession> builder)
    {
        builder.HasAuthor();
        builder.Property(s => s.Transcript).HasMaxLength(20000);
        builder.OwnsMany(s => s.Objections, o => o.ToJson());
        builder.HasOne<Operation>().WithMany().HasForeignKey(s => s.OperationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Prospect>().WithMany().HasForeignKey(s => s.ProspectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Call).WithMany().HasForeignKey(s => s.CallLogId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(s => new { s.WorkspaceId, s.OperationId, s.ProspectId });
        builder.Ignore(s => s.State);
    }
}
