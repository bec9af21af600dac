using System.IO.Compression;
using System.Text;
using DuckDB.NET.Data;
using TradeScope.Core;
using TradeScope.Data;
using TradeScope.Econometrics;
using TradeScope.Tests.Cli;
using Xunit;

namespace TradeScope.Tests.Data;

/// <summary>
/// Damaged or mislabelled input files never give a result (issue 8): truncated or corrupted gzip, content that does not
/// match the extension, text that is not UTF-8, and messages that name the file, the line and what to do.
/// </summary>
public sealed class InputFileTests : IDisposable
{
    private readonly string _dir = CliRunner.TempFolder();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Trade = "year,reporter_iso3,partner_iso3,value\n2019,RUS,KAZ,10\n2019,KAZ,RUS,5\n2019,CHN,RUS,7\n";
    private const string Regression = "y,x,g\n1,0.5,a\n0,1.5,a\n3,2.5,b\n2,1.0,b\n5,3.0,c\n4,2.0,c\n";

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal))
            gzip.Write(Encoding.UTF8.GetBytes(text));
        return buffer.ToArray();
    }

    /// <summary>The run failed with exit 2 and one line naming <paramref name="file"/> and containing every fragment.</summary>
    private static void FailsWith(CliRunner.Result r, string file, params string[] fragments)
    {
        Assert.True(r.ExitCode == 2, $"exit {r.ExitCode}: {r.Error}");
        var line = Assert.Single(r.ErrorLines);
        Assert.Contains(Path.GetFileName(file), line);
        foreach (var fragment in fragments)
            Assert.Contains(fragment, line);
    }

    [Fact]
    public void A_truncated_bundled_comtrade_archive_is_rejected_not_read_as_fewer_reporters()
    {
        // The user study's case: the first 200,000 bytes of the 2019 Comtrade archive were read as 131 reporters.
        using var bundled = Bundled.Open("comtrade", "exports_2019A.csv.gz");
        using var copy = new MemoryStream();
        bundled.CopyTo(copy);
        var cut = Write("cut.csv.gz", copy.ToArray()[..200_000]);
        var r = CliRunner.Run("screen", "--reporter", "RUS", "--year", "2019", "--data", cut);
        FailsWith(r, cut, "the gzip archive is truncated (ends inside compressed data)", "download or copy it again");
    }

    [Fact]
    public void A_gzip_file_cut_at_any_length_is_rejected_by_every_text_reader()
    {
        // Two members (as gzip -c a b > c.gz makes): a cut anywhere, also inside the second member or a trailer, is an error.
        var first = Gzip(Regression[..20]);
        var bytes = first.Concat(Gzip(Regression[20..])).ToArray();
        Assert.Equal(6, TidyData.Read(Write("whole.csv.gz", bytes)).RowCount);
        for (var length = 0; length < bytes.Length; length++)
        {
            if (length == first.Length)
                continue; // the first member alone is a complete archive (gzip -t accepts it too)
            var path = Write($"cut{length}.csv.gz", bytes[..length]);
            var e = Assert.Throws<InputException>(() => TidyData.Read(path));
            Assert.StartsWith(path, e.Message);
            Assert.True(e.Message.Contains("truncated") || e.Message.Contains("empty"), e.Message);
        }
    }

    [Theory]
    [InlineData(8, "CRC32")]
    [InlineData(4, "length")]
    public void A_gzip_file_with_a_wrong_checksum_or_length_is_damaged_not_an_internal_error(int fromEnd, string check)
    {
        var bytes = Gzip(Regression);
        bytes[^fromEnd] ^= 0x01;
        var path = Write("bad.csv.gz", bytes);
        var r = CliRunner.Run("regress", "--data", path, "--formula", "y ~ x");
        FailsWith(r, path, "the gzip archive is damaged", check, "download or copy it again");
    }

    [Fact]
    public void Bytes_after_the_end_of_the_gzip_data_are_an_error()
    {
        var path = Write("tail.csv.gz", Gzip(Trade).Concat("garbage"u8.ToArray()).ToArray());
        FailsWith(CliRunner.Run("indices", "--reporter", "RUS", "--year", "2019", "--data", path), path, "after the end of the gzip data");
    }

    [Fact]
    public void A_multi_member_gzip_trade_file_is_read_whole_by_duckdb()
    {
        var lines = Trade.Split('\n');
        var path = Write("multi.csv.gz", Gzip(string.Join('\n', lines[..2]) + "\n").Concat(Gzip(string.Join('\n', lines[2..]))).ToArray());
        var data = TradeFile.Load(path);
        var m = data.ForYear(2019);
        Assert.Equal(7, m.Exports(m.IndexOf(new CountryCode("CHN")), m.IndexOf(new CountryCode("RUS"))));
    }

    public static IEnumerable<object[]> Mislabelled() =>
        [
            ["t.csv.gz", "plain", "is not gzip-compressed: it looks like plain CSV text; rename it to t.csv"],
            ["t.csv", "gzip", "is gzip-compressed; rename it to t.csv.gz"],
            ["t.csv", "parquet", "is a Parquet file"],
            ["t.parquet", "plain", "is not a Parquet file: it looks like plain CSV text; rename it to t.csv"],
            ["t.csv", "zip", "is a ZIP archive"],
            ["t.csv", "utf16", "UTF-16"],
            ["t.csv", "binary", "binary"],
        ];

    private byte[] Content(string kind, string text) =>
        kind switch
        {
            "plain" => Encoding.UTF8.GetBytes(text),
            "gzip" => Gzip(text),
            "parquet" => Parquet(text),
            "zip" => Zip(text),
            "utf16" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            _ => [0x00, 0x01, 0x02, 0x03, 0xFF, 0xFE, 0x10, 0x80, 0x00, 0x7F, 0x0A, 0x00],
        };

    private byte[] Parquet(string csv)
    {
        var source = Write("source.csv", csv);
        var target = Path.Combine(_dir, "source.parquet");
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"COPY (SELECT * FROM read_csv('{source}', header = true)) TO '{target}' (FORMAT parquet)";
        command.ExecuteNonQuery();
        return File.ReadAllBytes(target);
    }

    private static byte[] Zip(string text)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create))
        using (var entry = new StreamWriter(zip.CreateEntry("t.csv").Open()))
            entry.Write(text);
        return buffer.ToArray();
    }

    [Theory, MemberData(nameof(Mislabelled))]
    public void Trade_data_whose_content_does_not_match_the_extension_is_named_as_such(string name, string kind, string message)
    {
        var path = Write(name, Content(kind, Trade));
        FailsWith(CliRunner.Run("screen", "--reporter", "RUS", "--year", "2019", "--data", path), path, message);
    }

    [Theory, MemberData(nameof(Mislabelled))]
    public void Regression_data_whose_content_does_not_match_the_extension_is_named_as_such(string name, string kind, string message)
    {
        var path = Write(name, Content(kind, Regression));
        FailsWith(CliRunner.Run("regress", "--data", path, "--formula", "y ~ x"), path, message);
    }

    [Theory]
    [InlineData("generic")]
    [InlineData("exvatools")]
    public void An_icio_table_named_csv_gz_that_is_plain_text_is_named_as_such(string layout)
    {
        var path = Write("t.csv.gz", "from_region,from_sector,to_region,to_use,value\nAAA,s1,AAA,s1,1\n");
        FailsWith(
            CliRunner.Run("gvc", "--table", path, "--layout", layout, "--method", "oecd", "--exporter", "AAA"),
            path,
            "is not gzip-compressed: it looks like plain CSV text; rename it to t.csv"
        );
    }

    [Fact]
    public void Windows_1251_text_is_reported_as_not_utf8_at_its_line()
    {
        // "Россия" and "Соседи" in Windows-1251 (one byte per letter, 0xC0-0xFF), written byte by byte.
        byte[] russia = [0xD0, 0xEE, 0xF1, 0xF1, 0xE8, 0xFF],
            neighbours = [0xD1, 0xEE, 0xF1, 0xE5, 0xE4, 0xE8];
        var bytes = Encoding.UTF8.GetBytes(Trade + "2019,RUS,BLR,3\n2019,").Concat(russia).Concat(",BLR,4\n"u8.ToArray()).ToArray();
        var path = Write("ru.csv", bytes);
        FailsWith(
            CliRunner.Run("screen", "--reporter", "RUS", "--year", "2019", "--data", path),
            path,
            "ru.csv:6: not valid UTF-8",
            "save the file as UTF-8"
        );
        byte[] groupsBytes = [.. "group_id,member_iso3,name_ru\nNEAR,KAZ,"u8, .. neighbours, (byte)'\n'];
        var groups = Write("groups.csv", groupsBytes);
        FailsWith(
            CliRunner.Run("indices", "--reporter", "RUS", "--year", "2019", "--groups", groups),
            groups,
            "groups.csv:2: not valid UTF-8",
            "save the file as UTF-8"
        );
    }

    [Fact]
    public void Utf8_with_and_without_byte_order_mark_is_accepted()
    {
        foreach (var bom in new[] { "", "\uFEFF" })
        {
            var trade = Write("bom.csv", bom + Trade + "2019,RUS,BLR,3\n");
            Assert.Equal(0, CliRunner.Run("screen", "--reporter", "RUS", "--year", "2019", "--data", trade).ExitCode);
            var data = Write("bom.csv.gz", Gzip(bom + Regression));
            var r = CliRunner.Run("regress", "--data", data, "--formula", "y ~ x");
            Assert.True(r.ExitCode == 0, r.Error);
        }
    }

    [Fact]
    public void A_year_outside_1900_2100_is_called_out_of_range_not_a_non_year()
    {
        var trade = Write("old.csv", "year,reporter_iso3,partner_iso3,value\n1800,RUS,KAZ,10\n");
        FailsWith(
            CliRunner.Run("screen", "--reporter", "RUS", "--year", "2019", "--data", trade),
            trade,
            "old.csv:2: year '1800' is outside the accepted range 1900–2100"
        );
        var gdp = Write("gdp.csv", "iso3,year,gdppc_usd\nRUS,1800,10\n");
        var e = Assert.Throws<InputException>(() => GdpPerCapita.Load(gdp));
        Assert.Equal($"{gdp}:2: year '1800' is outside the accepted range 1900–2100", e.Message);
    }

    [Fact]
    public void A_negative_icio_cell_is_reported_at_its_line_and_column()
    {
        var exvatools = Write("neg.csv", "\"\",AAA_s1,BBB_s1,AAA_FD,BBB_FD\nAAA_s1,1,2,5,5\nBBB_s1,1,-2,5,5\n");
        FailsWith(
            CliRunner.Run("gvc", "--table", exvatools, "--layout", "exvatools", "--method", "oecd", "--exporter", "AAA"),
            exvatools,
            "neg.csv:3: negative intermediate flow -2 in column BBB_s1"
        );
        var generic = Write(
            "neg_long.csv",
            "from_region,from_sector,to_region,to_use,value\n"
                + "AAA,s1,AAA,s1,20\nAAA,s1,AAA,FD,50\nAAA,s1,BBB,s1,-10\nBBB,s1,BBB,s1,30\nBBB,s1,BBB,FD,70\n"
        );
        FailsWith(
            CliRunner.Run("gvc", "--table", generic, "--layout", "generic", "--method", "oecd", "--exporter", "AAA"),
            generic,
            "neg_long.csv:4: negative intermediate flow -10"
        );
    }

    [Fact]
    public void A_damaged_parquet_file_gets_a_message_without_sql_text()
    {
        var bytes = Parquet(Regression);
        var path = Write("d.parquet", bytes[..(bytes.Length / 2)].Concat(bytes[^8..]).ToArray());
        var r = CliRunner.Run("regress", "--data", path, "--formula", "y ~ x");
        FailsWith(r, path);
        Assert.DoesNotContain("LINE 1", r.Error);
        Assert.DoesNotContain("SELECT", r.Error);
        Assert.DoesNotContain("read_parquet", r.Error);
    }

    [Fact]
    public void A_truncated_parquet_file_is_called_truncated()
    {
        var bytes = Parquet(Trade);
        var path = Write("t.parquet", bytes[..(bytes.Length - 20)]);
        FailsWith(CliRunner.Run("screen", "--reporter", "RUS", "--year", "2019", "--data", path), path, "truncated");
    }

    [Fact]
    public void A_semicolon_separated_file_gets_the_same_message_from_regress_as_from_indices()
    {
        var trade = Write("semi.csv", Trade.Replace(',', ';'));
        var data = Write("semi_data.csv", Regression.Replace(',', ';'));
        const string message = ":1: the header is separated by ';', not commas; save the file as comma-separated CSV";
        FailsWith(CliRunner.Run("indices", "--reporter", "RUS", "--year", "2019", "--data", trade), trade, message);
        FailsWith(CliRunner.Run("regress", "--data", data, "--formula", "y ~ x"), data, message);
    }

    [Fact]
    public void Control_characters_and_long_echoes_never_reach_the_message()
    {
        var field = "R\u0001S" + new string('x', 500);
        var path = Write("ctl.csv", $"year,reporter_iso3,partner_iso3,value\n2019,{field},KAZ,10\n");
        var r = CliRunner.Run("screen", "--reporter", "RUS", "--year", "2019", "--data", path);
        FailsWith(r, path);
        Assert.DoesNotContain(r.Error.TrimEnd('\n'), c => char.IsControl(c));
        Assert.True(r.Error.Length < 400, r.Error);
    }

    [Fact]
    public void A_parquet_list_column_gives_no_dotnet_type_names()
    {
        var target = Path.Combine(_dir, "list.parquet");
        using (var connection = new DuckDBConnection("DataSource=:memory:"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"COPY (SELECT range::DOUBLE AS y, [range, 1] AS x FROM range(6)) TO '{target}' (FORMAT parquet)";
            command.ExecuteNonQuery();
        }
        var r = CliRunner.Run("regress", "--data", target, "--formula", "y ~ x");
        FailsWith(r, target, "column 'x' has the Parquet type");
        Assert.DoesNotContain("System.", r.Error);
        Assert.DoesNotContain("(Parameter", r.Error);
    }

    [Fact]
    public void Verification_reads_a_real_archive_once_and_agrees_with_gzip_framing()
    {
        // The bundled Comtrade archive of 2019 is 251,623 bytes; verification must accept it exactly as it is.
        using var bundled = Bundled.Open("comtrade", "exports_2019A.csv.gz");
        using var copy = new MemoryStream();
        bundled.CopyTo(copy);
        var path = Write("exports_2019A.csv.gz", copy.ToArray());
        var data = TradeFile.Load(path);
        Assert.Contains(data.ForYear(2019).Provenance.Notes, n => n.En.Contains("2019: 161 reporting exporters"));
    }
}
