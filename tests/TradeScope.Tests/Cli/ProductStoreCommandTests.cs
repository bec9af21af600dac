using System.Diagnostics;
using TradeScope.Data.Products;
using Xunit;

namespace TradeScope.Tests.Cli;

/// <summary>
/// <c>tradescope import</c> and <c>tradescope db info|export</c> (issue 10): one-line errors with exit 2 and the store
/// unchanged, a killed import (a child process killed mid-import) leaving the store as it was, and the Parquet export
/// read back through <c>--db DIR</c>.
/// </summary>
public sealed class ProductStoreCommandTests : IDisposable
{
    private readonly string _dir = CliRunner.TempFolder();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Db => Path.Combine(_dir, "store.duckdb");

    private static string Kazakhstan(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "kaz-hs6", name);

    private string Info(string? db = null)
    {
        var result = CliRunner.Run("db", "info", "--db", db ?? Db, "--format", "csv");
        Assert.True(result.ExitCode == 0, result.Error);
        return result.Output;
    }

    private static IEnumerable<string> Rows(string csv) => csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1);

    [Fact]
    public void Import_then_info_lists_each_source_and_year()
    {
        var result = CliRunner.Run(
            "import",
            "--source",
            "baci",
            Kazakhstan("kaz_partners_2021.csv.gz"),
            "--db",
            Db,
            "--hs-revision",
            "HS02"
        );
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("imported baci 2021 (HS2002): 3,024 rows, 1 reporters, 5 partners", result.Output);
        var (header, rows) = CliRunner.ReadCsv(Info());
        Assert.Equal(
            [
                "source",
                "year",
                "hs_revision",
                "rows",
                "reporters",
                "partners",
                "products",
                "value_total",
                "file",
                "imported_at",
                "tradescope_version",
            ],
            header
        );
        var row = Assert.Single(rows);
        Assert.Equal(
            ("baci", "2021", "HS2002", "3024", "5"),
            (row["source"], row["year"], row["hs_revision"], row["rows"], row["partners"])
        );
        var again = CliRunner.Run("import", "--source", "baci", Kazakhstan("kaz_partners_2021.csv.gz"), "--db", Db);
        Assert.StartsWith("replaced baci 2021", again.Output);
        Assert.Single(CliRunner.ReadCsv(Info()).Rows);
    }

    [Fact]
    public void A_failing_import_exits_2_with_one_line_and_leaves_the_store_unchanged()
    {
        Assert.Equal(0, CliRunner.Run("import", "--source", "baci", Kazakhstan("kaz_exports_2019.csv.gz"), "--db", Db).ExitCode);
        var before = Info();
        var bad = Path.Combine(_dir, "bad.csv");
        File.WriteAllText(bad, "t,i,j,k,v,q\n2019,398,643,10110,1,\n2019,398,643,10120,2,\n2019,398,156,10110,-5,NA\n");
        var result = CliRunner.Run("import", "--source", "baci", bad, "--db", Db);
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"error: {bad}:4: negative value '-5'", line);
        Assert.Equal(before, Info());
    }

    [Fact]
    public void Bad_options_exit_2_with_one_line()
    {
        var file = Kazakhstan("kaz_exports_2019.csv.gz");
        var revision = CliRunner.Run("import", "--source", "baci", file, "--db", Db, "--hs-revision", "HS03");
        Assert.Equal(2, revision.ExitCode);
        Assert.StartsWith("error: --hs-revision HS03: expected HS92", Assert.Single(revision.ErrorLines));
        var directory = CliRunner.Run("import", "--source", "baci", file, "--db", _dir);
        Assert.Equal(2, directory.ExitCode);
        Assert.StartsWith($"error: --db {_dir}: is a directory", Assert.Single(directory.ErrorLines));
        var source = CliRunner.Run("import", "--source", "wits", file, "--db", Db);
        Assert.Equal(1, source.ExitCode);
    }

    [Fact]
    public void Info_of_a_missing_store_exits_2_naming_the_option()
    {
        var result = CliRunner.Run("db", "info", "--db", Path.Combine(_dir, "none.duckdb"));
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: --db ", Assert.Single(result.ErrorLines));
        Assert.False(File.Exists(Path.Combine(_dir, "none.duckdb")));
    }

    [Fact]
    public void Export_to_parquet_reads_back_with_db_DIR_and_refuses_a_non_empty_directory()
    {
        Assert.Equal(0, CliRunner.Run("import", "--source", "baci", Kazakhstan("kaz_partners_2021.csv.gz"), "--db", Db).ExitCode);
        var folder = Path.Combine(_dir, "export");
        var export = CliRunner.Run("db", "export", "--parquet", folder, "--db", Db);
        Assert.True(export.ExitCode == 0, export.Error);
        Assert.True(Directory.Exists(Path.Combine(folder, "year=2021")));
        var fromDb = CliRunner.ReadCsv(Info()).Rows.Single();
        var fromParquet = CliRunner.ReadCsv(Info(folder)).Rows.Single();
        foreach (var column in new[] { "source", "year", "rows", "reporters", "partners", "products" })
            Assert.Equal(fromDb[column], fromParquet[column]);
        Assert.Equal(double.Parse(fromDb["value_total"]), double.Parse(fromParquet["value_total"]), 1e-3);
        var again = CliRunner.Run("db", "export", "--parquet", folder, "--db", Db);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("is not empty", Assert.Single(again.ErrorLines));
    }

    /// <summary>The acceptance line "a killed import leaves the store unchanged": the CLI runs as a child process on a
    /// generated file of about a million rows and is killed once it has started writing to the store's files.</summary>
    [Fact]
    public void A_killed_import_leaves_the_store_unchanged()
    {
        Assert.Equal(0, CliRunner.Run("import", "--source", "baci", Kazakhstan("kaz_exports_2019.csv.gz"), "--db", Db).ExitCode);
        var before = Info();
        var big = Path.Combine(_dir, "BACI_HS02_Y2019_V202401.csv");
        SyntheticBaci.WriteFile(big, new SyntheticBaciOptions(60, 4000, [2019], Seed: 7, Density: 0.1));
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "TradeScope.Cli.dll"));
        foreach (var a in new[] { "import", "--source", "baci", big, "--db", Db })
            start.ArgumentList.Add(a);
        var size = StoreBytes();
        using var process = Process.Start(start)!;
        var clock = Stopwatch.StartNew();
        // Kill once the store's files grow (the write has begun), or after 30 s at the latest.
        while (!process.HasExited && StoreBytes() == size && clock.Elapsed < TimeSpan.FromSeconds(30))
            Thread.Sleep(20);
        var killedMidway = !process.HasExited;
        if (killedMidway)
            process.Kill(entireProcessTree: true);
        process.WaitForExit();
        Assert.True(killedMidway, "the import finished before it could be killed; make the generated file larger");
        Assert.Equal(before, Info());
    }

    private long StoreBytes() => new[] { Db, Db + ".wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
}
