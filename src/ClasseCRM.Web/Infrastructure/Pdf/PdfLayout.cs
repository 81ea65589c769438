using PdfSharp.Drawing;

namespace ClasseCRM.Web.Infrastructure.Pdf;

/// <summary>Page layout in millimetres, as a French A4 document is drawn (PDFsharp works in points).</summary>
public static class PdfLayout
{
    public static XRect Mm(double x, double y, double width, double height) =>
        new(XUnit.FromMillimeter(x).Point, XUnit.FromMillimeter(y).Point, XUnit.FromMillimeter(width).Point, XUnit.FromMillimeter(height).Point);
}
