using ClosedXML.Excel;
using TradeScope.Core;
using TradeScope.Resources;

namespace TradeScope.Reports.Formats;

/// <summary>
/// XLSX via ClosedXML: a first sheet "About" (title, summary, notes and provenance), then one sheet per table with a
/// frozen header row, numbers stored as numbers in the column's number format, NaN cells showing their reason, and
/// column widths computed from the rendered text.
/// </summary>
public static class XlsxRenderer
{
    /// <summary>The registry entry: <c>--format xlsx</c>, <c>.xlsx</c>; a human-readable binary workbook.</summary>
    public static readonly OutputFormat Format = new("xlsx", [], [".xlsx"], FormatAudience.Human, Binary: true, Write);

    /// <summary>Widths are computed from at most this many rows (a sample keeps large tables fast).</summary>
    private const int WidthSampleRows = 2000;

    private const double MinWidth = 6,
        MaxWidth = 60,
        AboutWidth = 110;

    public static void Write(ReportDocument document, Language language, Stream output)
    {
        using var workbook = new XLWorkbook();
        var about = workbook.Worksheets.Add(Strings.About.In(language));
        WriteAbout(document, language, about);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { about.Name };
        foreach (var table in document.Tables)
            WriteTable(table, language, workbook.Worksheets.Add(SheetName((table.Sheet ?? Bilingual.Same(table.Id)).In(language), names)));
        workbook.SaveAs(output);
    }

    private static void WriteAbout(ReportDocument document, Language language, IXLWorksheet about)
    {
        var line = 1;
        about.Cell(line, 1).Value = document.Title.In(language);
        about.Cell(line++, 1).Style.Font.Bold = true;
        foreach (var block in document.Blocks)
        {
            if (block is ParagraphBlock p)
                about.Cell(line++, 1).Value = p.Text.In(language);
            else if (block is HeadingBlock h)
            {
                about.Cell(++line, 1).Value = h.Text.In(language);
                about.Cell(line++, 1).Style.Font.Bold = true;
            }
        }
        if (document.Provenance is { } provenance)
        {
            about.Cell(++line, 1).Value = ProvenanceSection.Heading.In(language);
            about.Cell(line++, 1).Style.Font.Bold = true;
            foreach (var (label, value, _) in ProvenanceSection.Lines(provenance, language))
                about.Cell(line++, 1).Value = $"{label}: {value}";
        }
        about.Column(1).Width = AboutWidth;
        about.Column(1).Style.Alignment.WrapText = true;
    }

    private static void WriteTable(ReportTable table, Language language, IXLWorksheet sheet)
    {
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var header = sheet.Cell(1, c + 1);
            header.Value = table.Columns[c].Header.In(language);
            header.Style.Font.Bold = true;
            header.Style.Alignment.WrapText = true;
        }
        var r = 2;
        foreach (var row in table.Rows)
        {
            for (var c = 0; c < table.Columns.Count; c++)
                WriteCell(sheet.Cell(r, c + 1), row[c], table.Columns[c], language);
            r++;
        }
        var noteRow = r + 1;
        foreach (var note in table.Notes)
            sheet.Cell(noteRow++, 1).Value = note.In(language);
        var widths = ColumnWidths(table, language);
        for (var c = 0; c < widths.Count; c++)
            sheet.Column(c + 1).Width = widths[c];
        sheet.SheetView.FreezeRows(1);
    }

    /// <summary>Numbers as numbers with the column's format; NaN as text with its reason; labels in the language.</summary>
    private static void WriteCell(IXLCell cell, object? value, ReportColumn column, Language language)
    {
        switch (value)
        {
            case null:
                break;
            case NanCell nan:
                cell.Value = nan.InSheet(language);
                break;
            case double d when !double.IsFinite(d):
                cell.Value = "NaN";
                break;
            case double d:
                cell.Value = d;
                cell.Style.NumberFormat.Format = ExcelFormat(column.Format);
                break;
            case int n:
                cell.Value = n;
                cell.Style.NumberFormat.Format = ExcelFormat(column.Format);
                break;
            case long n:
                cell.Value = n;
                cell.Style.NumberFormat.Format = ExcelFormat(column.Format);
                break;
            case DecoratedNumber n when double.IsNaN(n.Value):
                cell.Value = "NaN";
                break;
            case DecoratedNumber n:
                cell.Value = n.Value;
                cell.Style.NumberFormat.Format = ExcelFormat(n);
                break;
            case CodeCell code:
                cell.Value = code.Label.In(language);
                break;
            case var other:
                cell.Value = Cells.Machine(other);
                break;
        }
    }

    /// <summary>An Excel number format for a .NET format: the custom formats used by the reports ("0.000", "#,0",
    /// "0.00E+0") mean the same in Excel; standard .NET formats such as "G6" become "General".</summary>
    internal static string ExcelFormat(string format) => format.Length == 0 || char.IsLetter(format[0]) ? "General" : format;

    /// <summary>The decorated number's format with its stars or parentheses as literal text, so the cell stays a number.</summary>
    internal static string ExcelFormat(DecoratedNumber n)
    {
        var number = ExcelFormat(n.Format);
        var suffix = n.Suffix.Length > 0 ? $"\"{n.Suffix}\"" : "";
        return n.Parenthesised ? $"\"(\"{number}\")\"{suffix}" : number + suffix;
    }

    /// <summary>
    /// Column widths in characters from the longest rendered text of the header words and the cells. Computed here
    /// because ClosedXML's AdjustToContents measures fonts through System.Drawing (libgdiplus), which a fresh Linux
    /// machine lacks.
    /// </summary>
    internal static IReadOnlyList<double> ColumnWidths(ReportTable table, Language language) =>
        table
            .Columns.Select(
                (column, c) =>
                {
                    var header = column.Header.In(language).Split(' ').Select(w => w.Length).DefaultIfEmpty(0).Max();
                    var cells = table
                        .Rows.Take(WidthSampleRows)
                        .Select(row => SheetText(row[c], column, language).Length)
                        .DefaultIfEmpty(0)
                        .Max();
                    return Math.Clamp(Math.Max(header, cells) + 2.0, MinWidth, MaxWidth);
                }
            )
            .ToList();

    private static string SheetText(object? cell, ReportColumn column, Language language) =>
        cell is NanCell nan ? nan.InSheet(language) : Cells.Human(cell, column, language);

    private static string SheetName(string name, HashSet<string> used)
    {
        var baseName = new string(name.Where(ch => !"[]:*?/\\'".Contains(ch)).ToArray()).Trim();
        if (baseName.Length == 0)
            baseName = "Sheet";
        if (baseName.Length > 28)
            baseName = baseName[..28];
        var candidate = baseName;
        for (var k = 2; !used.Add(candidate); k++)
            candidate = $"{baseName}_{k}";
        return candidate;
    }
}
