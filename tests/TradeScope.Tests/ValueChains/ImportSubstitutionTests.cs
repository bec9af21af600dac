using FsCheck;
using FsCheck.Xunit;
using TradeScope.Analyses;
using TradeScope.Core;
using TradeScope.Data;
using TradeScope.LinearAlgebra;
using TradeScope.Model;
using TradeScope.ValueChains;
using TradeScope.ValueChains.Decompositions;
using Xunit;
using static TradeScope.Tests.ValueChains.IcioTestSupport;

namespace TradeScope.Tests.ValueChains;

/// <summary>The import-substitution scenario (docs/methods/value-chains.md#import-substitution): a zero cut reproduces the
/// baseline decomposition of <c>tradescope gvc</c>, any cut keeps the accounting and decomposition identities, and a
/// hand-computed 2 × 2 table gives the expected outputs and foreign content.</summary>
public sealed class ImportSubstitutionTests
{
    private static ILinearAlgebra Provider => LinearAlgebraProviders.Best();

    /// <summary>The gvc command's totals of one exporter by one method, keyed by term label (rows without partner,
    /// sector and source).</summary>
    private static Dictionary<string, double> GvcTotals(IcioTable table, GvcMethod method, string exporter) =>
        GvcAnalysis
            .Run(LeontiefSystem.Build(table, Provider), method, exporter, detail: false)
            .Rows.Where(r => r.Importer == "" && r.Sector == "" && r.SourceCountry == "" && r.SourceSector == "")
            .ToDictionary(r => r.Term.Label, r => r.Value);

    /// <summary>Σ_q FP_pq from the gvc command's participation rows (one row per partner).</summary>
    private static double GvcForwardParticipation(IcioTable table, string exporter) =>
        GvcAnalysis
            .Run(LeontiefSystem.Build(table, Provider), ParticipationDecomposition.Method, exporter, detail: false)
            .Rows.Where(r => r.Term == Term.Of(ParticipationTerm.FP) && r.Sector == "")
            .Sum(r => r.Value);

    private static void ZeroCutMatchesGvc(IcioTable table, string economy, IReadOnlyCollection<string>? industries)
    {
        var result = ImportSubstitutionAnalysis.Run(table, economy, industries, 0, Provider);
        var bm = GvcTotals(table, BorinManciniDecomposition.Source, economy);
        var participation = GvcTotals(table, ParticipationDecomposition.Method, economy);
        var expected = new (SubstitutionMeasure Measure, double Value)[]
        {
            (SubstitutionMeasure.Exports, bm["EXGR"]),
            (SubstitutionMeasure.DomesticValueAdded, bm["DVA"]),
            (SubstitutionMeasure.DomesticContent, bm["DC"]),
            (SubstitutionMeasure.ForeignContent, bm["FC"]),
            (SubstitutionMeasure.ForeignValueAdded, bm["FVA"]),
            (SubstitutionMeasure.GvcRelatedExports, bm["GVC"]),
            (SubstitutionMeasure.BackwardParticipation, participation["FVA"] / participation["EXGR"]),
            (SubstitutionMeasure.ForwardParticipation, GvcForwardParticipation(table, economy) / participation["EXGR"]),
        };
        foreach (var (measure, value) in expected)
        {
            Relative(value, result.Total(measure).Scenario, 1e-10, $"{economy} {measure}: scenario with a zero cut vs gvc");
            Relative(value, result.Total(measure).Baseline, 1e-10, $"{economy} {measure}: baseline vs gvc");
        }
        var country = table.CountryIndex(economy);
        var rows = Enumerable.Range(0, table.Size).Where(i => table.CountryOfRow(i) == country).ToList();
        var output = rows.Sum(i => table.Output[i]);
        Relative(output, result.Total(SubstitutionMeasure.GrossOutput).Scenario, 1e-10, "gross output with a zero cut");
        Relative(rows.Sum(i => table.ValueAdded[i]), result.Total(SubstitutionMeasure.ValueAdded).Scenario, 1e-10, "value added");
        Assert.Equal(0, result.ReplacedAtBaselineOutput);
    }

    [Fact]
    public void Zero_cut_reproduces_the_gvc_decomposition_of_wiod_2011()
    {
        var table = Wiod2013.ReadBundled(2011);
        ZeroCutMatchesGvc(table, "RUS", null);
        ZeroCutMatchesGvc(table, "DEU", ["c12", "c15"]);
    }

