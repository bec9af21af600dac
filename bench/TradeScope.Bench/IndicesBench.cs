using System.Globalization;
using TradeScope.Analyses;
using TradeScope.Core;
using TradeScope.Data;
using TradeScope.Indices;
using TradeScope.Model;

namespace TradeScope.Bench;

/// <summary>
/// All trade indices as full matrices for every reporter × partner (and reporter × bloc) in the 9 bundled years, in-process after
/// loading; the load is timed separately. Reference: one pass over the same n×n cells computing only the ESI.
/// </summary>
public sealed class IndicesBench : IBenchSuite
{
    public string Name => "indices";
    public string Description =>
        "all indices (ESI x3, TII sym + neutral, STI x2 bases + HITI/HETI, Q, shares; blocs H1-H4 + STI) for all reporters x partners x " +
            "9 years";

    public void Run(BenchReport report)
    {
        TradeDataset data = null!;
        report.Time(
            "load: ComtradeBundled.Load() all 9 years (cold)",
            "9 files",
            () => data = ComtradeBundled.Load(),
            repetitions: 1,
            warmUp: false
        );
        var matrices = data.Matrices.ToList();
        var groups = GroupRegistry.Default;
        var blocs = matrices.ToDictionary(
            m => m.Year,
            m => (IReadOnlyList<BlocDefinition>)groups.Groups.Select(g => new BlocDefinition(g.Id, groups.MembersIn(g.Id, m.Year))).ToList()
        );
        var cells = matrices.Sum(m => (long)m.Count * m.Count);
        var size = string.Create(CultureInfo.InvariantCulture, $"{matrices.Count} years, {cells:N0} pairs");
        report.Note(
            string.Create(
                CultureInfo.InvariantCulture,
                $"economies per year: {string.Join(", ", matrices.Select(m => $"{m.Year}:{m.Count}"))}; blocs: {groups.Groups.Count}"
            )
        );

        report.Time(
            "reference: ESI only, n x n loop",
            size,
            () =>
            {
                foreach (var m in matrices)
                {
                    var n = m.Count;
                    var esi = new double[n * n];
                    for (var s = 0; s < n; s++)
                        for (var d = 0; d < n; d++)
                            esi[s * n + d] = ExportSignificance
                                .MikicGilbert(m.Exports(s, d), m.TotalExports(s), m.WorldExportsTo(d), m.WorldExports)
                                .Value;
                }
            },
            repetitions: 5,
            reference: true
        );

        report.Time(
            "pair indices: PairIndexMatrices.Compute, 14 matrices",
            size,
            () =>
            {
                foreach (var m in matrices)
                    PairIndexMatrices.Compute(m);
            },
            repetitions: 5
        );

        var blocCells = matrices.Sum(m => (long)m.Count * blocs[m.Year].Count);
        report.Time(
            "bloc indices: BlocIndexMatrix.Compute (H1-H4, STI x4)",
            string.Create(CultureInfo.InvariantCulture, $"{blocCells:N0} reporter-blocs"),
            () =>
            {
                foreach (var m in matrices)
                    BlocIndexMatrix.Compute(m, blocs[m.Year]);
            },
            repetitions: 5
        );

        report.Time(
            "ALL indices, all reporters x partners x blocs x 9 years + flow growth (8 yoy + period)",
            size,
            () =>
            {
                foreach (var m in matrices)
                {
                    PairIndexMatrices.Compute(m);
                    BlocIndexMatrix.Compute(m, blocs[m.Year]);
                }
                for (var k = 1; k < matrices.Count; k++)
                    FlowGrowth.Compute(matrices[k - 1], matrices[k]);
                FlowGrowth.Compute(matrices[0], matrices[^1], annualised: true);
            },
            repetitions: 5
        );

        var rus = new CountryCode("RUS");
        report.Time(
            "one reporter: ReporterIndices.Compute RUS 2019 (partners + blocs + growth)",
            "1 reporter",
            () => ReporterIndices.Compute(data, rus, 2019, CountryRegistry.Default, groups),
            repetitions: 5
        );
    }
}
