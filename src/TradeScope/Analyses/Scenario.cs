using System.Globalization;
using TradeScope.Core;
using TradeScope.Data;
using TradeScope.Data.Reference;
using TradeScope.Econometrics;
using TradeScope.LinearAlgebra;
using TradeScope.Model;
using TradeScope.Potential.ExportPotential;

namespace TradeScope.Analyses;

/// <summary>The request behind <c>scenario</c>.</summary>
/// <param name="Gravity">Reporter, year, window, data and groups of the gravity model.</param>
/// <param name="ShockPath">The shock file (JSON, docs/scenarios.md); null = the default sanctions scenario (RUS only).</param>
/// <param name="DbPath">The product store of the technology shift's index (its technology share), or null.</param>
/// <param name="Source">The store's source (baci, comtrade, tidy); null = the one holding the year.</param>
/// <param name="PillarsPath">User indicator values for the technology shift's index (unit,CODE…), or null.</param>
/// <param name="LinearAlgebra">The provider of the import-substitution part; null = the best available.</param>
public sealed record ScenarioRequest(
    GravityRequest Gravity,
    string? ShockPath,
    string? DbPath = null,
    string? Source = null,
    string? PillarsPath = null,
    ILinearAlgebra? LinearAlgebra = null
);

/// <summary>One partner under the scenario. Accounting: scenario = baseline − lost + created + reallocated; created is 0 unless a
/// regionalisation shock lowers trade costs, so without one scenario = baseline − lost + reallocated.</summary>
/// <param name="Baseline">Actual exports in the year.</param>
/// <param name="Lost">Exports lost: the cut in a closed market and any fall from higher trade costs.</param>
/// <param name="Created">Exports created by lower trade costs with the bloc (partial or conditional-GE effect).</param>
/// <param name="Reallocated">Lost exports redirected to this (open) market.</param>
/// <param name="Untapped">The gravity model's untapped potential (NaN with a reason when not computable).</param>
public sealed record ScenarioPartner(
    CountryInfo Partner,
    bool Closed,
    bool InBloc,
    double Baseline,
    double Lost,
    double Created,
    double Reallocated,
    double Untapped,
    int? ScreenRank
)
{
    /// <summary>baseline − lost + created + reallocated.</summary>
    public double Scenario => Baseline - Lost + Created + Reallocated;

    /// <summary>Rank by baseline exports (1 = largest).</summary>
    public int RankBefore { get; init; }

    /// <summary>Rank by scenario exports (1 = largest).</summary>
    public int RankAfter { get; init; }
}

/// <summary>The effect of the regionalisation shock on the reporter's exports to one bloc member.</summary>
/// <param name="Partial">Trade factor with the multilateral resistances held fixed: exp(Δ ln t^(1−σ)).</param>
/// <param name="GeneralEquilibrium">Conditional GE factor X′_rj / X̂_rj; NaN with <paramref name="Reason"/> when not computed.</param>
public sealed record RegionalEffect(CountryCode Partner, double Partial, double GeneralEquilibrium, string Reason);

/// <summary>The scenario's result: the partners, the gravity model behind it and every assumption with its value.</summary>
/// <param name="ClosedGroup">The closed group as resolved (null when the shock lists partners or closes nothing).</param>
/// <param name="Skipped">Listed members left out: without an ISO3 code, or not in the data.</param>
/// <param name="Assumptions">Key, value in words.</param>
/// <param name="Technology">The technology shift on the export-potential index, or null without one.</param>
/// <param name="ImportSubstitution">The import substitution in an ICIO table, or null without one.</param>
public sealed record ScenarioResult(
    GravityPotentialResult Gravity,
    ScenarioShock Shock,
    IReadOnlyList<ScenarioPartner> Partners,
    DatedGroup? ClosedGroup,
    IReadOnlyList<string> Skipped,
    IReadOnlyList<RegionalEffect> Regional,
    bool UsedGeneralEquilibrium,
    IReadOnlyList<(string Key, Bilingual Text)> Assumptions,
    TechnologyShiftResult? Technology = null,
    ImportSubstitutionScenarioResult? ImportSubstitution = null
);

