using System.Globalization;
using TradeScope.Core;
using TradeScope.Data;
using TradeScope.Data.Reference;
using TradeScope.Econometrics;
using TradeScope.Model;

namespace TradeScope.Analyses;

/// <summary>The request behind <c>gravity-potential</c> (and the gravity step of <c>scenario</c>), as typed by the user.</summary>
/// <param name="Reporter">ISO3 code of the reporter.</param>
/// <param name="Year">The last year of the window: the year whose untapped potential is reported.</param>
/// <param name="Window">Years in the estimation window, ending at <paramref name="Year"/> (default
/// <see cref="GravityPotential.DefaultWindow"/>); years the data lack are skipped.</param>
/// <param name="DataPath">A trade file; null = the bundled UN Comtrade exports.</param>
/// <param name="GroupsPath">User groups (for the screening ranking and scenario groups); null = bundled groups only.</param>
public sealed record GravityRequest(
    string? Reporter,
    int Year,
    int Window = GravityPotential.DefaultWindow,
    string? DataPath = null,
    string? GroupsPath = null
);

/// <summary>Why a partner's predicted value is NaN (stable codes written in the <c>reason</c> column).</summary>
public enum GravityReason
{
    /// <summary>Computed.</summary>
    None,

    /// <summary>GeoDist has no distance for the pair, so the pair is not in the panel (<c>NO_GEO</c>).</summary>
    NoGeography,

    /// <summary>The partner's importer-year fixed-effect group has only zero flows: dropped by PPML, its fixed effect is
    /// not identified (<c>FE_ALL_ZERO</c>).</summary>
    FixedEffectAllZero,

    /// <summary>The observation is separated by the regressors (Correia, Guimarães and Zylkin 2019) and dropped
    /// (<c>SEPARATED</c>).</summary>
    Separated,
}

/// <summary>One partner of the reporter: actual and predicted exports in the year and the untapped potential.</summary>
/// <param name="Actual">Reported exports X_rj in the year (0 when none reported).</param>
/// <param name="Predicted">The PPML fitted value exp(x'β̂ + exporter-year FE + importer-year FE); NaN with <paramref
/// name="Reason"/>.</param>
/// <param name="ScreenRank">The partner's position in the <c>screen</c> command's combined ranking (largest partners by turnover);
/// null when not screened.</param>
public sealed record GravityPartner(CountryInfo Partner, double Actual, double Predicted, GravityReason Reason, int? ScreenRank)
{
    /// <summary>Untapped potential: predicted − actual (negative: the pair trades more than the model predicts).</summary>
    public double Untapped => Predicted - Actual;

    /// <summary>Actual / predicted (1 = at the model's prediction).</summary>
    public double Ratio => Predicted > 0 ? Actual / Predicted : double.NaN;
}

/// <summary>The fitted structural gravity model and the reporter's partners.</summary>
/// <param name="Fitted">PPML fitted values of every panel row (NaN for dropped rows), in panel order.</param>
/// <param name="ScreenTop">How many partners the screening ranked.</param>
/// <param name="Sources">Trade data, GeoDist and RTA provenance.</param>
public sealed record GravityPotentialResult(
    CountryInfo Reporter,
    int Year,
    int Window,
    GravityPanel Panel,
    RegressionResult Model,
    double[] Fitted,
    IReadOnlyList<GravityPartner> Partners,
    int ScreenTop,
    IReadOnlyList<Provenance> Sources
)
{
    /// <summary>The reporter's panel rows of the year by partner, with their fitted values.</summary>
    public IReadOnlyDictionary<CountryCode, int> ReporterRows { get; init; } = new Dictionary<CountryCode, int>();
}

/// <summary>
/// Untapped export potential from a structural gravity model (Yotov, Piermartini, Monteiro and Larch 2016, ch. 1;
/// docs/methods/gravity.md): PPML on the exporter × importer × year panel with exporter-year and importer-year fixed effects
/// (the multilateral resistances and sizes) and observable trade costs, standard errors clustered by pair. The potential of a
/// partner is the model's prediction for the reporter's exports to it in the last year; untapped = predicted − actual.
/// No pair fixed effects: they would absorb every time-invariant pair feature and make predicted equal actual on average over
/// the window, so nothing would be left to call untapped.
/// </summary>
public static class GravityPotential
{
    /// <summary>Default estimation window: four years ending at the reporting year.</summary>
    public const int DefaultWindow = 4;

    /// <summary>Partners ranked by the screening shown beside the potential (the <c>screen</c> command's default).</summary>
    public const int ScreenTop = 40;

    /// <summary>Loads the data of the window and estimates (one call for the command line).</summary>
    /// <exception cref="InputException">Unknown reporter, year not in the data, window not positive, reporter without reported
    /// exports in the year.</exception>
    /// <exception cref="NumericalException">PPML did not converge.</exception>
    public static GravityPotentialResult Run(GravityRequest request, IProgress<ProgressStep>? progress = null)
    {
        var countries = CountryRegistry.Default;
        var reporter = countries.Parse(request.Reporter, AnalysesParameters.Reporter);
        var data = Load(request, progress);
        var groups = request.GroupsPath is null
            ? GroupRegistry.Default
            : GroupRegistry.Default.WithUserGroups(request.GroupsPath, countries);
        return Estimate(data, reporter, request.Year, request.Window, countries, groups);
    }

