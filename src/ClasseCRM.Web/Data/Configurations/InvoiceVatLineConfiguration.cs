using ClasseCRM.Web.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

public sealed class InvoiceVatLineConfiguration : IEntityTypeConfiguration<InvoiceVatLine>
{
    public void Configure(EntityTypeBuilder<InvoiceVatLine> builder)
    {
        builder.Property(v => v.Rate).HasPrecision(6, 4);
        builder.Property(v => v.Base).HasPrecision(14, 2);
        builder.Property(v => v.Vat).HasPrecision(14, 2);
    }
}