/// <summary>
/// Scenarios on a reporter's exports by partner (docs/scenarios.md): market closure with reallocation, regionalisation (partial
/// effect, or conditional GE by GEPPML on data with domestic flows), technology shift (its effect on the export-potential index) and
/// import substitution (its effect on domestic value added in exports in an ICIO table).
/// </summary>
public static class Scenario
{
    /// <summary>Territories on the Russian order 430-r list without an ISO3 or Comtrade code, never a trade partner (data/README.md,
    /// docs/groups.md): named in the output as skipped.</summary>
    public static readonly IReadOnlyList<string> SanctionsListWithoutCode = ["Akrotiri and Dhekelia (UK Sovereign Base Areas, Cyprus)"];

    /// <summary>Runs the scenario: reads the shock, estimates the gravity model, applies the shock.</summary>
    /// <exception cref="InputException">Bad shock file, unknown reporter or group, year not in the data; a technology shift without
    /// a technology share (no product store or user values); an import substitution whose table lacks the reporter.</exception>
    public static ScenarioResult Run(ScenarioRequest request, IProgress<ProgressStep>? progress = null)
    {
        var countries = CountryRegistry.Default;
        var reporter = countries.Parse(request.Gravity.Reporter, AnalysesParameters.Reporter);
        var shock = request.ShockPath is null ? ScenarioShock.DefaultSanctions : ScenarioShock.Load(request.ShockPath);
        if (request.ShockPath is null && reporter.Value != "RUS")
            throw InputException.Argument(
                AnalysesParameters.Shock,
                null,
                $"the default scenario (Russia's order 430-r list) is for RUS; for {reporter} give a shock file (docs/scenarios.md)"
            );
        (string Parameter, string? Value)[] technologyInputs =
        [
            (PotentialParameters.Db, request.DbPath),
            (PotentialParameters.Pillars, request.PillarsPath),
        ];
        if (shock.Technology is null && technologyInputs.FirstOrDefault(p => p.Value is not null) is { Value: { } given } input)
            throw InputException.Argument(input.Parameter, given, "is read by a technology_shift only, and the shock has none; remove it");
        // The technology and import-substitution parts do not depend on the gravity model: computed first, so that their
        // errors come before the (slow) estimation.
        var potential = new PotentialRequest(
            request.Gravity.Year,
            DbPath: request.DbPath,
            Source: request.Source,
            PillarsPath: request.PillarsPath
        );
        var technology = shock.Technology is { } shift ? TechnologyShiftScenario.Run(shock, shift, reporter, potential) : null;
        var provider = request.LinearAlgebra ?? LinearAlgebraProviders.Best();
        var substitution = shock.ImportSubstitution is { } cut
            ? ImportSubstitutionScenario.Run(shock, cut, reporter, request.Gravity.Year, provider)
            : null;
        var groups = request.Gravity.GroupsPath is null
            ? GroupRegistry.Default
            : GroupRegistry.Default.WithUserGroups(request.Gravity.GroupsPath, countries);
        // Resolve the markets before the (slow) estimation, so a bad code or group fails at once.
        var closedMembers = shock.Closure is { } c0
            ? Members(
                shock,
                "$.market_closure",
                c0.Group,
                c0.Partners,
                reporter,
                request.Gravity.Year,
                groups,
                countries,
                defaultSanctions: true
            )
            : ([], null);
        var blocMembers = shock.Regional is { } r0
            ? Members(
                shock,
                "$.regionalisation",
                r0.Bloc,
                r0.Partners,
                reporter,
                request.Gravity.Year,
                groups,
                countries,
                defaultSanctions: false
            )
            : ([], null);
        var data = GravityPotential.Load(request.Gravity, progress);
        var gravity = GravityPotential.Estimate(data, reporter, request.Gravity.Year, request.Gravity.Window, countries, groups);
        var inData = gravity.Partners.Select(p => p.Partner.Iso3).ToHashSet();
        var skipped = new List<string>();
        var assumptions = new List<(string, Bilingual)>();

        var closedGroup = closedMembers.Group;
        var closed = new HashSet<CountryCode>();
        if (closedGroup?.Id == GroupRegistry.Sanctions)
            skipped.AddRange(SanctionsListWithoutCode.Select(t => $"{t}: no ISO3 code"));
        foreach (var m in closedMembers.Members)
            if (inData.Contains(m))
                closed.Add(m);
            else
                skipped.Add($"{m}: not in the data for {gravity.Year}");

        var factors = new Dictionary<CountryCode, double>();
        var regional = new List<RegionalEffect>();
        var usedGe = false;
        if (shock.Regional is { } regionalisation)
        {
            var members = blocMembers.Members;
            var logFactor = regionalisation.RtaMultiple is { } m
                ? m * gravity.Model[GravityPanel.Rta].Estimate
                : -regionalisation.TradeElasticity * Math.Log(1 + regionalisation.TariffEquivalentPct!.Value / 100);
            var ge = regionalisation.GeneralEquilibrium
                ? GeneralEquilibrium(request.Gravity.DataPath, data, reporter, gravity.Year, members, logFactor)
                : (Factors: (IReadOnlyDictionary<CountryCode, double>?)null, Reason: "GE_NOT_REQUESTED");
            usedGe = ge.Factors is not null;
            foreach (var member in members.Where(inData.Contains))
            {
                var geFactor = ge.Factors is { } f && f.TryGetValue(member, out var v) ? v : double.NaN;
                var reason = double.IsNaN(geFactor)
                    ? ge.Factors is null
                        ? ge.Reason
                        : "NO_DOMESTIC_FLOW"
                    : "";
                regional.Add(new RegionalEffect(member, Math.Exp(logFactor), geFactor, reason));
                factors[member] = double.IsNaN(geFactor) ? Math.Exp(logFactor) : geFactor;
            }
            assumptions.Add(("regional_log_cost_change", Bilingual.Same(Invariant(logFactor))));
        }

        var mode = shock.Closure?.Reallocation ?? Reallocation.None;
        var partners = Apply(gravity.Partners, closed, shock.Closure?.CutPct ?? 0, mode, shock.Closure?.ReallocatedSharePct ?? 0, factors);
        assumptions.InsertRange(0, Describe(shock, closedGroup, gravity, usedGe));
        if (technology is not null)
            assumptions.AddRange(TechnologyShiftScenario.Assumptions(technology, potential));
        if (substitution is not null)
            assumptions.Add(("import_substitution_table", Bilingual.Same(substitution.TableChoice)));
        return new ScenarioResult(gravity, shock, partners, closedGroup, skipped, regional, usedGe, assumptions, technology, substitution);
    }

