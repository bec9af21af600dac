using System.Globalization;
using TradeScope.Analyses;
using TradeScope.Core;
using TradeScope.Data;
using TradeScope.Econometrics;
using TradeScope.Reports.Formats;
using TradeScope.Resources;

namespace TradeScope.Reports;

/// <summary>
/// Report tables of <c>tradescope rvc-regress</c>: the tidy coefficients (one row per coefficient), the table in the
/// layout of the regional value-chain study (rows country → sector → external/mutual; columns BP, FP, GDPpc with
/// stars, F with stars, R² in %), and the panel behind it.
/// </summary>
public static class RvcReport
{
    /// <summary>The terms of the equation, in table order.</summary>
    public static readonly IReadOnlyList<string> Terms = ["(Intercept)", "bp", "fp", "gdppc"];

    /// <summary>Sector labels in English and Russian.</summary>
    public static Bilingual SectorLabel(string key) =>
        key switch
        {
            "total-manufacturing" => Strings.TotalManufacturing,
            "chemicals" => Strings.ChemicalsAndChemicalProducts,
            "pharmaceuticals" => Strings.PharmaceuticalProducts,
            "chemicals-pharmaceuticals" => Strings.ChemicalsAndPharmaceuticals,
            "electronics" => Strings.ElectricalAndOpticalEquipment,
            "transport" => Strings.TransportEquipment,
            _ => Bilingual.Same(key),
        };

    /// <summary>Direction labels in English and Russian.</summary>
    public static Bilingual DirectionLabel(RvcDirection d) =>
        d == RvcDirection.Mutual ? Strings.MutualToTheGroup : Strings.ExternalToTheRest;

    private static Bilingual CountryLabel(string iso3) =>
        CountryCode.TryParse(iso3, out var c) && CountryRegistry.Default.Contains(c)
            ? new(CountryRegistry.Default.NameEn(c), CountryRegistry.Default.NameRu(c))
            : Bilingual.Same(iso3);

    /// <summary><c>country,sector,direction,term,estimate,std_error,statistic,p_value</c>: one row per coefficient, full
    /// precision.</summary>
    public static ReportTable Tidy(RvcResult result)
    {
        var rows = result
            .Estimates.SelectMany(e =>
                e.Fit is { } fit
                    ? fit.Coefficients.Select(c =>
                        new object?[]
                        {
                            e.Country,
                            e.Sector,
                            RvcRegression.Name(e.Direction),
                            c.Term,
                            c.Estimate,
                            c.StdError,
                            c.Statistic,
                            c.PValue,
                        }
                    )
                    : Terms.Select(t =>
                        new object?[]
                        {
                            e.Country,
                            e.Sector,
                            RvcRegression.Name(e.Direction),
                            t,
                            double.NaN,
                            double.NaN,
                            double.NaN,
                            double.NaN,
                        }
                    )
            )
            .ToList();
        return new ReportTable(
            "rvc_coefficients",
            Strings.ValueChainRegressionCoefficients,
            [
                ReportColumn.Txt("country", Strings.Country),
                ReportColumn.Txt("sector", Strings.Sector),
                ReportColumn.Txt("direction", Strings.Direction),
                ReportColumn.Txt("term", Strings.Variable),
                ReportColumn.Num("estimate", Strings.Estimate, "G6"),
                ReportColumn.Num("std_error", Strings.StdError, "G6"),
                ReportColumn.Num("statistic", Strings.TStatistic, "0.00"),
                ReportColumn.Num("p_value", Strings.PValue, "0.0000"),
            ],
            rows
        )
        {
            Notes = Notes(result),
            Sheet = Strings.Coefficients,
            Charts = [CoefficientPlot("bp", Strings.BP), CoefficientPlot("fp", Strings.FP)],
        }.Validated();
    }

    /// <summary>The coefficient of one regressor in every regression (country, sector, direction) with its interval.</summary>
    private static ChartHint CoefficientPlot(string term, Bilingual name) =>
        ChartHint.CoefficientPlot(
            Strings.Format(nameof(Strings.HtmlChartCoefficientOf), name),
            ["country", "sector", "direction"],
            "term",
            term
        ) with
        {
            XTitle = Strings.HtmlAxisEstimate,
        };

