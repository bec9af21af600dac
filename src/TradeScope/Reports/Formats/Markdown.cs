using System.Text;

namespace TradeScope.Reports.Formats;

/// <summary>GitHub-flavoured Markdown: headings, paragraphs, pipe tables with headers in the chosen language.</summary>
public static class MarkdownRenderer
{
    /// <summary>The registry entry: <c>--format md</c> (or markdown), <c>.md</c>; human-readable text.</summary>
    public static readonly OutputFormat Format = new("md", ["markdown"], [".md", ".markdown"], FormatAudience.Human, Binary: false, Write);

    public static void Write(ReportDocument document, Language language, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine($"# {document.Title.In(language)}");
        writer.WriteLine();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    writer.WriteLine($"{new string('#', h.Level)} {h.Text.In(language)}");
                    break;
                case ParagraphBlock p:
                    writer.WriteLine(p.Text.In(language));
                    break;
                case TableBlock t:
                    WriteTable(t.Table, language, writer);
                    break;
            }
            writer.WriteLine();
        }
        if (document.Provenance is { } provenance)
            WriteProvenance(provenance, language, writer);
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