    /// <summary>
    /// The accounting of a scenario, partner by partner: regionalisation first (x1 = baseline × factor; created = max(x1 −
    /// baseline, 0), lost = max(baseline − x1, 0)), then the cut of closed markets (lost += cut × x1), then reallocation of
    /// share × Σ cut to open markets: by untapped potential (weights max(untapped, 0), capped at Σ of them), by current exports
    /// after the regional shock, or not at all. Nothing goes to a closed market; 0 ≤ Σ reallocated ≤ Σ cut ≤ Σ lost.
    /// </summary>
    public static IReadOnlyList<ScenarioPartner> Apply(
        IReadOnlyList<GravityPartner> partners,
        IReadOnlySet<CountryCode> closed,
        double cutPct,
        Reallocation mode,
        double reallocatedSharePct,
        IReadOnlyDictionary<CountryCode, double> factors
    )
    {
        var n = partners.Count;
        var x1 = new double[n];
        var lost = new double[n];
        var created = new double[n];
        double pool = 0;
        for (var k = 0; k < n; k++)
        {
            var p = partners[k];
            var baseline = p.Actual;
            x1[k] = factors.TryGetValue(p.Partner.Iso3, out var f) ? baseline * f : baseline;
            created[k] = Math.Max(x1[k] - baseline, 0);
            lost[k] = Math.Max(baseline - x1[k], 0);
            if (closed.Contains(p.Partner.Iso3))
            {
                var cut = x1[k] * cutPct / 100;
                lost[k] += cut;
                pool += cut;
            }
        }
        pool *= reallocatedSharePct / 100;
        var weights = new double[n];
        for (var k = 0; k < n; k++)
        {
            if (closed.Contains(partners[k].Partner.Iso3))
                continue;
            weights[k] = mode switch
            {
                Reallocation.Untapped => double.IsNaN(partners[k].Untapped) ? 0 : Math.Max(partners[k].Untapped, 0),
                Reallocation.Shares => x1[k],
                _ => 0,
            };
        }
        var total = weights.Sum();
        var reallocatedTotal =
            total > 0
                ? mode == Reallocation.Untapped
                    ? Math.Min(pool, total)
                    : pool
                : 0;
        var result = partners
            .Select(
                (p, k) =>
                    new ScenarioPartner(
                        p.Partner,
                        closed.Contains(p.Partner.Iso3),
                        factors.ContainsKey(p.Partner.Iso3),
                        p.Actual,
                        lost[k],
                        created[k],
                        total > 0 ? reallocatedTotal * weights[k] / total : 0,
                        p.Untapped,
                        p.ScreenRank
                    )
            )
            .ToList();
        var before = Ranks(result, r => r.Baseline);
        var after = Ranks(result, r => r.Scenario);
        return result.Select((r, k) => r with { RankBefore = before[k], RankAfter = after[k] }).ToList();
    }

