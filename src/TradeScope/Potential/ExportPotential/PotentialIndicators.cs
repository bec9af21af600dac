namespace TradeScope.Potential.ExportPotential;

/// <summary>An indicator value of one unit, or NaN with the reason it could not be computed (never a silent 0).</summary>
/// <param name="Value">The value; NaN when <paramref name="Reason"/> is set.</param>
/// <param name="Reason">A reason code (<see cref="PotentialReasons"/>), or null.</param>
public readonly record struct IndicatorValue(double Value, string? Reason)
{
    /// <summary>A computed value; a non-finite value becomes NaN with <see cref="PotentialReasons.NotFinite"/>.</summary>
    public static IndicatorValue Of(double value) => double.IsFinite(value) ? new(value, null) : Missing(PotentialReasons.NotFinite);

    /// <summary>A value that cannot be computed, with its reason.</summary>
    public static IndicatorValue Missing(string reason) => new(double.NaN, reason);

    /// <summary>True when there is a value.</summary>
    public bool HasValue => Reason is null;
}

/// <summary>The reason codes of export-potential indicators that cannot be computed
/// (docs/methods/export-potential-index.md#nan-reasons).</summary>
public static class PotentialReasons
{
    /// <summary>The unit has no (positive) exports in the year.</summary>
    public const string NoExports = "NO_EXPORTS";

    /// <summary>An earlier year of the window is not in the data for the unit.</summary>
    public const string NoHistory = "NO_HISTORY";

    /// <summary>The unit belongs to the sanctioning group itself: its exposure to its own group is not a sanctions risk.</summary>
    public const string SanctioningMember = "SANCTIONING_GROUP_MEMBER";

    /// <summary>No partner reports exports to the unit, so its imports cannot be mirrored.</summary>
    public const string NoMirrorImports = "NO_MIRROR_IMPORTS";

    /// <summary>The source (Atlas, product store, value-chain table, user file) has no value for the unit and year.</summary>
    public const string NotInSource = "NOT_IN_SOURCE";

    /// <summary>The data the indicator needs were not given (product store, value-chain table, user file).</summary>
    public const string SourceNotGiven = "SOURCE_NOT_GIVEN";

    /// <summary>None of the unit's exported products has a published complexity value.</summary>
    public const string NoPci = "NO_PCI";

    /// <summary>A value that is not a finite number.</summary>
    public const string NotFinite = "NOT_FINITE";
}

/// <summary>
/// The formulas of the default export-potential indicators (docs/methods/export-potential-index.md#indicators), on plain
/// numbers so each can be checked by hand. Shares are fractions in [0, 1].
/// </summary>
public static class PotentialIndicators
{
    /// <summary>Export size: ln X_i, X_i the unit's total exports (US$). NaN (NO_EXPORTS) when X_i ≤ 0 or missing.</summary>
    public static IndicatorValue LogExports(double total) =>
        total > 0 && double.IsFinite(total) ? IndicatorValue.Of(Math.Log(total)) : IndicatorValue.Missing(PotentialReasons.NoExports);

    /// <summary>Export growth: the compound annual rate (X_t / X_{t−w})^(1/w) − 1 over a window of <paramref name="years"/>
    /// years. NaN (NO_HISTORY) when the earlier total is missing or not positive, NO_EXPORTS when the later is.</summary>
    public static IndicatorValue Growth(double earlier, double later, int years)
    {
        if (!(later > 0) || !double.IsFinite(later))
            return IndicatorValue.Missing(PotentialReasons.NoExports);
        if (!(earlier > 0) || !double.IsFinite(earlier) || years < 1)
            return IndicatorValue.Missing(PotentialReasons.NoHistory);
        return IndicatorValue.Of(Math.Pow(later / earlier, 1.0 / years) - 1);
    }

    /// <summary>A share part / total; NaN (NO_EXPORTS) when the total is not positive.</summary>
    public static IndicatorValue Share(double part, double total) =>
        total > 0 && double.IsFinite(total) && double.IsFinite(part)
            ? IndicatorValue.Of(part / total)
            : IndicatorValue.Missing(PotentialReasons.NoExports);

    /// <summary>Herfindahl–Hirschman index Σ_k s_k², s_k = v_k / Σ v (Herfindahl 1950; Hirschman 1945): 1/n for n equal
    /// parts, 1 for one part. NaN (NO_EXPORTS) when the sum is not positive. Written here, not taken from the product
    /// indices, because method folders never reference each other (the two agree: a test checks it).</summary>
    public static IndicatorValue Herfindahl(IEnumerable<double> values)
    {
        var list = values.Where(v => v > 0 && double.IsFinite(v)).ToList();
        var sum = list.Sum();
        if (!(sum > 0))
            return IndicatorValue.Missing(PotentialReasons.NoExports);
        return IndicatorValue.Of(list.Sum(v => v / sum * (v / sum)));
    }

    /// <summary>
    /// Persistence of partner relations: the share of the unit's exports in the last year of a window that goes to
    /// partners it exported to (value &gt; 0) in <em>every</em> year of the window, Σ_{j∈P} X_ij,t / Σ_j X_ij,t with
    /// P = {j : X_ij,τ &gt; 0 for all τ in the window}. 1 = all of today's exports go to long-standing partners.
    /// </summary>
    /// <param name="byYear">The unit's exports by partner, one dictionary per year of the window, oldest first; a null
    /// entry is a year without data for the unit (NaN, NO_HISTORY).</param>
    public static IndicatorValue Persistence(IReadOnlyList<IReadOnlyDictionary<string, double>?> byYear)
    {
        if (byYear.Count == 0 || byYear.Any(y => y is null))
            return IndicatorValue.Missing(PotentialReasons.NoHistory);
        var last = byYear[^1]!;
        var total = last.Values.Where(v => v > 0).Sum();
        if (!(total > 0))
            return IndicatorValue.Missing(PotentialReasons.NoExports);
        var stable = last.Where(p => p.Value > 0 && byYear.All(y => y!.TryGetValue(p.Key, out var v) && v > 0)).Sum(p => p.Value);
        return IndicatorValue.Of(stable / total);
    }

    /// <summary>Export-weighted product complexity Σ_p s_p · PCI_p, s_p the product's share of the unit's exports over the
    /// products that have a PCI (Hausmann, Hwang and Rodrik 2007 weight products by export shares in the same way for
    /// EXPY). NaN (NO_PCI) when no exported product has a PCI.</summary>
    public static IndicatorValue WeightedComplexity(IEnumerable<(double Exports, double? Pci)> products)
    {
        double sum = 0,
            weighted = 0;
        foreach (var (exports, pci) in products)
        {
            if (pci is not { } c || !(exports > 0))
                continue;
            sum += exports;
            weighted += exports * c;
        }
        return sum > 0 ? IndicatorValue.Of(weighted / sum) : IndicatorValue.Missing(PotentialReasons.NoPci);
    }
}
