using System.Globalization;
using TradeScope.Tests.Cli;
using Xunit;

namespace TradeScope.Tests.Indices;

/// <summary>
/// Acceptance: <c>tradescope indices --reporter RUS --year 2019</c> on the bundled data ranks partners like the reference
/// paper's published TII (Fixtures/paper, 42 partners): Spearman ρ ≥ 0.97 over the partners present with a value.
/// </summary>
public class PaperTiiRankTests
{
    [Fact]
    public void Symmetric_tii_of_Russia_2019_ranks_partners_like_the_paper()
    {
        var run = CliRunner.Run("indices", "--reporter", "RUS", "--year", "2019");
        Assert.Equal(0, run.ExitCode);
        var (_, rows) = CliRunner.ReadCsv(run.Output);
        var ours = rows.Where(r => r["tii_sym"].Length > 0)
            .ToDictionary(r => r["partner_iso3"], r => double.Parse(r["tii_sym"], CultureInfo.InvariantCulture));
        var (_, paper) = CliRunner.ReadCsv(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "paper", "paper-tii-russia-2019.csv"))
        );
        Assert.Equal(42, paper.Count);
        var pairs = paper
            .Where(p => ours.ContainsKey(p["iso3"]))
            .Select(p => (Ours: ours[p["iso3"]], Paper: double.Parse(p["tii"], CultureInfo.InvariantCulture)))
            .ToList();
        Assert.True(pairs.Count >= 40, $"only {pairs.Count} of the paper's partners have a tii_sym value");
        var rho = Spearman(pairs.Select(p => p.Ours).ToArray(), pairs.Select(p => p.Paper).ToArray());
        Assert.True(rho >= 0.97, $"Spearman rho = {rho:0.0000} over {pairs.Count} partners");
    }

    [Fact]
    public void Spearman_with_ties_matches_a_hand_computed_value()
    {
        // x ranks 1,2,3,4,5; y = (1, 2.5, 2.5, 4, 5) with a tie → ρ = Pearson of ranks = 0.974679...
        Assert.Equal(0.9746794344808963, Spearman([1, 2, 3, 4, 5], [10, 20, 20, 40, 50]), 12);
        Assert.Equal(-1, Spearman([1, 2, 3], [3, 2, 1]), 12);
    }

    /// <summary>Spearman's ρ: Pearson correlation of average ranks (ties share the mean rank).</summary>
    internal static double Spearman(double[] x, double[] y)
    {
        double[] rx = Ranks(x),
            ry = Ranks(y);
        double mx = rx.Average(),
            my = ry.Average(),
            sxy = 0,
            sxx = 0,
            syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (rx[i] - mx) * (ry[i] - my);
            sxx += (rx[i] - mx) * (rx[i] - mx);
            syy += (ry[i] - my) * (ry[i] - my);
        }
        return sxy / Math.Sqrt(sxx * syy);
    }

    private static double[] Ranks(double[] v)
    {
        var order = Enumerable.Range(0, v.Length).OrderBy(i => v[i]).ToArray();
        var ranks = new double[v.Length];
        for (var k = 0; k < order.Length;)
        {
            var end = k;
            while (end + 1 < order.Length && v[order[end + 1]] == v[order[k]])
                end++;
            for (var j = k; j <= end; j++)
                ranks[order[j]] = (k + end) / 2.0 + 1;
            k = end + 1;
        }
        return ranks;
    }
}
