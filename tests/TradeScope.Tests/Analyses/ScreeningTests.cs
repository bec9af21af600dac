using TradeScope.Analyses;
using TradeScope.Indices;
using TradeScope.Model;
using TradeScope.Tests.Cli;
using Xunit;

namespace TradeScope.Tests.Analyses;

/// <summary>
/// The screening's choice of partners and blocs on the bundled Comtrade data: partners without data are listed apart and
/// never ranked, blocs are ordered by TII(H2) relative to their own neutral value, and a succession chain appears once.
/// </summary>
public sealed class ScreeningTests
{
    private static readonly Lazy<ReporterIndices> Russia2019 = new(() => IndicesWorkflow.Run(new IndicesRequest("RUS", 2019)));

    [Fact]
    public void Partners_without_data_are_listed_apart_and_never_ranked()
    {
        var indices = Russia2019.Value;
        var s = ScreeningResult.Screen(indices, 40);
        // Algeria did not report in 2019 and no partner mirrors its exports: its turnover is unknown (not X_RP alone).
        var algeria = indices.Partners.Single(p => p.Partner.Iso3.Value == "DZA");
        Assert.Equal(FlowSource.Missing, algeria.PartnerSource);
        Assert.DoesNotContain(s.Partners, p => p.Row.Partner.Iso3.Value == "DZA");
        var listed = Assert.Single(s.NotScreened, u => u.Row.Partner.Iso3.Value == "DZA");
        Assert.Equal(IndexReason.NoReporterData, listed.Reason);
        // The top 40 are the 40 largest partners WITH data: all four benchmark indices computable, turnover known.
        Assert.Equal(40, s.Partners.Count);
        Assert.All(s.Partners, p => Assert.True(p.Row.Imports.HasValue && p.Ranks.All(r => r is not null), p.Row.Partner.Iso3.Value));
        var smallest = s.Partners.Min(p => p.Row.Exports + p.Row.Imports.Value);
        var chosen = s.Partners.Select(p => p.Row.Partner.Iso3).ToHashSet();
        var largerLeftOut = indices
            .Partners.Where(p =>
                !chosen.Contains(p.Partner.Iso3)
                && p.Imports.HasValue
                && p.PartnerSource != FlowSource.Missing
                && p.Exports + p.Imports.Value > smallest
            )
            .ToList();
        Assert.Empty(largerLeftOut);
        // Every partner listed apart lacks data, and none of them is ranked.
        Assert.All(s.NotScreened, u => Assert.NotNull(ScreeningResult.MissingData(u.Row)));
    }

    [Fact]
    public void Blocs_are_ordered_by_h2_relative_to_their_neutral_value()
    {
        var s = ScreeningResult.Screen(Russia2019.Value, 40);
        var ratios = s.Blocs.Select(b => b.Result.TiiUnder(BlocConvention.H2).Value / b.Result.TiiH2Neutral.Value).ToList();
        Assert.True(ratios.Count > 5);
        for (var i = 1; i < ratios.Count; i++)
            Assert.True(ratios[i - 1] >= ratios[i] || double.IsNaN(ratios[i]), $"bloc {i}: {ratios[i - 1]} then {ratios[i]}");
    }

    [Theory]
    [InlineData(2019, "NAFTA")] // NAFTA in force; USMCA not yet (no members)
    [InlineData(2021, "USMCA")] // USMCA in force; NAFTA ended on 30 June 2020
    public void A_succession_chain_appears_once_in_the_screening(int year, string covered)
    {
        var s = ScreeningResult.Screen(IndicesWorkflow.Run(new IndicesRequest("RUS", year)), 40);
        var ids = s.Blocs.Select(b => b.Group.Id.Value).ToList();
        Assert.Contains("NAFTA_USMCA", ids);
        Assert.DoesNotContain("NAFTA", ids);
        Assert.DoesNotContain("USMCA", ids);
        var note = Assert.Single(s.CoveredBlocs);
        Assert.Equal(covered, note.Bloc.Group.Id.Value);
        Assert.Equal("NAFTA_USMCA", note.Chain.Group.Id.Value);
        // Groups that merely overlap are kept (EAEU members are all in the CIS FTA, but the CIS FTA has more members).
        Assert.Contains("EAEU", ids);
        Assert.Contains("CIS_FTA", ids);
    }

    [Fact]
    public void The_blocs_command_keeps_nafta_usmca_and_the_chain()
    {
        var run = CliRunner.Run("blocs", "--reporter", "RUS", "--year", "2019");
        Assert.True(run.ExitCode == 0, run.Error);
        var (_, rows) = CliRunner.ReadCsv(run.Output);
        var ids = rows.Select(r => r["bloc"]).ToList();
        Assert.Contains("NAFTA", ids);
        Assert.Contains("USMCA", ids);
        Assert.Contains("NAFTA_USMCA", ids);
    }
}
