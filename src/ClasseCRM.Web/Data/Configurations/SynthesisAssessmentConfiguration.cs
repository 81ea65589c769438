using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Syntheses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

public sealed class SynthesisAssessmentConfiguration : IEntityTypeConfiguration<SynthesisAssessment>
{
    public void Configure(EntityTypeBuilder<SynthesisAssessment> builder)
    {
        builder.Property(a => a.LevelsJson).HasMaxLength(8000);
        builder.Property(a => a.Mark).HasPrecision(4, 2);
        builder.Property(a => a.ContextComment).HasMaxLength(4000);
        builder.Property(a => a.OrganisationComment).HasMaxLength(4000);
        builder.Property(a => a.ResultsComment).HasMaxLength(4000);
        builder.Property(a => a.RetroactionComment).HasMaxLength(4000);
        builder.Property(a => a.FollowUpComment).HasMaxLength(4000);
        builder.Property(a => a.AnalysisComment).HasMaxLength(4000);
        builder.Property(a => a.OverallComment).HasMaxLength(4000);
        builder.Property(a => a.AssessorName).HasMaxLength(200);
        builder.HasOne<Synthesis>().WithMany().HasForeignKey(a => a.SynthesisId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.SynthesisId).IsUnique();
    }
}