    /// <summary>The data of the window: the bundled years of it, or the user's file.</summary>
    public static TradeDataset Load(GravityRequest request, IProgress<ProgressStep>? progress = null)
    {
        if (request.Window <= 0)
            throw InputException.Argument(AnalysesParameters.Window, Text(request.Window), "must be a positive number of years");
        if (request.DataPath is not null)
            return TradeDataset.Open(request.DataPath, null, progress);
        if (!ComtradeBundled.Years.Contains(request.Year))
            throw InputException.Argument(
                AnalysesParameters.Year,
                Text(request.Year),
                $"year not in the bundled data ({ComtradeBundled.Years[0]}-{ComtradeBundled.Years[^1]}); choose one of these years"
            );
        var years = Enumerable.Range(request.Year - request.Window + 1, request.Window).Where(ComtradeBundled.Years.Contains).ToList();
        return TradeDataset.Open(null, new TradeLoadOptions(Years: years), progress);
    }

    /// <summary>Builds the panel, fits the model and lines up the reporter's partners with the screening ranking.</summary>
    public static GravityPotentialResult Estimate(
        TradeDataset data,
        CountryCode reporter,
        int year,
        int window,
        CountryRegistry? countries = null,
        GroupRegistry? groups = null
    )
    {
        countries ??= CountryRegistry.Default;
        groups ??= GroupRegistry.Default;
        var matrix = data.ForYear(year, AnalysesParameters.Year);
        var r = TradeDataset.RequireReporter(matrix, reporter, AnalysesParameters.Reporter);
        if (matrix.Source(r) != FlowSource.Reported)
            throw InputException.Argument(
                AnalysesParameters.Reporter,
                reporter.Value,
                $"{reporter}'s exports in {year} are mirror data; the gravity panel uses reported exports only; choose another year"
            );
        var panel = GravityPanel.Build(data, year, window);
        var frame = panel.ToDataFrame();
        var (model, fitted) = Fit(frame, GravityPanel.PanelFormula, GravityPanel.Pair);
        var reasons = DropReasons(model, frame.RowCount);
        var rows = new Dictionary<CountryCode, int>();
        for (var k = 0; k < panel.Observations.Count; k++)
        {
            var o = panel.Observations[k];
            if (o.Year == year && o.Exporter == reporter && !o.Domestic)
                rows[o.Importer] = k;
        }
        var screen = ScreeningRanks(data, reporter, year, countries, groups);
        var partners = new List<GravityPartner>();
        for (var j = 0; j < matrix.Count; j++)
        {
            if (j == r)
                continue;
            var code = matrix.Economies[j];
            var info = countries.TryGet(code, out var ci) ? ci : new CountryInfo(code, 0, code.Value, code.Value);
            var actual = matrix.Exports(r, j) is var x && double.IsNaN(x) ? 0 : x;
            var (predicted, reason) = rows.TryGetValue(code, out var k)
                ? (fitted[k], double.IsNaN(fitted[k]) ? reasons[k] : GravityReason.None)
                : (double.NaN, GravityReason.NoGeography);
            partners.Add(new GravityPartner(info, actual, predicted, reason, screen.TryGetValue(code, out var rank) ? rank : null));
        }
        var ordered = partners
            .OrderByDescending(p => double.IsNaN(p.Untapped) ? double.MinValue : p.Untapped)
            .ThenBy(p => p.Partner.Iso3.Value, StringComparer.Ordinal)
            .ToList();
        var reporterInfo = countries.Get(reporter);
        Provenance[] sources = [data.Provenance, GeoDistances.Bundled.Provenance, RtaPairs.Bundled.Provenance];
        return new GravityPotentialResult(reporterInfo, year, window, panel, model, fitted, ordered, ScreenTop, sources)
        {
            ReporterRows = rows,
        };
    }

    /// <summary>
    /// The estimation step of every gravity model of TradeScope: <see cref="Ppml.Fit(DataFrame, string, VcovSpec?, PpmlOptions?)"/>
    /// (the estimator of the <c>regress</c> command) with standard errors clustered by <paramref name="cluster"/>, and the fitted
    /// values of every row (NaN for dropped rows).
    /// </summary>
    public static (RegressionResult Model, double[] Fitted) Fit(DataFrame frame, string formula, string cluster)
    {
        var model = Ppml.Fit(frame, formula, VcovSpec.Cluster(cluster));
        return (model, model.FittedValues(frame.RowCount));
    }

    /// <summary>The reason of each dropped row of the estimation frame.</summary>
    private static GravityReason[] DropReasons(RegressionResult model, int rowCount)
    {
        var reasons = new GravityReason[rowCount];
        foreach (var d in model.Dropped)
            foreach (var row in d.Rows)
                reasons[row] = d.Reason == DropReason.Separated ? GravityReason.Separated : GravityReason.FixedEffectAllZero;
        return reasons;
    }

    /// <summary>Position (1-based) of each partner in the screening's combined ranking of the <see cref="ScreenTop"/> largest
    /// partners; empty when the screening cannot be computed for the data.</summary>
    public static IReadOnlyDictionary<CountryCode, int> ScreeningRanks(
        TradeDataset data,
        CountryCode reporter,
        int year,
        CountryRegistry countries,
        GroupRegistry groups
    )
    {
        var indices = ReporterIndices.Compute(data, reporter, year, countries, groups);
        var screening = ScreeningResult.Screen(indices, ScreenTop);
        return screening.Partners.Select((p, i) => (p.Row.Partner.Iso3, Rank: i + 1)).ToDictionary(p => p.Iso3, p => p.Rank);
    }

    /// <summary>The stable code of a reason ("" when computed).</summary>
    public static string Code(this GravityReason reason) =>
        reason switch
        {
            GravityReason.None => "",
            GravityReason.NoGeography => "NO_GEO",
            GravityReason.FixedEffectAllZero => "FE_ALL_ZERO",
            GravityReason.Separated => "SEPARATED",
            _ => throw new ArgumentOutOfRangeException(nameof(reason)),
        };

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
