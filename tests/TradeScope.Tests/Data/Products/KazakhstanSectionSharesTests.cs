using System.Globalization;
using System.IO.Compression;
using TradeScope.Data;
using TradeScope.Data.Products;
using TradeScope.Model;
using TradeScope.Tests.Cli;
using Xunit;

namespace TradeScope.Tests.Data.Products;

/// <summary>
/// Issue 10 acceptance: the 2019 Kazakhstan world-exports file (BACI HS2002, no partner column) imported into the store
/// gives HS-section shares equal to the sums of the file's own <c>share</c> column by its <c>section</c> column (the
/// file's sections are numbered 1–21; the bundled classification names them I–XXI from the chapters).
/// </summary>
public sealed class KazakhstanSectionSharesTests : IDisposable
{
    private readonly string _dir = CliRunner.TempFolder();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly string[] Roman =
    [
        "I",
        "II",
        "III",
        "IV",
        "V",
        "VI",
        "VII",
        "VIII",
        "IX",
        "X",
        "XI",
        "XII",
        "XIII",
        "XIV",
        "XV",
        "XVI",
        "XVII",
        "XVIII",
        "XIX",
        "XX",
        "XXI",
    ];

    [Fact]
    public void Hs_section_shares_equal_the_files_share_column_summed_by_section()
    {
        var fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "kaz-hs6", "kaz_exports_2019.csv.gz");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(fixture), CompressionMode.Decompress));
        var table = CsvTable.Parse(reader, "kaz_exports_2019.csv.gz");
        var (section, share) = (table.Require("section"), table.Require("share"));
        var expected = table
            .Rows.GroupBy(r => Roman[int.Parse(r[section], CultureInfo.InvariantCulture) - 1])
            .ToDictionary(g => g.Key, g => g.Sum(r => double.Parse(r[share], NumberStyles.Float, CultureInfo.InvariantCulture)));

        using var store = ProductStore.OpenForWriting(Path.Combine(_dir, "store.duckdb"));
        store.Import(new ProductImportRequest(fixture, ProductSource.Baci, HsRevision.Hs2002));
        var sections = ProductGroupings.Parse("hs-section", "by", groupsAllowed: false);
        var totals = store.Totals([2019], sections.MapFor, byPartner: false, reporters: ["KAZ"]);
        var all = totals.Sum(t => t.Value);

        Assert.Equal(expected.Keys.Order(), totals.Select(t => t.Product).Order());
        foreach (var total in totals)
            Assert.Equal(expected[total.Product], total.Value / all, 1e-9);
    }
}
