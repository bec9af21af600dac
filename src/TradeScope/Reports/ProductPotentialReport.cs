using System.Globalization;
using TradeScope.Analyses;
using TradeScope.Core;
using TradeScope.Potential.Market;
using TradeScope.Products;
using TradeScope.Resources;

namespace TradeScope.Reports;

/// <summary>The views of <c>product-potential</c> (docs/methods/product-potential.md).</summary>
public enum ProductPotentialView
{
    /// <summary>One row per market × product.</summary>
    Pairs,

    /// <summary>One row per product, summed over markets.</summary>
    Products,

    /// <summary>One row per market, summed over products.</summary>
    Markets,

    /// <summary>Products with RCA &lt; 1 ranked by density.</summary>
    Diversification,
}

/// <summary>
/// The report of <c>product-potential</c>: a summary in words, one ranked tidy table (by potential, from the largest;
/// NaN last), and, for people, a table of the assumptions with their defaults (machine formats carry them in the
/// provenance, <see cref="AssumptionsNote"/>).
/// </summary>
public static class ProductPotentialReport
{
    /// <summary>The report of a potential view (pairs, products or markets).</summary>
    /// <param name="top">Keep the first N rows of the ranking; 0 = all.</param>
    /// <param name="assumptionsTable">Add the table of assumptions (for Markdown and XLSX; CSV holds one table).</param>
    public static ReportDocument Build(ProductPotentialResult result, ProductPotentialView view, int top, bool assumptionsTable)
    {
        var potential = result.Potential;
        var exporter = Bilingual.Same(potential.Exporter);
        var year = Bilingual.Same(result.Year.ToString(CultureInfo.InvariantCulture));
        var (id, titleKey, columns, rows) = view switch
        {
            ProductPotentialView.Pairs => ("pairs", nameof(Strings.ProductPotentialPairsTitle), PairColumns(), PairRows(potential)),
            ProductPotentialView.Products => (
                "products",
                nameof(Strings.ProductPotentialProductsTitle),
                ProductColumns(),
                ProductRows(potential)
            ),
            ProductPotentialView.Markets => (
                "markets",
                nameof(Strings.ProductPotentialMarketsTitle),
                MarketColumns(),
                MarketRows(potential)
            ),
            _ => throw new ArgumentOutOfRangeException(nameof(view), view, "the diversification list has its own report"),
        };
        var title = Strings.Format(titleKey, exporter, year);
        var notes = new List<Bilingual> { Strings.ProductPotentialMethodNote, AssumptionsNote(result) };
        if (view != ProductPotentialView.Pairs)
            notes.Add(Strings.ProductPotentialSumsNote);
        notes.AddRange(DataNotes(result));
        var kept = top > 0 ? rows.Take(top).ToList() : rows;
        var table = new ReportTable(id, title, columns, kept) { Notes = notes, Charts = Charts(view) }.Validated();
        var blocks = new List<ReportBlock> { new ParagraphBlock(Summary(potential)), new TableBlock(table) };
        if (assumptionsTable)
            blocks.Add(new TableBlock(Assumptions(result)));
        return new ReportDocument(title, blocks);
    }

    /// <summary>The diversification list: <c>reporter_iso3,product,rank,density,rca,pci,exports,world_exports,reason</c>.</summary>
    public static ReportDocument Diversification(DiversificationResult result, int top)
    {
        ReportColumn[] columns =
        [
            ReportColumn.Txt("reporter_iso3", Strings.Exporter),
            ReportColumn.Txt("product", Strings.Product),
            ReportColumn.Int("rank", Strings.Rank),
            ReportColumn.Num("density", Strings.ProductPotentialDensity, "0.0000"),
            ReportColumn.Num("rca", Bilingual.Same("RCA"), "0.000"),
            ReportColumn.Num("pci", Bilingual.Same("PCI"), "0.000"),
            ReportColumn.Num("exports", Strings.ProductPotentialExporterExports, "#,##0"),
            ReportColumn.Num("world_exports", Strings.ProductPotentialWorldExports, "#,##0"),
            ReportColumn.Txt("reason", Strings.ReasonForNaN),
        ];
        var rows = result
            .Rows.Select(
                (r, i) =>
                    new object?[]
                    {
                        result.Reporter,
                        r.Product,
                        (long)(i + 1),
                        r.Density.Value,
                        r.Rca.Value,
                        r.Pci.Value,
                        r.Exports,
                        r.WorldExports,
                        FirstReason(r.Density, r.Rca),
                    }
            )
            .ToList();
        var kept = top > 0 ? rows.Take(top).ToList() : rows;
        var year = Bilingual.Same(result.Year.ToString(CultureInfo.InvariantCulture));
        var title = Strings.Format(nameof(Strings.ProductPotentialDiversificationTitle), Bilingual.Same(result.Reporter), year);
        var closest = Bilingual.Same(string.Join(", ", result.Rows.Where(r => r.Density.HasValue).Take(5).Select(r => r.Product)));
        var summary = Strings.Format(
            nameof(Strings.ProductPotentialDiversificationSummary),
            Bilingual.Same(result.Rows.Count.ToString(CultureInfo.InvariantCulture)),
            Bilingual.Same(result.Reporter),
            closest
        );
        List<Bilingual> notes =
        [
            Strings.ProductPotentialDiversificationNote,
            Strings.ProductsMethodNote,
            Strings.Format(nameof(Strings.SourceNote), result.Source.Source, Bilingual.Same(result.Source.Location)),
        ];
        var table = new ReportTable("diversification", title, columns, kept) { Notes = notes }.Validated();
        return new ReportDocument(title, [new ParagraphBlock(summary), new TableBlock(table)]);
    }

