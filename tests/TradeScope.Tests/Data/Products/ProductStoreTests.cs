using System.Globalization;
using System.IO.Compression;
using TradeScope.Core;
using TradeScope.Data;
using TradeScope.Data.Products;
using TradeScope.Model;
using TradeScope.Tests.Cli;
using Xunit;

namespace TradeScope.Tests.Data.Products;

/// <summary>
/// The product store (issue 10, "Store" and the Kazakhstan acceptance lines): imports of real BACI extracts give the
/// files' own sums (computed here by reading the files independently of DuckDB), world files import as exports to WLD,
/// re-imports replace, failed imports change nothing, and the query API sums inside DuckDB as documented.
/// </summary>
public sealed class ProductStoreTests : IDisposable
{
    private readonly string _dir = CliRunner.TempFolder();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "kaz-hs6", name);

    private string Db => Path.Combine(_dir, "store.duckdb");

    /// <summary>The rows of a gzip CSV fixture read with .NET (not DuckDB): field by column name.</summary>
    private static List<Dictionary<string, string>> ReadFixture(string name)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(Fixture(name)), CompressionMode.Decompress));
        var table = CsvTable.Parse(reader, name);
        return [.. table.Rows.Select(r => table.Header.Select((h, i) => (h, r[i])).ToDictionary(x => x.h, x => x.Item2))];
    }

    private static decimal Thousands(string text) => decimal.Parse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture) * 1000m;

    private static void AssertClose(decimal expected, double actual) =>
        Assert.True(Math.Abs((double)expected - actual) <= 1e-9 * Math.Abs((double)expected), $"expected {expected}, got {actual}");

    private string WriteFile(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Kazakhstan_partner_file_imports_with_totals_equal_to_the_files_sum()
    {
        var rows = ReadFixture("kaz_partners_2021.csv.gz");
        using var store = ProductStore.OpenForWriting(Db);
        store.Import(new ProductImportRequest(Fixture("kaz_partners_2021.csv.gz"), ProductSource.Baci));

        var entry = Assert.Single(store.Info().Imports);
        Assert.Equal(("baci", 2021, (long)rows.Count), (entry.Source, entry.Year, entry.Rows));
        AssertClose(rows.Sum(r => Thousands(r["v"])), entry.ValueTotal);
        // By partner: the file's j codes are M49 (156 China, 276 Germany, 300 Greece, 643 Russia, 826 United Kingdom).
        var byPartner = store.Totals([2021], null, byPartner: true);
        var iso3 = new Dictionary<string, string>
        {
            ["156"] = "CHN",
            ["276"] = "DEU",
            ["300"] = "GRC",
            ["643"] = "RUS",
            ["826"] = "GBR",
        };
        foreach (var group in rows.GroupBy(r => iso3[r["j"]]))
            AssertClose(group.Sum(r => Thousands(r["v"])), byPartner.Where(t => t.Partner == group.Key).Sum(t => t.Value));
        Assert.All(byPartner, t => Assert.Equal("KAZ", t.Reporter));
        // Five-digit codes (a lost leading zero) are padded; six-digit codes are kept.
        Assert.Contains(rows, r => r["k"].Length == 5);
        Assert.All(byPartner, t => Assert.Matches("^[0-9]{6}$", t.Product));
        var padded = rows.First(r => r["k"].Length == 5);
        Assert.Contains(byPartner, t => t.Product == "0" + padded["k"] && t.Partner == iso3[padded["j"]]);
    }

    [Fact]
    public void Kazakhstan_world_file_without_partner_column_imports_as_exports_to_the_world()
    {
        var rows = ReadFixture("kaz_exports_2019.csv.gz");
        Assert.DoesNotContain("j", rows[0].Keys);
        using var store = ProductStore.OpenForWriting(Db);
        store.Import(new ProductImportRequest(Fixture("kaz_exports_2019.csv.gz"), ProductSource.Baci, HsRevision.Hs2002));

        var byPartner = store.Totals([2019], null, byPartner: true);
        Assert.All(byPartner, t => Assert.Equal(ProductStore.World, t.Partner));
        Assert.Equal(rows.Count, byPartner.Count);
        AssertClose(rows.Sum(r => Thousands(r["v"])), byPartner.Sum(t => t.Value));
        // Grouped by HS chapter (a map keyed on two digits): each chapter's total is the file's sum over its products.
        var chapters = Enumerable
            .Range(1, 99)
            .Select(c => c.ToString("00", CultureInfo.InvariantCulture))
            .ToDictionary(c => c, c => "ch" + c);
        var byChapter = store.Totals([2019], revision => new ProductGroupMap(2, chapters), byPartner: false);
        foreach (var chapter in rows.GroupBy(r => r["k"].PadLeft(6, '0')[..2]))
            AssertClose(chapter.Sum(r => Thousands(r["v"])), Assert.Single(byChapter, t => t.Product == "ch" + chapter.Key).Value);
        Assert.Equal(HsRevision.Hs2002, store.Info().Imports.Single().HsRevision);
    }

    [Fact]
    public void The_HS_revision_is_read_from_a_BACI_file_name_unless_stated()
    {
        Assert.Equal(HsRevision.Hs2002, ProductImport.RevisionFromName("/data/BACI_HS02_Y2021_V202401.csv"));
        Assert.Equal(HsRevision.Hs1992, ProductImport.RevisionFromName("BACI_HS92_Y1995_V202401.csv.gz"));
        Assert.Null(ProductImport.RevisionFromName("kaz_partners_2021.csv.gz"));
        var named = Path.Combine(_dir, "BACI_HS17_Y2021_V202401.csv");
        File.WriteAllText(named, "t,i,j,k,v,q\n2021,398,643,10110,1.5,NA\n");
        using var store = ProductStore.OpenForWriting(Db);
        store.Import(new ProductImportRequest(named, ProductSource.Baci));
        Assert.Equal(HsRevision.Hs2017, store.Info().Imports.Single().HsRevision);
        store.Import(new ProductImportRequest(named, ProductSource.Baci, HsRevision.Hs2012));
        Assert.Equal(HsRevision.Hs2012, store.Info().Imports.Single().HsRevision);
    }

    [Fact]
    public void Reimporting_a_year_replaces_it_instead_of_duplicating_it()
    {
        var first = WriteFile("a.csv", "t,i,j,k,v,q\n2021,398,643,10110,1.5,NA\n2021,398,156,10110,2,\n");
        var second = WriteFile("b.csv", "t,i,j,k,v,q\n2021,398,643,10110,4,NA\n");
        using var store = ProductStore.OpenForWriting(Db);
        Assert.Empty(store.Import(new ProductImportRequest(first, ProductSource.Baci)).Replaced);
        var again = store.Import(new ProductImportRequest(second, ProductSource.Baci));
        Assert.Equal([2021], again.Replaced);
        var entry = Assert.Single(store.Info().Imports);
        Assert.Equal(1, entry.Rows);
        Assert.Equal(4000, Assert.Single(store.Totals([2021], null, byPartner: true)).Value);
    }

    [Fact]
    public void A_failing_import_reports_the_line_and_leaves_the_store_unchanged()
    {
        var good = WriteFile("good.csv", "t,i,j,k,v,q\n2021,398,643,10110,1.5,NA\n");
        var bad = WriteFile("bad.csv", "t,i,j,k,v,q\n2021,398,643,10110,1.5,NA\n2021,398,156,10110,7,\n2021,398,156,10120,-3,\n");
        using var store = ProductStore.OpenForWriting(Db);
        store.Import(new ProductImportRequest(good, ProductSource.Baci));
        var before = store.Info().Imports;
        var error = Assert.Throws<InputException>(() => store.Import(new ProductImportRequest(bad, ProductSource.Baci)));
        Assert.StartsWith($"{bad}:4: negative value '-3'", error.Message);
        Assert.Equal(before, store.Info().Imports);
        Assert.Equal(1500, Assert.Single(store.Totals([2021], null, byPartner: true)).Value);
    }

    [Theory]
    [InlineData("t,i,j,k,v,q\n2021,398,643,10110,1,\n2021,398,643,010110,2,\n", 3, "duplicate row for 2021 KAZ->RUS product 010110")]
    [InlineData("t,i,j,k,v,q\n2021,398,643,10110,1,\n2021,398,999,10110,2,\n", 3, "unknown country code '999' in column j")]
    [InlineData("t,i,j,k,v,q\n2021,398,643,10110,1,\n\n2021,999,643,10110,2,\n", 4, "unknown country code '999' in column i")]
    [InlineData("t,i,j,k,v,q\n2021,398,643,10110,abc,\n", 2, "value 'abc' in column v is not a number")]
    [InlineData("t,i,j,k,v,q\n2021,398,643,10110,1,x\n", 2, "quantity 'x' in column q is not a number")]
    [InlineData("t,i,j,k,v,q\n2021,398,643,TOTAL,1,\n", 2, "product code 'TOTAL' in column k is not an HS6 code")]
    [InlineData("t,i,j,k,v,q\n2021,398,643,1011,1,\n", 2, "product code '1011' in column k is not an HS6 code")]
    [InlineData("t,i,j,k,v,q\nyear,398,643,10110,1,\n", 2, "year 'year' in column t is not a year")]
    [InlineData("t,i,j,k,v,q\n2021,398,643,10110,1,\n2021.5,398,643,10120,1,\n", 3, "year '2021.5' in column t is not a year")]
    [InlineData("t,i,j,k,v,q\n2021,398,643,10110,1e400,\n", 2, "value '1e400' in column v is not a number")]
    [InlineData("t,i,j,k,v,q\n2021,398,643,10110,,\n", 2, "value '' in column v is not a number")]
    [InlineData("t,i,j,k,v,q\n2021,398,643,10110,1,\n2021, 398 ,643,10110, 2 ,\n", 3, "duplicate row for 2021 KAZ->RUS product 010110")]
    [InlineData("t,i,j,k,v,q,name\n2021,398,643,10110,1,,\"two\nlines\"\n2021,398,643,10120,-1,,x\n", 4, "negative value '-1'")]
    [InlineData("t,i,j,k,v,q\n2021,398,643,10110,1,\n2021,4.5,643,10110,2,\n", 3, "unknown country code '4.5' in column i")]
    [InlineData("t,i,j,k,v,q\n2021,398,0x1F,10110,1,\n", 2, "unknown country code '0x1F' in column j")]
    [InlineData("t,i,j,k,v,q\n2.021e3,398,643,10110,1,\n", 2, "year '2.021e3' in column t is not a year")]
    [InlineData("t,i,j,k,v,q\n2021,398,643,10110,1_000,\n", 2, "value '1_000' in column v is not a number")]
    [InlineData("t,i,j,k,v,q\n2021,398,643,10110,1,0x10\n", 2, "quantity '0x10' in column q is not a number")]
    [InlineData("t,i,k,v\n", 2, "no data rows")]
    [InlineData("t,j,k,v\n2021,643,10110,1\n", 1, "header must include t, i, k, v")]
    public void Bad_rows_are_reported_with_their_physical_line(string text, int line, string message)
    {
        var path = WriteFile("bad.csv", text);
        using var store = ProductStore.OpenForWriting(Db);
        var error = Assert.Throws<InputException>(() => store.Import(new ProductImportRequest(path, ProductSource.Baci)));
        Assert.StartsWith($"{path}:{line}: {message}", error.Message);
        Assert.Empty(store.Info().Imports);
    }

    /// <summary>Spaces around fields, quoted fields, " NA" and a year written 2021.0 are what the staged path (which trims)
    /// reads and the fast path (which does not) leaves to it: the store must end up as from the clean file.</summary>
    [Fact]
    public void A_file_with_padded_and_quoted_fields_imports_as_its_clean_twin()
    {
        var clean = WriteFile("clean.csv", "t,i,j,k,v,q\n2021,398,643,10110,1.5,NA\n2021,398,156,850110,2,7\n2021,643,398,10110,4,\n");
        var messy = WriteFile(
            "messy.csv",
            "t,i,j,k,v,q\n 2021 ,398, 643,10110 ,\"1.5\", NA\n\"2021\",\" 398\",156,850110, 2 ,7 \n2021.0,643,398,\"10110\",4,\n"
        );
        ProductImportEntry Import(string path, string db, out IReadOnlyList<ProductFlowTotal> flows)
        {
            using var store = ProductStore.OpenForWriting(Path.Combine(_dir, db));
            store.Import(new ProductImportRequest(path, ProductSource.Baci));
            flows = store.Totals([2021], null, byPartner: true);
            return Assert.Single(store.Info().Imports);
        }
        var fromClean = Import(clean, "clean.duckdb", out var cleanFlows);
        var fromMessy = Import(messy, "messy.duckdb", out var messyFlows);
        // Counted by hand: 3 rows, reporters KAZ and RUS, partners RUS, CHN and KAZ, products 010110 and 850110, 7.5 thousand US$.
        Assert.Equal(
            (3L, 2L, 3L, 2L, 7500.0),
            (fromClean.Rows, fromClean.Reporters, fromClean.Partners, fromClean.Products, fromClean.ValueTotal)
        );
        Assert.Equal(
            (fromClean.Rows, fromClean.Reporters, fromClean.Partners, fromClean.Products, fromClean.ValueTotal),
            (fromMessy.Rows, fromMessy.Reporters, fromMessy.Partners, fromMessy.Products, fromMessy.ValueTotal)
        );
        Assert.Equal(
            [("KAZ", "CHN", "850110", 2000.0), ("KAZ", "RUS", "010110", 1500.0), ("RUS", "KAZ", "010110", 4000.0)],
            cleanFlows.Select(t => (t.Reporter, t.Partner, t.Product, t.Value))
        );
        Assert.Equal(cleanFlows, messyFlows);
    }

    /// <summary>The fast path proves a file free of duplicates when its keys increase row by row; a file out of order, or
    /// with two codes of one country (BACI's 250 and 251 are both France), is checked in the store instead.</summary>
    [Theory]
    [InlineData("t,i,j,k,v,q\n2021,398,643,10120,1,\n2021,398,156,10110,2,\n2021,398,643,10120,3,\n", 4, "2021 KAZ->RUS product 010120")]
    [InlineData("t,i,j,k,v,q\n2021,250,643,10110,1,\n2021,251,643,10110,2,\n", 3, "2021 FRA->RUS product 010110")]
    [InlineData("t,i,j,k,v,q\n2021,398,250,10110,1,\n2021,398,251,10110,2,\n", 3, "2021 KAZ->FRA product 010110")]
    public void Duplicates_are_found_in_files_out_of_order_and_through_two_codes_of_one_country(string text, int line, string key)
    {
        var path = WriteFile("dup.csv", text);
        using var store = ProductStore.OpenForWriting(Db);
        var error = Assert.Throws<InputException>(() => store.Import(new ProductImportRequest(path, ProductSource.Baci)));
        Assert.StartsWith($"{path}:{line}: duplicate row for {key}", error.Message);
        Assert.Empty(store.Info().Imports);
    }

    [Fact]
    public void A_clean_file_is_read_once_and_a_file_out_of_order_gives_the_same_store()
    {
        var ordered = WriteFile("ordered.csv", "t,i,j,k,v,q\n2021,250,643,10110,1,\n2021,398,156,10110,2,3.5\n2021,398,643,850110,4,NA\n");
        var shuffled = WriteFile(
            "shuffled.csv",
            "t,i,j,k,v,q\n2021,398,643,850110,4,NA\n2021,250,643,10110,1,\n2021,398,156,10110,2,3.5\n"
        );
        var steps = new List<string>();
        var progress = new Recorder(steps);
        (ProductImportEntry Entry, IReadOnlyList<ProductFlowTotal> Flows) Import(string path, string db)
        {
            using var store = ProductStore.OpenForWriting(Path.Combine(_dir, db));
            store.Import(new ProductImportRequest(path, ProductSource.Baci), progress);
            return (Assert.Single(store.Info().Imports), store.Totals([2021], null, byPartner: true));
        }
        var fromOrdered = Import(ordered, "a.duckdb");
        var fromShuffled = Import(shuffled, "b.duckdb");
        Assert.DoesNotContain(ProductImport.ReadingAgain, steps);
        Assert.Equal(fromOrdered.Flows, fromShuffled.Flows);
        var (a, b) = (fromOrdered.Entry, fromShuffled.Entry);
        // Counted by hand: 3 rows, reporters FRA and KAZ, partners RUS and CHN, products 010110 and 850110, 7 thousand US$.
        Assert.Equal((3L, 2L, 2L, 2L, 7000.0), (a.Rows, a.Reporters, a.Partners, a.Products, a.ValueTotal));
        Assert.Equal(
            (a.Rows, a.Reporters, a.Partners, a.Products, a.ValueTotal),
            (b.Rows, b.Reporters, b.Partners, b.Products, b.ValueTotal)
        );
        Import(WriteFile("padded.csv", "t,i,j,k,v,q\n2021, 398,643,10110,1,\n"), "c.duckdb");
        Assert.Contains(ProductImport.ReadingAgain, steps);
    }

    [Theory]
    [InlineData("\r\n", false)]
    [InlineData("\n", true)]
    [InlineData("\r\n", true)]
    public void Windows_line_ends_blank_lines_and_a_byte_order_mark_keep_a_clean_file_on_the_single_read(string newline, bool byteOrderMark)
    {
        var text = string.Join(newline, "t,i,j,k,v,q", "2021,398,156,10110,2,3.5", "", "2021,398,643,850110,4,NA", "", "");
        var path = Path.Combine(_dir, "crlf.csv");
        File.WriteAllText(path, text, new System.Text.UTF8Encoding(byteOrderMark));
        var steps = new List<string>();
        using var store = ProductStore.OpenForWriting(Db);
        store.Import(new ProductImportRequest(path, ProductSource.Baci), new Recorder(steps));
        Assert.DoesNotContain(ProductImport.ReadingAgain, steps);
        Assert.Equal(
            [("KAZ", "CHN", "010110", 2000.0), ("KAZ", "RUS", "850110", 4000.0)],
            store.Totals([2021], null, byPartner: true).Select(t => (t.Reporter, t.Partner, t.Product, t.Value))
        );
    }

    /// <summary>DuckDB's typed read (single read) and its cast of text (staged path) must give the same doubles: a generated
    /// file, and the same file with one space before every quantity (which only the staged path accepts), give the same
    /// flows to the last bit.</summary>
    [Fact]
    public void A_generated_file_gives_the_same_store_on_the_single_read_and_on_the_staged_path()
    {
        var clean = Path.Combine(_dir, "clean.csv");
        SyntheticBaci.WriteFile(clean, new SyntheticBaciOptions(30, 200, [2020, 2021], Seed: 7));
        var lines = File.ReadAllLines(clean);
        var padded = WriteFile(
            "padded.csv",
            string.Join(
                "\n",
                lines.Select((line, i) => i == 0 ? line : line[..(line.LastIndexOf(',') + 1)] + " " + line[(line.LastIndexOf(',') + 1)..])
            )
        );
        (List<string> Steps, IReadOnlyList<ProductFlowTotal> Flows, IReadOnlyList<ProductImportEntry> Entries) Import(
            string path,
            string db
        )
        {
            var steps = new List<string>();
            using var store = ProductStore.OpenForWriting(Path.Combine(_dir, db));
            store.Import(new ProductImportRequest(path, ProductSource.Baci), new Recorder(steps));
            return (steps, store.Totals([2020, 2021], null, byPartner: true), store.Info().Imports);
        }
        var single = Import(clean, "single.duckdb");
        var staged = Import(padded, "staged.duckdb");
        Assert.DoesNotContain(ProductImport.ReadingAgain, single.Steps);
        Assert.Contains(ProductImport.ReadingAgain, staged.Steps);
        Assert.Equal(lines.Length - 1, single.Flows.Count);
        Assert.Equal(single.Flows, staged.Flows);
        Assert.Equal(
            single.Entries.Select(e => (e.Year, e.Rows, e.Reporters, e.Partners, e.Products, e.ValueTotal)),
            staged.Entries.Select(e => (e.Year, e.Rows, e.Reporters, e.Partners, e.Products, e.ValueTotal))
        );
    }

    /// <summary>A progress receiver that records the steps synchronously.</summary>
    private sealed class Recorder(List<string> steps) : IProgress<ProgressStep>
    {
        public void Report(ProgressStep value) => steps.Add(value.Current);
    }

    /// <summary>A store written before rows were stored as integers (a <c>flows</c> table of text) is converted when it is
    /// first opened, even for reading, and answers as before.</summary>
    [Fact]
    public void A_store_of_the_earlier_text_layout_is_converted_on_opening()
    {
        using (var connection = new DuckDB.NET.Data.DuckDBConnection($"DataSource={Db}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE flows (source VARCHAR NOT NULL, year INTEGER NOT NULL, hs_revision VARCHAR, reporter VARCHAR NOT NULL,
                    partner VARCHAR NOT NULL, product VARCHAR NOT NULL, value DOUBLE NOT NULL, quantity DOUBLE);
                CREATE TABLE imports (source VARCHAR NOT NULL, year INTEGER NOT NULL, hs_revision VARCHAR, rows BIGINT NOT NULL,
                    reporters BIGINT NOT NULL, partners BIGINT NOT NULL, products BIGINT NOT NULL, value_total DOUBLE NOT NULL,
                    file VARCHAR, imported_at TIMESTAMP, tradescope_version VARCHAR, PRIMARY KEY (source, year));
                INSERT INTO flows VALUES ('baci', 2021, 'HS2002', 'KAZ', 'RUS', '010110', 1500, NULL),
                    ('baci', 2021, 'HS2002', 'KAZ', 'CHN', '850110', 2000, 7), ('tidy', 2020, NULL, 'RUS', 'KAZ', '850110', 5, NULL);
                INSERT INTO imports VALUES ('baci', 2021, 'HS2002', 2, 1, 2, 2, 3500, 'a.csv', NULL, '0.1'),
                    ('tidy', 2020, NULL, 1, 1, 1, 1, 5, 'b.csv', NULL, '0.1');
                """;
            command.ExecuteNonQuery();
        }
        using (var store = ProductStore.Open(Db))
        {
            Assert.Equal(["baci", "tidy"], store.Sources());
            Assert.Equal(
                [("KAZ", "CHN", "850110", 2000.0), ("KAZ", "RUS", "010110", 1500.0)],
                store.Totals([2021], null, byPartner: true).Select(t => (t.Reporter, t.Partner, t.Product, t.Value))
            );
            Assert.Equal(5, Assert.Single(store.Totals([2020], null, byPartner: false)).Value);
            Assert.Equal(2, store.Info().Imports.Count);
        }
        using (var store = ProductStore.OpenForWriting(Db))
        {
            store.Import(new ProductImportRequest(WriteFile("c.csv", "t,i,j,k,v,q\n2021,398,643,10110,4,\n"), ProductSource.Baci));
            Assert.Equal(4000, Assert.Single(store.Totals([2021], null, byPartner: true)).Value);
            Assert.Equal(5, Assert.Single(store.Totals([2020], null, byPartner: false, source: "tidy")).Value);
        }
    }

    [Fact]
    public void The_same_key_in_two_years_of_one_file_is_not_a_duplicate()
    {
        var path = WriteFile("years.csv", "t,i,j,k,v,q\n2020,398,643,10110,1,\n2021,398,643,10110,2,\n2021,398,643,10120,3,\n");
        using var store = ProductStore.OpenForWriting(Db);
        store.Import(new ProductImportRequest(path, ProductSource.Baci));
        var entries = store.Info().Imports.Select(e => (e.Year, e.Rows, e.Products, e.ValueTotal));
        Assert.Equal([(2020, 1L, 1L, 1000.0), (2021, 2L, 2L, 5000.0)], entries);
    }

    [Fact]
    public void Comtrade_codes_that_differ_from_M49_and_former_countries_resolve()
    {
        // 251 France, 842 USA, 699 India, 757 Switzerland, 579 Norway, 490 Taiwan (Comtrade), 891 Serbia and Montenegro (former).
        var path = WriteFile(
            "codes.csv",
            "t,i,j,k,v,q\n2004,251,842,10110,1,\n2004,699,757,10110,1,\n2004,579,490,10110,1,\n2004,891,276,10110,1,\n"
        );
        using var store = ProductStore.OpenForWriting(Db);
        store.Import(new ProductImportRequest(path, ProductSource.Baci));
        var pairs = store.Totals([2004], null, byPartner: true).Select(t => $"{t.Reporter}->{t.Partner}");
        Assert.Equal(["FRA->USA", "IND->CHE", "NOR->TWN", "SCG->DEU"], pairs);
    }

    [Fact]
    public void Comtrade_layout_imports_with_world_rows_dropped_where_partners_are_given()
    {
        var path = WriteFile(
            "comtrade.csv",
            "year,reporter_m49,reporter_iso3,reporter,partner_m49,partner_iso3,partner,cmd_code,export_usd\n"
                + "2021,398,KAZ,Kazakhstan,0,W00,World,010110,30\n"
                + "2021,398,KAZ,Kazakhstan,643,RUS,Russia,010110,20\n"
                + "2021,398,KAZ,Kazakhstan,899,_X ,\"Areas, nes\",010110,10\n"
                + "2021,490,S19,Other Asia,0,W00,World,010110,5\n"
        );
        using var store = ProductStore.OpenForWriting(Db);
        store.Import(new ProductImportRequest(path, ProductSource.Comtrade));
        var rows = store.Totals([2021], null, byPartner: true).Select(t => (t.Reporter, t.Partner, t.Value)).ToList();
        Assert.Equal([("KAZ", "RUS", 20.0), ("KAZ", "_X", 10.0), ("TWN", "WLD", 5.0)], rows);
        Assert.Equal(30, store.Totals([2021], null, byPartner: false, reporters: ["KAZ"]).Single().Value);
    }

    [Fact]
    public void Tidy_Parquet_imports_and_errors_name_the_row()
    {
        var csv = WriteFile("t.csv", "year,reporter_iso3,partner_iso3,product,value\n2020,RUS,KAZ,010110,5\n2020,KAZ,RUS,850110,-2\n");
        var parquet = Path.Combine(_dir, "t.parquet");
        using (var connection = new DuckDB.NET.Data.DuckDBConnection("DataSource=:memory:"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"COPY (SELECT * FROM read_csv('{csv}', all_varchar = true)) TO '{parquet}' (FORMAT parquet)";
            command.ExecuteNonQuery();
        }
        using var store = ProductStore.OpenForWriting(Db);
        var error = Assert.Throws<InputException>(() => store.Import(new ProductImportRequest(parquet, ProductSource.Tidy)));
        Assert.StartsWith($"{parquet}: row 2: negative value '-2'", error.Message);
        File.WriteAllText(csv, "year,reporter_iso3,partner_iso3,product,value,flow\n2020,RUS,KAZ,010110,5,X\n2020,KAZ,RUS,850110,2,X\n");
        store.Import(new ProductImportRequest(csv, ProductSource.Tidy));
        Assert.Equal(7, store.Totals([2020], null, byPartner: false).Sum(t => t.Value));
    }

    [Fact]
    public void Totals_group_inside_the_store_and_drop_products_outside_the_map()
    {
        var path = WriteFile(
            "g.csv",
            "t,i,j,k,v,q\n2020,398,643,10110,1,\n2020,398,643,20110,2,\n2020,398,156,10120,4,\n2020,643,398,990110,8,\n"
                + "2021,398,643,10110,16,\n"
        );
        using var store = ProductStore.OpenForWriting(Db);
        store.Import(new ProductImportRequest(path, ProductSource.Baci));
        var map = new ProductGroupMap(
            2,
            new Dictionary<string, string>
            {
                ["01"] = "A",
                ["02"] = "A",
                ["99"] = "Z",
            }
        ).Only(new HashSet<string> { "A" });
        var grouped = store.Totals([2020, 2021], _ => map, byPartner: true, reporters: ["KAZ"]);
        Assert.Equal(
            [new(2020, "KAZ", "CHN", "A", 4000), new(2020, "KAZ", "RUS", "A", 3000), new ProductFlowTotal(2021, "KAZ", "RUS", "A", 16000)],
            grouped
        );
        var world = store.Totals([2020], _ => map, byPartner: false);
        Assert.Equal([new ProductFlowTotal(2020, "KAZ", ProductStore.World, "A", 7000)], world);
        var sixDigit = new ProductGroupMap(6, new Dictionary<string, string> { ["010110"] = "live horses" });
        Assert.Equal(1000 + 16000, store.Totals([2020, 2021], _ => sixDigit, byPartner: false).Sum(t => t.Value));
        Assert.Empty(store.Totals([2020], _ => map, byPartner: true, reporters: ["ARM"]));
    }

    [Fact]
    public void Totals_refuse_missing_years_mixed_sources_and_an_unknown_revision_a_grouping_needs()
    {
        var baci = WriteFile("b.csv", "t,i,j,k,v,q\n2020,398,643,10110,1,\n");
        var tidy = WriteFile("t.csv", "year,reporter_iso3,partner_iso3,product,value\n2020,KAZ,RUS,010110,1\n");
        using var store = ProductStore.OpenForWriting(Db);
        store.Import(new ProductImportRequest(baci, ProductSource.Baci));
        Assert.Contains("no data from baci for 2019", Assert.Throws<InputException>(() => store.Totals([2019, 2020], null, false)).Message);
        store.Import(new ProductImportRequest(tidy, ProductSource.Tidy));
        Assert.Contains("several sources (baci, tidy)", Assert.Throws<InputException>(() => store.Totals([2020], null, false)).Message);
        Assert.Equal(1000, store.Totals([2020], null, false, source: "baci").Single().Value);
        var needsRevision = Assert.Throws<InputException>(() => store.Totals([2020], revision => null, false, source: "tidy"));
        Assert.Equal(ProductStoreParameters.HsRevision, needsRevision.Parameter);
        Assert.Equal(["baci", "tidy"], store.Sources());
        Assert.Equal([2020], store.Years("tidy"));
    }

    [Fact]
    public void Opening_refuses_a_missing_store_and_a_file_that_is_not_one()
    {
        var missing = Assert.Throws<InputException>(() => ProductStore.Open(Path.Combine(_dir, "none.duckdb")));
        Assert.Equal(ProductStoreParameters.Db, missing.Parameter);
        var text = WriteFile("x.duckdb", "year,value\n");
        Assert.Contains("is not a DuckDB database", Assert.Throws<InputException>(() => ProductStore.OpenForWriting(text)).Message);
        Assert.Contains("has no year=YYYY", Assert.Throws<InputException>(() => ProductStore.Open(_dir)).Message);
    }

    [Fact]
    public void The_default_location_follows_the_environment()
    {
        Assert.Equal("/x/p.duckdb", ProductStore.DefaultPath(n => n == ProductStore.EnvironmentVariable ? "/x/p.duckdb" : null));
        Assert.Equal(
            Path.Combine("/xdg", "tradescope", "products.duckdb"),
            ProductStore.DefaultPath(n => n == "XDG_DATA_HOME" ? "/xdg" : null)
        );
        Assert.EndsWith(Path.Combine("tradescope", "products.duckdb"), ProductStore.DefaultPath(_ => null));
    }

    [Fact]
    public void Parquet_export_reads_back_as_a_store_with_the_same_totals()
    {
        using (var store = ProductStore.OpenForWriting(Db))
        {
            store.Import(new ProductImportRequest(Fixture("kaz_partners_2021.csv.gz"), ProductSource.Baci, HsRevision.Hs2002));
            store.Import(new ProductImportRequest(Fixture("kaz_exports_2019.csv.gz"), ProductSource.Baci, HsRevision.Hs2002));
        }
        var folder = Path.Combine(_dir, "parquet");
        using var original = ProductStore.Open(Db);
        original.ExportParquet(folder);
        Assert.True(File.Exists(Path.Combine(folder, "_imports.csv")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder, "year=2021"), "*.parquet"));
        using var parquet = ProductStore.Open(folder);
        Assert.True(parquet.IsReadOnly);
        Assert.Equal(original.Totals([2019, 2021], null, true), parquet.Totals([2019, 2021], null, true));
        Assert.Equal(
            original.Info().Imports.Select(e => (e.Source, e.Year, e.HsRevision, e.Rows, e.Partners, Math.Round(e.ValueTotal, 3))),
            parquet.Info().Imports.Select(e => (e.Source, e.Year, e.HsRevision, e.Rows, e.Partners, Math.Round(e.ValueTotal, 3)))
        );
        Assert.Contains("is not empty", Assert.Throws<InputException>(() => original.ExportParquet(folder)).Message);
        Assert.Throws<InputException>(() =>
            parquet.Import(new ProductImportRequest(Fixture("kaz_exports_2019.csv.gz"), ProductSource.Baci))
        );
    }
}
