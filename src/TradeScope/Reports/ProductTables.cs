using System.Globalization;
using TradeScope.Analyses;
using TradeScope.Core;
using TradeScope.Products;
using TradeScope.Resources;

namespace TradeScope.Reports;

/// <summary>Tidy tables of the <c>products</c> commands (docs/methods/products.md): a summary in words, one table, the
/// data notes.</summary>
public static class ProductTables
{
    /// <summary><c>country,product,exports,rca,rca_symmetric,reason</c>: products a country exports.</summary>
    public static ReportDocument Rca(ProductTable<RcaRow> table)
    {
        ReportColumn[] columns =
        [
            ReportColumn.Txt("country", Strings.Country),
            ReportColumn.Txt("product", Strings.Product),
            ReportColumn.Num("exports", Strings.ExportsUsd, "#,##0"),
            ReportColumn.Num("rca", Bilingual.Same("RCA"), "0.000"),
            ReportColumn.Num("rca_symmetric", Strings.SymmetricRca, "0.000"),
            ReportColumn.Txt("reason", Strings.ReasonForNaN),
        ];
        var rows = table.Rows.Select(r => new object?[] { r.Country, r.Product, r.Exports, r.Rca.Value, r.Symmetric.Value, Reason(r.Rca) });
        var countries = table.Rows.Select(r => r.Country).Distinct().Count();
        var advantaged = table.Rows.Count(r => r.Rca.HasValue && r.Rca.Value >= 1);
        var summary = Strings.Format(nameof(Strings.RcaSummary), Count(advantaged), Count(table.Rows.Count), Count(countries));
        return Document("rca", Strings.Format(nameof(Strings.RcaTitle), Year(table.Year), table.Products), summary, columns, rows, table);
    }

    /// <summary><c>country,scope,n,hhi,hhi_normalised,reason</c>.</summary>
    public static ReportDocument Concentration(ProductTable<CountryConcentration> table, ConcentrationScope scope)
    {
        var scopeCode = scope == ConcentrationScope.Markets ? "markets" : "products";
        ReportColumn[] columns =
        [
            ReportColumn.Txt("country", Strings.Country),
            ReportColumn.Txt("scope", Strings.Scope),
            ReportColumn.Int("n", Bilingual.Same("N")),
            ReportColumn.Num("hhi", Strings.Herfindahl, "0.0000"),
            ReportColumn.Num("hhi_normalised", Strings.HerfindahlNormalised, "0.0000"),
            ReportColumn.Txt("reason", Strings.ReasonForNaN),
        ];
        var rows = table.Rows.Select(r =>
            new object?[]
            {
                r.Country,
                scopeCode,
                (long)r.Count,
                r.Herfindahl.Value,
                r.Normalised.Value,
                Reason(r.Herfindahl.HasValue ? r.Normalised : r.Herfindahl),
            }
        );
        var top = table.Rows.Where(r => r.Normalised.HasValue).OrderByDescending(r => r.Normalised.Value).Take(5).ToList();
        var summary = Strings.Format(
            nameof(Strings.ConcentrationSummary),
            Bilingual.Same(
                string.Join(", ", top.Select(r => $"{r.Country} {r.Normalised.Value.ToString("0.00", CultureInfo.InvariantCulture)}"))
            )
        );
        var title = Strings.Format(nameof(Strings.ConcentrationTitle), Year(table.Year), table.Products);
        return Document("concentration", title, summary, columns, rows, table);
    }

