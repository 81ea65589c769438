using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

public sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Uai).HasMaxLength(8);
        builder.Property(s => s.City).HasMaxLength(100);
        builder.HasIndex(s => s.Uai).IsUnique();
    }
}
