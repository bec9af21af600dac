using TradeScope.Analyses;
using TradeScope.Potential.ExportPotential;
using Xunit;

namespace TradeScope.Tests.Cli;

/// <summary><c>tradescope potential</c>: the regions example end to end, pillar availability, bad files, the shift API.</summary>
public sealed class PotentialCommandTests
{
    private static readonly string[] Regions = ["North", "South", "East", "West", "Centre", "Steppe"];

    private static string Example => Path.Combine(ReadmeCommandsTests.RepositoryRoot(), "docs", "examples", "potential", "regions.csv");

    [Fact]
    public void The_regions_example_runs_end_to_end_and_reports_a_missing_pillar_instead_of_zero()
    {
        var run = CliRunner.Run("potential", "--year", "2021", "--units", Example, "--format", "csv");
        Assert.Equal(0, run.ExitCode);
        var (header, all) = CliRunner.ReadCsv(run.Output);
        Assert.Contains("institutions", header);
        var rows = all.Where(r => Regions.Contains(r["unit"])).ToList(); // the pillars table follows the ranking
        Assert.Equal(6, rows.Count);
        var west = rows.Single(r => r["unit"] == "West");
        Assert.Equal("", west["institutions"]); // no expert score: NaN (empty), not 0
        Assert.Equal("institutions", west["pillars_missing"]);
        // The contributions of the pillars it has sum to its score (weights re-scaled over them).
        var pillars = new[] { "production", "technology", "markets", "sanctions" };
        var sum = pillars.Sum(p => double.Parse(west["contrib_" + p], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(double.Parse(west["score"], System.Globalization.CultureInfo.InvariantCulture), sum, 9);
    }

    [Fact]
    public void Every_output_says_which_pillars_were_computed_from_what()
    {
        var run = CliRunner.Run("potential", "--year", "2021", "--units", Example, "--format", "md");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("not computed in this run: competitiveness, value_chains", run.Output, StringComparison.Ordinal);
        Assert.Contains("| value_chains | Value-chain integration | no |", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_cell_is_exit_2_with_file_and_line()
    {
        var folder = CliRunner.TempFolder();
        var path = Path.Combine(folder, "bad.csv");
        File.WriteAllText(path, "unit,export_size_log\nA,1.5\nB,abc\n");
        var run = CliRunner.Run("potential", "--year", "2021", "--units", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains($"{path}:3:", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
        File.WriteAllText(path, "region,x\nA,1\n");
        var noUnit = CliRunner.Run("potential", "--year", "2021", "--units", path);
        Assert.Equal(2, noUnit.ExitCode);
        Assert.Contains($"{path}:1:", noUnit.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_technology_shift_raises_the_shifted_units_technology_pillar_and_score()
    {
        var table = PotentialIndicatorTables.FromUnits(TradeScope.Data.IndicatorValuesFile.Load(Example), 2021);
        var nominal = ExportPotentialWorkflow.Score(table);
        // South has the second-lowest tech share (0.12); +0.10 keeps it inside the observed range, so the min–max bounds stay.
        var shifted = ExportPotentialWorkflow.WithShift(nominal, PotentialFramework.TechShare, 0.10, ["South"]);
        var before = nominal.Of("South")!;
        var after = shifted.Of("South")!;
        // Technology has one indicator: its score moves by 100 · 0.10 / (0.45 − 0.05) = 25 points; the index by 25 / 5 pillars.
        Assert.Equal(before.PillarScores[PotentialFramework.Technology] + 25, after.PillarScores[PotentialFramework.Technology], 9);
        Assert.Equal(before.Score + 5, after.Score, 9);
        Assert.Equal(nominal.Of("North")!.Score, shifted.Of("North")!.Score, 12);
        Assert.NotNull(shifted.Shift);
        Assert.Throws<TradeScope.Core.InputException>(() => ExportPotentialWorkflow.WithShift(nominal, PotentialFramework.RcaCount, 1));
    }

    [Fact]
    public void Indicators_only_writes_the_layouts_the_composite_command_reads()
    {
        var folder = CliRunner.TempFolder();
        var data = Path.Combine(folder, "data.csv");
        var meta = Path.Combine(folder, "meta.csv");
        var run = CliRunner.Run("potential", "--year", "2021", "--units", Example, "--indicators-only", "--out", data, "--meta-out", meta);
        Assert.Equal(0, run.ExitCode);
        var composite = CliRunner.Run("composite", "--data", data, "--meta", meta, "--format", "csv");
        Assert.Equal(0, composite.ExitCode);
        var (_, rows) = CliRunner.ReadCsv(composite.Output);
        var direct = CliRunner.ReadCsv(CliRunner.Run("potential", "--year", "2021", "--units", Example, "--format", "csv").Output).Rows;
        var ranking = rows.Take(6).ToList(); // the ranking table comes first (one row per unit)
        Assert.Equal(Regions.Order(), ranking.Select(r => r["unit"]).Order());
        foreach (var row in ranking)
            Assert.Equal(
                double.Parse(direct.Single(r => r["unit"] == row["unit"])["score"], System.Globalization.CultureInfo.InvariantCulture),
                double.Parse(row["potential"], System.Globalization.CultureInfo.InvariantCulture),
                9
            );
    }
}