    /// <summary>The assumptions in one sentence, for the provenance of machine formats and the notes of every table.</summary>
    public static Bilingual AssumptionsNote(ProductPotentialResult result)
    {
        var a = result.Potential.Assumptions;
        return Strings.Format(
            nameof(Strings.ProductPotentialAssumptionsNote),
            Invariant(a.HorizonYears),
            Invariant(a.SupplyGrowthPct),
            Invariant(a.DemandGrowthPct),
            Invariant(a.TariffElasticity),
            Invariant(a.DistanceElasticity)
        );
    }

    /// <summary><c>parameter,value,default,meaning</c>: every assumption, the value used and its default.</summary>
    public static ReportTable Assumptions(ProductPotentialResult result)
    {
        var a = result.Potential.Assumptions;
        var d = PotentialAssumptions.Default;
        ReportColumn[] columns =
        [
            ReportColumn.Txt("parameter", Strings.ProductPotentialParameter),
            ReportColumn.Txt("value", Strings.Value),
            ReportColumn.Txt("default", Strings.ProductPotentialDefault),
            ReportColumn.Txt("meaning", Strings.ProductPotentialMeaning),
        ];
        var none = Strings.None;
        List<object?[]> rows =
        [
            Row("horizon", Invariant(a.HorizonYears), Invariant(d.HorizonYears), Strings.ProductPotentialHorizonMeaning),
            Row(
                "supply_growth_pct",
                Invariant(a.SupplyGrowthPct),
                Invariant(d.SupplyGrowthPct),
                Strings.ProductPotentialSupplyGrowthMeaning
            ),
            Row(
                "demand_growth_pct",
                Invariant(a.DemandGrowthPct),
                Invariant(d.DemandGrowthPct),
                Strings.ProductPotentialDemandGrowthMeaning
            ),
            Row(
                "supply_projection",
                Invariant(a.SupplyProjection),
                Invariant(d.SupplyProjection),
                Strings.ProductPotentialSupplyProjectionMeaning
            ),
            Row(
                "demand_projection",
                Invariant(a.DemandProjection),
                Invariant(d.DemandProjection),
                Strings.ProductPotentialDemandProjectionMeaning
            ),
            Row(
                "tariff_elasticity",
                Invariant(a.TariffElasticity),
                Invariant(d.TariffElasticity),
                Strings.ProductPotentialTariffElasticityMeaning
            ),
            Row(
                "distance_elasticity",
                Invariant(a.DistanceElasticity),
                Invariant(d.DistanceElasticity),
                Strings.ProductPotentialDistanceElasticityMeaning
            ),
            ["tariffs", result.TariffFile is { } file ? Bilingual.Same(file) : none, none, Strings.ProductPotentialTariffsMeaning],
            ["distances", result.DistanceSource ?? none, Bilingual.Same("CEPII GeoDist"), Strings.ProductPotentialDistancesMeaning],
        ];
        var cells = rows.Select(r => r.Select(c => c is Bilingual b ? (object?)new CodeCell(b.En, b) : c).ToArray()).ToList();
        return new ReportTable("assumptions", Strings.ProductPotentialAssumptions, columns, cells)
        {
            Sheet = Strings.ProductPotentialAssumptions,
        }.Validated();
    }

    private static object?[] Row(string parameter, string value, string fallback, Bilingual meaning) =>
        [parameter, value, fallback, meaning];

