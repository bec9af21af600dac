using TradeScope.Core;
using TradeScope.Data;
using TradeScope.Econometrics;
using TradeScope.LinearAlgebra;

namespace TradeScope.Analyses;

/// <summary>Direction of the exports regressed: to the partner group ("mutual") or to everyone else ("external").</summary>
public enum RvcDirection
{
    External,
    Mutual,
}

/// <summary>What <c>tradescope rvc-regress</c> asks for.</summary>
/// <param name="Tables"><c>bundled:wiod2013</c> or a directory of yearly tables in <paramref name="Layout"/>.</param>
/// <param name="Layout">Layout of the tables in a directory (ignored for <c>bundled:wiod2013</c>).</param>
/// <param name="Years">Sample years, one table each (at least 5).</param>
/// <param name="Countries">Exporters p (ISO3).</param>
/// <param name="Group">Partner group G, fixed over the sample (<see cref="RvcGroup.Resolve"/>).</param>
/// <param name="Sectors">Industries or aggregates J.</param>
/// <param name="Vcov">Covariance of the OLS fits (default HC1).</param>
/// <param name="Provider">Linear algebra for the Leontief inverses (<see cref="LinearAlgebraProviders.Best"/>).</param>
/// <param name="Gdp">GDP per capita table (default: the bundled World Bank table).</param>
public sealed record RvcRequest(
    string Tables,
    IcioLayout Layout,
    IReadOnlyList<int> Years,
    IReadOnlyList<string> Countries,
    RvcGroup Group,
    IReadOnlyList<RvcSector> Sectors,
    VcovSpec Vcov,
    ILinearAlgebra Provider,
    GdpPerCapita? Gdp = null
);

/// <summary>One regression: country × sector × direction; <paramref name="Fit"/> is null when the regression cannot be
/// estimated (e.g. no exports in that direction in any year), with the reason; <paramref name="NumericalFailure"/> tells a
/// numerical failure (collinear panel) from a data one.</summary>
public sealed record RvcEstimate(
    string Country,
    string Sector,
    RvcDirection Direction,
    RegressionResult? Fit,
    string? Reason = null,
    bool NumericalFailure = false
);

/// <summary>The panel and its regressions.</summary>
public sealed record RvcResult(RvcSeriesResult Series, IReadOnlyList<RvcEstimate> Estimates, VcovSpec Vcov);

/// <summary>
/// The regional value-chain regression (issue 5; docs/methods/value-chains.md#rvc-regression), per country p, sector J and direction d over
/// the years:
/// Ex_d = β0 + β1·BP + β2·FP + β3·GDPpc + e, OLS with heteroskedasticity-robust covariance (HC1 = HC0·n/(n−k) by
/// default). Design after the EAEU regional value-chain study (Hanzl-Weiss et al. 2018 style BP/FP levels).
/// </summary>
public static class RvcRegression
{
    /// <summary>The estimated equation (column names of the panel).</summary>
    public const string Equation = "ex ~ bp + fp + gdppc";

    /// <summary>What these regressions supply to covariance types: leverages (no absorbed fixed effects), but no cluster
    /// variable — each regression is one country, industry and direction with one observation per year.</summary>
    public static readonly VcovCapability VcovCapability = new(
        VcovNeeds.Leverages,
        "which a regression of one country, industry and direction over the years does not have"
    );

