using System.Globalization;
using System.Text.Json;
using System.Text;
using ClosedXML.Excel;
using TradeScope.Core;
using TradeScope.Resources;

namespace TradeScope.Reports;

internal static class Cells
{
    /// <summary>Full-precision invariant text for machine formats; NaN and null become empty.</summary>
    public static string Machine(object? cell) => cell switch
    {
        null => "",
        CodeCell c => c.Code,
        NanCell => "",
        DecoratedNumber n => n.Show(Language.En),
        double d when double.IsNaN(d) => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => ((double)f).ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };

    /// <summary>Rounded text for human-readable formats in the column's format and the language's number style
    /// (<see cref="ReportNumbers"/>); NaN is shown as "NaN".</summary>
    public static string Human(object? cell, ReportColumn column, Language language) => cell switch
    {
        null => "",
        CodeCell c => c.Label.In(language),
        NanCell => "NaN",
        DecoratedNumber n => n.Show(language),
        double d => ReportNumbers.Format(d, column.Format, language),
        long n when column.Kind != ColumnKind.Text && column.Format.Length > 0 => ReportNumbers.Format(n, column.Format, language),
        int n when column.Kind != ColumnKind.Text && column.Format.Length > 0 => ReportNumbers.Format(n, column.Format, language),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };
}

/// <summary>RFC 4180 CSV, UTF-8 without BOM, invariant culture, header = column keys.
/// A document with several tables is written long: a leading <c>table</c> column and the union of columns.</summary>
public static class CsvRenderer
{
    public static void Write(ReportDocument document, Stream output)
    {
        var tables = document.Tables.ToList();
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        if (tables.Count == 1)
        {
            WriteTable(tables[0], writer);
            return;
        }
        var keys = tables.SelectMany(t => t.Columns.Select(c => c.Key)).Distinct().ToList();
        writer.WriteLine(string.Join(',', new[] { "table" }.Concat(keys).Select(Escape)));
        foreach (var table in tables)
        {
            var index = table.Columns.Select((c, i) => (c.Key, i)).ToDictionary(p => p.Key, p => p.i);
            foreach (var row in table.Rows)
                writer.WriteLine(string.Join(',', new[] { Escape(table.Id) }.Concat(
                    keys.Select(k => index.TryGetValue(k, out var i) ? Escape(Cells.Machine(row[i])) : ""))));
        }
    }

    public static void WriteTable(ReportTable table, TextWriter writer)
    {
        writer.WriteLine(string.Join(',', table.Columns.Select(c => Escape(c.Key))));
        foreach (var row in table.Rows)
            writer.WriteLine(string.Join(',', row.Select(c => Escape(Cells.Machine(c)))));
    }

    public static string Escape(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
}

/// <summary>
/// JSON: always one object: <c>provenance</c> first (when the document has it), then one array of row objects per
/// table under the table's id (keys = column keys, NaN = null), for one table as for several.
/// </summary>
public static class JsonRenderer
{
    public static void Write(ReportDocument document, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        if (document.Provenance is { } provenance)
        {
            json.WritePropertyName("provenance");
            ProvenanceJson.Write(provenance, json);
        }
        foreach (var table in document.Tables)
        {
            json.WritePropertyName(table.Id);
            WriteRows(table, json);
        }
        json.WriteEndObject();
    }