    /// <summary>The study's layout in one language (cells are labels and formatted numbers with stars).</summary>
    public static ReportTable Study(RvcResult result, Language language)
    {
        var rows = new List<object?[]>();
        string? lastCountry = null,
            lastSector = null;
        foreach (var e in result.Estimates)
        {
            var country = e.Country == lastCountry ? "" : CountryLabel(e.Country).In(language);
            var sector = e.Country == lastCountry && e.Sector == lastSector ? "" : SectorLabel(e.Sector).In(language);
            lastCountry = e.Country;
            lastSector = e.Sector;
            var fit = e.Fit;
            if (fit is null)
            {
                rows.Add([country, sector, DirectionLabel(e.Direction).In(language), "NaN", "NaN", "NaN", "NaN", "NaN"]);
                continue;
            }
            object Coef(string term) =>
                fit.Coefficients.FirstOrDefault(c => c.Term == term) is { } c
                    ? new DecoratedNumber(c.Estimate, NumberFormat(c.Estimate), RegressionTables.Stars(c.PValue))
                    : "–";
            rows.Add([
                country,
                sector,
                DirectionLabel(e.Direction).In(language),
                Coef("bp"),
                Coef("fp"),
                Coef("gdppc"),
                new DecoratedNumber(fit.Wald.F, "0.00", double.IsNaN(fit.Wald.F) ? "" : RegressionTables.Stars(fit.Wald.PValue)),
                new DecoratedNumber(100 * fit.Fit.RSquared, "0.0"),
            ]);
        }
        return new ReportTable(
            "rvc_table",
            Strings.Format(nameof(Strings.RvcStudyTitle), result.Vcov.Label, result.Series.Group.Label),
            [
                ReportColumn.Txt("country", Strings.Country),
                ReportColumn.Txt("sector", Strings.Industry),
                ReportColumn.Txt("direction", Strings.Exports),
                ReportColumn.Txt("bp", Strings.BP),
                ReportColumn.Txt("fp", Strings.FP),
                ReportColumn.Txt("gdppc", Strings.GDPpc),
                ReportColumn.Txt("f", Strings.F),
                ReportColumn.Txt("r2", Strings.RSquaredPct),
            ],
            rows
        )
        {
            Notes = [StarsNote(result.Vcov), .. Notes(result)],
            Sheet = Strings.RVCTable,
        }.Validated();
    }

    /// <summary>The note line on the stars and statistics under the study table.</summary>
    public static Bilingual StarsNote(VcovSpec vcov) => Strings.Format(nameof(Strings.RvcStarsNote), vcov.Label);

    /// <summary><c>country,sector,year,bp,fp,ex_mutual,ex_external,gdppc</c>.</summary>
    public static ReportTable Series(RvcSeriesResult series) =>
        new ReportTable(
            "rvc_series",
            Strings.ValueChainRegressionPanel,
            [
                ReportColumn.Txt("country", Strings.Country),
                ReportColumn.Txt("sector", Strings.Sector),
                ReportColumn.Int("year", Strings.Year),
                ReportColumn.Num("bp", Strings.BPUsdM, "0.0"),
                ReportColumn.Num("fp", Strings.FPUsdM, "0.0"),
                ReportColumn.Num("ex_mutual", Strings.ExportsToTheGroupUsdM, "0.0"),
                ReportColumn.Num("ex_external", Strings.ExportsToTheRestUsdM, "0.0"),
                ReportColumn.Num("gdppc", Strings.GDPPerCapitaUsd, "0"),
            ],
            series
                .Points.Select(p => new object?[] { p.Country, p.Sector, (long)p.Year, p.Bp, p.Fp, p.ExMutual, p.ExExternal, p.Gdppc })
                .ToList()
        )
        {
            Notes = [.. ValueChainNotes.RvcSeries(series), ValueChainNotes.Provider(series.Provider)],
            Sheet = Strings.Panel,
        }.Validated();

    /// <summary>The document for <c>--format</c>: CSV the tidy coefficients; Markdown the study table; XLSX the study table and the
    /// coefficients.</summary>
    public static ReportDocument Document(RvcResult result, OutputFormat format, Language language)
    {
        var title = Strings.RegionalValueChainsAndExports;
        var summary = Summary(result).Select(t => (ReportBlock)new ParagraphBlock(t)).ToList();
        ReportBlock[] notes = [new HeadingBlock(IndicesTables.DataNotesHeading), new ParagraphBlock(Intro(result))];
        return format switch
        {
            { MachineReadable: true } => new ReportDocument(title, [.. summary, new TableBlock(Tidy(result))]),
            _ when format == OutputFormats.Xlsx || format == OutputFormats.Html => new ReportDocument(
                title,
                [.. summary, new TableBlock(Study(result, language)), new TableBlock(Tidy(result)), .. notes]
            ),
            _ => new ReportDocument(title, [.. summary, new TableBlock(Study(result, language)), .. notes]),
        };
    }

