using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using TradeScope.Core;
using TradeScope.Reports;
using TradeScope.Reports.Formats;
using TradeScope.Tests.Cli;
using Xunit;

namespace TradeScope.Tests.Reports.Formats;

/// <summary>
/// The HTML writer without a browser: the embedded data holds every table value exactly (checked against the cells and
/// against the JSON format of the same run), nothing is loaded from the network, the page's tags nest, phrases follow
/// <c>--lang</c>, chart hints must name existing columns, and .NET number formats map to the browser's.
/// </summary>
public sealed partial class HtmlRendererTests
{
    private static readonly ReportColumn[] Columns =
    [
        ReportColumn.Txt("name", "Name", "Имя"),
        ReportColumn.Num("value", "Value", "Значение"),
        ReportColumn.Int("count", "Count", "Число"),
        ReportColumn.Txt("flag", "Flag", "Признак"),
    ];

    /// <summary>Awkward values: shortest round-trip doubles, extremes, NaN, a NaN cell, an empty cell, markup and Cyrillic.</summary>
    private static readonly object?[][] Rows =
    [
        ["a</script><b>&\"'", 0.1 + 0.2, 1L, CodeCell.Yes],
        ["Кириллица", 1e-300, long.MaxValue, CodeCell.No],
        [null, double.NaN, 0L, new NanCell("NO_DATA", new("no data", "нет данных"))],
        ["", -123456789.123456789, -5L, CodeCell.Yes],
        ["x", new NanCell("ZERO_DENOMINATOR", new("zero", "ноль")), 7L, null],
        ["x", double.MaxValue, 8L, CodeCell.Yes],
        ["x", double.Epsilon, 9L, CodeCell.Yes],
    ];

    private static ReportTable Table =>
        new ReportTable("awkward", new("Awkward values", "Неудобные значения"), Columns, Rows)
        {
            Notes = [new("A **bold** note with `code <x>`.", "Примечание с **жирным** и `кодом <x>`.")],
            Charts =
            [
                new(ChartKind.Bars, new("Values", "Значения"))
                {
                    Label = ["name"],
                    Value = "value",
                    Neutral = 1,
                },
            ],
        }.Validated();