    private static void WriteRows(ReportTable table, Utf8JsonWriter json)
    {
        json.WriteStartArray();
        foreach (var row in table.Rows)
        {
            json.WriteStartObject();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                json.WritePropertyName(table.Columns[i].Key);
                switch (row[i])
                {
                    case null or NanCell: json.WriteNullValue(); break;
                    case double d when !double.IsFinite(d): json.WriteNullValue(); break;
                    case double d: json.WriteNumberValue(d); break;
                    case int n: json.WriteNumberValue(n); break;
                    case long n: json.WriteNumberValue(n); break;
                    case bool b: json.WriteBooleanValue(b); break;
                    default: json.WriteStringValue(Cells.Machine(row[i])); break;
                }
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}

/// <summary>The provenance of a report as JSON (English): the <c>provenance</c> key of JSON output and the sidecar
/// of a CSV file.</summary>
public static class ProvenanceJson
{
    /// <summary>Writes <c>{"tradescope_version", "date", "command", "arguments", "data": [{"source", "location",
    /// "notes"}], "linear_algebra"}</c>.</summary>
    public static void Write(ReportProvenance provenance, Utf8JsonWriter json, string? file = null)
    {
        json.WriteStartObject();
        if (file is not null) json.WriteString("file", file);
        json.WriteString("tradescope_version", provenance.Run.Version);
        json.WriteString("date", provenance.Run.DateUtc);
        json.WriteString("command", provenance.Run.CommandLine);
        json.WriteStartArray("arguments");
        foreach (var argument in provenance.Run.Arguments) json.WriteStringValue(argument);
        json.WriteEndArray();
        json.WriteStartArray("data");
        foreach (var source in provenance.Sources)
        {
            json.WriteStartObject();
            json.WriteString("source", source.Source.En);
            json.WriteString("location", source.Location);
            json.WriteStartArray("notes");
            foreach (var note in source.Notes) json.WriteStringValue(note.En);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        if (provenance.LinearAlgebra is { } provider) json.WriteString("linear_algebra", provider);
        else json.WriteNull("linear_algebra");
        json.WriteEndObject();
    }

    /// <summary>The sidecar file of a CSV output: the provenance object with the CSV's file name.</summary>
    public static void WriteSidecar(ReportProvenance provenance, string csvFileName, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        Write(provenance, json, csvFileName);
    }
}

/// <summary>The provenance section of human-readable reports as label/value lines in the report's language.</summary>
public static class ProvenanceSection
{
    /// <summary>The section heading.</summary>
    public static readonly Bilingual Heading = Strings.Provenance;

    /// <summary>Label and value lines (the data's reading notes are in the report's data notes, and in full in the JSON
    /// provenance); values that are code (version, command, file locations) are marked
    /// <c>Code</c> so Markdown puts them in code spans.</summary>
    public static IReadOnlyList<(string Label, string Value, bool Code)> Lines(ReportProvenance p, Language language)
    {
        var lines = new List<(string, string, bool)>
        {
            (Strings.TradeScopeVersion.In(language), p.Run.Version, true),
            (Strings.DateUTC.In(language), p.Run.DateUtc, false),
            (Strings.Command.In(language), p.Run.CommandLine, true),
        };
        foreach (var source in p.Sources)
        {
            lines.Add((Strings.Data.In(language), ((Bilingual)source.Source).In(language), false));
            lines.Add((Strings.DataLocation.In(language), source.Location, true));
        }
        if (p.LinearAlgebra is { } provider) lines.Add((Strings.LinearAlgebra.In(language), provider, false));
        return lines;
    }
}

/// <summary>GitHub-flavoured Markdown: headings, paragraphs, pipe tables with headers in the chosen language.</summary>
public static class MarkdownRenderer
{
    public static void Write(ReportDocument document, Language language, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine($"# {document.Title.In(language)}");
        writer.WriteLine();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h: writer.WriteLine($"{new string('#', h.Level)} {h.Text.In(language)}"); break;
                case ParagraphBlock p: writer.WriteLine(p.Text.In(language)); break;
                case TableBlock t: WriteTable(t.Table, language, writer); break;
            }
            writer.WriteLine();
        }
        if (document.Provenance is { } provenance) WriteProvenance(provenance, language, writer);
    }

    /// <summary>The closing provenance section: one bullet per line, code values in code spans.</summary>
    private static void WriteProvenance(ReportProvenance provenance, Language language, TextWriter writer)
    {
        writer.WriteLine($"## {ProvenanceSection.Heading.In(language)}");
        writer.WriteLine();
        foreach (var (label, value, code) in ProvenanceSection.Lines(provenance, language))
            writer.WriteLine(code ? $"- {label}: `{value.Replace("`", "'")}`" : $"- {label}: {value}");
    }

    public static void WriteTable(ReportTable table, Language language, TextWriter writer)
    {
        writer.WriteLine($"**{table.Title.In(language)}**");
        writer.WriteLine();
        writer.WriteLine("| " + string.Join(" | ", table.Columns.Select(c => Pipe(c.Header.In(language)))) + " |");
        writer.WriteLine("|" + string.Join("|", table.Columns.Select(c => c.Kind == ColumnKind.Text ? "---" : "---:")) + "|");
        foreach (var row in table.Rows)
            writer.WriteLine("| " + string.Join(" | ", table.Columns.Select((c, i) => Pipe(Cells.Human(row[i], c, language)))) + " |");
        foreach (var note in table.Notes)
        {
            writer.WriteLine();
            writer.WriteLine($"_{note.In(language)}_");
        }
    }

    private static string Pipe(string s) => s.Replace("|", "\\|");
}

/// <summary>
/// XLSX via ClosedXML: a first sheet "About" (title, summary, notes and provenance), then one sheet per table with a
/// frozen header row, numbers stored as numbers in the column's number format, NaN cells showing their reason, and
/// column widths computed from the rendered text.
/// </summary>
public static class XlsxRenderer
{
    /// <summary>Widths are computed from at most this many rows (a sample keeps large tables fast).</summary>
    private const int WidthSampleRows = 2000;

    private const double MinWidth = 6, MaxWidth = 60, AboutWidth = 110;

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
            if (block is ParagraphBlock p) about.Cell(line++, 1).Value = p.Text.In(language);
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
            for (var c = 0; c < table.Columns.Count; c++) WriteCell(sheet.Cell(r, c + 1), row[c], table.Columns[c], language);
            r++;
        }
        var noteRow = r + 1;
        foreach (var note in table.Notes) sheet.Cell(noteRow++, 1).Value = note.In(language);
        var widths = ColumnWidths(table, language);
        for (var c = 0; c < widths.Count; c++) sheet.Column(c + 1).Width = widths[c];
        sheet.SheetView.FreezeRows(1);
    }

