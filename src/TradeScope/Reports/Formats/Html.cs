using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using TradeScope.Core;
using TradeScope.Resources;

namespace TradeScope.Reports.Formats;

/// <summary>
/// A self-contained HTML page: the summary in words, one section per table with its charts (<see cref="ReportTable.Charts"/>,
/// drawn by Apache ECharts as SVG) and the table itself (paged and sortable in the browser), the notes, and the provenance.
/// CSS, JavaScript (the vendored libraries of <see cref="HtmlAssets"/> and TradeScope's chart and table modules) and the data
/// are inlined, so the file opens from disk with no network access. The data is one JSON block
/// (<c>script#tradescope-data</c>) holding each table column by column: numbers as JSON numbers in full precision (NaN as
/// null), text as strings or, when values repeat, as a list of distinct strings and one index per row.
/// </summary>
public static partial class HtmlRenderer
{
    /// <summary>The registry entry: <c>--format html</c> (alias htm), <c>.html</c> or <c>.htm</c>; a human-readable page.</summary>
    public static readonly OutputFormat Format = new("html", ["htm"], [".html", ".htm"], FormatAudience.Human, Binary: false, Write);

    /// <summary>JSON inside a script element: every character outside ASCII kept as is (Russian stays readable), but
    /// <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> escaped so no value can close the element.</summary>
    private static readonly JsonWriterOptions ScriptJson = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static void Write(ReportDocument document, Language language, Stream output)
    {
        var tables = document.Tables.ToList();
        foreach (var table in tables)
            CheckHints(table);
        var hasMap = tables.Any(t => t.Charts.Any(c => c.Kind == ChartKind.Map));
        var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        var lang = language == Language.Ru ? "ru" : "en";
        var title = document.Title.In(language);
        writer.WriteLine("<!DOCTYPE html>");
        writer.WriteLine($"<html lang=\"{lang}\">");
        writer.WriteLine("<head>");
        writer.WriteLine("<meta charset=\"utf-8\">");
        writer.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        writer.WriteLine($"<meta name=\"generator\" content=\"TradeScope {Encode(RunInfo.LibraryVersion)}\">");
        writer.WriteLine($"<title>{Encode(title)}</title>");
        writer.WriteLine($"<style>\n{HtmlAssets.Css}\n</style>");
        writer.WriteLine("</head>");
        writer.WriteLine("<body>");
        writer.WriteLine("<main>");
        writer.WriteLine($"<h1>{Encode(title)}</h1>");
        writer.WriteLine($"<noscript><p>{Encode(Strings.HtmlNoScript.In(language))}</p></noscript>");
        WriteBody(document, tables, language, writer);
        if (document.Provenance is { } provenance)
            WriteProvenance(provenance, language, writer);
        var credits = Strings.Format(nameof(Strings.HtmlCredits), HtmlAssets.EchartsVersion, HtmlAssets.WorldAtlasVersion);
        writer.WriteLine($"<p class=\"ts-credits\">{Encode(credits.In(language))}</p>");
        writer.WriteLine("</main>");
        writer.Write("<script type=\"application/json\" id=\"tradescope-data\">");
        writer.Flush();
        using (var json = new Utf8JsonWriter(output, ScriptJson))
            WriteData(tables, language, hasMap, json);
        writer.WriteLine("</script>");
        if (hasMap)
            writer.WriteLine($"<script type=\"application/json\" id=\"tradescope-world\">{HtmlAssets.WorldTopology}</script>");
        foreach (var script in HtmlAssets.Scripts(hasMap))
            writer.WriteLine($"<script>\n{script}\n</script>");
        writer.WriteLine("</body>");
        writer.WriteLine("</html>");
        writer.Flush();
    }

    /// <summary>The page body in document order: the paragraphs before the first table as the summary, a list of contents,
    /// one section per table, then the remaining headings and paragraphs (data notes).</summary>
    private static void WriteBody(ReportDocument document, IReadOnlyList<ReportTable> tables, Language language, TextWriter writer)
    {
        var blocks = document.Blocks;
        var firstTable = blocks.Select((b, i) => (b, i)).FirstOrDefault(x => x.b is TableBlock).i;
        var summary = blocks.Take(tables.Count == 0 ? blocks.Count : firstTable).OfType<ParagraphBlock>().ToList();
        if (summary.Count > 0)
        {
            writer.WriteLine($"<section class=\"ts-summary\" aria-label=\"{Encode(Strings.HtmlSummary.In(language))}\">");
            foreach (var p in summary)
                writer.WriteLine($"<p>{Inline(p.Text.In(language))}</p>");
            writer.WriteLine("</section>");
        }
        if (tables.Count > 1)
        {
            writer.WriteLine($"<nav class=\"ts-toc\" aria-label=\"{Encode(Strings.HtmlContents.In(language))}\"><ol>");
            foreach (var table in tables)
                writer.WriteLine($"<li><a href=\"#ts-section-{Encode(table.Id)}\">{Encode(table.Title.In(language))}</a></li>");
            writer.WriteLine("</ol></nav>");
        }
        foreach (var block in blocks.Skip(summary.Count > 0 ? firstTable : 0))
        {
            switch (block)
            {
                case HeadingBlock h:
                    var level = Math.Clamp(h.Level, 2, 6);
                    writer.WriteLine($"<h{level}>{Inline(h.Text.In(language))}</h{level}>");
                    break;
                case ParagraphBlock p:
                    writer.WriteLine($"<p>{Inline(p.Text.In(language))}</p>");
                    break;
                case TableBlock t:
                    WriteTableSection(t.Table, language, writer);
                    break;
            }
        }
    }

