using TradeScope.Analyses;
using TradeScope.Core;
using TradeScope.Data;
using TradeScope.LinearAlgebra;
using Xunit;

namespace TradeScope.Tests.Analyses;

/// <summary>Long library operations report <see cref="ProgressStep"/>s (shown by the CLI on a terminal only).</summary>
public sealed class ProgressReportTests
{
    /// <summary>Records reports synchronously (unlike <see cref="Progress{T}"/>, which posts them to the thread pool).</summary>
    private sealed class Recorder : IProgress<ProgressStep>
    {
        public List<ProgressStep> Steps { get; } = [];

        public void Report(ProgressStep value) => Steps.Add(value);
    }

    [Fact]
    public void Bundled_Comtrade_load_reports_each_year_in_order_then_completion()
    {
        var recorder = new Recorder();
        var data = ComtradeBundled.Load(new TradeLoadOptions(Years: [2019, 2017, 2018]), recorder);
        Assert.Equal([2017, 2018, 2019], data.Years);
        Assert.Equal(
            [
                ("Reading UN Comtrade", 0, 3, "2017"),
                ("Reading UN Comtrade", 1, 3, "2018"),
                ("Reading UN Comtrade", 2, 3, "2019"),
                ("Reading UN Comtrade", 3, 3, ""),
            ],
            recorder.Steps.Select(s => (s.Operation, s.Done, s.Total, s.Current))
        );
        Assert.True(recorder.Steps[^1].IsComplete);
        Assert.DoesNotContain(recorder.Steps.SkipLast(1), s => s.IsComplete);
    }

    [Fact]
    public void Indices_workflow_passes_progress_to_the_bundled_load_only()
    {
        var recorder = new Recorder();
        IndicesWorkflow.Run(new IndicesRequest("RUS", 2019), recorder);
        Assert.Equal([(0, 2, "2018"), (1, 2, "2019"), (2, 2, "")], recorder.Steps.Select(s => (s.Done, s.Total, s.Current)));

        var file = Path.Combine(Directory.CreateTempSubdirectory("tradescope-progress-").FullName, "t.csv");
        File.WriteAllText(file, "year,reporter_iso3,partner_iso3,value\n2019,RUS,KAZ,1\n2019,KAZ,RUS,2\n");
        var none = new Recorder();
        IndicesWorkflow.Run(new IndicesRequest("RUS", 2019, file), none);
        Assert.Empty(none.Steps);
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
    }

    /// <summary>A directory of two-economy generic tables 2010.csv and 2011.csv (small, so the test is fast).</summary>
    internal static string SmallTables()
    {
        var dir = Directory.CreateTempSubdirectory("tradescope-series-").FullName;
        const string table =
            "from_region,from_sector,to_region,to_use,value\n"
            + "AAA,s1,AAA,s1,20\nAAA,s1,BBB,s1,10\nAAA,s1,AAA,FD,50\nAAA,s1,BBB,FD,10\n"
            + "BBB,s1,AAA,s1,8\nBBB,s1,BBB,s1,30\nBBB,s1,AAA,FD,5\nBBB,s1,BBB,FD,70\n";
        foreach (var year in new[] { 2010, 2011 })
            File.WriteAllText(Path.Combine(dir, $"{year}.csv"), table);
        return dir;
    }

    [Fact]
    public void Participation_series_reports_each_year_before_reading_it_then_completion()
    {
        var dir = SmallTables();
        var recorder = new Recorder();
        var series = GvcSeries.Build(
            dir,
            IcioLayout.Generic,
            [2010, 2011],
            "AAA",
            ["BBB"],
            null,
            null,
            ManagedLinearAlgebra.Instance,
            recorder
        );
        Assert.Equal([2010, 2011], series.Points.Select(p => p.Year).Distinct());
        Assert.Equal([(0, 2, "2010"), (1, 2, "2011"), (2, 2, "")], recorder.Steps.Select(s => (s.Done, s.Total, s.Current)));
        Assert.All(recorder.Steps, s => Assert.Equal("Participation series", s.Operation));
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public void A_failing_year_stops_the_reports_at_that_year()
    {
        var dir = SmallTables();
        var recorder = new Recorder();
        Assert.Throws<InputException>(() =>
            GvcSeries.Build(dir, IcioLayout.Generic, [2011, 2012], "AAA", ["BBB"], null, null, ManagedLinearAlgebra.Instance, recorder)
        );
        Assert.Equal([(0, 2, "2011"), (1, 2, "2012")], recorder.Steps.Select(s => (s.Done, s.Total, s.Current)));
        Directory.Delete(dir, recursive: true);
    }
}
