using ClasseCRM.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

public sealed class ScenarioProductConfiguration : IEntityTypeConfiguration<ScenarioProduct>
{
    public void Configure(EntityTypeBuilder<ScenarioProduct> builder)
    {
        builder.Property(p => p.Reference).HasMaxLength(30);
        builder.Property(p => p.Designation).HasMaxLength(200);
        builder.Property(p => p.Unit).HasMaxLength(30);
        builder.Property(p => p.PriceExclVat).HasPrecision(12, 2);
        builder.Property(p => p.PurchaseCostExclVat).HasPrecision(12, 2);
        builder.Property(p => p.VatRate).HasPrecision(5, 4);
        builder.Property(p => p.MaxDiscountRate).HasPrecision(5, 4);
    }
}