    private static string Render(ReportDocument document, Language language)
    {
        using var stream = new MemoryStream();
        OutputFormats.Html.Render(document, language, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static ReportDocument Document =>
        new(new("Title & <more>", "Заголовок"), [new ParagraphBlock(new("Summary.", "Вывод.")), new TableBlock(Table)]);

    private static readonly JsonElement Null = JsonDocument.Parse("null").RootElement;

    /// <summary>The data block of a page, parsed.</summary>
    internal static JsonElement Data(string html)
    {
        var match = DataBlock().Match(html);
        Assert.True(match.Success, "no data block");
        return JsonDocument.Parse(match.Groups[1].Value).RootElement;
    }

    /// <summary>A column of a table of the data block decoded to JSON values (numbers, strings, null).</summary>
    internal static IReadOnlyList<JsonElement> Column(JsonElement table, string key)
    {
        var index = table.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("key").GetString()).ToList().IndexOf(key);
        Assert.True(index >= 0, $"no column {key}");
        var data = table.GetProperty("data")[index];
        if (data.TryGetProperty("n", out var numbers))
            return [.. numbers.EnumerateArray()];
        if (data.TryGetProperty("s", out var strings))
            return [.. strings.EnumerateArray()];
        var distinct = data.GetProperty("d").EnumerateArray().ToList();
        return [.. data.GetProperty("i").EnumerateArray().Select(i => i.GetInt32() < 0 ? Null : distinct[i.GetInt32()])];
    }

    [Fact]
    public void The_embedded_data_holds_every_value_exactly()
    {
        var data = Data(Render(Document, Language.En));
        var table = Assert.Single(data.GetProperty("tables").EnumerateArray());
        Assert.Equal(Rows.Length, table.GetProperty("rows").GetInt32());
        var names = Column(table, "name");
        var values = Column(table, "value");
        var counts = Column(table, "count");
        var flags = Column(table, "flag");
        for (var r = 0; r < Rows.Length; r++)
        {
            var row = Rows[r];
            if (row[0] is string name)
                Assert.Equal(name, names[r].GetString());
            else
                Assert.Equal(JsonValueKind.Null, names[r].ValueKind);
            if (row[1] is double d && double.IsFinite(d))
                Assert.Equal(BitConverter.DoubleToInt64Bits(d), BitConverter.DoubleToInt64Bits(values[r].GetDouble()));
            else
                Assert.Equal(JsonValueKind.Null, values[r].ValueKind);
            Assert.Equal((long)row[2]!, counts[r].GetInt64());
            var expectedFlag = row[3] switch
            {
                CodeCell c => c.Label.En,
                NanCell => "NaN",
                _ => null,
            };
            Assert.Equal(expectedFlag, flags[r].ValueKind == JsonValueKind.Null ? null : flags[r].GetString());
        }
    }

    [Fact]
    public void Repeated_text_is_stored_once_with_an_index_per_row()
    {
        var rows = Enumerable.Range(0, 1000).Select(i => (object?[])[$"c{i % 3}", (double)i, (long)i, "unique" + i]).ToList();
        var table = new ReportTable("long", new("Long", "Длинная"), Columns, rows);
        var data = Data(Render(new(table.Title, [new TableBlock(table)]), Language.En));
        var json = data.GetProperty("tables")[0].GetProperty("data");
        Assert.Equal(["c0", "c1", "c2"], json[0].GetProperty("d").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(1000, json[0].GetProperty("i").GetArrayLength());
        Assert.Equal(1000, json[3].GetProperty("s").GetArrayLength());
        Assert.Equal(rows.Select(r => (string)r[0]!), Column(data.GetProperty("tables")[0], "name").Select(e => e.GetString()));
    }

    [Fact]
    public void Markup_in_values_and_phrases_cannot_break_out_of_its_element()
    {
        var html = Render(Document, Language.En);
        Assert.DoesNotContain("a</script>", html);
        Assert.DoesNotContain("<b>&", html);
        Assert.Contains("<title>Title &amp; &lt;more&gt;</title>", html);
        Assert.Contains("A <strong>bold</strong> note with <code>code &lt;x&gt;</code>.", html);
        Assert.Equal("a</script><b>&\"'", Column(Data(html).GetProperty("tables")[0], "name")[0].GetString());
    }

    [Fact]
    public void The_screening_report_loads_nothing_from_the_network()
    {
        var html = ScreenHtml("en");
        var markup = WithoutScriptBodies(html);
        Assert.DoesNotMatch(@"<(script|img|iframe|audio|video|source|embed)\b[^>]*\bsrc\s*=", markup);
        Assert.DoesNotContain("<link", markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"url\(\s*['""]?(https?:)?//", html);
        // The vendored libraries mention URLs in their licence headers and XML namespaces; outside them, none at all.
        var own = new[] { HtmlAssets.Echarts, HtmlAssets.TopojsonClient }.Aggregate(html, (page, asset) => page.Replace(asset, ""));
        Assert.NotEqual(html.Length, own.Length);
        Assert.DoesNotContain("http://", own, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", own, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_page_is_well_formed()
    {
        var html = ScreenHtml("en");
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html);
        Assert.EndsWith("</html>\n", html);
        var open = new Stack<string>();
        foreach (Match tag in Tag().Matches(WithoutScriptBodies(html)))
        {
            var name = tag.Groups[2].Value.ToLowerInvariant();
            if (Void.Contains(name) || tag.Value.StartsWith("<!", StringComparison.Ordinal))
                continue;
            if (tag.Groups[1].Value == "/")
            {
                Assert.True(open.Count > 0 && open.Peek() == name, $"</{name}> closes <{(open.Count > 0 ? open.Peek() : "nothing")}>");
                open.Pop();
            }
            else
                open.Push(name);
        }
        Assert.Empty(open);
        var ids = Regex.Matches(html, "\\bid=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (Match reference in Regex.Matches(html, "aria-(?:describedby|labelledby)=\"([^\"]+)\""))
            Assert.True(
                ids.Contains(reference.Groups[1].Value) || reference.Groups[1].Value.StartsWith("ts-table-", StringComparison.Ordinal),
                reference.Value
            );
    }

    private static readonly HashSet<string> Void = ["meta", "br", "hr", "img", "input", "link"];

    private static string WithoutScriptBodies(string html) => ScriptBody().Replace(html, "<script></script>");

    [Fact]
    public void The_russian_page_is_in_russian()
    {
        var html = ScreenHtml("ru");
        Assert.Contains("<html lang=\"ru\">", html);
        var data = Data(html);
        Assert.Equal("ru", data.GetProperty("lang").GetString());
        foreach (var phrase in data.GetProperty("ui").EnumerateObject())
            Assert.Matches("[а-яё]", phrase.Value.GetString()!);
        var esi = data.GetProperty("tables").EnumerateArray().First(t => t.GetProperty("id").GetString() == "esi");
        Assert.Contains(esi.GetProperty("columns").EnumerateArray(), c => c.GetProperty("header").GetString() == "ИЭЗ");
        Assert.Contains("Беларусь", Column(esi, "partner").Select(e => e.GetString()));
        Assert.All(esi.GetProperty("charts").EnumerateArray(), c => Assert.Matches("[а-яё]", c.GetProperty("title").GetString()!));
        // Code (file locations, commands, the command line) is code, not prose, as in the Markdown check.
        var prose = Regex.Replace(WithoutScriptBodies(StyleBody().Replace(html, "")), "<code>.*?</code>", " ", RegexOptions.Singleline);
        var visible = Regex.Replace(prose, "<[^>]+>", " ");
        var latin = RussianOutputTests.UnexpectedLatin(
            System.Net.WebUtility.HtmlDecode(visible),
            ["Apache", "ECharts", "License", "Natural", "Earth", "world", "atlas", "JavaScript"]
        );
        Assert.True(latin.Count == 0, "Latin words in the Russian page: " + string.Join(", ", latin));
    }

    [Fact]
    public void A_chart_hint_naming_a_missing_column_is_refused()
    {
        var table = Table with { Charts = [new(ChartKind.Bars, new("x", "x")) { Label = ["name"], Value = "missing" }] };
        var error = Assert.Throws<InvalidOperationException>(() => Render(new(table.Title, [new TableBlock(table)]), Language.En));
        Assert.Contains("missing", error.Message);
    }

    [Theory]
    [InlineData("0.000", 3, false, null, null)]
    [InlineData("0.0", 1, false, null, null)]
    [InlineData("0", 0, false, null, null)]
    [InlineData("#,0", 0, true, null, null)]
    [InlineData("#,##0", 0, true, null, null)]
    [InlineData("0.00E+0", 0, false, 2, null)]
    [InlineData("G6", 0, false, null, 6)]
    [InlineData("N", 2, true, null, null)]
    public void Number_formats_map_to_the_browser(string format, int decimals, bool grouping, int? exponent, int? significant) =>
        Assert.Equal(new HtmlTableJson.NumberFormat(decimals, grouping, exponent, significant), HtmlTableJson.NumberFormat.Of(format));

    [Fact]
    public void The_screening_tables_hold_the_same_numbers_as_the_json_format_of_the_same_run()
    {
        var html = Data(ScreenHtml("en"));
        var json = JsonDocument
            .Parse(CliRunner.Run("screen", "--reporter", "RUS", "--year", "2019", "--format", "json").Output)
            .RootElement;
        var compared = 0;
        foreach (var table in html.GetProperty("tables").EnumerateArray())
        {
            var rows = json.GetProperty(table.GetProperty("id").GetString()!).EnumerateArray().ToList();
            Assert.Equal(rows.Count, table.GetProperty("rows").GetInt32());
            foreach (var column in table.GetProperty("columns").EnumerateArray().Where(c => c.GetProperty("kind").GetString() == "number"))
            {
                var key = column.GetProperty("key").GetString()!;
                var values = Column(table, key);
                for (var r = 0; r < rows.Count; r++)
                {
                    var expected = rows[r].GetProperty(key);
                    Assert.Equal(expected.ValueKind, values[r].ValueKind);
                    if (expected.ValueKind == JsonValueKind.Number)
                        Assert.Equal(expected.GetDouble(), values[r].GetDouble());
                    compared++;
                }
            }
        }
        Assert.True(compared > 500, $"{compared} numbers compared");
    }

    [Fact]
    public void The_screening_report_declares_charts_for_its_four_index_tables_and_a_map()
    {
        var tables = Data(ScreenHtml("en")).GetProperty("tables").EnumerateArray().ToList();
        string[] Kinds(string id) =>
            [
                .. tables
                    .First(t => t.GetProperty("id").GetString() == id)
                    .GetProperty("charts")
                    .EnumerateArray()
                    .Select(c => c.GetProperty("kind").GetString()!),
            ];
        Assert.Equal(["bars", "map"], Kinds("esi"));
        Assert.Equal(["bars"], Kinds("tii"));
        Assert.Equal(["bars"], Kinds("tii_blocs"));
        Assert.Equal(["bars"], Kinds("sti"));
        Assert.Equal(["scatter"], Kinds("ranking"));
    }

    private static string ScreenHtml(string lang)
    {
        var run = CliRunner.Run("screen", "--reporter", "RUS", "--year", "2019", "--lang", lang, "--format", "html");
        Assert.True(run.ExitCode == 0, run.Error);
        return run.Output;
    }

    [GeneratedRegex("<script type=\"application/json\" id=\"tradescope-data\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex DataBlock();

    [GeneratedRegex(@"<(/?)([A-Za-z][A-Za-z0-9]*|!DOCTYPE)\b[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"(<script\b[^>]*>).*?</script>", RegexOptions.Singleline)]
    private static partial Regex ScriptBody();

    [GeneratedRegex(@"<style>.*?</style>", RegexOptions.Singleline)]
    private static partial Regex StyleBody();
}
