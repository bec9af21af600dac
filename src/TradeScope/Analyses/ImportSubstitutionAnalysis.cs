using System.Globalization;
using TradeScope.Core;
using TradeScope.Data;
using TradeScope.LinearAlgebra;
using TradeScope.Model;
using TradeScope.ValueChains;
using TradeScope.ValueChains.Decompositions;

namespace TradeScope.Analyses;

/// <summary>What the import-substitution experiment reports for the economy
/// (docs/methods/value-chains.md#import-substitution); levels are in the table's unit (WIOD: US$ million).</summary>
public enum SubstitutionMeasure
{
    /// <summary>Gross exports EXGR = Σ_(r≠s) E_sr.</summary>
    Exports,

    /// <summary>Borin and Mancini's domestic value added in exports, DVA = VAX + REF = v_s L_ss e_s.</summary>
    DomesticValueAdded,

    /// <summary>Domestic content DC = DVA + DDC (TiVA's EXGR_DVA).</summary>
    DomesticContent,

    /// <summary>Foreign content FC = FVA + FDC (TiVA's EXGR_FVA): the exports' foreign content.</summary>
    ForeignContent,

    /// <summary>Borin and Mancini's foreign value added in exports (FC without foreign double counting).</summary>
    ForeignValueAdded,

    /// <summary>Backward participation Σ_(q≠s) FVA_sq / EXGR = FC / EXGR (Koopman et al. 2010's FV/E).</summary>
    BackwardParticipation,

    /// <summary>Forward participation Σ_(q≠s) FP_sq / EXGR, FP_sq = v_s B_sq E_q* (Koopman et al. 2010's IV/E).</summary>
    ForwardParticipation,

    /// <summary>GVC participation BP + FP (Koopman et al. 2010).</summary>
    GvcParticipation,

    /// <summary>Borin and Mancini's source-based GVC-related exports GVC = EXGR − DAVAX.</summary>
    GvcRelatedExports,

    /// <summary>Value added w = x − 1'Z of the economy.</summary>
    ValueAdded,

    /// <summary>Gross output x of the economy.</summary>
    GrossOutput,

    /// <summary>Intermediate inputs the economy's industries buy from other countries.</summary>
    IntermediateImports,
}

/// <summary>Keys and names of <see cref="SubstitutionMeasure"/>.</summary>
public static class SubstitutionMeasures
{
    /// <summary>The sector label of the economy's totals.</summary>
    public const string Total = "TOTAL";

    /// <summary>The measures that are ratios to gross exports (0–1), reported for the total only.</summary>
    public static bool IsRatio(SubstitutionMeasure m) =>
        m is SubstitutionMeasure.BackwardParticipation or SubstitutionMeasure.ForwardParticipation or SubstitutionMeasure.GvcParticipation;

    /// <summary>The measure's key in tidy output: exports, dva, domestic_content, foreign_content, fva, bp, fp, gvc, gvc_bm,
    /// value_added, gross_output, intermediate_imports.</summary>
    public static string Key(SubstitutionMeasure m) =>
        m switch
        {
            SubstitutionMeasure.Exports => "exports",
            SubstitutionMeasure.DomesticValueAdded => "dva",
            SubstitutionMeasure.DomesticContent => "domestic_content",
            SubstitutionMeasure.ForeignContent => "foreign_content",
            SubstitutionMeasure.ForeignValueAdded => "fva",
            SubstitutionMeasure.BackwardParticipation => "bp",
            SubstitutionMeasure.ForwardParticipation => "fp",
            SubstitutionMeasure.GvcParticipation => "gvc",
            SubstitutionMeasure.GvcRelatedExports => "gvc_bm",
            SubstitutionMeasure.ValueAdded => "value_added",
            SubstitutionMeasure.GrossOutput => "gross_output",
            SubstitutionMeasure.IntermediateImports => "intermediate_imports",
            _ => throw new ArgumentOutOfRangeException(nameof(m), m, "unknown measure"),
        };
}

/// <summary>One measure of one sector (or <see cref="SubstitutionMeasures.Total"/>) before and after the cut.</summary>
public sealed record SubstitutionRow(string Sector, SubstitutionMeasure Measure, double Baseline, double Scenario)
{
    /// <summary>Scenario − baseline.</summary>
    public double Change => Scenario - Baseline;

    /// <summary>100·(scenario − baseline)/|baseline|; NaN when the baseline is 0 (ZERO_DENOM).</summary>
    public double ChangePercent => Baseline == 0 ? double.NaN : 100 * (Scenario - Baseline) / Math.Abs(Baseline);
}

