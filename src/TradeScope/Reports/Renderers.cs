using System.Globalization;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;

namespace TradeScope.Reports;

internal static class Cells
{
    /// <summary>Full-precision invariant text for machine formats; NaN and null become empty.</summary>
    public static string Machine(object? cell) => cell switch
    {
        null => "",
        CodeCell c => c.Code,
        double d when double.IsNaN(d) => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => ((double)f).ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };

    /// <summary>Rounded text for human-readable formats; NaN is shown as "NaN".</summary>
    public static string Human(object? cell, ReportColumn column, Language language) => cell switch
    {
        null => "",
        CodeCell c => c.Label.In(language),
        double d when double.IsNaN(d) => "NaN",
        double d => d.ToString(column.Format, CultureInfo.InvariantCulture),
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

/// <summary>JSON: an array of objects per table (keys = column keys, NaN = null); several tables form an object by id.</summary>
public static class JsonRenderer
{
    public static void Write(ReportDocument document, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        var tables = document.Tables.ToList();
        if (tables.Count != 1) json.WriteStartObject();
        foreach (var table in tables)
        {
            if (tables.Count != 1) json.WritePropertyName(table.Id);
            json.WriteStartArray();
            foreach (var row in table.Rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    json.WritePropertyName(table.Columns[i].Key);
                    switch (row[i])
                    {
                        case null: json.WriteNullValue(); break;
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
        if (tables.Count != 1) json.WriteEndObject();
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

/// <summary>XLSX via ClosedXML: one sheet per table (numbers stored as numbers, NaN as an empty cell),
/// and a first sheet "About" with the title and paragraphs.</summary>
public static class XlsxRenderer
{
    public static void Write(ReportDocument document, Language language, Stream output)
    {
        using var workbook = new XLWorkbook();
        var about = workbook.Worksheets.Add(language == Language.Ru ? "Описание" : "About");
        var line = 1;
        about.Cell(line++, 1).Value = document.Title.In(language);
        about.Cell(1, 1).Style.Font.Bold = true;
        foreach (var block in document.Blocks)
        {
            if (block is ParagraphBlock p) about.Cell(line++, 1).Value = p.Text.In(language);
            else if (block is HeadingBlock h) { about.Cell(line, 1).Value = h.Text.In(language); about.Cell(line++, 1).Style.Font.Bold = true; }
        }
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { about.Name };
        foreach (var table in document.Tables)
        {
            var name = SheetName(table.Id, names);
            var sheet = workbook.Worksheets.Add(name);
            for (var c = 0; c < table.Columns.Count; c++)
            {
                sheet.Cell(1, c + 1).Value = table.Columns[c].Header.In(language);
                sheet.Cell(1, c + 1).Style.Font.Bold = true;
            }
            for (var r = 0; r < table.Rows.Count; r++)
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    var cell = sheet.Cell(r + 2, c + 1);
                    switch (table.Rows[r][c])
                    {
                        case null: break;
                        case double d when !double.IsFinite(d): break;
                        case double d: cell.Value = d; break;
                        case int n: cell.Value = n; break;
                        case long n: cell.Value = n; break;
                        case CodeCell code: cell.Value = code.Label.In(language); break;
                        case var other: cell.Value = Cells.Machine(other); break;
                    }
                }
            var noteRow = table.Rows.Count + 3;
            foreach (var note in table.Notes) sheet.Cell(noteRow++, 1).Value = note.In(language);
            sheet.SheetView.FreezeRows(1);
        }
        workbook.SaveAs(output);
    }

    private static string SheetName(string id, HashSet<string> used)
    {
        var baseName = new string(id.Where(ch => !"[]:*?/\\".Contains(ch)).ToArray());
        if (baseName.Length > 28) baseName = baseName[..28];
        var name = baseName;
        for (var k = 2; !used.Add(name); k++) name = $"{baseName}_{k}";
        return name;
    }
}
