using FsCheck.Xunit;
using TradeScope.Data;
using TradeScope.ValueChains;
using TradeScope.ValueChains.Decompositions;
using Xunit;
using static TradeScope.Tests.ValueChains.IcioTestSupport;

namespace TradeScope.Tests.ValueChains;

/// <summary>Identities on random balanced tables (SyntheticIcio with random sizes and seeds).</summary>
public sealed class PropertyTests
{
    private static LeontiefSystem Random(int seed, int countries, int sectors) =>
        Leontief(SyntheticIcio.Generate(2 + Math.Abs(countries % 5), 1 + Math.Abs(sectors % 4), seed, foreignDensity: 0.5));

    [Property(MaxTest = 25)]
    public void Leontief_inverse_solves_the_system(int seed, int countries, int sectors)
    {
        var system = Random(seed, countries, sectors);
        var n = system.Size;
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
            {
                double sum = 0; // ((I − A)·B)_ij
                for (var k = 0; k < n; k++)
                    sum += ((i == k ? 1 : 0) - system.A(i, k)) * system.B(k, j);
                Assert.True(Math.Abs(sum - (i == j ? 1 : 0)) <= 1e-12, $"(I − A)·B [{i},{j}] = {sum:R}");
            }
    }

    [Property(MaxTest = 25)]
    public void Decompositions_add_up_to_gross_exports(int seed, int countries, int sectors)
    {
        var system = Random(seed, countries, sectors);
        var acc = new ValueAddedAccounts(system, EconomyPartition.ByCountry(system.Table));
        for (var s = 0; s < acc.E; s++)
        {
            var w = ExportDecomposition.Wwz(acc, s);
            for (var r = 0; r < acc.E; r++)
                for (var k = 0; k < w.SectorCount; k++)
                {
                    var sum = Enum.GetValues<WwzTerm>().Sum(t => w[r, t, k]);
                    Relative(w.ExportsTo(r, k), sum, 1e-9, $"WWZ {s}→{r} sector {k}", 1e-9 * w.Exports.Max());
                }
            var std = StandardTerms.FromWwz(w).ToDictionary(p => p.Term, p => p.Value);
            Relative(std[StandardTerm.EXGR], std[StandardTerm.DC] + std[StandardTerm.FC], 1e-9, "EXGR = DC + FC");
            var o = ExportDecomposition.Oecd(acc, s);
            Relative(o.Total(OecdTerm.EXGR), o.Total(OecdTerm.EXGR_DVA) + o.Total(OecdTerm.EXGR_FVA), 1e-9, "TiVA DVA + FVA = EXGR");
            var split = o.Total(OecdTerm.EXGR_DDC) + o.Total(OecdTerm.EXGR_IDC) + o.Total(OecdTerm.EXGR_RIM);
            Relative(o.Total(OecdTerm.EXGR_DVA), split, 1e-9, "DDC + IDC + RIM = DVA");
            Relative(o.Total(OecdTerm.DC), std[StandardTerm.DC], 1e-9, "oecd DC = wwz DC");
            Relative(o.Total(OecdTerm.VAX), std[StandardTerm.VAX], 1e-9, "oecd VAX = wwz VAX");
        }
    }

    [Property(MaxTest = 25)]
    public void Backward_participation_shares_sum_to_one(int seed, int countries, int sectors)
    {
        var system = Random(seed, countries, sectors);
        var result = GvcAnalysis.Run(system, ParticipationDecomposition.Method, "all", detail: false);
        foreach (var exporter in result.Rows.Select(r => r.Exporter).Distinct())
        {
            var rows = result.Rows.Where(r => r.Exporter == exporter).ToList();
            var fva = rows.Single(r => r.Term == Term.Of(ParticipationTerm.FVA) && r.SourceCountry == "").Value;
            var bp = rows.Where(r => r.Term == Term.Of(ParticipationTerm.BP) && r.Sector == "").Select(r => r.Value).ToList();
            if (fva == 0)
                Assert.All(bp, b => Assert.True(double.IsNaN(b), "BP without foreign content is NaN (ZERO_DENOM)"));
            else
                Relative(1, bp.Sum(), 1e-12, $"Σ_q BP_{exporter},q");
        }
    }

    [Property(MaxTest = 10)]
    public void Group_exporter_adds_up(int seed)
    {
        var table = SyntheticIcio.Generate(5, 2, seed, foreignDensity: 0.5);
        var system = Leontief(table);
        var acc = new ValueAddedAccounts(system, EconomyPartition.WithGroup(table, "G", [table.Countries[0], table.Countries[2]]));
        var w = ExportDecomposition.Wwz(acc, acc.E - 1);
        var std = StandardTerms.FromWwz(w).ToDictionary(p => p.Term, p => p.Value);
        Relative(std[StandardTerm.EXGR], std[StandardTerm.DC] + std[StandardTerm.FC], 1e-9, "group EXGR = DC + FC");
        var byCountry = new ValueAddedAccounts(system, EconomyPartition.ByCountry(table)).Exports.ToArray();
        Assert.True(
            w.Exports.Sum() < byCountry.Where((_, i) => table.CountryOfRow(i) is 0 or 2).Sum(),
            "intra-group flows are not exports"
        );
    }
}
