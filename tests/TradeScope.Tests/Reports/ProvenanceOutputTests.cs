using System.Text.Json;
using TradeScope.Reports;
using TradeScope.Tests.Cli;
using Xunit;

namespace TradeScope.Tests.Reports;

/// <summary>
/// Provenance in the machine formats: JSON is one object with a <c>provenance</c> key and one array per table id (one
/// table or several); CSV stays a plain table and its provenance goes to the sidecar <c>OUT.provenance.json</c>, written
/// with the CSV (nothing when the CSV goes to standard output).
/// </summary>
public sealed class ProvenanceOutputTests
{
    private static readonly DateTimeOffset Date = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Fact]
    public void Json_of_one_table_is_an_object_with_provenance_and_the_table_by_id()
    {
        var run = CliRunner.RunAt(Date, "indices", "--reporter", "RUS", "--year", "2019", "--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(["provenance", "indices"], json.RootElement.EnumerateObject().Select(p => p.Name));
        var provenance = json.RootElement.GetProperty("provenance");
        Assert.Equal("2026-01-02T03:04:05Z", provenance.GetProperty("date").GetString());
        Assert.Equal("tradescope indices --reporter RUS --year 2019 --format json", provenance.GetProperty("command").GetString());
        Assert.Equal(RunInfo.LibraryVersion, provenance.GetProperty("tradescope_version").GetString());
        var data = Assert.Single(provenance.GetProperty("data").EnumerateArray());
        Assert.Contains("UN Comtrade", data.GetProperty("source").GetString());
        Assert.True(data.GetProperty("notes").GetArrayLength() > 0);
        Assert.Equal(JsonValueKind.Null, provenance.GetProperty("linear_algebra").ValueKind);
        Assert.True(json.RootElement.GetProperty("indices").GetArrayLength() > 100);
    }

    [Fact]
    public void Json_of_several_tables_has_the_same_shape()
    {
        var data = Path.Combine(AppContext.BaseDirectory, "Fixtures", "fixest", "fixest_trade.csv.gz");
        var run = CliRunner.RunAt(Date, "regress", "--data", data, "--formula", "log(Euros) ~ log(dist_km) | Origin", "--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(["provenance", "regression", "statistics", "coefficients"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(data, json.RootElement.GetProperty("provenance").GetProperty("data")[0].GetProperty("location").GetString());
    }

    [Fact]
    public void Csv_file_stays_a_plain_table_and_its_sidecar_carries_the_provenance()
    {
        var folder = CliRunner.TempFolder();
        var path = Path.Combine(folder, "ind.csv");
        var run = CliRunner.RunAt(Date, "indices", "--reporter", "RUS", "--year", "2019", "--out", path);
        Assert.True(run.ExitCode == 0, run.Error);
        var text = File.ReadAllText(path);
        Assert.StartsWith("partner_iso3,", text);
        Assert.DoesNotContain("\n#", text);
        Assert.DoesNotContain("tradescope", text);
        var sidecar = path + ".provenance.json";
        Assert.Equal(sidecar, ReportOutput.SidecarPath(path));
        using var json = JsonDocument.Parse(File.ReadAllText(sidecar));
        Assert.Equal("ind.csv", json.RootElement.GetProperty("file").GetString());
        Assert.Equal("2026-01-02T03:04:05Z", json.RootElement.GetProperty("date").GetString());
        Assert.Equal($"tradescope indices --reporter RUS --year 2019 --out {path}", json.RootElement.GetProperty("command").GetString());
        // Only the two files, no temporary leftovers.
        var files = Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(["ind.csv", "ind.csv.provenance.json"], files);
    }

    [Fact]
    public void Csv_on_standard_output_has_no_provenance_lines()
    {
        var run = CliRunner.RunAt(Date, "blocs", "--reporter", "RUS", "--year", "2019");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith("bloc,", run.Output);
        Assert.DoesNotContain("2026-01-02", run.Output);
    }

    [Fact]
    public void Value_chain_reports_name_the_linear_algebra_provider()
    {
        var run = CliRunner.RunAt(Date, "gvc", "--method", "oecd", "--exporter", "RUS", "--format", "json", "--blas", "managed");
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var provider = json.RootElement.GetProperty("provenance").GetProperty("linear_algebra").GetString();
        Assert.Equal(TradeScope.LinearAlgebra.LinearAlgebraProviders.FromName("managed").Name, provider);
    }

    [Theory]
    [InlineData("RUS", "RUS")]
    [InlineData("a b", "'a b'")]
    [InlineData("it's", "'it'\\''s'")]
    [InlineData("", "''")]
    [InlineData("y ~ x | g", "'y ~ x | g'")]
    [InlineData("--out=/tmp/x.csv", "--out=/tmp/x.csv")]
    [InlineData("$HOME", "'$HOME'")]
    public void Arguments_are_quoted_for_a_posix_shell(string argument, string quoted) =>
        Assert.Equal(quoted, RunInfo.ShellQuote(argument));
}