    /// <summary>Builds the panel and fits every country × sector × direction.</summary>
    /// <exception cref="InputException">Bad input (see <see cref="RvcSeries.Build"/>), fewer than 5 years, a clustered
    /// covariance (one country and industry over years has nothing to cluster on), or no regression estimable for data reasons.</exception>
    /// <exception cref="NumericalException">No regression estimable, every one for a numerical reason.</exception>
    public static RvcResult Run(RvcRequest request)
    {
        VcovCapability.Require(request.Vcov);
        if (request.Years.Count <= RvcSeries.Parameters)
            throw InputException.Argument(
                AnalysesParameters.Years,
                string.Join(",", request.Years),
                $"{request.Years.Count} years: the regression has {RvcSeries.Parameters} parameters and needs at least " +
                    $"{RvcSeries.Parameters + 1} years"
            );
        var countries = request.Countries.Select(c => IcioReader.NormaliseCountry(c)).ToList();
        var twice = countries.GroupBy(c => c).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            throw InputException.Argument(AnalysesParameters.Countries, twice.Key, "listed twice");
        var series = RvcSeries.Build(
            request.Tables,
            request.Layout,
            request.Years,
            countries,
            request.Group,
            request.Sectors,
            request.Provider,
            request.Gdp
        );
        var estimates = Estimate(series, request.Vcov, request.Provider);
        RequireAnyEstimate(estimates);
        return new RvcResult(series, estimates, request.Vcov);
    }

    /// <summary>A run that estimates nothing it was asked for is a failure, not an empty table; some failures are warnings.</summary>
    /// <exception cref="NumericalException">Every regression failed for a numerical reason.</exception>
    /// <exception cref="InputException">Every regression failed, at least one for a data reason.</exception>
    public static void RequireAnyEstimate(IReadOnlyList<RvcEstimate> estimates)
    {
        if (estimates.Count == 0 || estimates.Any(e => e.Fit is not null))
            return;
        var reason = $"none of the {estimates.Count} regressions could be estimated; the first: {estimates[0].Reason}";
        if (estimates.All(e => e.NumericalFailure))
            throw new NumericalException(reason);
        throw new InputException(reason);
    }

    /// <summary>Fits <see cref="Equation"/> for every country × sector × direction of the panel (order: country, sector,
    /// external, mutual). A regression that cannot be estimated (all-zero exports, collinear panel) is kept with its reason.</summary>
    /// <param name="algebra">Linear-algebra provider of the fits (default managed).</param>
    public static IReadOnlyList<RvcEstimate> Estimate(RvcSeriesResult series, VcovSpec vcov, ILinearAlgebra? algebra = null)
    {
        var estimates = new List<RvcEstimate>();
        foreach (var country in series.Countries)
            foreach (var sector in series.Sectors)
            {
                var points = series.Points.Where(p => p.Country == country && p.Sector == sector.Key).OrderBy(p => p.Year).ToList();
                foreach (var direction in new[] { RvcDirection.External, RvcDirection.Mutual })
                {
                    var name = $"{country} {sector.Key} {Name(direction)}";
                    try
                    {
                        estimates.Add(new RvcEstimate(country, sector.Key, direction, Fit(points, direction, vcov, name, algebra)));
                    }
                    catch (Exception e) when (e is InputException or NumericalException)
                    {
                        var reason = $"{name}: not estimated: {e.Message}";
                        estimates.Add(new RvcEstimate(country, sector.Key, direction, null, reason, e is NumericalException));
                    }
                }
            }
        return estimates;
    }

    /// <summary>One OLS fit of <see cref="Equation"/> on the points (one country and sector, ordered by year).</summary>
    /// <param name="algebra">Linear-algebra provider of the fit (default managed).</param>
    public static RegressionResult Fit(
        IReadOnlyList<RvcPoint> points,
        RvcDirection direction,
        VcovSpec vcov,
        string name,
        ILinearAlgebra? algebra = null
    )
    {
        var data = DataFrame.FromColumns(
            ("ex", points.Select(p => direction == RvcDirection.Mutual ? p.ExMutual : p.ExExternal).ToArray()),
            ("bp", points.Select(p => p.Bp).ToArray()),
            ("fp", points.Select(p => p.Fp).ToArray()),
            ("gdppc", points.Select(p => p.Gdppc).ToArray()),
            ("year", points.Select(p => p.Year).ToArray())
        );
        return Ols.Fit(data, Equation, vcov, new OlsOptions(Algebra: algebra)).Named(name);
    }

    /// <summary>"external" or "mutual".</summary>
    public static string Name(RvcDirection direction) => direction == RvcDirection.Mutual ? "mutual" : "external";
}
