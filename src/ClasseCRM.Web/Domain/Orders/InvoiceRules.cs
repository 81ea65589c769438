namespace ClasseCRM.Web.Domain.Orders;

/// <summary>
/// How a facture is made from an order and an avoir from a facture (DOMAIN.md « Facture »): the seller's identity
/// (with its SIRET), the client's (with its SIREN for a business, the delivery address when it differs), the nature of
/// the operation, the lines and every amount are copied when the invoice is issued, so that the document never changes
/// afterwards; an avoir is the same document with every quantity and amount negated, referring to the invoice.
/// </summary>
public static class InvoiceRules
{
    public const string InvoicePrefix = "FA";
    public const string CreditNotePrefix = "AV";

    public static string Prefix(InvoiceKind kind) => kind == InvoiceKind.Invoice ? InvoicePrefix : CreditNotePrefix;

    /// <summary>Goods, services or both, from the lines (a line is a service when its catalogue product is one).</summary>
    public static OperationNature NatureOf(IEnumerable<bool> lineIsService)
    {
        var kinds = lineIsService.Distinct().ToList();
        return kinds.Count > 1 ? OperationNature.GoodsAndServices : kinds is [true] ? OperationNature.Services : OperationNature.Goods;
    }

    public static string Label(OperationNature nature) => nature switch
    {
        OperationNature.Services => "prestation de services",
        OperationNature.GoodsAndServices => "livraison de biens et prestation de services",
        _ => "livraison de biens",
    };

    /// <summary>The SIREN is the first 9 digits of a SIRET.</summary>
    public static string? SirenOf(string? siret) => siret is { Length: 14 } s && s.All(char.IsAsciiDigit) ? s[..9] : null;

    /// <summary>The client's address on one line; the delivery address is printed only when it differs from it.</summary>
    public static string? DeliveryAddressIfDifferent(string? delivery, string clientAddress) =>
        string.IsNullOrWhiteSpace(delivery) || Normalise(delivery) == Normalise(clientAddress) ? null : delivery.Trim();

    /// <summary>Freezes the invoice of an order: seller, client, lines, discounts, totals and VAT per rate as computed by <see cref="OrderMath"/>.</summary>
    public static Invoice InvoiceOf(Order order, Scenario seller, Prospect client, Func<int?, bool> isService, string number, DateOnly on, DateTime nowUtc)
    {
        var figures = OrderMath.Compute(order.Lines.Select(l => l.Input).ToList(), order.Discounts);
        var business = client.Kind == ProspectKind.Organisation;
        var clientAddress = $"{client.Street}, {client.PostalCode} {client.City}";
        var lines = order.Lines.OrderBy(l => l.Position).Select((l, i) => new InvoiceLine
        {
            WorkspaceId = order.WorkspaceId,
            Position = i + 1,
            Reference = l.Reference,
            Designation = l.Designation,
            Unit = l.Unit,
            Quantity = l.Quantity,
            UnitPriceExclVat = l.UnitPriceExclVat,
            DiscountRate = l.DiscountRate,
            NetExclVat = OrderMath.Line(l.Input).Net,
            VatRate = l.VatRate,
            IsService = isService(l.ProductId),
        }).ToList();
        return new Invoice
        {
            WorkspaceId = order.WorkspaceId,
            OrderId = order.Id,
            Kind = InvoiceKind.Invoice,
            Number = number,
            IssuedOn = on,
            CreatedAtUtc = nowUtc,
            OrderNumber = order.Number,
            SaleOn = order.InstalledOn ?? order.DeliveredOn ?? order.OrderDate,
            DueOn = order.Terms.DueDate(on),
            SellerName = seller.CompanyName,
            SellerLegalForm = seller.LegalForm,
            SellerAddress = $"{seller.Street}, {seller.PostalCode} {seller.City}",
            SellerSiret = seller.Siret,
            SellerRcsCity = seller.RcsCity,
            SellerVatNumber = seller.VatNumber,
            VatOnDebits = seller.VatOnDebits,
            ClientName = client.Name,
            ClientAddress = clientAddress,
            ClientSiren = business ? SirenOf(client.Siret) : null,
            BusinessClient = business,
            DeliveryAddress = DeliveryAddressIfDifferent(order.DeliveryAddress, clientAddress),
            Nature = NatureOf(lines.Select(l => l.IsService)),
            PaymentTermDays = order.PaymentTermDays,
            PaymentTermEndOfMonth = order.PaymentTermEndOfMonth,
            RemiseRate = order.RemiseRate,
            RabaisRate = order.RabaisRate,
            RistourneRate = order.RistourneRate,
            EscompteRate = order.EscompteRate,
            LinesTotal = figures.LinesTotal,
            Remise = figures.Remise,
            Rabais = figures.Rabais,
            Ristourne = figures.Ristourne,
            NetCommercial = figures.NetCommercial,
            Escompte = figures.Escompte,
            NetExclVat = figures.NetExclVat,
            VatTotal = figures.Vat,
            TotalInclVat = figures.TotalInclVat,
            Lines = lines,
            VatLines = figures.Bases.Select(b => new InvoiceVatLine { WorkspaceId = order.WorkspaceId, Rate = b.Rate, Base = b.NetFinancial, Vat = b.Vat }).ToList(),
        };
    }

