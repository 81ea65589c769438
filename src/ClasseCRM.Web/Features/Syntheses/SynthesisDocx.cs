using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ClasseCRM.Web.Features.Syntheses;

/// <summary>
/// The synthesis as a Word document (DOCX) a student can open and go on editing in a word processor: real heading
/// styles (so the navigation pane and a table of contents work), tables with borders and a repeated header row, the
/// student's line breaks kept. Charts stay in the PDF and on the page; their figures are in the tables here.
/// </summary>
public static class SynthesisDocx
{
    private const string Font = "DejaVu Sans";

    public static byte[] Render(IReadOnlyList<DocBlock> blocks, string title, string author)
    {
        using var buffer = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            doc.PackageProperties.Title = title;
            doc.PackageProperties.Creator = author;
            doc.PackageProperties.Language = "fr-FR";
            var main = doc.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = Styles();
            var body = new Body();
            foreach (var block in blocks)
            {
                switch (block)
                {
                    case DocHeading h:
                        body.Append(Paragraph(h.Text, h.Level switch { 0 => "Title", 1 => "Heading1", _ => "Heading2" }));
                        break;
                    case DocParagraph p:
                        body.Append(Paragraph(p.Text, p.Muted ? "Subtle" : null));
                        break;
                    case DocTable t:
                        body.Append(Paragraph(t.Caption, "Caption"));
                        body.Append(Table(t));
                        body.Append(new Paragraph());
                        break;
                    case DocChart:
                        break;   // the figures are in the table just before
                    case DocPageBreak:
                        body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                        break;
                }
            }
            // A4 portrait, 2 cm margins (twentieths of a point).
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Right = 1134U, Bottom = 1134, Left = 1134U, Header = 567U, Footer = 567U, Gutter = 0U }));
            main.Document = new Document(body);
        }
        return buffer.ToArray();
    }

    private static Paragraph Paragraph(string text, string? style, JustificationValues? align = null)
    {
        var paragraph = new Paragraph();
        var properties = new ParagraphProperties();
        if (style is not null)
        {
            properties.Append(new ParagraphStyleId { Val = style });
        }
        if (align is { } a)
        {
            properties.Append(new Justification { Val = a });
        }
        if (properties.HasChildren)
        {
            paragraph.Append(properties);
        }
        var run = new Run();
        var lines = Infrastructure.Formatting.XmlText.Clean(text).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }
            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        paragraph.Append(run);
        return paragraph;
    }

    private static Table Table(DocTable t)
    {
        var border = (BorderType b) => { b.Val = BorderValues.Single; b.Size = 4U; b.Color = "A6A6A6"; return b; };
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(border(new TopBorder()), border(new LeftBorder()), border(new BottomBorder()), border(new RightBorder()),
                border(new InsideHorizontalBorder()), border(new InsideVerticalBorder())),
            new TableLook { Val = "04A0" }));
        table.Append(new TableGrid(t.Header.Select(_ => new GridColumn())));
        table.Append(Row(t.Header, true, []));
        if (t.Rows.Count == 0)
        {
            table.Append(Row(["Aucune donnée sur la période."], false, []));
        }
        foreach (var row in t.Rows)
        {
            table.Append(Row(row, false, t.NumericColumns));
        }
        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, bool header, IReadOnlyList<int> numeric)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }
        for (var i = 0; i < cells.Count; i++)
        {
            var cellProperties = new TableCellProperties();
            if (header)
            {
                cellProperties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "E9ECEF" });
            }
            var paragraph = Paragraph(cells[i], header ? "TableHeading" : "TableText", numeric.Contains(i) ? JustificationValues.Right : null);
            row.Append(new TableCell(cellProperties, paragraph));
        }
        return row;
    }

    private static Styles Styles()
    {
        Style ParagraphStyle(string id, string name, int halfPoints, bool bold, string? color = null, int spaceBefore = 0, int spaceAfter = 120, int? outline = null)
        {
            var inv = System.Globalization.CultureInfo.InvariantCulture;
            var paragraph = new StyleParagraphProperties();
            if (outline is not null)
            {
                paragraph.Append(new KeepNext());   // a heading stays with what follows it
            }
            paragraph.Append(new SpacingBetweenLines { Before = spaceBefore.ToString(inv), After = spaceAfter.ToString(inv) });
            if (outline is { } level)
            {
                paragraph.Append(new OutlineLevel { Val = level });
            }
            var run = new StyleRunProperties();
            if (bold)
            {
                run.Append(new Bold());
            }
            if (color is not null)
            {
                run.Append(new Color { Val = color });
            }
            run.Append(new FontSize { Val = halfPoints.ToString(inv) });
            return new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new PrimaryStyle(), paragraph, run) { Type = StyleValues.Paragraph, StyleId = id };
        }

        var normal = new Style(
            new StyleName { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new SpacingBetweenLines { After = "120" }),
            new StyleRunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font }, new FontSize { Val = "20" }, new Languages { Val = "fr-FR" }))
        { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true };
        var tableText = ParagraphStyle("TableText", "Table Text", 18, false, spaceAfter: 0);
        var tableHeading = ParagraphStyle("TableHeading", "Table Heading", 18, true, spaceAfter: 0);
        return new Styles(
            normal,
            ParagraphStyle("Title", "Title", 36, true, "1F3864", spaceAfter: 160),
            ParagraphStyle("Heading1", "heading 1", 28, true, "1F3864", spaceBefore: 240, outline: 0),
            ParagraphStyle("Heading2", "heading 2", 22, true, "2F5496", spaceBefore: 160, outline: 1),
            ParagraphStyle("Caption", "caption", 18, true, spaceBefore: 120, spaceAfter: 60),
            ParagraphStyle("Subtle", "Subtle", 18, false, "595959"),
            tableText,
            tableHeading);
    }
}
