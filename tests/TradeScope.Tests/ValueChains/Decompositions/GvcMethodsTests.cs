using System.Globalization;
using System.Text.RegularExpressions;
using TradeScope.Core;
using TradeScope.Data;
using TradeScope.Tests.Cli;
using TradeScope.ValueChains;
using TradeScope.ValueChains.Decompositions;
using Xunit;
using static TradeScope.Tests.ValueChains.IcioTestSupport;

namespace TradeScope.Tests.ValueChains.Decompositions;

/// <summary>
/// The registry of decomposition methods: every registered method runs on exvatools' iciotest table (in the library and
/// through the CLI), its rows carry only the terms it declares, its gross exports agree with Z and Y, the CLI help and
/// choices list exactly the registered names, and the documentation anchors it cites exist.
/// </summary>
public sealed class GvcMethodsTests
{
    private static string IcioTest => Fixture("exvatools", "iciotest_input_Z_Yfd.csv");

    private static readonly Lazy<LeontiefSystem> Icio = new(() => Leontief(ExvatoolsLayout.Read(IcioTest, null)));

    public static IEnumerable<object[]> Methods() =>
        GvcMethods.All.SelectMany(m => new[] { new object[] { m.Name, false }, [m.Name, true] });

    /// <summary>Gross exports of each country straight from the table: Σ_{i∈c} (Σ_{j∉c} z_ij + Σ_{d≠c} y_id).</summary>
    private static Dictionary<string, double> ExportsFromTable()
    {
        var table = Icio.Value.Table;
        var exports = table.Countries.ToDictionary(c => c, _ => 0.0);
        for (var i = 0; i < table.Size; i++)
        {
            var c = table.CountryOfRow(i);
            double sum = 0;
            for (var j = 0; j < table.Size; j++)
                if (table.CountryOfRow(j) != c)
                    sum += table.Z(i, j);
            for (var d = 0; d < table.CountryCount; d++)
                if (d != c)
                    sum += table.Y(i, d);
            exports[table.Countries[c]] += sum;
        }
        return exports;
    }

    [Theory, MemberData(nameof(Methods))]
    public void Every_registered_method_runs_on_the_exvatools_table(string name, bool detail)
    {
        var method = GvcMethods.Parse(name);
        var result = GvcAnalysis.Run(Icio.Value, method, "all", detail);
        Assert.Same(method, result.Method);
        var undeclared = result.Rows.Where(r => !method.TermTypes.Contains(r.Term.Set)).Select(r => r.Term.Label).Distinct().ToList();
        Assert.True(undeclared.Count == 0, $"{name}: terms outside its term types: {string.Join(" ", undeclared)}");
        Assert.DoesNotContain(result.Rows, r => double.IsInfinity(r.Value));
        foreach (var (country, exports) in ExportsFromTable())
        {
            var total = result
                .Rows.Where(r => r.Exporter == country && r.Term.Label == "EXGR")
                .Where(r => r.Importer == "" && r.Sector == "" && r.SourceCountry == "")
                .ToList();
            Assert.True(total.Count == 1, $"{name}: {country} has {total.Count} EXGR total rows");
            Relative(exports, total[0].Value, 1e-9, $"{name} {country} EXGR", 1e-9);
        }
    }