    /// <summary>The avoir of a whole invoice: the same seller, client and lines, every quantity and amount negated, no due date.</summary>
    public static Invoice CreditNoteOf(Invoice invoice, string number, DateOnly on, string reason, DateTime nowUtc) => new()
    {
        WorkspaceId = invoice.WorkspaceId,
        OrderId = invoice.OrderId,
        Kind = InvoiceKind.CreditNote,
        Number = number,
        IssuedOn = on,
        CreatedAtUtc = nowUtc,
        OrderNumber = invoice.OrderNumber,
        SaleOn = invoice.SaleOn,
        DueOn = null,
        CreditedInvoiceId = invoice.Id,
        CreditedInvoiceNumber = invoice.Number,
        Reason = reason,
        SellerName = invoice.SellerName,
        SellerLegalForm = invoice.SellerLegalForm,
        SellerAddress = invoice.SellerAddress,
        SellerSiret = invoice.SellerSiret,
        SellerRcsCity = invoice.SellerRcsCity,
        SellerVatNumber = invoice.SellerVatNumber,
        VatOnDebits = invoice.VatOnDebits,
        ClientName = invoice.ClientName,
        ClientAddress = invoice.ClientAddress,
        ClientSiren = invoice.ClientSiren,
        BusinessClient = invoice.BusinessClient,
        DeliveryAddress = invoice.DeliveryAddress,
        Nature = invoice.Nature,
        PaymentTermDays = invoice.PaymentTermDays,
        PaymentTermEndOfMonth = invoice.PaymentTermEndOfMonth,
        RemiseRate = invoice.RemiseRate,
        RabaisRate = invoice.RabaisRate,
        RistourneRate = invoice.RistourneRate,
        EscompteRate = invoice.EscompteRate,
        LinesTotal = -invoice.LinesTotal,
        Remise = -invoice.Remise,
        Rabais = -invoice.Rabais,
        Ristourne = -invoice.Ristourne,
        NetCommercial = -invoice.NetCommercial,
        Escompte = -invoice.Escompte,
        NetExclVat = -invoice.NetExclVat,
        VatTotal = -invoice.VatTotal,
        TotalInclVat = -invoice.TotalInclVat,
        Lines = invoice.Lines.OrderBy(l => l.Position).Select(l => new InvoiceLine
        {
            WorkspaceId = invoice.WorkspaceId,
            Position = l.Position,
            Reference = l.Reference,
            Designation = l.Designation,
            Unit = l.Unit,
            Quantity = -l.Quantity,
            UnitPriceExclVat = l.UnitPriceExclVat,
            DiscountRate = l.DiscountRate,
            NetExclVat = -l.NetExclVat,
            VatRate = l.VatRate,
            IsService = l.IsService,
        }).ToList(),
        VatLines = invoice.VatLines.Select(v => new InvoiceVatLine { WorkspaceId = invoice.WorkspaceId, Rate = v.Rate, Base = -v.Base, Vat = -v.Vat }).ToList(),
    };

    private static string Normalise(string address) =>
        string.Join(' ', address.Replace(",", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