    /// <summary>Positions 1..n by descending value (ties by ISO3).</summary>
    private static int[] Ranks(IReadOnlyList<ScenarioPartner> rows, Func<ScenarioPartner, double> value)
    {
        var order = Enumerable
            .Range(0, rows.Count)
            .OrderByDescending(k => value(rows[k]))
            .ThenBy(k => rows[k].Partner.Iso3.Value, StringComparer.Ordinal)
            .ToList();
        var ranks = new int[rows.Count];
        for (var position = 0; position < order.Count; position++)
            ranks[order[position]] = position + 1;
        return ranks;
    }

    /// <summary>Members of the group or list of a shock part, without the reporter.</summary>
    private static (IReadOnlyList<CountryCode> Members, DatedGroup? Group) Members(
        ScenarioShock shock,
        string at,
        string? group,
        IReadOnlyList<string>? partners,
        CountryCode reporter,
        int year,
        GroupRegistry groups,
        CountryRegistry countries,
        bool defaultSanctions
    )
    {
        if (partners is not null)
        {
            var codes = partners
                .Select(
                    (p, i) =>
                        CountryCode.TryParse(p, out var c) && countries.Contains(c)
                            ? c
                            : throw shock.ErrorAt($"{at}.partners[{i}]", $"unknown ISO3 code '{p}'")
                )
                .Where(c => c != reporter)
                .Distinct()
                .ToList();
            return (codes, null);
        }
        if (group is null)
        {
            if (!defaultSanctions || reporter.Value != "RUS")
                throw shock.ErrorAt(at, "name the markets: \"group\" (e.g. RU_UNFRIENDLY, EU) or \"partners\" (ISO3 codes)");
            group = GroupRegistry.Sanctions.Value;
        }
        DatedGroup dated;
        try
        {
            dated = GroupResolution.Resolve(group, AnalysesParameters.Shock, year, groups);
        }
        catch (InputException e)
        {
            throw shock.ErrorAt($"{at}.group", e.Message);
        }
        return (dated.Members.Where(m => m != reporter).ToList(), dated);
    }

    /// <summary>
    /// The conditional GE factors of the reporter's exports to the bloc members by GEPPML (Yotov et al. 2016, ch. 2): (1) PPML on
    /// the year's flows among economies with a domestic flow, with exporter and importer fixed effects, the observable costs and an
    /// international-border dummy; (2) the gravity system solved with the fitted costs (baseline) and with the costs of the
    /// reporter–member pairs changed by <paramref name="logFactor"/> in both directions, outputs and expenditures fixed; (3) the
    /// factor X′_rj / X̂_rj. Null with a reason when the data have no domestic flows (the bundled data never do).
    /// </summary>
    public static (IReadOnlyDictionary<CountryCode, double>? Factors, string Reason) GeneralEquilibrium(
        string? dataPath,
        TradeDataset data,
        CountryCode reporter,
        int year,
        IReadOnlyList<CountryCode> members,
        double logFactor
    )
    {
        if (dataPath is null)
            return (null, "NO_DOMESTIC_FLOWS_IN_BUNDLED_DATA");
        var domestic = DomesticFlows(dataPath);
        if (!domestic.ContainsKey((reporter, year)))
            return (null, "NO_DOMESTIC_FLOWS");
        var solution = SolveGe(data, year, domestic, reporter, members, logFactor);
        return (solution, "");
    }