    /// <summary><c>reporter,partner,similarity|complementarity,reason</c>.</summary>
    public static ReportDocument Pairs(ProductTable<PairRow> table, string index)
    {
        var complementarity = index == "complementarity";
        ReportColumn[] columns =
        [
            ReportColumn.Txt("reporter", Strings.Exporter),
            ReportColumn.Txt("partner", Strings.Partner),
            ReportColumn.Num(index, complementarity ? Strings.TradeComplementarity : Strings.ExportSimilarity, "0.00"),
            ReportColumn.Txt("reason", Strings.ReasonForNaN),
        ];
        var ordered = table.Rows.OrderByDescending(r => r.Value.HasValue ? r.Value.Value : double.NegativeInfinity).ToList();
        var rows = ordered.Select(r => new object?[] { r.Reporter, r.Partner, r.Value.Value, Reason(r.Value) });
        var top = ordered.Where(r => r.Value.HasValue).Take(5);
        var list = Bilingual.Same(
            string.Join(", ", top.Select(r => $"{r.Partner} {r.Value.Value.ToString("0.0", CultureInfo.InvariantCulture)}"))
        );
        var reporter = Bilingual.Same(table.Rows.FirstOrDefault()?.Reporter ?? "");
        var summary = Strings.Format(
            complementarity ? nameof(Strings.ComplementaritySummary) : nameof(Strings.SimilaritySummary),
            reporter,
            list
        );
        var title = Strings.Format(
            complementarity ? nameof(Strings.ComplementarityTitle) : nameof(Strings.SimilarityTitle),
            reporter,
            Year(table.Year),
            table.Products
        );
        return Document(index, title, summary, columns, rows, table);
    }

    /// <summary><c>country,eci,diversity,reason</c> or <c>product,pci,ubiquity,reason</c>.</summary>
    public static ReportDocument Complexity(ProductTable<ComplexityResult> table, bool products)
    {
        var result = table.Rows[0];
        ReportColumn[] columns = products
            ?
            [
                ReportColumn.Txt("product", Strings.Product),
                ReportColumn.Num("pci", Bilingual.Same("PCI"), "0.0000"),
                ReportColumn.Int("ubiquity", Strings.Ubiquity),
                ReportColumn.Txt("reason", Strings.ReasonForNaN),
            ]
            :
            [
                ReportColumn.Txt("country", Strings.Country),
                ReportColumn.Num("eci", Bilingual.Same("ECI"), "0.0000"),
                ReportColumn.Int("diversity", Strings.Diversity),
                ReportColumn.Txt("reason", Strings.ReasonForNaN),
            ];
        var names = products ? result.Products : result.Countries;
        var values = products ? result.Pci : result.Eci;
        var counts = products ? result.Ubiquity : result.Diversity;
        var order = Enumerable
            .Range(0, names.Count)
            .OrderByDescending(i => values[i].HasValue ? values[i].Value : double.NegativeInfinity)
            .ToList();
        var rows = order.Select(i => new object?[] { names[i], values[i].Value, (long)counts[i], Reason(values[i]) });
        var top = order.Where(i => values[i].HasValue).Take(5).Select(i => names[i]);
        var summary = Strings.Format(
            products ? nameof(Strings.PciSummary) : nameof(Strings.EciSummary),
            Bilingual.Same(string.Join(", ", top)),
            Count(names.Count)
        );
        var title = Strings.Format(products ? nameof(Strings.PciTitle) : nameof(Strings.EciTitle), Year(table.Year), table.Products);
        return Document(products ? "pci" : "eci", title, summary, columns, rows, table);
    }

    private static ReportDocument Document<T>(
        string id,
        Bilingual title,
        Bilingual summary,
        IReadOnlyList<ReportColumn> columns,
        IEnumerable<object?[]> rows,
        ProductTable<T> table
    )
    {
        List<Bilingual> notes =
        [
            Strings.ProductsMethodNote,
            Strings.Format(nameof(Strings.SourceNote), table.Source.Source, Bilingual.Same(table.Source.Location)),
            .. table.Source.Notes,
        ];
        var report = new ReportTable(id, title, columns, rows.ToList()) { Notes = notes }.Validated();
        return new ReportDocument(title, [new ParagraphBlock(summary), new TableBlock(report)]);
    }

    private static string Reason(ProductValue value) => value.Reason.Code();

    private static Bilingual Count(int n) => Bilingual.Same(n.ToString(CultureInfo.InvariantCulture));

    private static Bilingual Year(int year) => Bilingual.Same(year == 0 ? "" : year.ToString(CultureInfo.InvariantCulture));
}