    private static IEnumerable<Bilingual> DataNotes(ProductPotentialResult result)
    {
        yield return result.Potential.TariffsApplied
            ? Strings.Format(
                nameof(Strings.ProductPotentialTariffNote),
                Bilingual.Same(result.TariffPairs.ToString(CultureInfo.InvariantCulture)),
                Bilingual.Same(result.TariffRows.ToString(CultureInfo.InvariantCulture))
            )
            : Strings.ProductPotentialNoTariffNote;
        yield return result.Potential.DistanceApplied && result.DistanceSource is { } source
            ? Strings.Format(nameof(Strings.ProductPotentialDistanceNote), source)
            : Strings.ProductPotentialNoDistanceNote;
        foreach (var s in result.Sources)
            yield return Strings.Format(nameof(Strings.SourceNote), s.Source, Bilingual.Same(s.Location));
    }

    /// <summary>Where the unrealised potential lies: the 25 largest pairs, products or markets as bars; markets also on the
    /// world map.</summary>
    private static IReadOnlyList<ChartHint> Charts(ProductPotentialView view)
    {
        string[] label = view switch
        {
            ProductPotentialView.Pairs => ["partner_iso3", "product"],
            ProductPotentialView.Products => ["product"],
            _ => ["partner_iso3"],
        };
        var bars = new ChartHint(ChartKind.Bars, Strings.ProductPotentialChartUnrealised)
        {
            Label = label,
            Value = "unrealised",
            Top = 25,
        };
        if (view != ProductPotentialView.Markets)
            return [bars];
        var map = new ChartHint(ChartKind.Map, Strings.ProductPotentialChartMap)
        {
            Label = ["partner_iso3"],
            Value = "unrealised",
            Iso3 = "partner_iso3",
        };
        return [bars, map];
    }

    private static ReportColumn[] PairColumns() =>
        [
            ReportColumn.Txt("reporter_iso3", Strings.Exporter),
            ReportColumn.Txt("partner_iso3", Strings.ImporterPartner),
            ReportColumn.Txt("product", Strings.Product),
            ReportColumn.Int("rank", Strings.Rank),
            ReportColumn.Num("supply", Strings.ProductPotentialSupply, "0.000000"),
            ReportColumn.Num("demand", Strings.ProductPotentialDemand, "#,##0"),
            ReportColumn.Num("ease", Strings.ProductPotentialEase, "0.000"),
            ReportColumn.Num("potential", Strings.ProductPotentialValue, "#,##0"),
            ReportColumn.Num("actual", Strings.ProductPotentialActual, "#,##0"),
            ReportColumn.Num("unrealised", Strings.ProductPotentialUnrealised, "#,##0"),
            ReportColumn.Num("share", Strings.ProductPotentialShare, "0.000000"),
            ReportColumn.Num("imports", Strings.ProductPotentialImports, "#,##0"),
            ReportColumn.Num("tariff_factor", Strings.ProductPotentialTariffFactor, "0.000"),
            ReportColumn.Num("distance_factor", Strings.ProductPotentialDistanceFactor, "0.000"),
            ReportColumn.Txt("reason", Strings.ReasonForNaN),
        ];

    private static List<object?[]> PairRows(MarketPotentialResult potential)
    {
        var ordered = potential
            .Pairs.OrderByDescending(p => Key(p.Potential))
            .ThenBy(p => potential.Markets[p.Market], StringComparer.Ordinal)
            .ThenBy(p => potential.Products[p.Product], StringComparer.Ordinal);
        return ordered
            .Select(
                (p, i) =>
                    new object?[]
                    {
                        potential.Exporter,
                        potential.Markets[p.Market],
                        potential.Products[p.Product],
                        (long)(i + 1),
                        p.Supply.Value,
                        p.Demand.Value,
                        p.Ease.Value,
                        p.Potential.Value,
                        p.Actual,
                        p.Unrealised.Value,
                        p.Share,
                        p.Imports,
                        p.TariffFactor.Value,
                        p.DistanceFactor.Value,
                        p.Potential.Reason.Code(),
                    }
            )
            .ToList();
    }

    private static ReportColumn[] ProductColumns() =>
        TotalColumns(
            ReportColumn.Txt("product", Strings.Product),
            ReportColumn.Num("exports", Strings.ProductPotentialExporterExports, "#,##0"),
            ReportColumn.Num("world_exports", Strings.ProductPotentialWorldExports, "#,##0")
        );

