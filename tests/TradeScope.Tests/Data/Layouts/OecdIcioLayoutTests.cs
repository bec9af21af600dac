using System.Globalization;
using System.IO.Compression;
using System.Text;
using TradeScope.Analyses;
using TradeScope.Cli;
using TradeScope.Core;
using TradeScope.Data;
using TradeScope.LinearAlgebra;
using TradeScope.Model;
using TradeScope.Tests.Cli;
using TradeScope.ValueChains;
using TradeScope.ValueChains.Decompositions;
using Xunit;
using static TradeScope.Tests.ValueChains.IcioTestSupport;

namespace TradeScope.Tests.Data.Layouts;

/// <summary>
/// The OECD ICIO layout (<see cref="OecdIcioLayout"/>, docs/methods/value-chains.md#oecd-icio): exvatools' iciotest
/// table written in the 2023, 2021 and 2018 layouts gives the decompositions of the exvatools reading; written small
/// (China and Mexico merged) it gives those of the merged table; ZIP bundles, series directories and the full-size
/// synthetic 2023 extended table; bad files give one line naming the file, the member and the label, exit 2.
/// </summary>
public sealed class OecdIcioLayoutTests : IDisposable
{
    private readonly string _dir = CliRunner.TempFolder();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly Lazy<IcioTable> IcioTest = new(() =>
        ExvatoolsLayout.Read(Fixture("exvatools", "iciotest_input_Z_Yfd.csv"), null)
    );

    /// <summary>2023 industry codes for the three iciotest sectors (one with an underscore, read by the first-underscore rule).</summary>
    private static string Code2023(string sector) =>
        sector switch
        {
            "01T09" => "A01_09",
            "10T39" => "C10T39",
            "41T98" => "F_T",
            _ => sector,
        };

    private string WriteTable(IcioTable table, OecdIcioEdition edition, string name)
    {
        var path = Path.Combine(_dir, name);
        using var writer = new StreamWriter(path);
        OecdIcioLayout.Write(table, writer, edition, edition == OecdIcioEdition.Edition2023 ? Code2023 : null);
        return path;
    }

    /// <summary>Every row of every registered method, all exporters, with and without detail; sectors by position.</summary>
    private static List<(string Key, double Value)> Decompositions(IcioTable table)
    {
        var system = LeontiefSystem.Build(table, ManagedLinearAlgebra.Instance);
        var sectorIndex = (string s) => s.Length == 0 ? "" : table.SectorIndex(s).ToString(CultureInfo.InvariantCulture);
        var rows = new List<(string, double)>();
        foreach (var method in GvcMethods.All)
            foreach (var detail in new[] { false, true })
                foreach (var r in GvcAnalysis.Run(system, method, "all", detail).Rows)
                    rows.Add(
                        (
                            $"{method.Name}/{detail}/{r.Exporter}/{r.Importer}/{sectorIndex(r.Sector)}/{r.SourceCountry}/"
                                + $"{sectorIndex(r.SourceSector)}/{r.Term.Label}",
                            r.Value
                        )
                    );
        return rows;
    }

    private static void SameDecompositions(IcioTable expected, IcioTable actual)
    {
        var want = Decompositions(expected);
        var got = Decompositions(actual);
        Assert.Equal(want.Count, got.Count);
        var scale = want.Max(r => double.IsFinite(r.Value) ? Math.Abs(r.Value) : 0);
        for (var i = 0; i < want.Count; i++)
        {
            Assert.Equal(want[i].Key, got[i].Key);
            if (double.IsNaN(want[i].Value))
                Assert.True(double.IsNaN(got[i].Value), want[i].Key);
            else
                Relative(want[i].Value, got[i].Value, 1e-9, want[i].Key, 1e-6 * scale);
        }
    }

    public static IEnumerable<object[]> Editions() => Enum.GetValues<OecdIcioEdition>().Select(e => new object[] { e });

    [Theory, MemberData(nameof(Editions))]
    public void Iciotest_written_in_each_edition_gives_the_decompositions_of_the_exvatools_layout(OecdIcioEdition edition)
    {
        var path = WriteTable(IcioTest.Value, edition, $"ICIO_{edition}_2015.csv");
        var table = OecdIcioLayout.Read(path, null);
        Assert.Equal(2015, table.Year);
        Assert.Equal(["ESP", "FRA", "MEX", "USA", "CHN", "ROW", "MX1", "MX2", "CN1", "CN2"], table.Regions);
        Assert.Equal(["ESP", "FRA", "MEX", "USA", "CHN", "ROW", "MEX", "MEX", "CHN", "CHN"], table.RegionCountries);
        Assert.Equal(IcioTest.Value.Countries, table.Countries);
        var sectors = edition == OecdIcioEdition.Edition2023 ? ["A01_09", "C10T39", "F_T"] : new[] { "01T09", "10T39", "41T98" };
        Assert.Equal(sectors, table.Sectors);
        Assert.True(table.Balance.HasPublishedOutput);
        Assert.Contains(edition.ToString()[^4..], table.Provenance.Source.En, StringComparison.Ordinal);
        Assert.Contains(table.Provenance.Notes, n => n.En.StartsWith("extended table", StringComparison.Ordinal));
        SameDecompositions(IcioTest.Value, table);
    }

