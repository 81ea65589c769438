using ClasseCRM.Web.Infrastructure.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace ClasseCRM.Web.Features.Syntheses;

/// <summary>
/// The synthesis as an A4 PDF: headings, tables that break across pages with their header repeated, the student's text
/// wrapped as typed, and the charts drawn as vectors (horizontal bars with their values). Fonts are shipped with the app.
/// </summary>
public static class SynthesisPdf
{
    private const double Margin = 42.5;       // 15 mm
    private const double PageWidth = 595.28;  // A4 in points
    private const double Bottom = 800;        // A4 is 842 pt high; keeps room for the page number
    private const double CellPadding = 3;
    private static readonly XColor[] Palette = [XColor.FromArgb(11, 94, 215), XColor.FromArgb(214, 51, 132), XColor.FromArgb(25, 135, 84)];

    public static byte[] Render(IReadOnlyList<DocBlock> blocks, string title, string author)
    {
        PdfFonts.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Author = author;
        var writer = new Writer(document);
        foreach (var block in blocks)
        {
            switch (block)
            {
                case DocHeading h:
                    writer.Heading(h);
                    break;
                case DocParagraph p:
                    writer.Paragraph(p);
                    break;
                case DocTable t:
                    writer.Table(t);
                    break;
                case DocChart c:
                    writer.Chart(c);
                    break;
                case DocPageBreak:
                    writer.PageBreak();
                    break;
            }
        }
        writer.Finish(title);
        using var buffer = new MemoryStream();
        document.Save(buffer, false);
        return buffer.ToArray();
    }

    private sealed class Writer(PdfDocument document)
    {
        private readonly XFont _regular = new(PdfFonts.Family, 9.5, XFontStyleEx.Regular);
        private readonly XFont _bold = new(PdfFonts.Family, 9.5, XFontStyleEx.Bold);
        private readonly XFont _small = new(PdfFonts.Family, 8, XFontStyleEx.Regular);
        private readonly XFont _smallBold = new(PdfFonts.Family, 8, XFontStyleEx.Bold);
        private readonly XFont[] _headings = [new(PdfFonts.Family, 16, XFontStyleEx.Bold), new(PdfFonts.Family, 12.5, XFontStyleEx.Bold), new(PdfFonts.Family, 10, XFontStyleEx.Bold)];
        private readonly List<XGraphics> _pages = [];
        private XGraphics _gfx = null!;
        private double _y;

        private static double Width => PageWidth - (2 * Margin);

        public void Heading(DocHeading h)
        {
            var font = _headings[Math.Clamp(h.Level, 0, 2)];
            var lines = Wrap(h.Text, font, Width);
            // A heading never ends a page alone: keep room for two lines of what follows.
            Need((lines.Count * font.Height) + (3 * _regular.Height) + 6);
            _y += h.Level == 0 ? 0 : 6;
            foreach (var line in lines)
            {
                _gfx.DrawString(line, font, XBrushes.Black, new XPoint(Margin, _y + font.Height * 0.8));
                _y += font.Height;
            }
            _y += 3;
        }

        /// <summary>What follows starts on a new page (nothing happens on a page still empty).</summary>
        public void PageBreak()
        {
            EnsurePage();
            if (_y > Margin)
            {
                NewPage();
            }
        }

        public void Paragraph(DocParagraph p)
        {
            var brush = p.Muted ? XBrushes.DimGray : XBrushes.Black;
            foreach (var line in Wrap(p.Text, _regular, Width))
            {
                Need(_regular.Height);
                _gfx.DrawString(line, _regular, brush, new XPoint(Margin, _y + _regular.Height * 0.8));
                _y += _regular.Height;
            }
            _y += 5;
        }