    private static List<object?[]> ProductRows(MarketPotentialResult potential)
    {
        var index = potential.Products.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, StringComparer.Ordinal);
        return TotalRows(
            potential,
            potential.ByProduct(),
            t => [potential.ExporterExports[index[t.Code]], potential.WorldExports[index[t.Code]]]
        );
    }

    private static ReportColumn[] MarketColumns() =>
        TotalColumns(
            ReportColumn.Txt("partner_iso3", Strings.ImporterPartner),
            ReportColumn.Num("ease", Strings.ProductPotentialEase, "0.000"),
            ReportColumn.Num("hypothetical", Strings.ProductPotentialHypothetical, "#,##0")
        );

    private static List<object?[]> MarketRows(MarketPotentialResult potential)
    {
        var ease = potential.Ease.ToDictionary(e => potential.Markets[e.Market], StringComparer.Ordinal);
        return TotalRows(potential, potential.ByMarket(), t => [ease[t.Code].Ease.Value, ease[t.Code].Hypothetical]);
    }

    /// <summary>The columns of a table of totals by product or by market: exporter, the code, rank, potential, actual,
    /// unrealised, the view's own columns, the pairs counted and the reason.</summary>
    private static ReportColumn[] TotalColumns(ReportColumn code, params ReportColumn[] own) =>
        [
            ReportColumn.Txt("reporter_iso3", Strings.Exporter),
            code,
            ReportColumn.Int("rank", Strings.Rank),
            ReportColumn.Num("potential", Strings.ProductPotentialValue, "#,##0"),
            ReportColumn.Num("actual", Strings.ProductPotentialActual, "#,##0"),
            ReportColumn.Num("unrealised", Strings.ProductPotentialUnrealised, "#,##0"),
            .. own,
            ReportColumn.Int("pairs", Strings.ProductPotentialPairs),
            ReportColumn.Int("pairs_nan", Strings.ProductPotentialPairsNaN),
            ReportColumn.Txt("reason", Strings.ReasonForNaN),
        ];

    /// <summary>The rows of <see cref="TotalColumns"/>, ranked by potential (NaN last, ties by code).</summary>
    private static List<object?[]> TotalRows(
        MarketPotentialResult potential,
        IEnumerable<PotentialTotal> totals,
        Func<PotentialTotal, object?[]> own
    ) =>
        Ranked(totals)
            .Select(
                (t, i) =>
                    (object?[])
                        [
                            potential.Exporter,
                            t.Code,
                            (long)(i + 1),
                            t.Potential.Value,
                            t.Actual,
                            t.Unrealised.Value,
                            .. own(t),
                            (long)t.Pairs,
                            (long)t.PairsNaN,
                            t.Potential.Reason.Code(),
                        ]
            )
            .ToList();

    private static IEnumerable<PotentialTotal> Ranked(IEnumerable<PotentialTotal> totals) =>
        totals.OrderByDescending(t => Key(t.Potential)).ThenBy(t => t.Code, StringComparer.Ordinal);

    private static double Key(PotentialValue value) => value.HasValue ? value.Value : double.NegativeInfinity;

    /// <summary>The answer in words: total potential, unrealised and actual exports, and the largest unrealised pairs.</summary>
    private static Bilingual Summary(MarketPotentialResult potential)
    {
        var valued = potential.Pairs.Where(p => p.Potential.HasValue).ToList();
        var top = valued
            .Where(p => p.Unrealised.Value > 0)
            .OrderByDescending(p => p.Unrealised.Value)
            .Take(3)
            .Select(p => $"{potential.Products[p.Product]} → {potential.Markets[p.Market]} ({Money(p.Unrealised.Value)})");
        return Strings.Format(
            nameof(Strings.ProductPotentialSummary),
            Bilingual.Same(potential.Exporter),
            Bilingual.Same(potential.Ease.Count.ToString(CultureInfo.InvariantCulture)),
            Bilingual.Same(valued.Select(p => p.Product).Distinct().Count().ToString(CultureInfo.InvariantCulture)),
            Bilingual.Same(Money(valued.Sum(p => p.Potential.Value))),
            Bilingual.Same(Money(valued.Sum(p => p.Unrealised.Value))),
            Bilingual.Same(Money(valued.Sum(p => p.Actual))),
            Bilingual.Same(string.Join("; ", top))
        );
    }

    private static string Money(double value) => value.ToString("#,##0", CultureInfo.InvariantCulture);

    private static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string FirstReason(ProductValue first, ProductValue second) =>
        !first.HasValue ? first.Reason.Code() : second.Reason.Code();
}