    [Fact]
    public void Zero_cut_reproduces_the_gvc_decomposition_of_a_table_with_split_countries()
    {
        var table = ExvatoolsLayout.Read(Path.Combine(ReadmeCommandsTestsRoot(), "docs", "examples", "iciotest.csv"), null);
        ZeroCutMatchesGvc(table, "MEX", null);
        ZeroCutMatchesGvc(table, "ESP", ["10T39"]);
    }

    private static string ReadmeCommandsTestsRoot() => Cli.ReadmeCommandsTests.RepositoryRoot();

    /// <summary>A' by the formula of the method page, computed here independently of the library.</summary>
    private static double[,] SubstitutedCoefficients(IcioTable table, string economy, ISet<int> sectors, double cut)
    {
        int n = table.Size,
            k = table.SectorCount;
        var country = table.CountryIndex(economy);
        var a = new double[n, n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                a[i, j] = table.Output[j] > 0 ? table.Z(i, j) / table.Output[j] : 0;
        for (var j = 0; j < n; j++)
        {
            if (table.CountryOfRow(j) != country || !sectors.Contains(j % k))
                continue;
            var home = j / k * k;
            for (var i = 0; i < n; i++)
                if (table.CountryOfRow(i) != country)
                {
                    a[home + i % k, j] += cut * a[i, j];
                    a[i, j] *= 1 - cut;
                }
        }
        return a;
    }

    [Property(MaxTest = 30)]
    public void Any_cut_keeps_the_accounting_and_decomposition_identities(int seed, int countries, int sectors, int mask, int cutDraw)
    {
        var table = SyntheticIcio.Generate(2 + Math.Abs(countries % 3), 1 + Math.Abs(sectors % 4), seed, foreignDensity: 0.5);
        var cut = Math.Abs(cutDraw % 1001) / 1000.0;
        var economy = table.Countries[Math.Abs(seed % table.CountryCount)];
        var chosen = Enumerable.Range(0, table.SectorCount).Where(k => ((mask >> k) & 1) == 1).ToHashSet();
        if (chosen.Count == 0)
            chosen = [.. Enumerable.Range(0, table.SectorCount)];
        var codes = chosen.Select(k => table.Sectors[k]).ToList();
        var scenario = ImportSubstitution.Apply(table, economy, codes, cut, Provider).Table;
        var a = SubstitutedCoefficients(table, economy, chosen, cut);
        var n = table.Size;
        var x = scenario.Output;
        var scale = x.ToArray().Max();
        for (var i = 0; i < n; i++)
        {
            // Leontief identity x' = A'x' + y with the baseline final demand.
            double row = 0;
            for (var j = 0; j < n; j++)
                row += a[i, j] * x[j];
            var y = Enumerable.Range(0, table.CountryCount).Sum(c => table.Y(i, c));
            Assert.True(Math.Abs(x[i] - row - y) <= 1e-9 * scale, $"x' = A'x' + y at {table.RowLabel(i)}: {x[i]:R} vs {row + y:R}");
            for (var j = 0; j < n; j++)
                Assert.True(Math.Abs(scenario.Z(i, j) - a[i, j] * x[j]) <= 1e-9 * scale, $"Z' = A' diag(x') at ({i}, {j})");
            for (var c = 0; c < table.CountryCount; c++)
                Assert.Equal(table.Y(i, c), scenario.Y(i, c));
            // Value added + intermediate inputs = output, with the baseline value-added coefficient.
            double inputs = 0;
            for (var k = 0; k < n; k++)
                inputs += scenario.Z(k, i);
            Assert.True(Math.Abs(scenario.ValueAdded[i] + inputs - x[i]) <= 1e-9 * scale, $"w + 1'Z = x at {i}");
            var v = table.ValueAdded[i] / table.Output[i];
            Relative(v * x[i], scenario.ValueAdded[i], 1e-9, $"w' = v x' at {table.RowLabel(i)}", 1e-9 * scale);
        }
        // The decompositions' identities on the scenario table.
        var acc = new ValueAddedAccounts(LeontiefSystem.Build(scenario, Provider), EconomyPartition.ByCountry(scenario));
        for (var s = 0; s < acc.E; s++)
        {
            var bm = BorinMancini.Source(acc, s);
            var parts = bm[BmTerm.DVA] + bm[BmTerm.DDC] + bm[BmTerm.FVA] + bm[BmTerm.FDC];
            Relative(bm[BmTerm.EXGR], parts, 1e-9, "EXGR = DVA + DDC + FVA + FDC", 1e-9 * scale);
            var w = ExportDecomposition.Wwz(acc, s);
            for (var r = 0; r < acc.E; r++)
                for (var k = 0; k < w.SectorCount; k++)
                {
                    var sum = Enum.GetValues<WwzTerm>().Sum(t => w[r, t, k]);
                    Relative(w.ExportsTo(r, k), sum, 1e-9, $"WWZ {s}→{r} sector {k}", 1e-9 * scale);
                }
            var o = ExportDecomposition.Oecd(acc, s);
            Relative(o.Total(OecdTerm.EXGR), o.Total(OecdTerm.EXGR_DVA) + o.Total(OecdTerm.EXGR_FVA), 1e-9, "TiVA DVA + FVA", 1e-9 * scale);
            Relative(o.Total(OecdTerm.EXGR_FVA), bm[BmTerm.FC], 1e-9, "TiVA EXGR_FVA = Borin–Mancini FC", 1e-9 * scale);
        }
        // And the analysis' own accounting.
        var result = ImportSubstitutionAnalysis.Run(table, economy, codes, 100 * cut, Provider);
        var exports = result.Total(SubstitutionMeasure.Exports).Scenario;
        var domestic = result.Total(SubstitutionMeasure.DomesticContent).Scenario;
        var foreign = result.Total(SubstitutionMeasure.ForeignContent).Scenario;
        Relative(exports, domestic + foreign, 1e-9, "exports = domestic + foreign content", 1e-9 * scale);
        var bp = result.Total(SubstitutionMeasure.BackwardParticipation).Scenario;
        Relative(foreign / exports, bp, 1e-9, "BP = FC / EXGR");
        Relative(
            bp + result.Total(SubstitutionMeasure.ForwardParticipation).Scenario,
            result.Total(SubstitutionMeasure.GvcParticipation).Scenario,
            1e-12,
            "GVC = BP + FP"
        );
        var baselineImports = result.Total(SubstitutionMeasure.IntermediateImports).Baseline;
        Assert.True(result.ReplacedAtBaselineOutput <= cut * baselineImports * (1 + 1e-12) + 1e-12, "moved ≤ c · foreign inputs");
    }

    /// <summary>H and F, sectors a and b, every output 100; H's a buys 10 from F's a, H's b buys 20 from F's b.</summary>
    private static IcioTable TwoByTwo() =>
        Table(
            ["HHH", "FFF"],
            ["a", "b"],
            new double[,]
            {
                { 10, 0, 5, 0 },
                { 0, 10, 0, 0 },
                { 10, 0, 10, 0 },
                { 0, 20, 0, 10 },
            },
            new double[,]
            {
                { 55, 30 },
                { 90, 0 },
                { 0, 80 },
                { 0, 70 },
            }
        );

    [Fact]
    public void A_full_cut_of_all_industries_removes_the_foreign_content_of_exports_by_hand()
    {
        var table = TwoByTwo();
        Assert.All(Enumerable.Range(0, 4), i => Assert.Equal(100, table.Output[i]));
        var result = ImportSubstitutionAnalysis.Run(table, "HHH", null, 100, ManagedLinearAlgebra.Instance);
        var scenario = ImportSubstitution.Apply(table, "HHH", null, 1, ManagedLinearAlgebra.Instance).Table;
        // By hand: A'_HH = diag(0.2, 0.3), A'_FH = 0, A_HF: a→a 0.05, A_FF = diag(0.1, 0.1); y = (85, 90, 80, 70).
        // x_Fa = 80/0.9, x_Fb = 70/0.9, x_Hb = 90/0.7, x_Ha = (85 + 0.05 x_Fa)/0.8.
        var xFa = 80 / 0.9;
        double[] expected = [(85 + 0.05 * xFa) / 0.8, 90 / 0.7, xFa, 70 / 0.9];
        for (var i = 0; i < 4; i++)
            Relative(expected[i], scenario.Output[i], 1e-12, $"x' of {scenario.RowLabel(i)}");
        // H's exports: a's sales to F (0.05 x_Fa intermediate + 30 final); no foreign link into H remains, so B_FH = 0
        // and the foreign content of H's exports is zero (value added that leaves H and returns is H's own).
        var exports = 0.05 * xFa + 30;
        Relative(exports, result.Total(SubstitutionMeasure.Exports).Scenario, 1e-12, "EXGR'");
        Relative(35, result.Total(SubstitutionMeasure.Exports).Baseline, 1e-12, "EXGR");
        Assert.True(Math.Abs(result.Total(SubstitutionMeasure.ForeignContent).Scenario) <= 1e-12, "FC' = 0");
        Assert.True(Math.Abs(result.Total(SubstitutionMeasure.BackwardParticipation).Scenario) <= 1e-12, "BP' = 0");
        Assert.True(result.Total(SubstitutionMeasure.ForeignContent).Baseline > 1, "the baseline has foreign content");
        Relative(exports, result.Total(SubstitutionMeasure.DomesticContent).Scenario, 1e-12, "DC' = EXGR'");
        Relative(exports, result.Total(SubstitutionMeasure.DomesticValueAdded).Scenario, 1e-12, "DVA' = EXGR' (no double counting)");
        Assert.Equal(0, result.Total(SubstitutionMeasure.IntermediateImports).Scenario);
        Relative(30, result.Total(SubstitutionMeasure.IntermediateImports).Baseline, 1e-12, "baseline intermediate imports");
        Relative(30, result.ReplacedAtBaselineOutput, 1e-12, "moved at baseline output");
        // Value added: v_Ha = 0.8, v_Hb = 0.7 kept.
        Relative(150, result.Total(SubstitutionMeasure.ValueAdded).Baseline, 1e-12, "w_H");
        Relative(0.8 * expected[0] + 0.7 * expected[1], result.Total(SubstitutionMeasure.ValueAdded).Scenario, 1e-12, "w'_H");
    }

    [Fact]
    public void A_sector_without_domestic_output_keeps_its_foreign_supplier()
    {
        // H has no sector b: H's a buys b from F, which cannot be bought at home.
        var table = Table(
            ["HHH", "FFF"],
            ["a", "b"],
            new double[,]
            {
                { 10, 0, 5, 0 },
                { 0, 0, 0, 0 },
                { 10, 0, 10, 0 },
                { 20, 0, 0, 10 },
            },
            new double[,]
            {
                { 55, 30 },
                { 0, 0 },
                { 0, 80 },
                { 0, 70 },
            }
        );
        var substituted = ImportSubstitution.Apply(table, "HHH", null, 1, ManagedLinearAlgebra.Instance);
        Assert.Equal(["b"], substituted.SectorsWithoutDomesticSupplier);
        Relative(10, substituted.ReplacedAtBaselineOutput, 1e-12, "only F's a is replaced");
        var scenario = substituted.Table;
        Assert.Equal(0, scenario.Z(2, 0)); // F's a → H's a: cut
        Relative(0.2 * scenario.Output[0], scenario.Z(3, 0), 1e-12, "F's b → H's a kept at a = 0.2");
        Assert.Equal(0, scenario.Output[1]);
    }

    [Fact]
    public void Unknown_sector_and_cut_outside_the_range_name_their_parameter()
    {
        var table = TwoByTwo();
        var sector = Assert.Throws<InputException>(() => ImportSubstitution.Apply(table, "HHH", ["c"], 0.5, Provider));
        Assert.Equal(ValueChainParameters.Industries, sector.Parameter);
        var share = Assert.Throws<InputException>(() => ImportSubstitution.Apply(table, "HHH", null, 1.5, Provider));
        Assert.Equal(ValueChainParameters.Cut, share.Parameter);
        var percent = Assert.Throws<InputException>(() => ImportSubstitutionAnalysis.Run(table, "HHH", null, -1, Provider));
        Assert.Equal(ValueChainParameters.Cut, percent.Parameter);
        var economy = Assert.Throws<InputException>(() => ImportSubstitution.Apply(table, "ZZZ", null, 0.5, Provider));
        Assert.Equal(ValueChainParameters.Economy, economy.Parameter);
    }
}
