using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Orders;
using ClasseCRM.Web.Infrastructure.Formatting;
using ClasseCRM.Web.Infrastructure.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;
using static ClasseCRM.Web.Infrastructure.Pdf.PdfLayout;

namespace ClasseCRM.Web.Features.Orders;

/// <summary>
/// The quote or the order form as an A4 PDF with the mentions of DOMAIN.md: the seller (form, SIREN/RCS, VAT number),
/// the client, number and dates, the lines, the discounts in order, the VAT per rate, TTC, delivery, payment terms and
/// escompte, late-payment penalties and the 40 € indemnity for business clients, the 14-day withdrawal notice for a B2C
/// sale away from the premises, and "bon pour accord". Fonts are shipped with the app.
/// </summary>
public static class OrderPdf
{
    private const double Left = 15;
    private const double Width = 180;

    public static byte[] Render(OrderDetailsViewModel d)
    {
        using var pdf = new Pages();
        pdf.Document.Info.Title = (d.Order.IsOrder ? "Bon de commande " : "Devis ") + d.Order.Number;
        pdf.Document.Info.Author = d.Company.CompanyName;
        pdf.NewPage();
        Header(pdf, d);
        Client(pdf, d);
        var y = Lines(pdf, d);
        y = Totals(pdf, d, y);
        y = Mentions(pdf, d, y);
        Signature(pdf, d, y);
        return pdf.Save();
    }

    /// <summary>The seller with its legal identity, the document's number and dates.</summary>
    private static void Header(Pages pdf, OrderDetailsViewModel d)
    {
        var (o, c, gfx, text) = (d.Order, d.Company, pdf.Gfx, pdf.Text);
        const double y = 15;
        gfx.DrawString(c.CompanyName, pdf.Title, XBrushes.Black, Mm(Left, y, 100, 8), XStringFormats.TopLeft);
        text.DrawString($"{c.LegalForm}\n{c.Street}, {c.PostalCode} {c.City}\nTél. {c.Phone} — {c.Email}\nSIREN {c.Siren} — RCS {c.RcsCity} — TVA intracommunautaire {c.VatNumber}",
            pdf.Regular, XBrushes.Black, Mm(Left, y + 8, 100, 20));
        var heading = o.IsOrder ? $"BON DE COMMANDE n° {o.OrderNumber}" : $"DEVIS n° {o.QuoteNumber}";
        gfx.DrawString(heading, pdf.Bold, XBrushes.Black, Mm(120, y, 75, 6), XStringFormats.TopLeft);
        var dates = new List<string>();
        if (o.IsOrder && o.QuoteNumber is not null) { dates.Add($"Suite au devis n° {o.QuoteNumber}"); }
        dates.Add($"Date : {Day(o.IsOrder ? o.OrderDate ?? d.Today : o.QuoteDate ?? d.Today)}");
        if (!o.IsOrder) { dates.Add($"Valable jusqu'au : {Day(o.QuoteValidUntil ?? (o.QuoteDate ?? d.Today).AddDays(30))}"); }
        text.DrawString(string.Join("\n", dates), pdf.Regular, XBrushes.Black, Mm(120, y + 6, 75, 14));
    }

    private static void Client(Pages pdf, OrderDetailsViewModel d)
    {
        var p = d.Order.Prospect!;
        var client = new List<string> { "Client :", p.Name };
        if (d.Contact is { } contact) { client.Add($"À l'attention de {Labels.Of(contact.Civility)} {contact.FullName}{(string.IsNullOrWhiteSpace(contact.JobTitle) ? "" : ", " + contact.Title)}"); }
        client.Add($"{p.Street}, {p.PostalCode} {p.City}");
        if (p.Kind == ProspectKind.Organisation && p.Siret is { Length: 14 } siret) { client.Add($"SIRET {siret}"); }
        pdf.Text.DrawString(string.Join("\n", client), pdf.Regular, XBrushes.Black, Mm(110, 48, 85, 24));
    }

