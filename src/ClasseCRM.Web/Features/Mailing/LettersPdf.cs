using ClasseCRM.Web.Domain;
using ClasseCRM.Web.Domain.Contacting;
using ClasseCRM.Web.Infrastructure.Formatting;
using ClasseCRM.Web.Infrastructure.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;
using static ClasseCRM.Web.Infrastructure.Pdf.PdfLayout;

namespace ClasseCRM.Web.Features.Mailing;

/// <summary>
/// The letters of a postal mailing as one A4 PDF, one letter per page: the company's letterhead, the recipient's
/// address where a window envelope (DL, window on the right) shows it, place and date, object, the merged text, and
/// at the bottom the company's legal identity and the free way to object.
/// </summary>
public static class LettersPdf
{
    public sealed record Letter(IReadOnlyList<string> AddressLines, string Subject, string Body);

    public static byte[] Render(Scenario company, IEnumerable<Letter> letters, DateOnly date, string title)
    {
        PdfFonts.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Author = company.CompanyName;
        var regular = new XFont(PdfFonts.Family, 10, XFontStyleEx.Regular);
        var bold = new XFont(PdfFonts.Family, 10, XFontStyleEx.Bold);
        var heading = new XFont(PdfFonts.Family, 13, XFontStyleEx.Bold);
        var small = new XFont(PdfFonts.Family, 7, XFontStyleEx.Regular);
        var placeAndDate = $"{company.City}, le {date.ToString("d MMMM yyyy", French.Culture)}";
        var legal = $"{company.CompanyName} — {company.LegalForm} — SIREN {company.Siren} — RCS {company.RcsCity} — TVA {company.VatNumber}\n{SenderIdentity.LetterOptOut(company)}";
        var any = false;
        foreach (var letter in letters)
        {
            any = true;
            var page = document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            using var gfx = XGraphics.FromPdfPage(page);
            var text = new XTextFormatter(gfx);
            gfx.DrawString(company.CompanyName, heading, XBrushes.Black, Mm(20, 18, 90, 8), XStringFormats.TopLeft);
            text.DrawString($"{company.Street}\n{company.PostalCode} {company.City}\n{company.Phone}\n{company.Email}", regular, XBrushes.Black, Mm(20, 26, 85, 22));
            // Window of a DL envelope: 100–200 mm from the left, 45–90 mm from the top.
            text.DrawString(string.Join('\n', letter.AddressLines.Take(6)), regular, XBrushes.Black, Mm(110, 50, 85, 35));
            gfx.DrawString(placeAndDate, regular, XBrushes.Black, Mm(110, 95, 85, 6), XStringFormats.TopLeft);
            text.DrawString("Objet : " + letter.Subject, bold, XBrushes.Black, Mm(20, 108, 170, 10));
            text.DrawString(letter.Body, regular, XBrushes.Black, Mm(20, 122, 170, 148));
            text.DrawString(legal, small, XBrushes.DarkGray, Mm(20, 278, 170, 12));
        }
        if (!any)
        {
            var page = document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            using var gfx = XGraphics.FromPdfPage(page);
            gfx.DrawString("Aucun destinataire ne peut recevoir de courrier.", regular, XBrushes.Black, Mm(20, 30, 170, 8), XStringFormats.TopLeft);
        }
        using var buffer = new MemoryStream();
        document.Save(buffer, false);
        return buffer.ToArray();
    }
}
