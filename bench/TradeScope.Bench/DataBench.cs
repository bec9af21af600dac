using DuckDB.NET.Data;
using TradeScope.Data;

namespace TradeScope.Bench;

/// <summary>Load time of the bundled Comtrade data (9 years) through the DuckDB-backed reader.</summary>
public sealed class DataBench : IBenchSuite
{
    public string Name => "data";
    public string Description => "load the bundled Comtrade exports 2014-2022 into TradeMatrix objects (vs a bare DuckDB scan)";

    public void Run(BenchReport report)
    {
        var rows = 0L;
        report.Time(
            "cold: first ComtradeBundled.Load() (all 9 years)",
            "9 years",
            () => ComtradeBundled.Load(),
            repetitions: 1,
            warmUp: false
        );
        var files = ComtradeBundled.Years.Select(y => Bundled.Materialise("comtrade", $"exports_{y}A.csv.gz")).ToList();
        report.Time(
            "DuckDB scan: count + sum over the 9 gz files",
            "9 files",
            () =>
            {
                using var connection = new DuckDBConnection("DataSource=:memory:");
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText =
                    $"SELECT count(*), sum(export_usd) FROM read_csv([{string.Join(",", files.Select(f => $"'{f}'"))}], header = true)";
                using var reader = command.ExecuteReader();
                reader.Read();
                rows = reader.GetInt64(0);
            },
            repetitions: 5,
            reference: true
        );
        var data = ComtradeBundled.Load();
        var size = $"{rows:N0} rows, {data.Matrices.Sum(m => m.Count)} economy-years";
        report.Time("ComtradeBundled.Load() (all 9 years)", size, () => ComtradeBundled.Load(), repetitions: 5);
        report.Time(
            "ComtradeBundled.Load() (2019 only)",
            "1 year",
            () => ComtradeBundled.Load(new TradeLoadOptions(Years: [2019])),
            repetitions: 5
        );
        report.Time(
            "CountryRegistry + GroupRegistry parse",
            "250 countries, 204 group rows",
            () =>
            {
                _ = CountryRegistry.Default;
                _ = GroupRegistry.Default;
            },
            repetitions: 1,
            warmUp: false
        );
    }
}