    /// <summary>One row per line (a new page when the first is full); gives where the next block starts.</summary>
    private static double Lines(Pages pdf, OrderDetailsViewModel d)
    {
        var o = d.Order;
        double y = 78;
        double[] x = [Left, Left + 22, Left + 92, Left + 107, Left + 130, Left + 145, Left + 168];
        string[] headers = ["Réf.", "Désignation", "Qté", "PU HT", "Remise", "Total HT", "TVA"];
        pdf.Gfx.DrawRectangle(XBrushes.LightGray, Mm(Left, y - 1, Width, 6));
        for (var i = 0; i < headers.Length; i++)
        {
            pdf.Gfx.DrawString(headers[i], pdf.Bold, XBrushes.Black, Mm(x[i] + 1, y, 30, 5), XStringFormats.TopLeft);
        }
        y += 7;
        for (var i = 0; i < o.Lines.Count; i++)
        {
            if (y > 250)
            {
                pdf.NewPage();
                y = 15;
            }
            var l = o.Lines[i];
            var f = d.Figures.Lines[i];
            string[] cells = [l.Reference, l.Designation, l.Quantity.ToString("0.###", French.Culture), French.Money(l.UnitPriceExclVat), French.Percent(l.DiscountRate), French.Money(f.Net), French.Percent(l.VatRate)];
            for (var k = 0; k < cells.Length; k++)
            {
                pdf.Text.DrawString(cells[k], pdf.Regular, XBrushes.Black, Mm(x[k] + 1, y, (k + 1 < x.Length ? x[k + 1] : Left + Width) - x[k] - 2, 9));
            }
            y += 10;
        }
        pdf.Gfx.DrawLine(XPens.Gray, XUnit.FromMillimeter(Left).Point, XUnit.FromMillimeter(y).Point, XUnit.FromMillimeter(Left + Width).Point, XUnit.FromMillimeter(y).Point);
        return y;
    }

    /// <summary>The totals step by step: lines, each reduction in order, net, VAT per rate, TTC.</summary>
    private static double Totals(Pages pdf, OrderDetailsViewModel d, double y)
    {
        var (o, fig) = (d.Order, d.Figures);
        y += 3;
        var totals = new List<(string, decimal)> { ("Total des lignes HT", fig.LinesTotal) };
        if (o.RemiseRate > 0) { totals.Add(($"Remise {French.Percent(o.RemiseRate)}", -fig.Remise)); }
        if (o.RabaisRate > 0) { totals.Add(($"Rabais {French.Percent(o.RabaisRate)}", -fig.Rabais)); }
        if (o.RistourneRate > 0) { totals.Add(($"Ristourne {French.Percent(o.RistourneRate)}", -fig.Ristourne)); }
        totals.Add(("Net commercial HT", fig.NetCommercial));
        if (o.EscompteRate > 0) { totals.Add(($"Escompte {French.Percent(o.EscompteRate)}", -fig.Escompte)); }
        totals.Add(("Net HT", fig.NetExclVat));
        foreach (var b in fig.Bases)
        {
            totals.Add(($"TVA {French.Percent(b.Rate)} sur {French.Money(b.NetFinancial)}", b.Vat));
        }
        totals.Add(("Total TTC", fig.TotalInclVat));
        foreach (var (label, amount) in totals)
        {
            var font = label is "Total TTC" or "Net HT" ? pdf.Bold : pdf.Regular;
            pdf.Gfx.DrawString(label, font, XBrushes.Black, Mm(110, y, 50, 5), XStringFormats.TopLeft);
            pdf.Gfx.DrawString(French.Money(amount), font, XBrushes.Black, Mm(160, y, 35, 5), XStringFormats.TopRight);
            y += 5;
        }
        return y;
    }