        public void Table(DocTable t)
        {
            var columns = t.Header.Count;
            var widths = ColumnWidths(t);
            Need(_smallBold.Height * 4);
            _gfx.DrawString(t.Caption, _smallBold, XBrushes.Black, new XPoint(Margin, _y + _smallBold.Height * 0.8));
            _y += _smallBold.Height + 2;
            HeaderRow();
            List<(IReadOnlyList<string> Cells, IReadOnlyList<double> Widths)> rows = t.Rows.Count == 0
                ? [(["Aucune donnée sur la période."], [Width])]
                : t.Rows.Select(row => ((IReadOnlyList<string>)Enumerable.Range(0, columns).Select(i => i < row.Count ? row[i] : "").ToList(), (IReadOnlyList<double>)widths)).ToList();
            foreach (var (cells, w) in rows)
            {
                if (!Row(cells, w, false))
                {
                    // A new page: the header first, then the row (drawn there even if taller than the page).
                    HeaderRow();
                    Row(cells, w, false, onNewPage: true);
                }
            }
            _y += 8;

            void HeaderRow() => Row(t.Header, widths, true);

            // Draws one row; false, without drawing it, when it had to open a new page first: the caller repeats the
            // header, then draws the row (before 29/11 the row was drawn above the repeated header and again below it).
            bool Row(IReadOnlyList<string> cells, IReadOnlyList<double> w, bool header, bool onNewPage = false)
            {
                var font = header ? _smallBold : _small;
                var wrapped = cells.Select((c, i) => Wrap(c, font, w[i] - (2 * CellPadding))).ToList();
                var height = (wrapped.Max(l => l.Count) * font.Height) + (2 * CellPadding);
                var samePage = onNewPage || Need(height);
                if (!samePage && !header)
                {
                    return false;
                }
                if (header)
                {
                    _gfx.DrawRectangle(new XSolidBrush(XColor.FromArgb(233, 236, 239)), Margin, _y, w.Sum(), height);
                }
                var x = Margin;
                for (var i = 0; i < wrapped.Count; i++)
                {
                    var right = !header && t.NumericColumns.Contains(i);
                    var lineY = _y + CellPadding;
                    foreach (var line in wrapped[i])
                    {
                        var at = right ? x + w[i] - CellPadding - _gfx.MeasureString(line, font).Width : x + CellPadding;
                        _gfx.DrawString(line, font, XBrushes.Black, new XPoint(at, lineY + font.Height * 0.8));
                        lineY += font.Height;
                    }
                    x += w[i];
                }
                _y += height;
                _gfx.DrawLine(XPens.LightGray, Margin, _y, Margin + w.Sum(), _y);
                return samePage;
            }
        }

        /// <summary>Each column gets its natural width; when they do not fit, the widest columns give way (and wrap).</summary>
        private List<double> ColumnWidths(DocTable t)
        {
            EnsurePage();
            var natural = Enumerable.Range(0, t.Header.Count).Select(i =>
                t.Rows.Select(r => i < r.Count ? r[i] : "").Append(t.Header[i])
                    .Max(text => text.Split('\n').Max(l => _gfx.MeasureString(l, _smallBold).Width)) + (2 * CellPadding) + 1).ToList();
            var available = Width;
            if (natural.Sum() <= available)
            {
                return natural;
            }
            var fair = available / natural.Count;
            var small = natural.Where(w => w <= fair).Sum();
            var largeCount = natural.Count(w => w > fair);
            var share = (available - small) / Math.Max(1, largeCount);
            var large = natural.Where(w => w > fair).Sum();
            return natural.Select(w => w <= fair ? w : Math.Max(share * 0.5, (available - small) * w / large)).ToList();
        }

