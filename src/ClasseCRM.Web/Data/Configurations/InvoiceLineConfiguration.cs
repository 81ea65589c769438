using ClasseCRM.Web.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

public sealed class InvoiceLineConfiguration : IEntityTypeConfiguration<InvoiceLine>
{
    public void Configure(EntityTypeBuilder<InvoiceLine> builder)
    {
        builder.Property(l => l.Reference).HasMaxLength(40);
        builder.Property(l => l.Designation).HasMaxLength(200);
        builder.Property(l => l.Unit).HasMaxLength(30);
        builder.Property(l => l.Quantity).HasPrecision(12, 3);
        builder.Property(l => l.UnitPriceExclVat).HasPrecision(12, 4);
        builder.Property(l => l.DiscountRate).HasPrecision(7, 6);
        builder.Property(l => l.NetExclVat).HasPrecision(14, 2);
        builder.Property(l => l.VatRate).HasPrecision(6, 4);
    }
}