/// <summary>The result of <see cref="ImportSubstitutionAnalysis.Run(IcioTable, string, IReadOnlyCollection{string}, double,
/// ILinearAlgebra)"/>.</summary>
/// <param name="Economy">The economy's country code in the table.</param>
/// <param name="Industries">The using industries whose foreign inputs were cut (sector codes).</param>
/// <param name="AllIndustries">True when no industry list was given (every sector).</param>
/// <param name="CutPercent">The cut, 0–100 %.</param>
/// <param name="Table">The table's source (named in the output), with <paramref name="Year"/>.</param>
/// <param name="Rows">Every measure for <see cref="SubstitutionMeasures.Total"/>, then the levels by sector.</param>
/// <param name="ReplacedAtBaselineOutput">Foreign inputs moved to domestic suppliers, at baseline output.</param>
/// <param name="SectorsWithoutDomesticSupplier">Supplying sectors left foreign for want of domestic output.</param>
/// <param name="Notes">Data notes of the baseline table (English, from the readers).</param>
public sealed record ImportSubstitutionResult(
    string Economy,
    IReadOnlyList<string> Industries,
    bool AllIndustries,
    double CutPercent,
    Provenance Table,
    int? Year,
    string Provider,
    IReadOnlyList<SubstitutionRow> Rows,
    double ReplacedAtBaselineOutput,
    IReadOnlyList<string> SectorsWithoutDomesticSupplier,
    IReadOnlyList<string> Notes
)
{
    /// <summary>The economy's total of a measure.</summary>
    public SubstitutionRow Total(SubstitutionMeasure measure) =>
        Rows.First(r => r.Sector == SubstitutionMeasures.Total && r.Measure == measure);
}

/// <summary>What <c>tradescope import-substitution</c> asks for.</summary>
/// <param name="Table">Path, or <c>bundled:wiod2013[:YEAR]</c>.</param>
/// <param name="Year">The table's year; null = the latest bundled (WIOD 2011) for bundled tables.</param>
/// <param name="Industries">Sector codes of the using industries; null or empty = all.</param>
/// <param name="CutPercent">0–100.</param>
public sealed record ImportSubstitutionRequest(
    string Table,
    IcioLayout Layout,
    int? Year,
    string Economy,
    IReadOnlyCollection<string>? Industries,
    double CutPercent,
    ILinearAlgebra Provider
);

/// <summary>
/// The import-substitution scenario (docs/methods/value-chains.md#import-substitution): cut the foreign intermediate
/// inputs of chosen industries of an economy by x % and buy them at home (<see cref="ImportSubstitution"/>), then compare
/// the economy's exports, domestic value added in exports, foreign content, participation (BP, FP, GVC), value added
/// and output with the baseline. Both sides are computed by the same decompositions as <c>tradescope gvc</c>
/// (Borin–Mancini source-based; participation flows).
/// </summary>
public static class ImportSubstitutionAnalysis
{
    /// <summary>Reads the table (the year's, else the latest bundled, WIOD 2011) and runs the scenario.</summary>
    /// <exception cref="InputException">Cut outside 0–100 (before the table is read), bad table, unknown economy or
    /// sector.</exception>
    /// <exception cref="NumericalException">A singular Leontief system.</exception>
    public static ImportSubstitutionResult Run(ImportSubstitutionRequest request)
    {
        CheckCut(request.CutPercent);
        var table = IcioReader.Read(request.Table, request.Layout, request.Year);
        return Run(table, request.Economy, request.Industries, request.CutPercent, request.Provider);
    }

    /// <summary>The scenario on a table in memory (also called by <c>tradescope scenario</c>:
    /// <see cref="ImportSubstitutionScenario"/>).</summary>
    /// <param name="economy">ISO3 code of a country of the table.</param>
    /// <param name="industries">Sector codes of the using industries; null or empty = all.</param>
    /// <param name="cutPercent">The cut of their foreign intermediate inputs, 0–100 %.</param>
    /// <exception cref="InputException">Cut outside 0–100, unknown economy or sector.</exception>
    /// <exception cref="NumericalException">A singular Leontief system or a negative re-solved output.</exception>
    public static ImportSubstitutionResult Run(
        IcioTable table,
        string economy,
        IReadOnlyCollection<string>? industries,
        double cutPercent,
        ILinearAlgebra provider
    )
    {
        CheckCut(cutPercent);
        var substituted = ImportSubstitution.Apply(table, economy, industries, cutPercent / 100, provider);
        var baseline = Measure(LeontiefSystem.Build(table, provider), substituted.Economy);
        var scenario = Measure(LeontiefSystem.Build(substituted.Table, provider), substituted.Economy);
        var rows = baseline.Zip(scenario, (b, c) => new SubstitutionRow(b.Sector, b.Measure, b.Value, c.Value)).ToList();
        return new ImportSubstitutionResult(
            substituted.Economy,
            substituted.Industries,
            industries is null || industries.Count == 0,
            cutPercent,
            table.Provenance,
            table.Year,
            provider.Name,
            rows,
            substituted.ReplacedAtBaselineOutput,
            substituted.SectorsWithoutDomesticSupplier,
            [.. table.Warnings, table.Balance.ToString()]
        );
    }

