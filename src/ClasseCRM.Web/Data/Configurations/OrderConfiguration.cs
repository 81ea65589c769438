using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClasseCRM.Web.Data.Configurations;

public sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.HasAuthor();
        builder.Property(o => o.QuoteNumber).HasMaxLength(20);
        builder.Property(o => o.OrderNumber).HasMaxLength(20);
        builder.Property(o => o.CancelReason).HasMaxLength(500);
        builder.Property(o => o.ManagerApproval).HasMaxLength(500);
        builder.Property(o => o.ApprovalRequest).HasMaxLength(1000);
        builder.Property(o => o.ApprovalRefusal).HasMaxLength(1000);
        builder.Property(o => o.ApprovalRefusedBy).HasMaxLength(200);
        builder.Property(o => o.Notes).HasMaxLength(2000);
        builder.Property(o => o.DeliveryAddress).HasMaxLength(300);
        foreach (var rate in new[] { nameof(Order.RemiseRate), nameof(Order.RabaisRate), nameof(Order.RistourneRate), nameof(Order.EscompteRate) })
        {
            builder.Property(rate).HasPrecision(7, 6);
        }
        foreach (var amount in new[] { nameof(Order.NetExclVat), nameof(Order.VatTotal), nameof(Order.TotalInclVat), nameof(Order.CostTotal), nameof(Order.Margin), nameof(Order.PaidTotal) })
        {
            builder.Property(amount).HasPrecision(14, 2);
        }
        builder.HasOne<Workspace>().WithMany().HasForeignKey(o => o.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(o => o.Prospect).WithMany().HasForeignKey(o => o.ProspectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Operation>().WithMany().HasForeignKey(o => o.OperationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Payments).WithOne().HasForeignKey(p => p.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Issues).WithOne().HasForeignKey(i => i.OrderId).OnDelete(DeleteBehavior.Cascade);
        // Numbers are unique per workspace: the counter gives them, the index makes sure.
        builder.HasIndex(o => new { o.WorkspaceId, o.QuoteNumber }).IsUnique();
        builder.HasIndex(o => new { o.WorkspaceId, o.OrderNumber }).IsUnique();
        builder.HasIndex(o => new { o.WorkspaceId, o.Status });
        builder.HasIndex(o => new { o.WorkspaceId, o.ProspectId });
        builder.HasIndex(o => o.OperationId);
        builder.HasIndex(o => new { o.WorkspaceId, o.OrderDate });
    }
}

public sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> builder)
    {
        builder.Property(l => l.Reference).HasMaxLength(40);
        builder.Property(l => l.Designation).HasMaxLength(200);
        builder.Property(l => l.Unit).HasMaxLength(30);
        builder.Property(l => l.Quantity).HasPrecision(12, 3);
        builder.Property(l => l.UnitPriceExclVat).HasPrecision(12, 4);
        builder.Property(l => l.UnitCostExclVat).HasPrecision(12, 4);
        builder.Property(l => l.CataloguePrice).HasPrecision(12, 4);
        builder.Property(l => l.DiscountRate).HasPrecision(7, 6);
        builder.Property(l => l.MaxDiscountRate).HasPrecision(7, 6);
        builder.Property(l => l.VatRate).HasPrecision(6, 4);
    }
}

public sealed class OrderPaymentConfiguration : IEntityTypeConfiguration<OrderPayment>
{
    public void Configure(EntityTypeBuilder<OrderPayment> builder)
    {
        builder.Property(p => p.Amount).HasPrecision(14, 2);
        builder.Property(p => p.Method).HasMaxLength(60);
    }
}

public sealed class OrderIssueConfiguration : IEntityTypeConfiguration<OrderIssue>
{
    public void Configure(EntityTypeBuilder<OrderIssue> builder)
    {
        builder.Property(i => i.Description).HasMaxLength(2000);
        builder.Property(i => i.Resolution).HasMaxLength(2000);
    }
}

public sealed class DocumentCounterConfiguration : IEntityTypeConfiguration<DocumentCounter>
{
    public void Configure(EntityTypeBuilder<DocumentCounter> builder)
    {
        builder.HasKey(c => new { c.WorkspaceId, c.Kind, c.Year });
        builder.Property(c => c.Kind).HasMaxLength(5);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(c => c.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
    }
}
