using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Syntheses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

public sealed class SynthesisConfiguration : IEntityTypeConfiguration<Synthesis>
{
    public void Configure(EntityTypeBuilder<Synthesis> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.Property(s => s.OperationIds).HasMaxLength(500);
        foreach (var text in new[] { nameof(Synthesis.Strengths), nameof(Synthesis.Weaknesses), nameof(Synthesis.GapCauses), nameof(Synthesis.Judgement), nameof(Synthesis.CorrectiveActions) })
        {
            builder.Property(text).HasMaxLength(8000);
        }
        builder.Ignore(s => s.Operations);
        builder.Property(s => s.Referentiel).HasMaxLength(20);
        builder.HasOne(s => s.Author).WithMany().HasForeignKey(s => s.AuthorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(s => s.Workspace).WithMany().HasForeignKey(s => s.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.WorkspaceId, s.Status });
    }
}
