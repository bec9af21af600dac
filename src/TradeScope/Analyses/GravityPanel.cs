using System.Globalization;
using TradeScope.Core;
using TradeScope.Data;
using TradeScope.Data.Reference;
using TradeScope.Econometrics;
using TradeScope.Model;

namespace TradeScope.Analyses;

/// <summary>Observable trade costs of one ordered pair in one year (docs/methods/gravity.md#trade-costs).</summary>
/// <param name="DistanceKm">GeoDist population-weighted distance <c>distw</c>, or the great-circle distance between the main
/// cities <c>dist</c> where <c>distw</c> is missing (<paramref name="WeightedDistance"/> false).</param>
/// <param name="WeightedDistance">True when <paramref name="DistanceKm"/> is <c>distw</c>.</param>
/// <param name="Contiguous">GeoDist <c>contig</c>.</param>
/// <param name="CommonLanguage">GeoDist <c>comlang_off</c> (a common official language).</param>
/// <param name="Colony">GeoDist <c>colony</c> (ever in a colonial relationship).</param>
/// <param name="Rta">A regional trade agreement in force between the two on 1 July of the year (WTO RTA data).</param>
public sealed record PairCosts(double DistanceKm, bool WeightedDistance, bool Contiguous, bool CommonLanguage, bool Colony, bool Rta);

/// <summary>One observation of the gravity panel: exports X_ijt with the pair's observable costs.</summary>
public sealed record GravityObservation(CountryCode Exporter, CountryCode Importer, int Year, double Trade, PairCosts Costs)
{
    /// <summary>True for an intra-national flow X_iit (only from a user panel that holds them).</summary>
    public bool Domestic => Exporter == Importer;
}