    /// <summary>Delivery, payment terms and escompte, the late-payment mentions (business), the withdrawal notice (off premises).</summary>
    private static double Mentions(Pages pdf, OrderDetailsViewModel d, double y)
    {
        var (o, c) = (d.Order, d.Company);
        y += 4;
        var mentions = new List<string>();
        if (o.ExpectedDeliveryOn is { } delivery) { mentions.Add($"Livraison prévue le {Day(delivery)} (délai habituel : {c.DeliveryLeadTimeDays} jours)."); }
        if (o.ExpectedInstallationOn is { } installation) { mentions.Add($"Mise en service prévue le {Day(installation)}."); }
        // The terms are written once (« 30 jours date de facture »), with the due date once the order is invoiced.
        mentions.Add($"Conditions de paiement : {o.Terms.Label}" + (o.PaymentDueOn is { } due ? $", échéance le {Day(due)}." : "."));
        mentions.Add(o.EscompteRate > 0 ? $"Escompte de {French.Percent(o.EscompteRate)} pour paiement anticipé, déjà déduit ci-dessus." : "Pas d'escompte pour paiement anticipé.");
        if (o.Prospect!.Kind == ProspectKind.Organisation)
        {
            mentions.Add("En cas de retard de paiement : pénalités exigibles sans rappel au taux de la Banque centrale européenne majoré de 10 points "
                + "(au moins trois fois le taux d'intérêt légal), et indemnité forfaitaire pour frais de recouvrement de 40 € (Code de commerce, art. L441-10 et D441-5).");
        }
        if (o.OffPremises)
        {
            mentions.Add("Vente hors établissement : vous disposez d'un délai de 14 jours à compter de la conclusion du contrat (ou de la livraison du bien) "
                + "pour exercer votre droit de rétractation, sans avoir à vous justifier, en nous adressant le formulaire de rétractation ci-dessous ou toute déclaration dénuée d'ambiguïté (Code de la consommation, art. L221-18).");
        }
        if (o.ManagerApproval is { } approval) { mentions.Add($"Accord du responsable : {approval}."); }
        pdf.Text.DrawString(string.Join("\n", mentions), pdf.Small, XBrushes.Black, Mm(Left, y, Width, 40));
        return y + 42;
    }

    /// <summary>« Bon pour accord », and the withdrawal form for a sale off premises.</summary>
    private static void Signature(Pages pdf, OrderDetailsViewModel d, double y)
    {
        var (o, c) = (d.Order, d.Company);
        pdf.Gfx.DrawRectangle(XPens.Black, Mm(110, y, 85, 28));
        pdf.Text.DrawString("« Bon pour accord »\nDate, nom et signature du client :", pdf.Regular, XBrushes.Black, Mm(112, y + 2, 80, 10));
        if (o.OffPremises)
        {
            pdf.Text.DrawString($"Formulaire de rétractation — à renvoyer à {c.CompanyName}, {c.Street}, {c.PostalCode} {c.City} :\n"
                + $"Je vous notifie par la présente ma rétractation du contrat {o.Number} portant sur la vente {(o.Lines.Count > 1 ? "des biens" : "du bien")} ci-dessus.\nCommandé le : …… Nom : …… Adresse : …… Date et signature : ……",
                pdf.Small, XBrushes.Black, Mm(Left, y, 90, 28));
        }
    }

    /// <summary>The document and its pages; each page's drawing is written when its graphics are disposed, before saving.</summary>
    private sealed class Pages : IDisposable
    {
        private readonly List<XGraphics> _pages = [];

        public Pages()
        {
            // The fonts shipped with the app are installed before the first font is made.
            PdfFonts.EnsureInstalled();
            Regular = new(PdfFonts.Family, 9, XFontStyleEx.Regular);
            Bold = new(PdfFonts.Family, 9, XFontStyleEx.Bold);
            Title = new(PdfFonts.Family, 15, XFontStyleEx.Bold);
            Small = new(PdfFonts.Family, 7.5, XFontStyleEx.Regular);
        }

        public XFont Regular { get; }
        public XFont Bold { get; }
        public XFont Title { get; }
        public XFont Small { get; }

        public PdfDocument Document { get; } = new();
        public XGraphics Gfx { get; private set; } = null!;
        public XTextFormatter Text { get; private set; } = null!;

        public void NewPage()
        {
            var page = Document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            Gfx = XGraphics.FromPdfPage(page);
            _pages.Add(Gfx);
            Text = new XTextFormatter(Gfx);
        }

        public byte[] Save()
        {
            _pages.ForEach(g => g.Dispose());
            _pages.Clear();
            using var buffer = new MemoryStream();
            Document.Save(buffer, false);
            return buffer.ToArray();
        }

        public void Dispose()
        {
            _pages.ForEach(g => g.Dispose());
            Document.Dispose();
        }
    }

    private static string Day(DateOnly d) => d.ToString("dd/MM/yyyy", French.Culture);
}