    /// <summary>The iciotest table with each country's parts merged into its own block (what OECD's small files hold):
    /// rows and columns of CN1, CN2 added into CHN, of MX1, MX2 into MEX, the parts dropped.</summary>
    private static IcioTable Merged(IcioTable split)
    {
        var keep = split.Regions.Where((r, i) => split.RegionCountries[i] == r).ToList();
        var k = split.SectorCount;
        var builder = new IcioTableBuilder("merged", keep, keep, split.Sectors, split.Countries);
        var m = keep.Count * k;
        int Target(int i) => keep.IndexOf(split.RegionCountries[i / k]) * k + i % k;
        for (var i = 0; i < split.Size; i++)
        {
            for (var j = 0; j < split.Size; j++)
                builder.Intermediate[Target(i) + Target(j) * m] += split.Z(i, j);
            for (var c = 0; c < split.CountryCount; c++)
                builder.FinalDemand[Target(i) + c * m] += split.Y(i, c);
        }
        return builder.Build();
    }

    [Fact]
    public void Small_layout_gives_the_decompositions_of_the_merged_table()
    {
        var merged = Merged(IcioTest.Value);
        var table = OecdIcioLayout.Read(WriteTable(merged, OecdIcioEdition.Edition2023, "2015_SML.csv"), null);
        Assert.Equal(["ESP", "FRA", "MEX", "USA", "CHN", "ROW"], table.Regions);
        Assert.Contains(table.Provenance.Notes, n => n.En.StartsWith("small table", StringComparison.Ordinal));
        SameDecompositions(merged, table);
        // Merging before computing is another variant: CHN's domestic content of exports (DC = EXGR_DVA) is 4414.674 merged against
        // exvatools' 4409.662022 on the split table (docs/methods/value-chains.md#china-mexico-split).
        double DomesticContent(IcioTable t)
        {
            var rows = GvcAnalysis.Run(LeontiefSystem.Build(t, ManagedLinearAlgebra.Instance), GvcMethods.Parse("oecd"), "CHN", false).Rows;
            return rows.Single(r => r.Term.Label == "DC" && r.Importer == "" && r.Sector == "" && r.SourceCountry == "").Value;
        }
        Printed("4414.674", DomesticContent(table), "CHN EXGR_DVA, small layout");
        Printed(
            "4409.662022",
            DomesticContent(OecdIcioLayout.Read(WriteTable(IcioTest.Value, OecdIcioEdition.Edition2023, "2015.csv"), null)),
            "split"
        );
    }

