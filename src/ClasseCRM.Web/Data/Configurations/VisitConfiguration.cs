using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

public sealed class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    public void Configure(EntityTypeBuilder<Visit> builder)
    {
        builder.HasAuthor();
        builder.Property(v => v.Objective).HasMaxLength(1000);
        builder.Property(v => v.Known).HasMaxLength(2000);
        builder.Property(v => v.Arguments).HasMaxLength(2000);
        builder.Property(v => v.Interlocutor).HasMaxLength(200);
        builder.Property(v => v.Needs).HasMaxLength(2000);
        builder.Property(v => v.Gap).HasMaxLength(1000);
        builder.Property(v => v.GapCause).HasMaxLength(1000);
        builder.Property(v => v.Strengths).HasMaxLength(1000);
        builder.Property(v => v.Weaknesses).HasMaxLength(1000);
        builder.Property(v => v.NextSteps).HasMaxLength(2000);
        builder.Property(v => v.Amount).HasPrecision(12, 2);
        builder.Property(v => v.Expenses).HasPrecision(12, 2);
        builder.HasOne<Operation>().WithMany().HasForeignKey(v => v.OperationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(v => v.Prospect).WithMany().HasForeignKey(v => v.ProspectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Objections).WithOne().HasForeignKey(o => o.VisitId).OnDelete(DeleteBehavior.Cascade);
        // One visit per prospect and operation: planning twice never doubles the round.
        builder.HasIndex(v => new { v.OperationId, v.ProspectId }).IsUnique();
        builder.HasIndex(v => new { v.WorkspaceId, v.PlannedOn });
    }
}

public sealed class VisitObjectionConfiguration : IEntityTypeConfiguration<VisitObjection>
{
    public void Configure(EntityTypeBuilder<VisitObjection> builder)
    {
        builder.Property(o => o.Text).HasMaxLength(500);
        builder.Property(o => o.Answer).HasMaxLength(1000);
    }
}
