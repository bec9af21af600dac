using TradeScope.Core;
using TradeScope.Data;
using TradeScope.Model;
using TradeScope.Cli;
using Xunit;

namespace TradeScope.Tests.Data;

/// <summary>The tidy and Comtrade layouts read from user files; bad input at loader level
/// (docs/methods/trade-indices.md#conventions).</summary>
public sealed class TradeFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tradescope-tests-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static readonly CountryCode Aaa = new("RUS"),
        Bbb = new("KAZ"),
        Ccc = new("CHN"),
        Ddd = new("BLR");

    [Fact]
    public void Rows_with_partner_equal_to_reporter_are_counted_noted_and_warned_not_silently_dropped()
    {
        var path = Write(
            "self.csv",
            """
            year,reporter_iso3,partner_iso3,value,flow
            2019,RUS,KAZ,10,X
            2019,RUS,RUS,2000000000,X
            2019,KAZ,KAZ,500000000,X
            2019,KAZ,KAZ,7,M
            2019,KAZ,RUS,5,X
            2020,RUS,KAZ,1,X
            """
        );
        var data = TradeFile.Load(path);
        var m = data.ForYear(2019);
        int rus = m.IndexOf(Aaa),
            kaz = m.IndexOf(Bbb);
        Assert.Equal(0, m.Exports(rus, rus));
        Assert.Equal(10, m.TotalExports(rus)); // self-trade is not in the totals either
        Assert.Contains(
            m.Provenance.Notes,
            n => n.En.Contains("2019: 3 self-trade rows (partner = reporter: KAZ 2, RUS 1; 2.5 bn US$) dropped")
        );
        Assert.DoesNotContain(data.ForYear(2020).Provenance.Notes, n => n.En.Contains("self-trade rows"));
        var warning = Assert.Single(data.Warnings);
        Assert.StartsWith($"{path}: 3 rows with partner = reporter dropped", warning);
        Assert.Contains("2019: 3 self-trade rows", warning);
        Assert.Equal(5, m.Exports(kaz, rus));
    }

    [Fact]
    public void A_file_without_self_trade_has_no_warnings()
    {
        var data = TradeFile.Load(Write("clean.csv", "year,reporter_iso3,partner_iso3,value\n2019,RUS,KAZ,10\n"));
        Assert.Empty(data.Warnings);
        Assert.DoesNotContain(data.ForYear(2019).Provenance.Notes, n => n.En.Contains("self-trade rows"));
    }

    [Fact]
    public void Tidy_file_builds_one_matrix_per_year_with_world_row_totals()
    {
        var path = Write(
            "t.csv",
            """
            year,reporter_iso3,partner_iso3,value
            2019,RUS,KAZ,10
            2019,RUS,CHN,30
            2019,RUS,W00,50
            2019,RUS,_X,10
            2019,KAZ,RUS,5
            2019,KAZ,CHN,5
            2020,RUS,KAZ,1
            """
        );
        var data = TradeFile.Load(path);
        Assert.Equal([2019, 2020], data.Years);
        var m = data.ForYear(2019);
        int rus = m.IndexOf(Aaa),
            kaz = m.IndexOf(Bbb),
            chn = m.IndexOf(Ccc);
        Assert.Equal(10, m.Exports(rus, kaz));
        Assert.Equal(50, m.TotalExports(rus)); // World row
        Assert.Equal(10, m.TotalExports(kaz)); // no World row: sum over partners
        Assert.Equal(60, m.WorldExports);
        Assert.Equal(35, m.WorldExportsTo(chn));
        Assert.Equal(FlowSource.Missing, m.Source(chn));
        Assert.Contains(m.Provenance.Notes, n => n.En.Contains("2019: excluded from bilateral flows: _X 0.0 bn US$ (1 rows)"));
        Assert.Contains(m.Provenance.Notes, n => n.En.Contains("1 reporters without a World row"));
    }

    [Fact]
    public void Codes_are_trimmed_and_S19_is_Taiwan_in_the_Comtrade_layout()
    {
        var path = Write(
            "c.csv",
            "year,reporter_m49,reporter_iso3,reporter,partner_m49,partner_iso3,partner,export_usd\r\n"
                + "2019,490,S19,\"Other Asia, nes\",0,W00,World,100\r\n"
                + "2019,490,S19,\"Other Asia, nes\",156,CHN,China,60\r\n"
                + "2019,490,S19,\"Other Asia, nes\",899,_X ,\"Areas, nes\",40\r\n"
                + "2019,156,CHN,China,490,S19,\"Other Asia, nes\",7\r\n"
                + "2019,156,CHN,China,837,X1 ,Bunkers,3\r\n"
        );
        var m = TradeFile.Load(path).ForYear(2019);
        var twn = m.IndexOf(new CountryCode("TWN"));
        var chn = m.IndexOf(Ccc);
        Assert.Equal(2, m.Count); // TWN and CHN only: no W00, _X, X1 economies
        Assert.Equal(60, m.Exports(twn, chn));
        Assert.Equal(7, m.Exports(chn, twn));
        Assert.Equal(100, m.TotalExports(twn));
        Assert.Equal(7, m.TotalExports(chn)); // no World row: country partners only (X1 excluded)
        Assert.StartsWith("UN Comtrade layout", m.Provenance.Source.En);
    }

    [Fact]
    public void Non_reporter_with_partner_imports_gets_a_flagged_mirror_row()
    {
        // BLR does not report; KAZ and RUS report imports from it (flow M). CHN neither reports nor is mirrored.
        var path = Write(
            "mirror.csv",
            """
            year,reporter_iso3,partner_iso3,value,flow
            2019,RUS,KAZ,10,X
            2019,RUS,BLR,20,X
            2019,RUS,W00,40,X
            2019,KAZ,RUS,4,X
            2019,KAZ,BLR,1,X
            2019,RUS,BLR,8,M
            2019,KAZ,BLR,3,M
            2019,KAZ,RUS,9,M
            2019,RUS,W00,30,M
            2019,KAZ,CHN,2,X
            """
        );
        var m = TradeFile.Load(path).ForYear(2019);
        int rus = m.IndexOf(Aaa),
            kaz = m.IndexOf(Bbb),
            blr = m.IndexOf(Ddd),
            chn = m.IndexOf(Ccc);
        Assert.Equal(FlowSource.Reported, m.Source(rus));
        Assert.Equal(FlowSource.Reported, m.Source(kaz));
        Assert.Equal(FlowSource.Mirror, m.Source(blr));
        Assert.Equal(FlowSource.Missing, m.Source(chn));
        Assert.Equal(8, m.Exports(blr, rus)); // RUS's imports from BLR
        Assert.Equal(3, m.Exports(blr, kaz));
        Assert.Equal(11, m.TotalExports(blr)); // mirror total = sum of the mirror row
        Assert.Equal(4, m.Exports(kaz, rus)); // KAZ reported: its imports from RUS (9) are not used
        Assert.True(double.IsNaN(m.Exports(chn, rus)));
        Assert.Equal(30, m.ReportedImports(rus));
        Assert.True(double.IsNaN(m.ReportedImports(kaz)));
        Assert.Equal(40 + 7 + 11, m.WorldExports);
        Assert.Contains(m.Provenance.Notes, n => n.En.Contains("1 exporters mirrored from partners' imports (BLR)"));
        Assert.Equal(blr, TradeDataset.RequireReporter(m, Ddd)); // mirror rows are usable
        Assert.Throws<InputException>(() => TradeDataset.RequireReporter(m, Ccc));
    }

    [Fact]
    public void Products_are_summed_and_a_gz_file_is_read()
    {
        var plain = Write(
            "p.csv",
            """
            year,reporter_iso3,partner_iso3,value,product
            2019,RUS,KAZ,10,27
            2019,RUS,KAZ,5,72
            """
        );
        var gz = Path.Combine(_dir, "p.csv.gz");
        using (var output = new System.IO.Compression.GZipStream(File.Create(gz), System.IO.Compression.CompressionLevel.Fastest))
        using (var input = File.OpenRead(plain))
            input.CopyTo(output);
        var m = TradeFile.Load(gz).ForYear(2019);
        Assert.Equal(15, m.Exports(m.IndexOf(Aaa), m.IndexOf(Bbb)));
    }

    [Fact]
    public void Years_option_filters_and_an_absent_year_is_an_error()
    {
        var path = Write("y.csv", "year,reporter_iso3,partner_iso3,value\n2019,RUS,KAZ,1\n2020,RUS,KAZ,2\n");
        Assert.Equal([2020], TradeFile.Load(path, new TradeLoadOptions(Years: [2020])).Years);
        var e = Assert.Throws<InputException>(() => TradeFile.Load(path, new TradeLoadOptions(Years: [2018])));
        Assert.Contains("no rows for the requested years (2018)", e.Message);
        var e2 = Assert.Throws<InputException>(() => TradeFile.Load(path).ForYear(2018));
        Assert.Equal("--year 2018: year not in the data (2019, 2020); choose one of these years", OptionNames.Message(e2));
    }

    [Fact]
    public void Reporter_not_in_the_data_for_the_year_is_an_error_naming_the_option()
    {
        var path = Write("r.csv", "year,reporter_iso3,partner_iso3,value\n2019,RUS,KAZ,1\n");
        var data = TradeFile.Load(path);
        var e = Assert.Throws<InputException>(() => data.RequireReporter(new CountryCode("USA"), 2019));
        Assert.StartsWith("--reporter USA: not in the data for 2019", OptionNames.Message(e));
        var e2 = Assert.Throws<InputException>(() => data.RequireReporter(Bbb, 2019));
        Assert.StartsWith("--reporter KAZ: no exports of KAZ in 2019", OptionNames.Message(e2));
        Assert.Equal(data.ForYear(2019).IndexOf(Aaa), data.RequireReporter(Aaa, 2019));
    }

    // ---- bad input: one line, file:line, what to do ----

    private InputException Bad(string text, string name = "bad.csv")
    {
        var path = Write(name, text);
        var e = Assert.Throws<InputException>(() => TradeFile.Load(path));
        Assert.DoesNotContain('\n', e.Message);
        return e;
    }

    private string P(string name = "bad.csv") => Path.Combine(_dir, name);

    [Fact]
    public void Missing_file()
    {
        var e = Assert.Throws<InputException>(() => TradeFile.Load(P("nope.csv")));
        Assert.Equal(
            $"{P("nope.csv")}: file not found; check the path (or omit --data to use the bundled Comtrade data)",
            OptionNames.Message(e)
        );
    }

    [Fact]
    public void Malformed_line_with_too_many_fields()
    {
        var e = Bad("year,reporter_iso3,partner_iso3,value\n2019,RUS,KAZ,1\n2019,RUS,CHN,2,9\n");
        Assert.StartsWith($"{P()}:3: malformed line: 5 fields, the header has 4", e.Message);
    }

    [Fact]
    public void Malformed_line_with_too_few_fields()
    {
        var e = Bad("year,reporter_iso3,partner_iso3,value\n2019,RUS,KAZ,1\n2019,RUS,CHN,2\n2019,RUS\n");
        Assert.StartsWith($"{P()}:4: malformed line: 2 fields, the header has 4", e.Message);
    }

    // A data line with an extra field is reported at its own line, never as a header problem at line 1, whatever the
    // line's position (first data line, inside or after DuckDB's sniffing sample), the layout, the line endings,
    // a byte-order mark or compression.
    [Theory]
    [InlineData("year,reporter_iso3,partner_iso3,value\n2019,RUS,KAZ,1,9\n2019,RUS,CHN,2\n", 2, 5, 4)]
    [InlineData("year,reporter_iso3,partner_iso3,value\n2019,RUS,KAZ,1,9\n", 2, 5, 4)]
    [InlineData("year,reporter_iso3,partner_iso3,value\n2019,RUS,KAZ,1,9\n2019,RUS,CHN,2,9\n", 2, 5, 4)]
    [InlineData("year,reporter_iso3,partner_iso3,value\n2019,RUS,KAZ,1,9,8\n2019,RUS,CHN,2\n", 2, 6, 4)]
    [InlineData("year,reporter_iso3,partner_iso3,value,flow\n2019,RUS,KAZ,1,X\n2019,RUS,CHN,2,X,9\n", 3, 6, 5)]
    [InlineData("year,reporter_iso3,partner_iso3,value\r\n2019,RUS,KAZ,1\r\n2019,RUS,CHN,2,9\r\n", 3, 5, 4)]
    [InlineData("\uFEFFyear,reporter_iso3,partner_iso3,value\n2019,RUS,KAZ,1\n2019,RUS,CHN,2,9\n", 3, 5, 4)]
    [InlineData("year,reporter_iso3,partner_iso3,value\n2019,RUS,KAZ,1\n2019,\"RUS\",\"CHN\",\"2\",\"9\"\n", 3, 5, 4)]
    [InlineData(
        "year,reporter_m49,reporter_iso3,reporter,partner_m49,partner_iso3,partner,export_usd\n"
            + "2019,643,RUS,Russia,398,KAZ,Kazakhstan,5,9\n2019,643,RUS,Russia,156,CHN,China,5\n",
        2,
        9,
        8
    )]
    public void Extra_field_is_reported_at_its_own_line_not_as_a_header_problem(string text, int line, int fields, int header)
    {
        var e = Bad(text);
        Assert.Equal(
            $"{P()}:{line}: malformed line: {fields} fields, the header has {header}; remove the extra field or quote fields that " +
                $"contain commas",
            e.Message
        );
    }

    [Theory]
    [InlineData(5)] // inside DuckDB's sniffing sample
    [InlineData(25_000)] // after it: DuckDB fails while reading, the structural scan finds the line
    public void Extra_field_in_a_large_file_is_reported_at_its_line(int badRow)
    {
        var text = new System.Text.StringBuilder("year,reporter_iso3,partner_iso3,value\n");
        var partners = new[] { "KAZ", "CHN", "USA", "DEU", "FRA" };
        for (var i = 1; i <= 30_000; i++)
            text.Append(1900 + (i - 1) / partners.Length % 200)
                .Append(",RUS,")
                .Append(partners[(i - 1) % partners.Length])
                .Append(',')
                .Append(i)
                .Append(i == badRow ? ",9\n" : "\n");
        var e = Bad(text.ToString());
        Assert.StartsWith($"{P()}:{badRow + 1}: malformed line: 5 fields, the header has 4", e.Message);
    }

    [Fact]
    public void Extra_field_in_a_gz_file_is_reported_at_its_line()
    {
        var gz = Path.Combine(_dir, "bad.csv.gz");
        using (var output = new System.IO.Compression.GZipStream(File.Create(gz), System.IO.Compression.CompressionLevel.Fastest))
        using (var writer = new StreamWriter(output))
            writer.Write("year,reporter_iso3,partner_iso3,value\n2019,RUS,KAZ,1\n2019,RUS,CHN,2,9\n");
        var e = Assert.Throws<InputException>(() => TradeFile.Load(gz));
        Assert.StartsWith($"{gz}:3: malformed line: 5 fields, the header has 4", e.Message);
    }

    [Fact]
    public void Too_few_fields_on_the_first_data_line_and_a_whitespace_line()
    {
        Assert.Equal(
            $"{P()}:2: malformed line: 3 fields, the header has 4; add the missing field (an empty value still needs its comma)",
            Bad("year,reporter_iso3,partner_iso3,value\n2019,RUS,KAZ\n2019,RUS,CHN,2\n").Message
        );
        Assert.StartsWith(
            $"{P()}:3: malformed line: 1 field, the header has 4",
            Bad("year,reporter_iso3,partner_iso3,value\n2019,RUS,KAZ,1\n   \n2019,RUS,CHN,2\n").Message
        );
        Assert.StartsWith(
            $"{P()}:2: malformed line: 4 fields, the header has 5", // trailing comma in the header only
            Bad("year,reporter_iso3,partner_iso3,value,\n2019,RUS,KAZ,1\n").Message
        );
    }

    [Fact]
    public void Semicolon_or_tab_separated_file_is_named_as_such()
    {
        Assert.Equal(
            $"{P()}:1: the header is separated by ';', not commas; save the file as comma-separated CSV",
            Bad("year;reporter_iso3;partner_iso3;value\n2019;RUS;KAZ;1\n").Message
        );
        Assert.Equal(
            $"{P()}:1: the header is separated by tabs, not commas; save the file as comma-separated CSV",
            Bad("year\treporter_iso3\tpartner_iso3\tvalue\n2019\tRUS\tKAZ\t1\n").Message
        );
    }

    // Well-formed variants are read the same: byte-order mark, CRLF or CR line endings, trailing empty lines, no final
    // newline, quoted fields (header too, with commas and doubled quotes inside), a single trailing comma (DuckDB's
    // tolerance of a trailing delimiter).
    [Theory]
    [InlineData("year,reporter_iso3,partner_iso3,value\n2019,RUS,KAZ,1\n2019,RUS,CHN,2\n")]
    [InlineData("\uFEFFyear,reporter_iso3,partner_iso3,value\n2019,RUS,KAZ,1\n2019,RUS,CHN,2\n")]
    [InlineData("year,reporter_iso3,partner_iso3,value\r\n2019,RUS,KAZ,1\r\n2019,RUS,CHN,2\r\n")]
    [InlineData("\uFEFFyear,reporter_iso3,partner_iso3,value\r\n2019,RUS,KAZ,1\r\n2019,RUS,CHN,2\r\n\r\n\r\n")]
    [InlineData("year,reporter_iso3,partner_iso3,value\n2019,RUS,KAZ,1\n2019,RUS,CHN,2\n\n\n")]
    [InlineData("year,reporter_iso3,partner_iso3,value\n2019,RUS,KAZ,1\n2019,RUS,CHN,2")]
    [InlineData("\"year\",\"reporter_iso3\",\"partner_iso3\",\"value\"\n\"2019\",\"RUS\",\"KAZ\",\"1\"\n2019,RUS,CHN,\"2\"\n")]
    [InlineData("year,reporter_iso3,partner_iso3,value,note\n2019,RUS,KAZ,1,\"a, b\"\n2019,RUS,CHN,2,\"say \"\"hi\"\"\"\n")]
    [InlineData("year,reporter_iso3,partner_iso3,value\n2019,RUS,KAZ,1\n2019,RUS,CHN,2,\n")]
    public void Structural_variants_of_a_well_formed_file_are_read_alike(string text)
    {
        var m = TradeFile.Load(Write("ok.csv", text)).ForYear(2019);
        int rus = m.IndexOf(Aaa),
            kaz = m.IndexOf(Bbb),
            chn = m.IndexOf(Ccc);
        Assert.Equal((1.0, 2.0, 3.0), (m.Exports(rus, kaz), m.Exports(rus, chn), m.TotalExports(rus)));
    }

    [Fact]
    public void Non_numeric_value_names_the_line_even_after_blank_lines()
    {
        var e = Bad("year,reporter_iso3,partner_iso3,value\n2019,RUS,KAZ,1\n\n2019,RUS,CHN,abc\n");
        Assert.Equal($"{P()}:4: value 'abc' is not a number", e.Message);
    }

    [Fact]
    public void Header_without_the_required_columns()
    {
        var e = Bad("yr,from,to,usd\n2019,RUS,KAZ,1\n");
        Assert.StartsWith($"{P()}:1: header must include year, reporter_iso3, partner_iso3, value", e.Message);
    }

    [Fact]
    public void Unknown_ISO3_code()
    {
        var e = Bad("year,reporter_iso3,partner_iso3,value\n2019,RUS,KAZ,1\n2019,RUS,XYZ,2\n");
        Assert.Equal(
            $"{P()}:3: unknown ISO3 code 'XYZ' in partner_iso3; use ISO 3166 alpha-3 codes, W00 for World (data/ref/countries.csv)",
            e.Message
        );
        var e2 = Bad("year,reporter_iso3,partner_iso3,value\n2019,RUSS,KAZ,1\n");
        Assert.StartsWith($"{P()}:2: unknown ISO3 code 'RUSS' in reporter_iso3", e2.Message);
        var e3 = Bad("year,reporter_iso3,partner_iso3,value\n2019,W00,KAZ,1\n");
        Assert.StartsWith($"{P()}:2: reporter 'W00' is not a country", e3.Message);
    }

    [Fact]
    public void Negative_value()
    {
        var e = Bad("year,reporter_iso3,partner_iso3,value\n2019,RUS,KAZ,1\n2019,RUS,CHN,-2.5\n");
        Assert.Equal($"{P()}:3: negative value -2.5 for RUS->CHN; trade values cannot be negative, fix or remove the row", e.Message);
    }

    [Fact]
    public void Duplicate_key_names_both_lines()
    {
        var e = Bad("year,reporter_iso3,partner_iso3,value\n2019,RUS,KAZ,1\n2019,RUS,CHN,2\n2019, RUS ,KAZ,3\n");
        Assert.Equal($"{P()}:4: duplicate row for 2019 RUS->KAZ flow X; keep one row per key (first at line 2)", e.Message);
    }

    [Fact]
    public void Same_pair_with_different_flows_is_not_a_duplicate_but_a_bad_flow_is_an_error()
    {
        var ok = Write("flows.csv", "year,reporter_iso3,partner_iso3,value,flow\n2019,RUS,KAZ,1,X\n2019,RUS,KAZ,2,M\n");
        Assert.Single(TradeFile.Load(ok).Years);
        var e = Bad("year,reporter_iso3,partner_iso3,value,flow\n2019,RUS,KAZ,1,E\n");
        Assert.Equal($"{P()}:2: flow 'E' must be X (exports) or M (imports)", e.Message);
    }

    [Fact]
    public void Bad_year_and_empty_files()
    {
        Assert.Equal(
            $"{P()}:2: year '19x' is not a year (four digits)",
            Bad("year,reporter_iso3,partner_iso3,value\n19x,RUS,KAZ,1\n").Message
        );
        Assert.Equal($"{P()}:2: no data rows; the file has only a header", Bad("year,reporter_iso3,partner_iso3,value\n").Message);
        Assert.StartsWith($"{P()}:1: empty file", Bad("").Message);
    }

    [Fact]
    public void Unbalanced_quote()
    {
        var e = Bad("year,reporter_iso3,partner_iso3,value\n2019,RUS,KAZ,1\n2019,\"RUS,KAZ,1\n");
        Assert.StartsWith($"{P()}:3: malformed line", e.Message);
    }
}

