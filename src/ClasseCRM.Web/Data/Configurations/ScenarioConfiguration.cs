using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

public sealed class ScenarioConfiguration : IEntityTypeConfiguration<Scenario>
{
    public void Configure(EntityTypeBuilder<Scenario> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(120);
        builder.Property(s => s.CompanyName).HasMaxLength(120);
        builder.Property(s => s.Siret).HasMaxLength(14);
        builder.Property(s => s.SourceKey).HasMaxLength(60);
        builder.Property(s => s.MaxDiscountRate).HasPrecision(5, 4);
        builder.Property(s => s.HomeTownCode).HasMaxLength(5);
        builder.Property(s => s.HomeTown).HasMaxLength(120);
        builder.Property(s => s.RadiusKm).HasDefaultValue(Scenario.DefaultRadiusKm);
        builder.Property(s => s.MaxKmPerDay).HasDefaultValue(Scenario.DefaultMaxKmPerDay);
        builder.Ignore(s => s.VatNumber);
        builder.Ignore(s => s.IsShipped);
        builder.HasIndex(s => s.SourceKey);
        builder.HasIndex(s => s.OwnerId);
        builder.HasMany(s => s.Products).WithOne().HasForeignKey(p => p.ScenarioId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Objections).WithOne().HasForeignKey(o => o.ScenarioId).OnDelete(DeleteBehavior.Cascade);
    }
}
