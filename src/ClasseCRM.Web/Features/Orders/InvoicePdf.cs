using ClasseCRM.Web.Domain.Orders;
using ClasseCRM.Web.Infrastructure.Formatting;
using ClasseCRM.Web.Infrastructure.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;
using static ClasseCRM.Web.Infrastructure.Pdf.PdfLayout;

namespace ClasseCRM.Web.Features.Orders;

/// <summary>
/// The invoice (FACTURE) or the credit note (AVOIR) as an A4 PDF, from the document frozen at issue, with the mentions of
/// DOMAIN.md « Facture »: number and date; the seller (dénomination, forme and capital, address, SIRET, RCS, VAT number);
/// the client (name, address, SIREN of a business, delivery address when it differs); the nature of the operation and
/// the VAT-on-debits option where chosen (e-invoicing reform, September 2026); the date of the sale; the lines with
/// their reductions; total HT, VAT per rate, TTC; the payment terms written once with the due date; the escompte or
/// « pas d'escompte »; for a business client only, the late-payment penalty rate and the 40 € indemnity. An avoir
/// refers to the invoice it cancels. Fonts are shipped with the app.
/// </summary>
public static class InvoicePdf
{
    private const double Left = 15;
    private const double Width = 180;

    public static byte[] Render(Invoice inv, DateOnly? creditedInvoiceDate)
    {
        PdfFonts.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = (inv.IsCreditNote ? "Avoir " : "Facture ") + inv.Number;
        document.Info.Author = inv.SellerName;
        var regular = new XFont(PdfFonts.Family, 9, XFontStyleEx.Regular);
        var bold = new XFont(PdfFonts.Family, 9, XFontStyleEx.Bold);
        var title = new XFont(PdfFonts.Family, 15, XFontStyleEx.Bold);
        var small = new XFont(PdfFonts.Family, 7.5, XFontStyleEx.Regular);

        var pages = new List<XGraphics>();
        NewPage(document, pages, out var gfx, out var text);
        double y = 15;
        gfx.DrawString(inv.SellerName, title, XBrushes.Black, Mm(Left, y, 100, 8), XStringFormats.TopLeft);
        var siret = inv.SellerSiret.Length > 0 ? $"SIRET {inv.SellerSiret}" : "SIRET non renseigné";
        text.DrawString($"{inv.SellerLegalForm}\n{inv.SellerAddress}\n{siret} — RCS {inv.SellerRcsCity}\nTVA intracommunautaire {inv.SellerVatNumber}",
            regular, XBrushes.Black, Mm(Left, y + 8, 100, 20));
        gfx.DrawString(inv.IsCreditNote ? $"AVOIR n° {inv.Number}" : $"FACTURE n° {inv.Number}", bold, XBrushes.Black, Mm(120, y, 75, 6), XStringFormats.TopLeft);
        var dates = new List<string> { $"Date {(inv.IsCreditNote ? "de l'avoir" : "de facture")} : {Day(inv.IssuedOn)}" };
        if (inv.IsCreditNote)
        {
            dates.Add($"Sur la facture n° {inv.CreditedInvoiceNumber}" + (creditedInvoiceDate is { } d ? $" du {Day(d)}" : ""));
        }
        dates.Add($"Bon de commande n° {inv.OrderNumber}");
        if (inv.SaleOn is { } sale) { dates.Add($"Date de la vente (livraison) : {Day(sale)}"); }
        text.DrawString(string.Join("\n", dates), regular, XBrushes.Black, Mm(120, y + 6, 75, 18));

        // Client, and the mentions of the e-invoicing reform
        y = 45;
        var client = new List<string> { "Client :", inv.ClientName, inv.ClientAddress };
        if (inv.BusinessClient) { client.Add(inv.ClientSiren is { } siren ? $"SIREN {siren}" : "SIREN non renseigné"); }
        if (inv.DeliveryAddress is { } delivery) { client.Add($"Adresse de livraison : {delivery}"); }
        text.DrawString(string.Join("\n", client), regular, XBrushes.Black, Mm(110, y, 85, 26));
        var nature = $"Nature de l'opération : {InvoiceRules.Label(inv.Nature)}."
            + (inv.VatOnDebits ? "\nOption pour le paiement de la taxe d'après les débits." : "");
        text.DrawString(nature, regular, XBrushes.Black, Mm(Left, y + 8, 90, 14));

        // Lines
        y = 75;
        double[] x = [Left, Left + 22, Left + 92, Left + 107, Left + 130, Left + 145, Left + 168];
        string[] headers = ["Réf.", "Désignation", "Qté", "PU HT", "Remise", "Total HT", "TVA"];
        gfx.DrawRectangle(XBrushes.LightGray, Mm(Left, y - 1, Width, 6));
        for (var i = 0; i < headers.Length; i++)
        {
            gfx.DrawString(headers[i], bold, XBrushes.Black, Mm(x[i] + 1, y, 30, 5), XStringFormats.TopLeft);
        }
        y += 7;
        foreach (var l in inv.Lines)
        {
            if (y > 250)
            {
                NewPage(document, pages, out gfx, out text);
                y = 15;
            }
            string[] cells = [l.Reference, l.Designation, l.Quantity.ToString("0.###", French.Culture), French.Money(l.UnitPriceExclVat), French.Percent(l.DiscountRate), French.Money(l.NetExclVat), French.Percent(l.VatRate)];
            for (var k = 0; k < cells.Length; k++)
            {
                text.DrawString(cells[k], regular, XBrushes.Black, Mm(x[k] + 1, y, (k + 1 < x.Length ? x[k + 1] : Left + Width) - x[k] - 2, 9));
            }
            y += 10;
        }
        gfx.DrawLine(XPens.Gray, XUnit.FromMillimeter(Left).Point, XUnit.FromMillimeter(y).Point, XUnit.FromMillimeter(Left + Width).Point, XUnit.FromMillimeter(y).Point);
        if (y > 200)
        {
            NewPage(document, pages, out gfx, out text);
            y = 15;
        }

        // Totals
        y += 3;
        var totals = new List<(string, decimal)> { ("Total des lignes HT", inv.LinesTotal) };
        if (inv.RemiseRate > 0) { totals.Add(($"Remise {French.Percent(inv.RemiseRate)}", -inv.Remise)); }
        if (inv.RabaisRate > 0) { totals.Add(($"Rabais {French.Percent(inv.RabaisRate)}", -inv.Rabais)); }
        if (inv.RistourneRate > 0) { totals.Add(($"Ristourne {French.Percent(inv.RistourneRate)}", -inv.Ristourne)); }
        totals.Add(("Net commercial HT", inv.NetCommercial));
        if (inv.EscompteRate > 0) { totals.Add(($"Escompte {French.Percent(inv.EscompteRate)}", -inv.Escompte)); }
        totals.Add(("Net HT", inv.NetExclVat));
        foreach (var v in inv.VatLines)
        {
            totals.Add(($"TVA {French.Percent(v.Rate)} sur {French.Money(v.Base)}", v.Vat));
        }
        totals.Add(("Total TTC", inv.TotalInclVat));
        foreach (var (label, amount) in totals)
        {
            var font = label is "Total TTC" or "Net HT" ? bold : regular;
            gfx.DrawString(label, font, XBrushes.Black, Mm(100, y, 60, 5), XStringFormats.TopLeft);
            gfx.DrawString(French.Money(amount), font, XBrushes.Black, Mm(160, y, 35, 5), XStringFormats.TopRight);
            y += 5;
        }

        // Terms and mentions
        y += 4;
        text.DrawString(string.Join("\n", Mentions(inv, creditedInvoiceDate)), small, XBrushes.Black, Mm(Left, y, Width, 277 - y));
        pages.ForEach(g => g.Dispose());
        using var buffer = new MemoryStream();
        document.Save(buffer, false);
        return buffer.ToArray();
    }

    /// <summary>The terms, written once: « Paiement à 30 jours date de facture, échéance le 29/12/2026 ».</summary>
    private static List<string> Mentions(Invoice inv, DateOnly? creditedInvoiceDate)
    {
        var mentions = new List<string>();
        if (inv.IsCreditNote)
        {
            mentions.Add($"Avoir annulant la facture n° {inv.CreditedInvoiceNumber}" + (creditedInvoiceDate is { } d ? $" du {Day(d)}" : "")
                + $" : {inv.Reason}. Le montant est déduit de ce que le client doit ou lui est remboursé.");
            return mentions;
        }
        if (inv.DueOn is { } due) { mentions.Add(inv.Terms.InvoiceSentence(due) + "."); }
        mentions.Add(inv.EscompteRate > 0
            ? $"Escompte de {French.Percent(inv.EscompteRate)} pour paiement anticipé, déjà déduit ci-dessus."
            : "Pas d'escompte pour paiement anticipé.");
        if (inv.BusinessClient)
        {
            mentions.Add("En cas de retard de paiement : pénalités exigibles sans rappel au taux de la Banque centrale européenne majoré de 10 points "
                + "(au moins trois fois le taux d'intérêt légal), et indemnité forfaitaire pour frais de recouvrement de 40 € (Code de commerce, art. L441-10 et D441-5).");
        }
        return mentions;
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