    /// <summary>A table's section: heading, one figure per chart (its description pointing at the table, the chart's text
    /// alternative), the host the table is drawn into, and the notes.</summary>
    private static void WriteTableSection(ReportTable table, Language language, TextWriter writer)
    {
        var id = Encode(table.Id);
        var title = table.Title.In(language);
        writer.WriteLine($"<section class=\"ts-table-section\" id=\"ts-section-{id}\">");
        writer.WriteLine($"<h2>{Encode(title)}</h2>");
        writer.WriteLine("<div class=\"ts-charts\">");
        for (var k = 0; k < table.Charts.Count; k++)
        {
            var chart = table.Charts[k];
            var chartTitle = Encode(chart.Title.In(language));
            var source = Strings.Format(nameof(Strings.HtmlChartSource), title).In(language);
            writer.WriteLine($"<figure class=\"ts-chart-figure\" data-chart-kind=\"{chart.Kind.ToString().ToLowerInvariant()}\">");
            writer.WriteLine($"<figcaption id=\"ts-chart-{id}-{k}-title\">{chartTitle}</figcaption>");
            writer.WriteLine(
                $"<div class=\"ts-chart\" id=\"ts-chart-{id}-{k}\" role=\"img\" aria-labelledby=\"ts-chart-{id}-{k}-title\" "
                    + $"aria-describedby=\"ts-table-{id}\"></div>"
            );
            writer.WriteLine($"<p class=\"ts-chart-note\"><a href=\"#ts-table-{id}\">{Encode(source)}</a></p>");
            writer.WriteLine("</figure>");
        }
        writer.WriteLine("</div>");
        writer.WriteLine($"<div class=\"ts-table-host\" data-rows=\"{table.Rows.Count}\"></div>");
        if (table.Notes.Count > 0)
        {
            writer.WriteLine("<div class=\"ts-notes\">");
            foreach (var note in table.Notes)
                writer.WriteLine($"<p>{Inline(note.In(language))}</p>");
            writer.WriteLine("</div>");
        }
        writer.WriteLine("</section>");
    }

    private static void WriteProvenance(ReportProvenance provenance, Language language, TextWriter writer)
    {
        writer.WriteLine("<section class=\"ts-provenance\">");
        writer.WriteLine($"<h2>{Encode(ProvenanceSection.Heading.In(language))}</h2>");
        writer.WriteLine("<dl>");
        foreach (var (label, value, code) in ProvenanceSection.Lines(provenance, language))
            writer.WriteLine($"<dt>{Encode(label)}</dt><dd>{(code ? $"<code>{Encode(value)}</code>" : Encode(value))}</dd>");
        writer.WriteLine("</dl>");
        writer.WriteLine("</section>");
    }

    /// <summary>The data block: language, interface phrases, each table (columns, column data, chart hints) and, when a
    /// map is drawn, the M49 ids of the ISO3 codes (the map's country ids).</summary>
    private static void WriteData(IReadOnlyList<ReportTable> tables, Language language, bool hasMap, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("lang", language == Language.Ru ? "ru" : "en");
        json.WriteStartObject("ui");
        foreach (var (key, phrase) in Interface)
            json.WriteString(key, phrase.In(language));
        json.WriteEndObject();
        json.WriteStartArray("tables");
        foreach (var table in tables)
            HtmlTableJson.Write(table, language, json);
        json.WriteEndArray();
        if (hasMap)
        {
            json.WriteStartObject("m49");
            foreach (var country in Data.CountryRegistry.Default.All.Where(c => c.M49 > 0))
                json.WriteString(country.Iso3.Value, country.M49.ToString("000", CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    /// <summary>The phrases of the page's controls, by the keys the JavaScript modules read.</summary>
    private static readonly (string Key, Bilingual Phrase)[] Interface =
    [
        ("chartFailed", Strings.HtmlChartFailed),
        ("filter", Strings.HtmlFilter),
        ("first", Strings.HtmlFirst),
        ("interval", Strings.HtmlInterval),
        ("last", Strings.HtmlLast),
        ("neutral", Strings.NeutralValue),
        ("next", Strings.HtmlNext),
        ("previous", Strings.HtmlPrevious),
        ("rowsOf", Strings.HtmlRowsOf),
        ("rowsPerPage", Strings.HtmlRowsPerPage),
        ("sortHint", Strings.HtmlSortHint),
    ];

    /// <summary>A hint that names a column the table does not have is a bug in the report that declares it.</summary>
    private static void CheckHints(ReportTable table)
    {
        var keys = table.Columns.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var hint in table.Charts)
            if (hint.Columns.FirstOrDefault(k => !keys.Contains(k)) is { } missing)
                throw new InvalidOperationException($"table {table.Id}: chart '{hint.Title.En}' names the missing column '{missing}'");
    }

    /// <summary>HTML-encoded text.</summary>
    internal static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>
    /// The inline Markdown that report phrases use, as HTML: <c>**bold**</c> and <c>`code`</c>, everything else encoded.
    /// Written here because report texts use only these two marks; a Markdown library would bring block syntax the
    /// phrases never contain.
    /// </summary>
    internal static string Inline(string text)
    {
        var encoded = Encode(text);
        var code = CodeSpan().Replace(encoded, m => $"<code>{m.Groups[1].Value}</code>");
        return Bold().Replace(code, m => $"<strong>{m.Groups[1].Value}</strong>");
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Bold();
}