/// <summary>
/// The exporter × importer × year panel of a structural gravity model (Yotov, Piermartini, Monteiro and Larch 2016, ch. 1):
/// one row per ordered pair i ≠ j and year of the window where the exporter reported its exports (so a pair with no
/// reported flow is a true zero, which PPML keeps), with distance, contiguity, common official language, colonial tie and
/// an RTA dummy. Pairs GeoDist does not cover are left out and counted in <see cref="WithoutGeography"/>.
/// </summary>
/// <param name="Years">The window, ascending.</param>
/// <param name="Observations">The rows, in year, exporter, importer order.</param>
/// <param name="ExportersByYear">Reporting exporters per year.</param>
/// <param name="WithoutGeography">Ordered pairs left out because GeoDist has no row for them (e.g. South Sudan, Kosovo).</param>
public sealed record GravityPanel(
    IReadOnlyList<int> Years,
    IReadOnlyList<GravityObservation> Observations,
    IReadOnlyDictionary<int, int> ExportersByYear,
    IReadOnlyList<(CountryCode Exporter, CountryCode Importer)> WithoutGeography
)
{
    /// <summary>Column names of <see cref="ToDataFrame"/>.</summary>
    public const string Trade = "trade",
        Exporter = "exporter",
        Importer = "importer",
        Year = "year",
        Pair = "pair",
        Distance = "dist_km",
        Contiguity = "contig",
        Language = "comlang_off",
        Colony = "colony",
        Rta = "rta",
        Border = "intl_border";

    /// <summary>The PPML formula of the structural gravity model with exporter-year and importer-year fixed effects.</summary>
    public static readonly string PanelFormula =
        $"{Trade} ~ log({Distance}) + {Contiguity} + {Language} + {Colony} + {Rta} | {Exporter}^{Year} + {Importer}^{Year}";

    /// <summary>Number of observations with zero trade.</summary>
    public int Zeros => Observations.Count(o => o.Trade == 0);

    /// <summary>Number of observations whose distance is the main-city distance (no weighted distance in GeoDist).</summary>
    public int MainCityDistances => Observations.Count(o => !o.Costs.WeightedDistance);

    /// <summary>
    /// Builds the panel of the <paramref name="window"/> years ending at <paramref name="year"/> (those the data hold).
    /// Exporters: economies whose exports are reported in the year (<see cref="FlowSource.Reported"/>; mirror rows are left
    /// out because an absent mirror flow is not a reported zero). Importers: every other economy of the year's matrix.
    /// </summary>
    /// <param name="domestic">Intra-national flows X_ii by (economy, year) to add (a user panel in the guide's layout); null or
    /// empty for none. Their distance is GeoDist's internal distance of the economy, the dummies are 0.</param>
    /// <exception cref="InputException">The year is not in the data.</exception>
    public static GravityPanel Build(
        TradeDataset data,
        int year,
        int window,
        GeoDistances? geography = null,
        RtaPairs? agreements = null,
        IReadOnlyDictionary<(CountryCode, int), double>? domestic = null
    )
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(window);
        geography ??= GeoDistances.Bundled;
        agreements ??= RtaPairs.Bundled;
        data.ForYear(year);
        var years = Enumerable.Range(year - window + 1, window).Where(data.Contains).ToList();
        var rows = new List<GravityObservation>();
        var exporters = new Dictionary<int, int>();
        var missing = new HashSet<(CountryCode, CountryCode)>();
        foreach (var y in years)
        {
            var m = data.ForYear(y);
            var reporting = Enumerable.Range(0, m.Count).Where(i => m.Source(i) == FlowSource.Reported).ToList();
            exporters[y] = reporting.Count;
            foreach (var i in reporting)
            {
                var row = m.ExportsRow(i);
                var origin = m.Economies[i];
                if (
                    domestic is not null
                    && domestic.TryGetValue((origin, y), out var own)
                    && Costs(geography, agreements, origin, origin, y) is { } ic
                )
                    rows.Add(
                        new GravityObservation(
                            origin,
                            origin,
                            y,
                            own,
                            ic with
                            {
                                Contiguous = false,
                                CommonLanguage = false,
                                Colony = false,
                            }
                        )
                    );
                for (var j = 0; j < m.Count; j++)
                {
                    if (j == i)
                        continue;
                    var destination = m.Economies[j];
                    if (Costs(geography, agreements, origin, destination, y) is not { } costs)
                    {
                        missing.Add((origin, destination));
                        continue;
                    }
                    rows.Add(new GravityObservation(origin, destination, y, double.IsNaN(row[j]) ? 0 : row[j], costs));
                }
            }
        }
        return new GravityPanel(years, rows, exporters, [.. missing.OrderBy(p => p.Item1.Value).ThenBy(p => p.Item2.Value)]);
    }

    /// <summary>The pair's costs in the year, or null when GeoDist has no (usable) distance for it.</summary>
    public static PairCosts? Costs(GeoDistances geography, RtaPairs agreements, CountryCode origin, CountryCode destination, int year)
    {
        var pair = geography.Find(origin.Value, destination.Value);
        if (pair is null)
            return null;
        var weighted = double.IsFinite(pair.WeightedDistanceKm) && pair.WeightedDistanceKm > 0;
        var distance = weighted ? pair.WeightedDistanceKm : pair.DistanceKm;
        if (!(distance > 0))
            return null;
        var rta = origin != destination && agreements.InForce(origin.Value, destination.Value, year);
        return new PairCosts(distance, weighted, pair.Contiguous, pair.CommonOfficialLanguage, pair.Colony, rta);
    }

    /// <summary>
    /// The panel as an estimation frame: <c>trade, exporter, importer, year, pair, dist_km, contig, comlang_off, colony, rta,
    /// intl_border</c> (pair = "EXP-IMP", the cluster of the standard errors; intl_border = 1 for i ≠ j).
    /// </summary>
    public DataFrame ToDataFrame()
    {
        var o = Observations;
        string[] Text(Func<GravityObservation, string> f) => o.Select(f).ToArray();
        double[] Number(Func<GravityObservation, double> f) => o.Select(f).ToArray();
        return DataFrame.FromColumns(
            (Trade, Number(x => x.Trade)),
            (Exporter, Text(x => x.Exporter.Value)),
            (Importer, Text(x => x.Importer.Value)),
            (Year, Text(x => x.Year.ToString(CultureInfo.InvariantCulture))),
            (Pair, Text(x => $"{x.Exporter.Value}-{x.Importer.Value}")),
            (Distance, Number(x => x.Costs.DistanceKm)),
            (Contiguity, Number(x => x.Costs.Contiguous ? 1 : 0)),
            (Language, Number(x => x.Costs.CommonLanguage ? 1 : 0)),
            (Colony, Number(x => x.Costs.Colony ? 1 : 0)),
            (Rta, Number(x => x.Costs.Rta ? 1 : 0)),
            (Border, Number(x => x.Domestic ? 0 : 1))
        );
    }
}