    /// <exception cref="InputException">Not a number between 0 and 100.</exception>
    private static void CheckCut(double cutPercent)
    {
        if (!double.IsFinite(cutPercent) || cutPercent < 0 || cutPercent > 100)
            throw InputException.Argument(
                ValueChainParameters.Cut,
                cutPercent.ToString(CultureInfo.InvariantCulture),
                "the cut is a percentage between 0 and 100"
            );
    }

    /// <summary>
    /// The measures of one economy in one table, by the house decompositions: Borin–Mancini source-based terms
    /// (<see cref="BorinMancini.Source"/>) and participation flows (<see cref="ExportDecomposition.Participation"/>).
    /// Ordered: the totals of every measure, then the levels by sector.
    /// </summary>
    public static IReadOnlyList<(string Sector, SubstitutionMeasure Measure, double Value)> Measure(LeontiefSystem system, string economy)
    {
        var table = system.Table;
        var partition = EconomyPartition.ByCountry(table);
        var s = partition.IndexOf(economy);
        var acc = new ValueAddedAccounts(system, partition);
        var bm = BorinMancini.Source(acc, s);
        var flows = ExportDecomposition.Participation(acc, s);
        double fva = 0,
            fp = 0;
        for (var q = 0; q < acc.E; q++)
            if (q != s)
            {
                fva += flows.Fva(q);
                fp += flows.Fp(q);
            }
        var k = table.SectorCount;
        var valueAdded = new double[k];
        var output = new double[k];
        var imports = new double[k];
        foreach (var j in partition.Rows[s])
        {
            valueAdded[j % k] += table.ValueAdded[j];
            output[j % k] += table.Output[j];
            for (var i = 0; i < table.Size; i++)
                if (partition.EconomyOfRow[i] != s)
                    imports[j % k] += table.Z(i, j);
        }
        var exports = bm[BmTerm.EXGR];
        var bp = GvcAnalysis.Ratio(fva, exports);
        var fpRatio = GvcAnalysis.Ratio(fp, exports);
        var bySector = new (SubstitutionMeasure Measure, Func<int, double> Value)[]
        {
            (SubstitutionMeasure.Exports, sec => bm.BySector(BmTerm.EXGR)[sec]),
            (SubstitutionMeasure.DomesticValueAdded, sec => bm.BySector(BmTerm.DVA)[sec]),
            (SubstitutionMeasure.DomesticContent, sec => bm.BySector(BmTerm.DC)[sec]),
            (SubstitutionMeasure.ForeignContent, sec => bm.BySector(BmTerm.FC)[sec]),
            (SubstitutionMeasure.ForeignValueAdded, sec => bm.BySector(BmTerm.FVA)[sec]),
            (SubstitutionMeasure.GvcRelatedExports, sec => bm.BySector(BmTerm.GVC)[sec]),
            (SubstitutionMeasure.ValueAdded, sec => valueAdded[sec]),
            (SubstitutionMeasure.GrossOutput, sec => output[sec]),
            (SubstitutionMeasure.IntermediateImports, sec => imports[sec]),
        };
        var totals = new Dictionary<SubstitutionMeasure, double>
        {
            [SubstitutionMeasure.Exports] = exports,
            [SubstitutionMeasure.DomesticValueAdded] = bm[BmTerm.DVA],
            [SubstitutionMeasure.DomesticContent] = bm[BmTerm.DC],
            [SubstitutionMeasure.ForeignContent] = bm[BmTerm.FC],
            [SubstitutionMeasure.ForeignValueAdded] = bm[BmTerm.FVA],
            [SubstitutionMeasure.BackwardParticipation] = bp,
            [SubstitutionMeasure.ForwardParticipation] = fpRatio,
            [SubstitutionMeasure.GvcParticipation] = bp + fpRatio,
            [SubstitutionMeasure.GvcRelatedExports] = bm[BmTerm.GVC],
            [SubstitutionMeasure.ValueAdded] = valueAdded.Sum(),
            [SubstitutionMeasure.GrossOutput] = output.Sum(),
            [SubstitutionMeasure.IntermediateImports] = imports.Sum(),
        };
        var result = new List<(string, SubstitutionMeasure, double)>();
        foreach (var m in Enum.GetValues<SubstitutionMeasure>())
            result.Add((SubstitutionMeasures.Total, m, totals[m]));
        for (var sector = 0; sector < k; sector++)
            foreach (var (m, value) in bySector)
                result.Add((table.Sectors[sector], m, value(sector)));
        return result;
    }
}
