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
        PdfFonts.EnsureInstalled();
        var o = d.Order;
        var c = d.Company;
        var p = o.Prospect!;
        var business = p.Kind == ProspectKind.Organisation;
        var isOrder = o.IsOrder;
        using var document = new PdfDocument();
        document.Info.Title = (isOrder ? "Bon de commande " : "Devis ") + o.Number;
        document.Info.Author = c.CompanyName;
        var regular = new XFont(PdfFonts.Family, 9, XFontStyleEx.Regular);
        var bold = new XFont(PdfFonts.Family, 9, XFontStyleEx.Bold);
        var title = new XFont(PdfFonts.Family, 15, XFontStyleEx.Bold);
        var small = new XFont(PdfFonts.Family, 7.5, XFontStyleEx.Regular);

        var pages = new List<XGraphics>();
        NewPage(document, pages, out var gfx, out var text);
        double y = 15;
        gfx.DrawString(c.CompanyName, title, XBrushes.Black, Mm(Left, y, 100, 8), XStringFormats.TopLeft);
        text.DrawString($"{c.LegalForm}\n{c.Street}, {c.PostalCode} {c.City}\nTél. {c.Phone} — {c.Email}\nSIREN {c.Siren} — RCS {c.RcsCity} — TVA intracommunautaire {c.VatNumber}",
            regular, XBrushes.Black, Mm(Left, y + 8, 100, 20));
        var heading = isOrder ? $"BON DE COMMANDE n° {o.OrderNumber}" : $"DEVIS n° {o.QuoteNumber}";
        gfx.DrawString(heading, bold, XBrushes.Black, Mm(120, y, 75, 6), XStringFormats.TopLeft);
        var dates = new List<string>();
        if (isOrder && o.QuoteNumber is not null) { dates.Add($"Suite au devis n° {o.QuoteNumber}"); }
        dates.Add($"Date : {Day(isOrder ? o.OrderDate ?? d.Today : o.QuoteDate ?? d.Today)}");
        if (!isOrder) { dates.Add($"Valable jusqu'au : {Day(o.QuoteValidUntil ?? (o.QuoteDate ?? d.Today).AddDays(30))}"); }
        text.DrawString(string.Join("\n", dates), regular, XBrushes.Black, Mm(120, y + 6, 75, 14));

        // Client
        y = 48;
        var client = new List<string> { "Client :", p.Name };
        if (d.Contact is { } contact) { client.Add($"À l'attention de {Labels.Of(contact.Civility)} {contact.FullName}{(string.IsNullOrWhiteSpace(contact.JobTitle) ? "" : ", " + contact.JobTitle)}"); }
        client.Add($"{p.Street}, {p.PostalCode} {p.City}");
        if (business && p.Siret is { Length: 14 } siret) { client.Add($"SIRET {siret}"); }
        text.DrawString(string.Join("\n", client), regular, XBrushes.Black, Mm(110, y, 85, 24));

        // Lines
        y = 78;
        double[] x = [Left, Left + 22, Left + 92, Left + 107, Left + 130, Left + 145, Left + 168];
        string[] headers = ["Réf.", "Désignation", "Qté", "PU HT", "Remise", "Total HT", "TVA"];
        gfx.DrawRectangle(XBrushes.LightGray, Mm(Left, y - 1, Width, 6));
        for (var i = 0; i < headers.Length; i++)
        {
            gfx.DrawString(headers[i], bold, XBrushes.Black, Mm(x[i] + 1, y, 30, 5), XStringFormats.TopLeft);
        }
        y += 7;
        for (var i = 0; i < o.Lines.Count; i++)
        {
            if (y > 250)
            {
                NewPage(document, pages, out gfx, out text);
                y = 15;
            }
            var l = o.Lines[i];
            var f = d.Figures.Lines[i];
            string[] cells = [l.Reference, l.Designation, l.Quantity.ToString("0.###", French.Culture), French.Money(l.UnitPriceExclVat), French.Percent(l.DiscountRate), French.Money(f.Net), French.Percent(l.VatRate)];
            for (var k = 0; k < cells.Length; k++)
            {
                text.DrawString(cells[k], regular, XBrushes.Black, Mm(x[k] + 1, y, (k + 1 < x.Length ? x[k + 1] : Left + Width) - x[k] - 2, 9));
            }
            y += 10;
        }
        gfx.DrawLine(XPens.Gray, XUnit.FromMillimeter(Left).Point, XUnit.FromMillimeter(y).Point, XUnit.FromMillimeter(Left + Width).Point, XUnit.FromMillimeter(y).Point);

        // Totals, step by step
        y += 3;
        var fig = d.Figures;
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
            var font = label is "Total TTC" or "Net HT" ? bold : regular;
            gfx.DrawString(label, font, XBrushes.Black, Mm(110, y, 50, 5), XStringFormats.TopLeft);
            gfx.DrawString(French.Money(amount), font, XBrushes.Black, Mm(160, y, 35, 5), XStringFormats.TopRight);
            y += 5;
        }

        // Conditions and mentions
        y += 4;
        var mentions = new List<string>();
        if (o.ExpectedDeliveryOn is { } delivery) { mentions.Add($"Livraison prévue le {Day(delivery)} (délai habituel : {c.DeliveryLeadTimeDays} jours)."); }
        if (o.ExpectedInstallationOn is { } installation) { mentions.Add($"Mise en service prévue le {Day(installation)}."); }
        // The terms are written once (« 30 jours date de facture »), with the due date once the order is invoiced.
        mentions.Add($"Conditions de paiement : {o.Terms.Label}" + (o.PaymentDueOn is { } due ? $", échéance le {Day(due)}." : "."));
        mentions.Add(o.EscompteRate > 0 ? $"Escompte de {French.Percent(o.EscompteRate)} pour paiement anticipé, déjà déduit ci-dessus." : "Pas d'escompte pour paiement anticipé.");
        if (business)
        {
            mentions.Add("En cas de retard de paiement : pénalités exigibles sans rappel au taux de la Banque centrale européenne majoré de 10 points "
                + "(au moins trois fois le taux d'intérêt légal), et indemnité forfaitaire pour frais de recouvrement de 40 € (Code de commerce, art. L441-10 et D441-5).");
        }
        if (o.OffPremises)
        {
            mentions.Add("Vente hors établissement : vous disposez d'un délai de 14 jours à compter de la conclusion du contrat (ou de la livraison du bien) "
                + "pour exercer votre droit de rétractation, sans avoir à vous justifier, en nous adressant le formulaire de rétractation ci-dessous ou toute déclaration dénuée d'ambiguïté (Code de la consommation, art. L221-18).");
        }
        if (o.ManagerApproval is { } approval) { mentions.Add($"Accord du responsable : {approval}."); }
        var mentionText = string.Join("\n", mentions);
        text.DrawString(mentionText, small, XBrushes.Black, Mm(Left, y, Width, 40));
        y += 42;

        // Bon pour accord
        gfx.DrawRectangle(XPens.Black, Mm(110, y, 85, 28));
        text.DrawString("« Bon pour accord »\nDate, nom et signature du client :", regular, XBrushes.Black, Mm(112, y + 2, 80, 10));
        if (o.OffPremises)
        {
            text.DrawString($"Formulaire de rétractation — à renvoyer à {c.CompanyName}, {c.Street}, {c.PostalCode} {c.City} :\n"
                + $"Je vous notifie par la présente ma rétractation du contrat {o.Number} portant sur la vente du (des) bien(s) ci-dessus.\nCommandé le : …… Nom : …… Adresse : …… Date et signature : ……",
                small, XBrushes.Black, Mm(Left, y, 90, 28));
        }
        // Each page's drawing is written when its graphics are disposed: before saving.
        pages.ForEach(g => g.Dispose());
        using var buffer = new MemoryStream();
        document.Save(buffer, false);
        return buffer.ToArray();
    }

    private static void NewPage(PdfDocument document, List<XGraphics> pages, out XGraphics gfx, out XTextFormatter text)
    {
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        gfx = XGraphics.FromPdfPage(page);
        pages.Add(gfx);
        text = new XTextFormatter(gfx);
    }

    private static string Day(DateOnly d) => d.ToString("dd/MM/yyyy", French.Culture);
}