    private string Zip(string name, params (string Member, string Text)[] members)
    {
        var path = Path.Combine(_dir, name);
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (member, text) in members)
        {
            using var stream = archive.CreateEntry(member).Open();
            stream.Write(Encoding.UTF8.GetBytes(text));
        }
        return path;
    }

    private static string Text(IcioTable table, OecdIcioEdition edition)
    {
        using var writer = new StringWriter();
        OecdIcioLayout.Write(table, writer, edition, edition == OecdIcioEdition.Edition2023 ? Code2023 : null);
        return writer.ToString();
    }

    [Fact]
    public void Zip_bundles_gzip_files_and_series_directories_are_read_by_year()
    {
        var text = Text(IcioTest.Value, OecdIcioEdition.Edition2023);
        var small = Text(Merged(IcioTest.Value), OecdIcioEdition.Edition2023);
        var series = Directory.CreateDirectory(Path.Combine(_dir, "series")).FullName;
        var bundle = Path.Combine(series, "2016-2020_SML.zip");
        File.Move(Zip("b.zip", ("2019_SML.csv", small), ("2020_SML.csv", text)), bundle);
        var older = Path.Combine(series, "ICIO2021_2018.csv.gz");
        using (var gz = new GZipStream(File.Create(older), CompressionLevel.Fastest))
            gz.Write(Encoding.UTF8.GetBytes(Text(IcioTest.Value, OecdIcioEdition.Edition2021)));
        Assert.Equal(bundle, RvcSeries.Locate(series, IcioLayout.Oecd, 2019));
        Assert.Equal(bundle, RvcSeries.Locate(series, IcioLayout.Oecd, 2020));
        Assert.Equal(older, RvcSeries.Locate(series, IcioLayout.Oecd, 2018));
        var y2019 = IcioReader.Read(bundle, IcioLayout.Oecd, 2019);
        Assert.Equal(6, y2019.RegionCount);
        Assert.Equal(2019, y2019.Year);
        Assert.Equal(10, IcioReader.Read(bundle, IcioLayout.Oecd, 2020).RegionCount);
        var y2018 = IcioReader.Read(older, IcioLayout.Oecd, null);
        Assert.Equal(2018, y2018.Year);
        Assert.Contains("2021 edition", y2018.Provenance.Source.En, StringComparison.Ordinal);
        var missing = Assert.Throws<InputException>(() => RvcSeries.Locate(series, IcioLayout.Oecd, 2017));
        Assert.Contains("no table for this year", missing.Message, StringComparison.Ordinal);
        var noYear = Assert.Throws<InputException>(() => IcioReader.Read(bundle, IcioLayout.Oecd, null));
        Assert.Contains("2019_SML.csv, 2020_SML.csv", OptionNames.Message(noYear), StringComparison.Ordinal);

        var run = CliRunner.Run(
            "gvc",
            "--table",
            bundle,
            "--layout",
            "oecd-icio",
            "--year",
            "2020",
            "--method",
            "oecd",
            "--exporter",
            "CHN"
        );
        Assert.True(run.ExitCode == 0, run.Error);
        var (_, rows) = CliRunner.ReadCsv(run.Output);
        var dva = rows.Single(r => r["term"] == "DC" && r["importer"] == "" && r["sector"] == "" && r["source_country"] == "");
        Printed("4409.662022", double.Parse(dva["value"], CultureInfo.InvariantCulture), "CHN EXGR_DVA from the bundle");
    }

    /// <summary>A 2023-layout file as text with one edit.</summary>
    private static string Damaged(Func<string, string> edit) => edit(Text(IcioTest.Value, OecdIcioEdition.Edition2023));

    public static IEnumerable<object[]> BadFiles() =>
        [
            ["missing block", "2015.csv", "no row CN1_C10T39"],
            ["duplicate label", "2015.csv", "duplicate row label 'ESP_F_T'"],
            ["non-finite cell", "2015.csv", "'inf' in column CN2_F_T is not a finite number"],
            ["unknown column", "2015.csv", "unknown column label 'ESP_XYZ'"],
            ["member without year", "2014-2015.zip", "no member for 2016 (members: 2015.csv)"],
            ["member non-finite", "2014-2015.zip", "2014-2015.zip (member 2015.csv):"],
        ];

    /// <summary>The row with its 30th intermediate-use cell (column CN2_F_T) replaced by "inf".</summary>
    private static string NonFinite(string line)
    {
        var fields = line.Split(',');
        fields[30] = "inf";
        return string.Join(',', fields);
    }

    [Theory, MemberData(nameof(BadFiles))]
    public void Bad_files_give_one_line_naming_file_member_and_label_and_exit_2(string name, string file, string message)
    {
        var lines = Text(IcioTest.Value, OecdIcioEdition.Edition2023).Split('\n').ToList();
        var text = name switch
        {
            "missing block" => string.Join('\n', lines.Where(l => !l.StartsWith("CN1_C10T39,", StringComparison.Ordinal))),
            "duplicate label" => string.Join('\n', lines.Take(4).Append(lines[3]).Concat(lines.Skip(4))),
            "non-finite cell" or "member non-finite" => string.Join('\n', lines.Select((l, i) => i == 5 ? NonFinite(l) : l)),
            "unknown column" => Damaged(t => t.Replace(",ESP_NPISH,", ",ESP_XYZ,")),
            _ => Text(IcioTest.Value, OecdIcioEdition.Edition2023),
        };
        string path;
        if (file.EndsWith(".zip", StringComparison.Ordinal))
            path = Zip(file, ("2015.csv", text));
        else
            File.WriteAllText(path = Path.Combine(_dir, file), text);
        var output = Path.Combine(_dir, "out.csv");
        var year = name == "member without year" ? "2016" : "2015";
        var run = CliRunner.Run("gvc", "--table", path, "--layout", "oecd", "--year", year, "--method", "oecd", "--out", output);
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Contains(path, run.Error, StringComparison.Ordinal);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_damaged_zip_member_is_reported_not_read()
    {
        var path = Zip("2015.zip", ("2015.csv", Text(IcioTest.Value, OecdIcioEdition.Edition2023)));
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0x55;
        File.WriteAllBytes(path, bytes);
        var run = CliRunner.Run("gvc", "--table", path, "--layout", "oecd", "--method", "oecd");
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Contains("2015.zip", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Year_is_the_last_four_digit_year_of_the_name()
    {
        Assert.Equal(2018, OecdIcioLayout.YearOfName("ICIO2021_2018.csv"));
        Assert.Equal(2011, OecdIcioLayout.YearOfName("dir2000/ICIO2018_2011.CSV"));
        Assert.Equal(2019, OecdIcioLayout.YearOfName("2019_SML.csv"));
        Assert.Equal(2019, OecdIcioLayout.YearOfName("ICIO2023_2019.csv"));
        Assert.Null(OecdIcioLayout.YearOfName("table.csv"));
        Assert.Null(OecdIcioLayout.YearOfName("120190.csv"));
    }

    [Fact]
    public void The_full_size_synthetic_extended_table_has_the_2023_shape_and_reads_back_exactly()
    {
        var table = SyntheticIcio.Oecd2023Extended(seed: 5);
        Assert.Equal(81 * 45, table.Size);
        Assert.Equal(77, table.CountryCount);
        Assert.Contains("BLR", table.Countries);
        Assert.Contains("KAZ", table.Countries);
        Assert.Equal(["ROW", "MX1", "MX2", "CN1", "CN2"], table.Regions.Skip(76));
        Assert.Equal("A01_02", table.Sectors[0]);
        Assert.Equal("C26", table.Sectors[16]);
        Assert.Equal("T", table.Sectors[44]);
        var chn = table.Regions.ToList().IndexOf("CHN");
        for (var s = 0; s < 45; s++)
            Assert.Equal(0, table.Output[chn * 45 + s]);
        var path = Path.Combine(_dir, "2020.csv");
        using (var writer = new StreamWriter(path))
            OecdIcioLayout.Write(table, writer, OecdIcioEdition.Edition2023);
        using (var reader = new StreamReader(path))
        {
            Assert.Equal(1 + 3645 + 462 + 1, reader.ReadLine()!.Split(',').Length);
            var lines = 1;
            while (reader.ReadLine() is not null)
                lines++;
            Assert.Equal(1 + 3648, lines);
        }
        var read = OecdIcioLayout.Read(path, null);
        Assert.Equal(table.Regions, read.Regions);
        Assert.Equal(table.Sectors, read.Sectors);
        Assert.True(table.Intermediate.SequenceEqual(read.Intermediate));
        Assert.True(table.FinalDemand.SequenceEqual(read.FinalDemand));
    }

    [Fact]
    public void Numbers_are_parsed_as_the_framework_parses_them()
    {
        string[] good = ["0", "1", "-2.5", "+3", "1e5", "1E-300", ".5", "5.", "123456789.123456789", "4.9406564584124654E-324", " 7 "];
        foreach (var text in good)
            Assert.Equal(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture), TableCsv.Number(text.Trim(), "f", 2, "c"));
        Assert.Equal(0, TableCsv.Number("", "f", 2, "c"));
        Assert.Equal(0, TableCsv.Number("NA", "f", 2, "c"));
        foreach (var text in new[] { "1.5x", "1,5", "inf", "NaN", "-Infinity", "1e400", "0x10", "--1" })
        {
            var error = Assert.Throws<InputException>(() => TableCsv.Number(text, "f.csv", 7, "AUS_C26"));
            Assert.StartsWith("f.csv:7: ", error.Message, StringComparison.Ordinal);
            Assert.Contains("in column AUS_C26 is not a finite number", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_wide_table_reports_its_first_bad_row_at_its_line()
    {
        const int width = 300;
        var text = new StringBuilder("V1," + string.Join(',', Enumerable.Range(0, width).Select(k => $"c{k}")) + "\n");
        for (var r = 0; r < 2000; r++)
        {
            var cell = r is 1200 or 1900 ? "x" : "1.5";
            text.Append($"r{r},").AppendJoin(',', Enumerable.Repeat(cell, width)).Append(r == 700 ? "\n\n" : "\n");
        }
        var csv = Encoding.UTF8.GetBytes(text.ToString());
        var error = Assert.Throws<InputException>(() => LabelledCsv.Read(new MemoryStream(csv), "wide.csv"));
        Assert.Equal("wide.csv:1203: 'x' in column c0 is not a finite number", error.Message);
        var good = LabelledCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString().Replace(",x", ",2"))), "wide.csv");
        Assert.Equal(2000, good.RowLabels.Count);
        Assert.Equal("r1999", good.RowLabels[^1]);
        Assert.Equal(2002, good.RowLines[^1]);
        Assert.Equal(2.0, good[1200, width - 1]);
        Assert.Equal(1.5, good[1999, 0]);
    }
}