/// <summary>Parquet input goes through DuckDB; errors name the row.</summary>
public sealed class TradeFileParquetTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tradescope-parquet-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Parquet(string name, string values)
    {
        var path = Path.Combine(_dir, name);
        using var connection = new DuckDB.NET.Data.DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            $"COPY (SELECT * FROM (VALUES {values}) t(year, reporter_iso3, partner_iso3, value)) TO '{path}' (FORMAT parquet)";
        command.ExecuteNonQuery();
        return path;
    }

    [Fact]
    public void Parquet_tidy_file_is_read()
    {
        var path = Parquet("ok.parquet", "(2019, 'RUS', 'KAZ', 10.0), (2019, 'RUS', 'W00', 12.0), (2019, 'S19', 'RUS', 3.0)");
        var m = TradeFile.Load(path).ForYear(2019);
        Assert.Equal(10, m.Exports(m.IndexOf(new CountryCode("RUS")), m.IndexOf(new CountryCode("KAZ"))));
        Assert.Equal(12, m.TotalExports(m.IndexOf(new CountryCode("RUS"))));
        Assert.Equal(3, m.Exports(m.IndexOf(new CountryCode("TWN")), m.IndexOf(new CountryCode("RUS"))));
    }

    [Fact]
    public void Parquet_errors_name_the_row()
    {
        var path = Parquet("bad.parquet", "(2019, 'RUS', 'KAZ', 10.0), (2019, 'RUS', 'CHN', -1.0)");
        var e = Assert.Throws<InputException>(() => TradeFile.Load(path));
        Assert.Equal($"{path}: row 2: negative value -1 for RUS->CHN; trade values cannot be negative, fix or remove the row", e.Message);
        var dup = Parquet("dup.parquet", "(2019, 'RUS', 'KAZ', 10.0), (2019, 'RUS', 'CHN', 1.0), (2019, 'RUS', 'KAZ', 2.0)");
        Assert.Equal(
            $"{dup}: row 3: duplicate row for 2019 RUS->KAZ flow X; keep one row per key (first at row 1)",
            Assert.Throws<InputException>(() => TradeFile.Load(dup)).Message
        );
    }
}