    /// <summary>Steps (1)–(3) of <see cref="GeneralEquilibrium"/> on a data set and its domestic flows.</summary>
    public static IReadOnlyDictionary<CountryCode, double> SolveGe(
        TradeDataset data,
        int year,
        IReadOnlyDictionary<(CountryCode, int), double> domestic,
        CountryCode reporter,
        IReadOnlyList<CountryCode> members,
        double logFactor
    )
    {
        var system = GeSystem.Build(data, year, domestic);
        var r = system.Index(reporter);
        var shocked = (double[])system.Costs.Clone();
        foreach (var member in members)
        {
            var j = system.Index(member);
            if (r < 0 || j < 0)
                continue;
            shocked[r * system.N + j] += logFactor;
            shocked[j * system.N + r] += logFactor;
        }
        var baseline = ConditionalGe.Solve(system.N, system.Observed, system.Costs);
        var counterfactual = ConditionalGe.Solve(system.N, system.Observed, shocked);
        var factors = new Dictionary<CountryCode, double>();
        if (r < 0)
            return factors;
        for (var j = 0; j < system.N; j++)
            if (j != r && !double.IsNaN(baseline.Flows[r * system.N + j]))
                factors[system.Economies[j]] = counterfactual.Flows[r * system.N + j] / baseline.Flows[r * system.N + j];
        return factors;
    }

    /// <summary>Rows with reporter = partner of a user trade file (columns year, reporter_iso3, partner_iso3, value[, flow]; flow X
    /// or empty): the intra-national flows GEPPML needs, which the bilateral reader drops.</summary>
    public static IReadOnlyDictionary<(CountryCode, int), double> DomesticFlows(string path)
    {
        var frame = TidyData.Read(path);
        var flows = new Dictionary<(CountryCode, int), double>();
        if (!frame.Contains("reporter_iso3") || !frame.Contains("partner_iso3") || !frame.Contains("value") || !frame.Contains("year"))
            return flows;
        var reporter = frame["reporter_iso3"] as TextColumn;
        var partner = frame["partner_iso3"] as TextColumn;
        var value = frame["value"] as NumericColumn;
        var years = frame["year"] as NumericColumn;
        var flow = frame.Contains("flow") ? frame["flow"] as TextColumn : null;
        if (reporter is null || partner is null || value is null || years is null)
            return flows;
        for (var i = 0; i < frame.RowCount; i++)
        {
            var r = reporter.Values[i]?.Trim().ToUpperInvariant();
            if (r is null || r != partner.Values[i]?.Trim().ToUpperInvariant() || double.IsNaN(value.Values[i]))
                continue;
            if (flow?.Values[i] is { } f && f.Trim().Length > 0 && !f.Trim().Equals("X", StringComparison.OrdinalIgnoreCase))
                continue;
            if (CountryCode.TryParse(r, out var code))
                flows[(code, (int)years.Values[i])] = value.Values[i];
        }
        return flows;
    }

    private static IEnumerable<(string, Bilingual)> Describe(
        ScenarioShock shock,
        DatedGroup? closedGroup,
        GravityPotentialResult gravity,
        bool usedGe
    )
    {
        // The file's name, not its path: the table is data (the path is in the provenance), the same wherever it runs.
        yield return ("shock_file", Bilingual.Same(shock.File is { } file ? Path.GetFileName(file) : "(none: default sanctions scenario)"));
        if (shock.Description is { } d)
            yield return ("description", Bilingual.Same(d));
        if (shock.Closure is { } c)
        {
            yield return (
                "closed_markets",
                Bilingual.Same(
                    closedGroup is { } g
                        ? string.Create(
                            CultureInfo.InvariantCulture,
                            $"group {g.Id} as of {g.Date:yyyy-MM-dd} ({g.Rule}), {g.Members.Count} members"
                        )
                        : string.Join(", ", c.Partners ?? [])
                )
            );
            yield return ("cut_pct", Bilingual.Same(Invariant(c.CutPct)));
            yield return ("reallocation", Bilingual.Same(c.Reallocation.ToString().ToLowerInvariant()));
            yield return ("reallocated_share_pct", Bilingual.Same(Invariant(c.ReallocatedSharePct)));
            if (c.Reallocation == Reallocation.Untapped)
                yield return ("reallocation_cap", Bilingual.Same("total reallocated ≤ Σ max(untapped, 0) over open markets"));
        }
        if (shock.Regional is { } r)
        {
            yield return ("bloc", Bilingual.Same(r.Bloc ?? string.Join(", ", r.Partners ?? [])));
            yield return r.RtaMultiple is { } m
                ? (
                    "rta_multiple",
                    Bilingual.Same(
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"{m} × β_RTA = {m} × {gravity.Model[GravityPanel.Rta].Estimate:0.0000}"
                        )
                    )
                )
                : (
                    "tariff_equivalent_pct",
                    Bilingual.Same(
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"{r.TariffEquivalentPct}, trade elasticity θ = σ − 1 = {r.TradeElasticity}"
                        )
                    )
                );
            yield return (
                "regional_effect",
                Bilingual.Same(
                    usedGe
                        ? "conditional general equilibrium (GEPPML, outputs and expenditures fixed; docs/methods/gravity.md#geppml)"
                        : "partial effect: multilateral resistances held fixed (conditional GE needs domestic flows, which the data lack; "
                            + "docs/methods/gravity.md#geppml)"
                )
            );
        }
    }

    private static string Invariant(double v) => v.ToString("0.######", CultureInfo.InvariantCulture);
}

