using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

public sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        builder.Property(i => i.Number).HasMaxLength(20);
        builder.Property(i => i.OrderNumber).HasMaxLength(20);
        builder.Property(i => i.CreditedInvoiceNumber).HasMaxLength(20);
        builder.Property(i => i.Reason).HasMaxLength(500);
        builder.Property(i => i.SellerName).HasMaxLength(120);
        builder.Property(i => i.SellerLegalForm).HasMaxLength(120);
        builder.Property(i => i.SellerAddress).HasMaxLength(400);
        builder.Property(i => i.SellerSiret).HasMaxLength(14);
        builder.Property(i => i.SellerRcsCity).HasMaxLength(80);
        builder.Property(i => i.SellerVatNumber).HasMaxLength(20);
        builder.Property(i => i.ClientName).HasMaxLength(200);
        builder.Property(i => i.ClientAddress).HasMaxLength(400);
        builder.Property(i => i.ClientSiren).HasMaxLength(9);
        builder.Property(i => i.DeliveryAddress).HasMaxLength(300);
        foreach (var rate in new[] { nameof(Invoice.RemiseRate), nameof(Invoice.RabaisRate), nameof(Invoice.RistourneRate), nameof(Invoice.EscompteRate) })
        {
            builder.Property(rate).HasPrecision(7, 6);
        }
        foreach (var amount in new[]
        {
            nameof(Invoice.LinesTotal), nameof(Invoice.Remise), nameof(Invoice.Rabais), nameof(Invoice.Ristourne), nameof(Invoice.NetCommercial),
            nameof(Invoice.Escompte), nameof(Invoice.NetExclVat), nameof(Invoice.VatTotal), nameof(Invoice.TotalInclVat),
        })
        {
            builder.Property(amount).HasPrecision(14, 2);
        }
        builder.Ignore(i => i.IsCreditNote);
        builder.Ignore(i => i.Terms);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(i => i.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Order>().WithMany().HasForeignKey(i => i.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Lines).WithOne().HasForeignKey(l => l.InvoiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.VatLines).WithOne().HasForeignKey(v => v.InvoiceId).OnDelete(DeleteBehavior.Cascade);
        // One unbroken series per workspace: the counter gives the numbers, the index makes sure; one invoice and at most one avoir per order.
        builder.HasIndex(i => new { i.WorkspaceId, i.Number }).IsUnique();
        builder.HasIndex(i => new { i.OrderId, i.Kind }).IsUnique();
        builder.HasIndex(i => new { i.WorkspaceId, i.Kind, i.IssuedOn });
    }
}