    [Theory, MemberData(nameof(Methods))]
    public void Every_registered_method_runs_through_the_cli(string name, bool detail)
    {
        string[] args =
        [
            "gvc",
            "--table",
            IcioTest,
            "--layout",
            "exvatools",
            "--method",
            name.ToUpperInvariant(),
            "--exporter",
            "ESP",
            "--blas",
            "managed",
            .. detail ? new[] { "--detail" } : [],
        ];
        var run = CliRunner.Run(args);
        Assert.True(run.ExitCode == 0, run.Error);
        var (header, rows) = CliRunner.ReadCsv(run.Output);
        Assert.Equal(["exporter", "importer", "sector", "source_country", "source_sector", "term", "value"], header);
        var labels = GvcMethods.Parse(name).TermTypes.SelectMany(t => Enum.GetNames(t)).ToHashSet();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains(r["term"], labels));
        Assert.All(rows, r => Assert.Equal("ESP", r["exporter"]));
    }

    [Fact]
    public void Cli_help_lists_exactly_the_registered_methods()
    {
        var help = CliRunner.Run("gvc", "--help");
        Assert.Equal(0, help.ExitCode);
        var text = Regex.Replace(help.Output + help.Error, @"\s+", " ");
        var choices = Regex.Match(text, @"--method <([^>]*)>");
        Assert.True(choices.Success, "no --method <choices> in the help");
        Assert.Equal(GvcMethods.Names.Order(), choices.Groups[1].Value.Split('|').Order());
        var start = text.IndexOf("--method <", StringComparison.Ordinal);
        var description = text[start..text.IndexOf("--exporter <", start, StringComparison.Ordinal)];
        var listed = Regex.Matches(description, @"(?:\)|^[^|]*?) ?(?:\| )?([a-z_-]+) \(").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(GvcMethods.Names, listed);
    }

    [Fact]
    public void Parse_accepts_names_and_aliases_only()
    {
        foreach (var method in GvcMethods.All)
            foreach (var key in method.Aliases.Prepend(method.Name))
            {
                Assert.Same(method, GvcMethods.Parse(key));
                Assert.Same(method, GvcMethods.Parse($" {key.ToUpperInvariant()} "));
            }
        Assert.Same(ParticipationDecomposition.Method, GvcMethods.Parse("bp"));
        var error = Assert.Throws<InputException>(() => GvcMethods.Parse("bm_xyz"));
        Assert.Contains("unknown method; use " + string.Join("|", GvcMethods.Names), error.Message);
        Assert.Equal(GvcMethods.Accepted.Count, GvcMethods.Accepted.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Every_method_cites_anchors_that_exist_and_has_bilingual_texts()
    {
        foreach (var method in GvcMethods.All)
        {
            Assert.NotEmpty(method.Documentation);
            foreach (var link in method.Documentation)
            {
                var match = Regex.Match(link, @"^docs/methods/([a-z-]+\.md)#([a-z0-9-]+)$");
                Assert.True(match.Success, $"{method.Name}: '{link}' is not docs/methods/PAGE.md#anchor");
                var page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "DocMethods", match.Groups[1].Value));
                Assert.Contains($"<a id=\"{match.Groups[2].Value}\"></a>", page);
            }
            Assert.False(string.IsNullOrWhiteSpace(method.Title.En) || string.IsNullOrWhiteSpace(method.Title.Ru), method.Name);
            Assert.All(method.Notes, n => Assert.False(n.En == n.Ru, $"{method.Name}: a note without a Russian text"));
        }
    }

    private static string Section(string anchor)
    {
        var page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "DocMethods", "value-chains.md"));
        var start = page.IndexOf($"<a id=\"{anchor}\"></a>", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no anchor {anchor}");
        var end = page.IndexOf("<a id=", start + 10, StringComparison.Ordinal);
        return page[start..end];
    }

    /// <summary>The numbered term tables of the method page: <c>| 3 | `DVA_INTrexI1` | …</c>.</summary>
    private static Dictionary<int, string> Numbered(string anchor) =>
        Regex
            .Matches(Section(anchor), @"^\| (\d+) \| `([A-Za-z0-9_]+)` \|", RegexOptions.Multiline)
            .ToDictionary(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m => m.Groups[2].Value);

    [Fact]
    public void Term_labels_are_those_of_the_method_page()
    {
        var wwz = Numbered("wwz");
        Assert.Equal(16, wwz.Count);
        foreach (var t in Enum.GetValues<WwzTerm>())
            Assert.Equal(wwz[(int)t + 1], Term.Of(t).Label);
        var kww = Numbered("kww");
        Assert.Equal(9, kww.Count);
        foreach (var t in Enum.GetValues<KwwTerm>())
            Assert.Equal(kww[(int)t + 1], Term.Of(t).Label);
    }

    [Fact]
    public void Exvatools_labels_are_those_of_the_term_names_table()
    {
        var names = Section("term-names");
        var pairs = Regex.Matches(names, @"\| `([A-Za-z_]+)` \(T(\d+)\) \| `([A-Za-z0-9_]+)` \|").ToList();
        Assert.True(pairs.Count >= 5, "the term-names table lists single WWZ terms with their exvatools labels");
        foreach (var m in pairs)
        {
            var term = Enum.Parse<WwzTerm>(m.Groups[1].Value);
            Assert.Equal(int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), (int)term + 1);
            Assert.Equal(m.Groups[3].Value, TermNames.WwzExvatools[term]);
            Assert.Equal(term, TermNames.WwzFromExvatools(m.Groups[3].Value));
        }
        var kwwRow = Regex.Match(names, @"\| KWW terms 1–9 \|[^|]*\| ([^|]*) \|");
        var kwwLabels = Regex.Matches(kwwRow.Groups[1].Value, "`([A-Za-z0-9_]+)`").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(Enum.GetValues<KwwTerm>().Select(t => TermNames.KwwExvatools[t]), kwwLabels);
    }
}