/// <summary>The square system of one year for the conditional GE: economies that reported exports and have a domestic flow, the
/// observed flows among them and the fitted trade-cost term β̂'x_ij of a PPML with exporter and importer fixed effects.</summary>
internal sealed record GeSystem(IReadOnlyList<CountryCode> Economies, double[] Observed, double[] Costs, RegressionResult Model)
{
    public int N => Economies.Count;

    public int Index(CountryCode c)
    {
        for (var i = 0; i < Economies.Count; i++)
            if (Economies[i] == c)
                return i;
        return -1;
    }

    /// <summary>The formula of the GEPPML first step: one year, domestic flows in, an international-border dummy.</summary>
    public static readonly string Formula =
        $"{GravityPanel.Trade} ~ log({GravityPanel.Distance}) + {GravityPanel.Contiguity} + {GravityPanel.Language} + "
        + $"{GravityPanel.Colony} + "
        + $"{GravityPanel.Rta} + {GravityPanel.Border} | {GravityPanel.Exporter} + {GravityPanel.Importer}";

    public static GeSystem Build(TradeDataset data, int year, IReadOnlyDictionary<(CountryCode, int), double> domestic)
    {
        var full = GravityPanel.Build(data, year, 1, domestic: domestic);
        var members = full
            .Observations.Where(o => o.Domestic)
            .Select(o => o.Exporter)
            .Distinct()
            .OrderBy(c => c.Value, StringComparer.Ordinal)
            .ToList();
        var set = members.ToHashSet();
        var panel = full with
        {
            Observations = full.Observations.Where(o => set.Contains(o.Exporter) && set.Contains(o.Importer)).ToList(),
        };
        var frame = panel.ToDataFrame();
        var model = Ppml.Fit(frame, Formula, VcovSpec.Cluster(GravityPanel.Pair));
        var n = members.Count;
        var index = members.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        var observed = Enumerable.Repeat(double.NaN, n * n).ToArray();
        var costs = Enumerable.Repeat(double.NaN, n * n).ToArray();
        double Beta(string term) => model.Coefficients.FirstOrDefault(c => c.Term == term)?.Estimate ?? 0;
        foreach (var o in panel.Observations)
        {
            var k = index[o.Exporter] * n + index[o.Importer];
            observed[k] = o.Trade;
            costs[k] =
                Beta($"log({GravityPanel.Distance})") * Math.Log(o.Costs.DistanceKm)
                + Beta(GravityPanel.Contiguity) * (o.Costs.Contiguous ? 1 : 0)
                + Beta(GravityPanel.Language) * (o.Costs.CommonLanguage ? 1 : 0)
                + Beta(GravityPanel.Colony) * (o.Costs.Colony ? 1 : 0)
                + Beta(GravityPanel.Rta) * (o.Costs.Rta ? 1 : 0)
                + Beta(GravityPanel.Border) * (o.Domestic ? 0 : 1);
        }
        return new GeSystem(members, observed, costs, model);
    }
}