    /// <summary>Numbers as numbers with the column's format; NaN as text with its reason; labels in the language.</summary>
    private static void WriteCell(IXLCell cell, object? value, ReportColumn column, Language language)
    {
        switch (value)
        {
            case null: break;
            case NanCell nan: cell.Value = nan.InSheet(language); break;
            case double d when !double.IsFinite(d): cell.Value = "NaN"; break;
            case double d: cell.Value = d; cell.Style.NumberFormat.Format = ExcelFormat(column.Format); break;
            case int n: cell.Value = n; cell.Style.NumberFormat.Format = ExcelFormat(column.Format); break;
            case long n: cell.Value = n; cell.Style.NumberFormat.Format = ExcelFormat(column.Format); break;
            case DecoratedNumber n when double.IsNaN(n.Value): cell.Value = "NaN"; break;
            case DecoratedNumber n: cell.Value = n.Value; cell.Style.NumberFormat.Format = ExcelFormat(n); break;
            case CodeCell code: cell.Value = code.Label.In(language); break;
            case var other: cell.Value = Cells.Machine(other); break;
        }
    }

    /// <summary>An Excel number format for a .NET format: the custom formats used by the reports ("0.000", "#,0",
    /// "0.00E+0") mean the same in Excel; standard .NET formats such as "G6" become "General".</summary>
    internal static string ExcelFormat(string format) =>
        format.Length == 0 || char.IsLetter(format[0]) ? "General" : format;

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
        table.Columns.Select((column, c) =>
        {
            var header = column.Header.In(language).Split(' ').Select(w => w.Length).DefaultIfEmpty(0).Max();
            var cells = table.Rows.Take(WidthSampleRows).Select(row => SheetText(row[c], column, language).Length).DefaultIfEmpty(0).Max();
            return Math.Clamp(Math.Max(header, cells) + 2.0, MinWidth, MaxWidth);
        }).ToList();

    private static string SheetText(object? cell, ReportColumn column, Language language) =>
        cell is NanCell nan ? nan.InSheet(language) : Cells.Human(cell, column, language);

    private static string SheetName(string name, HashSet<string> used)
    {
        var baseName = new string(name.Where(ch => !"[]:*?/\\'".Contains(ch)).ToArray()).Trim();
        if (baseName.Length == 0) baseName = "Sheet";
        if (baseName.Length > 28) baseName = baseName[..28];
        var candidate = baseName;
        for (var k = 2; !used.Add(candidate); k++) candidate = $"{baseName}_{k}";
        return candidate;
    }
}