        public void Chart(DocChart c)
        {
            var spec = c.Spec;
            var series = spec.Datasets;
            if (spec.Labels.Count == 0 || series.Count == 0)
            {
                return;
            }
            const double barHeight = 9;
            var rowHeight = (barHeight * series.Count) + 6;
            var height = (spec.Labels.Count * rowHeight) + 30;
            Need(height);
            EnsurePage();
            _gfx.DrawString("Graphique : " + c.Caption, _smallBold, XBrushes.Black, new XPoint(Margin, _y + _smallBold.Height * 0.8));
            _y += _smallBold.Height + 4;
            var labelWidth = Math.Min(Width * 0.35, spec.Labels.Max(l => _gfx.MeasureString(l, _small).Width) + 6);
            var plotLeft = Margin + labelWidth;
            var plotWidth = Width - labelWidth - 40;
            var max = series.SelectMany(s => s.Data).Max(v => v ?? 0);
            var scale = max > 0 ? plotWidth / (double)max : 0;
            var top = _y;
            for (var i = 0; i < spec.Labels.Count; i++)
            {
                var rowTop = top + (i * rowHeight);
                var label = Wrap(spec.Labels[i], _small, labelWidth - 6).First();
                _gfx.DrawString(label, _small, XBrushes.Black, new XPoint(Margin, rowTop + (rowHeight / 2) + 2));
                for (var k = 0; k < series.Count; k++)
                {
                    var value = i < series[k].Data.Count ? series[k].Data[i] ?? 0 : 0;
                    var barTop = rowTop + 3 + (k * barHeight);
                    var length = Math.Max(0.5, (double)value * scale);
                    _gfx.DrawRectangle(new XSolidBrush(Palette[k % Palette.Length]), plotLeft, barTop, length, barHeight - 2);
                    _gfx.DrawString(value.ToString("0.##", Infrastructure.Formatting.French.Culture), _small, XBrushes.Black, new XPoint(plotLeft + length + 3, barTop + barHeight - 3));
                }
            }
            _y = top + (spec.Labels.Count * rowHeight);
            _gfx.DrawLine(XPens.Gray, plotLeft, top, plotLeft, _y);
            if (series.Count > 1)
            {
                var x = plotLeft;
                for (var k = 0; k < series.Count; k++)
                {
                    _gfx.DrawRectangle(new XSolidBrush(Palette[k % Palette.Length]), x, _y + 4, 8, 8);
                    _gfx.DrawString(series[k].Label, _small, XBrushes.Black, new XPoint(x + 11, _y + 11));
                    x += 20 + _gfx.MeasureString(series[k].Label, _small).Width;
                }
                _y += 14;
            }
            _y += 10;
        }

        /// <summary>Numbers every page ("page 2 / 5") with the title; the drawing of each page is written when it is disposed.</summary>
        public void Finish(string title)
        {
            EnsurePage();
            for (var i = 0; i < _pages.Count; i++)
            {
                var g = _pages[i];
                g.DrawString($"{title} — page {i + 1} / {_pages.Count}", _small, XBrushes.DimGray, new XPoint(Margin, g.PageSize.Height - 25));
                g.Dispose();
            }
        }

        private void EnsurePage()
        {
            if (_pages.Count == 0)
            {
                NewPage();
            }
        }

        /// <summary>Opens a new page when <paramref name="height"/> does not fit; false when it did.</summary>
        private bool Need(double height)
        {
            EnsurePage();
            if (_y + height <= Bottom || _y <= Margin)
            {
                return true;
            }
            NewPage();
            return false;
        }

        private void NewPage()
        {
            var page = document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            _gfx = XGraphics.FromPdfPage(page);
            _pages.Add(_gfx);
            _y = Margin;
        }

        /// <summary>Words wrapped to a width; the line breaks of the text are kept, a word too long is cut.</summary>
        private List<string> Wrap(string text, XFont font, double width)
        {
            EnsurePage();
            var lines = new List<string>();
            foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
            {
                var line = "";
                foreach (var word in paragraph.Split(' '))
                {
                    var candidate = line.Length == 0 ? word : line + " " + word;
                    if (_gfx.MeasureString(candidate, font).Width <= width)
                    {
                        line = candidate;
                        continue;
                    }
                    if (line.Length > 0)
                    {
                        lines.Add(line);
                    }
                    line = word;
                    while (line.Length > 1 && _gfx.MeasureString(line, font).Width > width)
                    {
                        // The longest start that fits, found by halving (a pasted 8,000-character "word" stays quick).
                        int low = 1, high = line.Length - 1;
                        while (low < high)
                        {
                            var mid = (low + high + 1) / 2;
                            if (_gfx.MeasureString(line[..mid], font).Width <= width)
                            {
                                low = mid;
                            }
                            else
                            {
                                high = mid - 1;
                            }
                        }
                        var cut = low;
                        lines.Add(line[..cut]);
                        line = line[cut..];
                    }
                }
                lines.Add(line);
            }
            return lines;
        }
    }
}
