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
        var stdout = new MemoryStream();
        var stderr = new StringWriter();
        var code = App.Run(args, new CliContext(stdout, stderr));
        return (code, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    private string Write(string name, string text)
    {
        var p = Path.Combine(_dir, name);
        File.WriteAllText(p, text);
        return p;
    }

    private const string Header = "from_region,from_sector,to_region,to_use,value\n";
    private const string GoodGeneric =
        Header
        + "AAA,s1,AAA,s1,20\nAAA,s1,BBB,s1,10\nAAA,s1,AAA,FD,50\nAAA,s1,BBB,FD,10\n"
        + "BBB,s1,AAA,s1,8\nBBB,s1,BBB,s1,30\nBBB,s1,AAA,FD,5\nBBB,s1,BBB,FD,70\n";

    [Fact]
    public void Generic_table_gives_tidy_csv()
    {
        var (code, output, err) = Run(
            "gvc",
            "--table",
            Write("t.csv", GoodGeneric),
            "--layout",
            "generic",
            "--method",
            "wwz",
            "--detail",
            "--exporter",
            "AAA"
        );
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
            [
                "missing sector",
                "\"\",AAA_s1,AAA_s2,BBB_s1,AAA_FD,BBB_FD\nAAA_s1,1,1,1,5,5\nAAA_s2,1,1,1,5,5\nBBB_s1,1,1,1,5,5\n",
                "exvatools",
                "lacks sector",
            ],
            [
                "ragged matrix",
                "\"\",AAA_s1,BBB_s1,AAA_FD,BBB_FD\nAAA_s1,1,1,5\nBBB_s1,1,1,5,5\n",
                "exvatools",
                "ragged_matrix.csv:2: malformed line: 4 fields, the header has 5",
            ],
        ];

    [Theory, MemberData(nameof(BadTables))]
    public void Bad_tables_give_one_line_and_exit_2(string name, string content, string layout, string message)
    {
        var outFile = Path.Combine(_dir, "out.csv");
        var (code, output, err) = Run(
            "gvc",
            "--table",
            Write(name.Replace(' ', '_') + ".csv", content),
            "--layout",
            layout,
            "--method",
            "oecd",
            "--out",
            outFile
        );
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
        Assert.Equal(2, code);
        Assert.Contains("unknown layout", err);
        Assert.Single(err.Trim().Split('\n'));
        (code, _, err) = Run("gvc", "--table", Write("t.csv", GoodGeneric), "--layout", "generic", "--method", "bm_xyz");
        Assert.Equal(2, code);
        Assert.Contains("unknown method", err);
    }

    [Fact]
    public void Singular_system_exits_3()
    {
        // One industry that uses its whole output as its own input: A = 1, I − A = 0.
        var (code, _, err) = Run(
            "gvc",
            "--table",
            Write("s.csv", Header + "AAA,s1,AAA,s1,10\nAAA,s1,AAA,FD,0\n"),
            "--layout",
            "generic",
            "--method",
            "oecd"
        );
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
        // Regions AAA and ROW: FRA (a known ISO3 code) is not a separate country; both commands resolve countries through
        // GvcAnalysis.RequireCountry.
        var withRow = GoodGeneric.Replace("BBB", "ROW");
        var (code, _, err) = Run(
            "gvc",
            "--table",
            Write("row.csv", withRow),
            "--layout",
            "generic",
            "--year",
            "2015",
            "--method",
            "oecd",
            "--exporter",
            "FRA",
            "--blas",
            "managed"
        );
        Assert.Equal(2, code);
        Assert.Equal(
            "error: --exporter FRA: not a separate country of the 2015 table (in this table it is inside ROW, the rest of the world); " +
                "countries: AAA ROW",
            err.Trim()
        );
        Directory.CreateDirectory(Path.Combine(_dir, "series"));
        File.WriteAllText(Path.Combine(_dir, "series", "2015.csv"), withRow);
        var (code2, _, err2) = Run(
            "gvc-series",
            "--tables",
            Path.Combine(_dir, "series"),
            "--layout",
            "generic",
            "--years",
            "2015",
            "--exporter",
            "AAA",
            "--partners",
            "FRA",
            "--blas",
            "managed"
        );
        Assert.Equal(2, code2);
        Assert.Equal(
            "error: --partners FRA: not a separate country of the 2015 table (in this table it is inside ROW, the rest of the world); " +
                "BP/FP exist only for ROW as a whole",
            err2.Trim()
        );
    }

    [Fact]
    public void Bundled_wiod_series_for_russia()
    {
        var (code, output, err) = Run(
            "gvc-series",
            "--exporter",
            "RUS",
            "--partners",
            "DEU,group:EU27",
            "--years",
            "2010-2011",
            "--sectors",
            "standard"
        );
        Assert.True(code == 0, err);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + 2 * 2 * 5, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("2011,RUS,EU27,TOTAL_MANUFACTURING,", StringComparison.Ordinal));
        Assert.Equal(
            "year,exporter,partner,sector,bp_share,fva_level,fp_level,fp_share_of_exports,exports,exports_to_partner,"
                + "gvc_bm,gvcb_bm,gvcf_bm",
            lines[0]
        );
        // Borin–Mancini participation: GVC = GVCB + GVCF (to the printed 0.1), the same for every partner of a year and sector.
        var cells = lines.Skip(1).Select(l => l.Split(',')).ToList();
        foreach (var c in cells)
        {
            double Cell(int i) => double.Parse(c[i], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(Math.Abs(Cell(10) - Cell(11) - Cell(12)) <= 0.11, string.Join(",", c));
            Assert.True(Cell(10) > 0, string.Join(",", c));
        }
        Assert.All(cells.GroupBy(c => (c[0], c[3])), g => Assert.Single(g.Select(c => c[10]).Distinct()));
        // EU27 = EU on 2020-02-01: HRV is not in WIOD 2013 (inside ROW), said once on the console.
        Assert.Contains("inside ROW", err);
        Assert.Contains("HRV", err);
    }

    /// <summary>A generic table of the given regions (one sector), strong domestic blocks.</summary>
    private static string Generic(params string[] regions)
    {
        var text = new StringBuilder(Header);
        foreach (var r in regions)
            foreach (var c in regions)
                text.Append($"{r},s1,{c},s1,{(r == c ? 20 : 5)}\n{r},s1,{c},FD,{(r == c ? 40 : 6)}\n");
        return text.ToString();
    }

    private static void OneLine(int code, string err, params string[] expected)
    {
        Assert.Equal(2, code);
        var line = Assert.Single(err.Trim().Split('\n'));
        Assert.StartsWith("error: ", line);
        Assert.DoesNotContain("   at ", err);
        foreach (var e in expected)
            Assert.Contains(e, line);
    }

    [Fact]
    public void Group_exporter_resolves_through_the_group_registry_on_a_table_with_members()
    {
        // EAEU on 1 July 2016: ARM BLR KAZ KGZ RUS; the table has BLR KAZ RUS separately, ARM and KGZ inside ROW.
        var table = Write("eaeu.csv", Generic("RUS", "KAZ", "BLR", "DEU", "ROW"));
        var (code, output, err) = Run(
            "gvc",
            "--table",
            table,
            "--layout",
            "generic",
            "--year",
            "2016",
            "--method",
            "oecd",
            "--exporter",
            "group:EAEU",
            "--blas",
            "managed"
        );
        Assert.True(code == 0, err);
        Assert.Contains(output.Split('\n'), l => l.StartsWith("EAEU,,,,,EXGR,", StringComparison.Ordinal));
        Assert.Contains(
            err.Split('\n'),
            l =>
                l.Contains("EAEU = members on 2016-07-01", StringComparison.Ordinal)
                && l.EndsWith("members in the table: BLR KAZ RUS", StringComparison.Ordinal)
        );
        Assert.Contains(
            err.Split('\n'),
            l => l.Contains("inside ROW or absent", StringComparison.Ordinal) && l.EndsWith("): ARM KGZ", StringComparison.Ordinal)
        );
        var (codeRu, _, errRu) = Run(
            "gvc",
            "--table",
            table,
            "--layout",
            "generic",
            "--year",
            "2016",
            "--method",
            "oecd",
            "--exporter",
            "group:EAEU",
            "--blas",
            "managed",
            "--lang",
            "ru"
        );
        Assert.True(codeRu == 0, errRu);
        Assert.Contains(
            errRu.Split('\n'),
            l =>
                l.Contains("группа EAEU как один экспортёр", StringComparison.Ordinal)
                && l.EndsWith("члены в таблице: BLR KAZ RUS", StringComparison.Ordinal)
        );
        Assert.Contains(
            errRu.Split('\n'),
            l => l.Contains("входят в ROW", StringComparison.Ordinal) && l.EndsWith("ARM KGZ", StringComparison.Ordinal)
        );
        // Intra-group flows are not exports: EAEU exports only to DEU and ROW (3 members x 2 destinations x (5 + 6)).
        Assert.Contains(output.Split('\n'), l => l == "EAEU,,,,,EXGR,66");
    }

    [Fact]
    public void Group_exporter_on_wiod_names_the_members_inside_row()
    {
        var (code, _, err) = Run("gvc", "--method", "oecd", "--exporter", "group:EAEU@2016-01-01");
        OneLine(
            code,
            err,
            "--exporter group:EAEU@2016-01-01",
            "only RUS of EAEU@2016-01-01 is a separate country of the 2011 table (ARM BLR KAZ KGZ are inside ROW)"
        );
        (code, _, err) = Run("gvc", "--method", "oecd", "--exporter", "group:EAEU");
        OneLine(code, err, "--exporter group:EAEU", "no members on 2011-07-01");
        (code, _, err) = Run("gvc", "--method", "oecd", "--exporter", "group:NOPE");
        OneLine(code, err, "--exporter group:NOPE", "unknown group");
    }

    [Fact]
    public void User_groups_from_a_file_are_exporters()
    {
        var groups = Write("groups.csv", "group_id,member_iso3\nCORE,RUS\nCORE,KAZ\n");
        var table = Write("core.csv", Generic("RUS", "KAZ", "DEU"));
        var (code, output, err) = Run(
            "gvc",
            "--table",
            table,
            "--layout",
            "generic",
            "--method",
            "oecd",
            "--exporter",
            "group:CORE",
            "--groups",
            groups,
            "--blas",
            "managed"
        );
        Assert.True(code == 0, err);
        Assert.Contains(output.Split('\n'), l => l == "CORE,,,,,EXGR,22");
    }

    [Fact]
    public void Unknown_iso3_codes_are_named_as_such()
    {
        var table = Write("t.csv", Generic("RUS", "DEU", "ROW"));
        var (code, _, err) = Run(
            "gvc",
            "--table",
            table,
            "--layout",
            "generic",
            "--method",
            "oecd",
            "--exporter",
            "XYZ",
            "--blas",
            "managed"
        );
        OneLine(code, err, "--exporter XYZ: unknown ISO3 code");
        Assert.DoesNotContain("inside ROW", err);
        (code, _, err) = Run("gvc-series", "--exporter", "XYZ", "--partners", "DEU", "--years", "2011");
        OneLine(code, err, "--exporter XYZ: unknown ISO3 code");
        (code, _, err) = Run("gvc-series", "--exporter", "RUS", "--partners", "DEU,QQQ", "--years", "2011");
        OneLine(code, err, "--partners QQQ: unknown ISO3 code");
    }

    [Fact]
    public void A_table_file_needs_layout()
    {
        var (code, output, err) = Run("gvc", "--table", Write("t.csv", GoodGeneric), "--method", "oecd");
        OneLine(code, err, "--layout: required with --table", "wiod2013|oecd|exvatools|generic");
        Assert.Equal("", output);
        (code, _, err) = Run("gvc-series", "--tables", _dir, "--exporter", "AAA", "--partners", "BBB", "--years", "2011");
        OneLine(code, err, "--layout: required with --tables", "wiod2013|oecd|exvatools|generic");
        (code, _, err) = Run("gvc", "--method", "oecd", "--layout", "generic");
        OneLine(code, err, "--layout generic", "wiod2013 layout");
    }

    /// <summary>A small WIOD 2013-layout table (regions AAA, BBB; one sector c1) in a directory; parts may be replaced.</summary>
    private string WiodDirectory(string name, string? z = null, string? f = null, string? x = null)
    {
        var dir = Path.Combine(_dir, name);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "wiot_2011_Z.csv"), z ?? "row,AAA_c1,BBB_c1\nAAA_c1,10,5\nBBB_c1,4,12\n");
        File.WriteAllText(Path.Combine(dir, "wiot_2011_F.csv"), f ?? "row,AAA_CONS_h,BBB_CONS_h\nAAA_c1,50,8\nBBB_c1,6,60\n");
        if (x != "")
            File.WriteAllText(Path.Combine(dir, "wiot_2011_X.csv"), x ?? "row,output\nAAA_c1,73\nBBB_c1,82\n");
        return dir;
    }

    [Fact]
    public void A_good_wiod2013_directory_is_read()
    {
        var (code, output, err) = Run(
            "gvc",
            "--table",
            WiodDirectory("good"),
            "--layout",
            "wiod2013",
            "--year",
            "2011",
            "--method",
            "oecd",
            "--exporter",
            "AAA",
            "--blas",
            "managed"
        );
        Assert.True(code == 0, err);
        Assert.Contains(output.Split('\n'), l => l == "AAA,,,,,EXGR,13");
    }

    public static IEnumerable<object[]> BadWiodTables() =>
        [
            [
                "ragged",
                "row,AAA_c1,BBB_c1\nAAA_c1,10,5,3\nBBB_c1,4,12\n",
                null,
                null,
                2011,
                "wiot_2011_Z.csv:2: malformed line: 4 fields, the header has 3",
            ],
            [
                "unknown row label",
                null,
                "row,AAA_CONS_h,BBB_CONS_h\nAAA_c1,50,8\nCCC_c1,6,60\n",
                null,
                2011,
                "wiot_2011_F.csv:3: unknown row label 'CCC_c1'",
            ],
            ["unknown column label", "row,AAA_c1,CCC_c1\nAAA_c1,10,5\nBBB_c1,4,12\n", null, null, 2011, "unknown column label 'CCC_c1'"],
            ["negative flow", "row,AAA_c1,BBB_c1\nAAA_c1,10,-5\nBBB_c1,4,12\n", null, null, 2011, "negative intermediate flow"],
            ["missing file", null, null, "", 2011, "--year 2011:", "wiot_2011_X.csv not found"],
            ["missing year", null, null, null, 2010, "--year 2010:", "wiot_2010_Z.csv not found"],
        ];

    [Theory, MemberData(nameof(BadWiodTables))]
    public void Bad_wiod2013_tables_give_one_line_and_exit_2(
        string name,
        string? z,
        string? f,
        string? x,
        int year,
        params string[] message
    )
    {
        var outFile = Path.Combine(_dir, "out.csv");
        var dir = WiodDirectory(name.Replace(' ', '_'), z, f, x);
        var (code, output, err) = Run(
            "gvc",
            "--table",
            dir,
            "--layout",
            "wiod2013",
            "--year",
            year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--method",
            "oecd",
            "--out",
            outFile,
            "--blas",
            "managed"
        );
        OneLine(code, err, message);
        Assert.Equal("", output);
        Assert.False(File.Exists(outFile));
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
