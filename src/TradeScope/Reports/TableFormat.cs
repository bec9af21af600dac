namespace TradeScope.Reports;

/// <summary>Output formats for tables and reports.</summary>
public enum TableFormat { Csv, Json, Markdown, Xlsx }

public static class TableFormats
{
    /// <summary>Parses "csv|json|md|markdown|xlsx".</summary>
    public static bool TryParse(string? text, out TableFormat format)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "csv": format = TableFormat.Csv; return true;
            case "json": format = TableFormat.Json; return true;
            case "md" or "markdown": format = TableFormat.Markdown; return true;
            case "xlsx": format = TableFormat.Xlsx; return true;
            default: format = default; return false;
        }
    }

    /// <summary>The format implied by a file extension (.csv, .json, .md, .xlsx), or null.</summary>
    public static TableFormat? FromPath(string? path) =>
        path is not null && TryParse(Path.GetExtension(path).TrimStart('.'), out var f) ? f : null;

    /// <summary>Renders a document in the given format.</summary>
    public static void Render(ReportDocument document, TableFormat format, Language language, Stream output)
    {
        switch (format)
        {
            case TableFormat.Csv: CsvRenderer.Write(document, output); break;
            case TableFormat.Json: JsonRenderer.Write(document, output); break;
            case TableFormat.Markdown: MarkdownRenderer.Write(document, language, output); break;
            case TableFormat.Xlsx: XlsxRenderer.Write(document, language, output); break;
            default: throw new ArgumentOutOfRangeException(nameof(format));
        }
    }

    /// <summary>Renders a single table as a one-table document.</summary>
    public static void Render(ReportTable table, TableFormat format, Language language, Stream output) =>
        Render(new ReportDocument(table.Title, [new TableBlock(table)]), format, language, output);
}
