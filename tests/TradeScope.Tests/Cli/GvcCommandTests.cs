using System.Text;
using TradeScope.Cli;
using Xunit;

namespace TradeScope.Tests.Cli;

/// <summary>tradescope gvc / gvc-series / gvc synth: outputs, one-line errors with exit codes 2 and 3, no files left behind.</summary>
public sealed class GvcCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gvc-cli-").FullName;
    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new MemoryStream(); var stderr = new StringWriter();
        var code = App.Run(args, new CliContext(stdout, stderr));
        return (code, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    private string Write(string name, string text) { var p = Path.Combine(_dir, name); File.WriteAllText(p, text); return p; }

    private const string Header = "from_region,from_sector,to_region,to_use,value\n";
    private const string GoodGeneric = Header +
        "AAA,s1,AAA,s1,20\nAAA,s1,BBB,s1,10\nAAA,s1,AAA,FD,50\nAAA,s1,BBB,FD,10\n" +
        "BBB,s1,AAA,s1,8\nBBB,s1,BBB,s1,30\nBBB,s1,AAA,FD,5\nBBB,s1,BBB,FD,70\n";

    [Fact]
    public void Generic_table_gives_tidy_csv()
    {
        var (code, output, err) = Run("gvc", "--table", Write("t.csv", GoodGeneric), "--layout", "generic", "--method", "wwz", "--detail", "--exporter", "AAA");
        Assert.True(code == 0, err);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("exporter,importer,sector,source_country,source_sector,term,value", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("AAA,BBB,s1,,,DVA_FIN,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("AAA,,,,,EXGR,20", StringComparison.Ordinal));
    }

    public static IEnumerable<object[]> BadTables() =>
    [
        ["ragged", Header + "AAA,s1,AAA,s1,20,7\n", "generic", "ragged.csv:2: malformed line: 6 fields, the header has 5"],
        ["unknown label", GoodGeneric + "AAA,s1,CCC,s1,3\n", "generic", "unknown label"],
        ["negative flow", GoodGeneric.Replace("AAA,s1,BBB,s1,10", "AAA,s1,BBB,s1,-10"), "generic", "negative intermediate flow"],
        ["balance gap", GoodGeneric + "AAA,s1,,OUT,120\nBBB,s1,,OUT,113\n", "generic", "published output differs"],
        ["missing sector", "\"\",AAA_s1,AAA_s2,BBB_s1,AAA_FD,BBB_FD\nAAA_s1,1,1,1,5,5\nAAA_s2,1,1,1,5,5\nBBB_s1,1,1,1,5,5\n", "exvatools", "lacks sector"],
        ["ragged matrix", "\"\",AAA_s1,BBB_s1,AAA_FD,BBB_FD\nAAA_s1,1,1,5\nBBB_s1,1,1,5,5\n", "exvatools", "ragged_matrix.csv:2: malformed line: 4 fields, the header has 5"],
    ];

    [Theory, MemberData(nameof(BadTables))]
    public void Bad_tables_give_one_line_and_exit_2(string name, string content, string layout, string message)
    {
        var outFile = Path.Combine(_dir, "out.csv");
        var (code, output, err) = Run("gvc", "--table", Write(name.Replace(' ', '_') + ".csv", content), "--layout", layout, "--method", "oecd", "--out", outFile);
        Assert.Equal(2, code);
        Assert.Contains(message, err);
        Assert.Single(err.Trim().Split('\n'));
        Assert.Equal("", output);
        Assert.False(File.Exists(outFile));
        Assert.Empty(Directory.GetFiles(_dir, ".out.csv*"));
    }

    [Fact]
    public void Unknown_layout_and_method_exit_2()
    {
        var (code, _, err) = Run("gvc", "--table", Write("t.csv", GoodGeneric), "--layout", "oecd2023", "--method", "oecd");
        Assert.Equal(2, code); Assert.Contains("unknown layout", err); Assert.Single(err.Trim().Split('\n'));
        (code, _, err) = Run("gvc", "--table", Write("t.csv", GoodGeneric), "--layout", "generic", "--method", "bm_src");
        Assert.Equal(2, code); Assert.Contains("unknown method", err);
    }

    [Fact]
    public void Singular_system_exits_3()
    {
        // One industry that uses its whole output as its own input: A = 1, I − A = 0.
        var (code, _, err) = Run("gvc", "--table", Write("s.csv", Header + "AAA,s1,AAA,s1,10\nAAA,s1,AAA,FD,0\n"), "--layout", "generic", "--method", "oecd");
        Assert.Equal(3, code);
        Assert.Contains("singular", err);
        Assert.DoesNotContain("   at ", err);
    }

    [Fact]
    public void Partner_folded_into_row_exits_2_with_explanation()
    {
        var (code, _, err) = Run("gvc-series", "--exporter", "RUS", "--partners", "KAZ", "--years", "2011");
        Assert.Equal(2, code);
        Assert.Contains("inside ROW", err);
        Assert.Single(err.Trim().Split('\n'));
    }

    [Fact]
    public void Exporter_and_partner_outside_the_table_are_explained_alike_by_gvc_and_gvc_series()
    {
        // Regions AAA and ROW: FRA (a known ISO3 code) is not a separate country; both commands resolve countries through GvcAnalysis.RequireCountry.
        var withRow = GoodGeneric.Replace("BBB", "ROW");
        var (code, _, err) = Run("gvc", "--table", Write("row.csv", withRow), "--layout", "generic", "--year", "2015", "--method", "oecd", "--exporter", "FRA", "--blas", "managed");
        Assert.Equal(2, code);
        Assert.Equal("error: --exporter FRA: not a separate country of the 2015 table (in this table it is inside ROW, the rest of the world); countries: AAA ROW", err.Trim());
        Directory.CreateDirectory(Path.Combine(_dir, "series"));
        File.WriteAllText(Path.Combine(_dir, "series", "2015.csv"), withRow);
        var (code2, _, err2) = Run("gvc-series", "--tables", Path.Combine(_dir, "series"), "--layout", "generic", "--years", "2015", "--exporter", "AAA", "--partners", "FRA", "--blas", "managed");
        Assert.Equal(2, code2);
        Assert.Equal("error: --partners FRA: not a separate country of the 2015 table (in this table it is inside ROW, the rest of the world); BP/FP exist only for ROW as a whole", err2.Trim());
    }

    [Fact]
    public void Bundled_wiod_series_for_russia()
    {
        var (code, output, err) = Run("gvc-series", "--exporter", "RUS", "--partners", "DEU,group:EU27", "--years", "2010-2011", "--sectors", "standard");
        Assert.True(code == 0, err);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + 2 * 2 * 5, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("2011,RUS,EU27,TOTAL_MANUFACTURING,", StringComparison.Ordinal));
    }

    [Fact]
    public void Synth_writes_a_table_the_generic_reader_reads()
    {
        var (code, _, err) = Run("gvc", "synth", "--countries", "4", "--sectors", "3", "--seed", "7", "--out", _dir);
        Assert.True(code == 0, err);
        var path = Path.Combine(_dir, "icio_synthetic_4x3_seed7.csv.gz");
        Assert.True(File.Exists(path));
        var (code2, output, err2) = Run("gvc", "--table", path, "--layout", "generic", "--method", "kww", "--detail");
        Assert.True(code2 == 0, err2);
        Assert.Equal(1 + 4 * 10, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