    /// <summary>
    /// The answer in words: of the regressions estimated, how many BP coefficients are positive, significant at 5 %, and
    /// both, for each export direction.
    /// </summary>
    public static IReadOnlyList<Bilingual> Summary(RvcResult result)
    {
        var lines = new List<Bilingual>();
        foreach (var direction in result.Estimates.Select(e => e.Direction).Distinct())
        {
            var bp = result
                .Estimates.Where(e => e.Direction == direction)
                .Select(e => e.Fit?.Coefficients.FirstOrDefault(c => c.Term == "bp"))
                .Where(c => c is not null && !double.IsNaN(c.Estimate))
                .Select(c => c!)
                .ToList();
            var total = result.Estimates.Count(e => e.Direction == direction);
            int positive = bp.Count(c => c.Estimate > 0),
                significant = bp.Count(c => c.PValue < 0.05);
            var both = bp.Count(c => c.Estimate > 0 && c.PValue < 0.05);
            var label = DirectionLabel(direction);
            var notEstimated =
                total > bp.Count ? Strings.Format(nameof(Strings.RvcNotEstimated), total - bp.Count) : Bilingual.Same("");
            lines.Add(Strings.Format(nameof(Strings.RvcBpSummary), label, positive, bp.Count, significant, both, notEstimated));
        }
        return lines;
    }

    /// <summary>The data sources of the regression: the ICIO tables and the GDP per capita table.</summary>
    public static IReadOnlyList<Provenance> Sources(RvcSeriesResult series) =>
        [
            new(Strings.ICIOTablesFirstYearShown, series.TableSource),
            new(
                Strings.GdpPerCapitaWdiSource,
                series.GdpLocation
            ),
        ];

    /// <summary>The panel as a one-table document (for <c>--series-out</c>).</summary>
    public static ReportDocument SeriesDocument(RvcSeriesResult series)
    {
        var table = Series(series);
        return new ReportDocument(table.Title, [new TableBlock(table)]);
    }

    private static Bilingual Intro(RvcResult r)
    {
        var years = r.Series.Points.Select(p => p.Year).Distinct().OrderBy(y => y).ToList();
        var span = years.Count == 0 ? "" : $"{years[0]}–{years[^1]}";
        return Strings.Format(nameof(Strings.RvcIntro), years.Count, span, r.Series.Group.Label);
    }

    private static IReadOnlyList<Bilingual> Notes(RvcResult r)
    {
        var notes = ValueChainNotes.RvcSeries(r.Series).ToList();
        var first = r.Estimates.Select(e => e.Fit).FirstOrDefault(f => f is not null);
        if (first is not null)
            notes.Add(
                Bilingual.Same(
                    $"OLS, formula {RvcRegression.Equation}; covariance {r.Vcov.Label}, "
                        + $"small-sample factor {first.VcovInfo.AdjustmentFormula}; n = {first.N} per regression"
                )
            );
        foreach (var e in r.Estimates)
        {
            if (e.Reason is not null)
                notes.Add(Bilingual.Same(e.Reason));
            foreach (var w in e.Fit?.Warnings ?? [])
                notes.Add(Bilingual.Same($"{e.Fit!.Name}: {w}"));
        }
        notes.Add(ValueChainNotes.Provider(r.Series.Provider));
        return notes;
    }

    /// <summary>Coefficients in the study table: 3 decimals below 1000 in absolute value, else 1 decimal; tiny values in 3 significant
    /// digits.</summary>
    public static string Number(double x) => double.IsNaN(x) ? "NaN" : x.ToString(NumberFormat(x), CultureInfo.InvariantCulture);

    /// <summary>The format of <see cref="Number"/>: "0.00E+0" below 0.001 in absolute value, "0.0" from 1000, else "0.000".</summary>
    public static string NumberFormat(double x)
    {
        var a = Math.Abs(x);
        return a != 0 && a < 0.001 ? "0.00E+0"
            : a >= 1000 ? "0.0"
            : "0.000";
    }
}
