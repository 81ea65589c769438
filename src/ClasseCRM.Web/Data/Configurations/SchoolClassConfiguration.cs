using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

public sealed class SchoolClassConfiguration : IEntityTypeConfiguration<SchoolClass>
{
    public void Configure(EntityTypeBuilder<SchoolClass> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(80);
        builder.Property(c => c.SchoolYear).HasMaxLength(9);
        // Classes created before the choice existed keep the 2002 diploma their grid came from (set in the migration).
        builder.Property(c => c.Referentiel).HasMaxLength(20);
        builder.HasOne(c => c.Teacher).WithMany().HasForeignKey(c => c.TeacherId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.TeacherId, c.IsArchived });
        builder.HasOne(c => c.School).WithMany().HasForeignKey(c => c.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(c => c.RatioVariants);
        // Classes created before the setting existed get the usual frequencies.
        builder.Property(c => c.ContactDaysA).HasDefaultValue(30);
        builder.Property(c => c.ContactDaysB).HasDefaultValue(60);
        builder.Property(c => c.ContactDaysC).HasDefaultValue(90);
        // Classes created before solo role play get DOMAIN.md's practice profile; 0 % is a share a teacher may choose (sentinel -1).
        builder.Property(c => c.PracticeWrongNumberPercent).HasDefaultValue(12).HasSentinel(-1);
        builder.Property(c => c.PracticeNoAnswerPercent).HasDefaultValue(30).HasSentinel(-1);
        builder.Property(c => c.PracticeGatekeeperPercent).HasDefaultValue(15).HasSentinel(-1);
        builder.Property(c => c.PracticeAbsentPercent).HasDefaultValue(10).HasSentinel(-1);
        builder.Property(c => c.PracticeReachedPercent).HasDefaultValue(33).HasSentinel(-1);
        builder.Ignore(c => c.OutcomeProfile);
    }
}
