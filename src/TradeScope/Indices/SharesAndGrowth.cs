namespace TradeScope.Indices;

/// <summary>Trade shares (percent) on the same totals as the indices.</summary>
public static class TradeShares
{
    /// <summary>Export share of d in s's exports, 100·X_sd / X_s (%).</summary>
    public static IndexValue Export(double exportsToPartner, double exporterTotal) =>
        exporterTotal == 0 ? IndexValue.NaN(IndexReason.ZeroDenominator) : IndexValue.Of(100 * exportsToPartner / exporterTotal);

    /// <summary>Import share of d in s's (mirror) imports, 100·X_ds / X_ws (%).</summary>
    public static IndexValue Import(double importsFromPartner, double importerTotal) =>
        importerTotal == 0 ? IndexValue.NaN(IndexReason.ZeroDenominator) : IndexValue.Of(100 * importsFromPartner / importerTotal);
}

/// <summary>Growth of a value between two years (current US$, same source and conventions in both years).</summary>
public static class Growth
{
    /// <summary>Growth in percent, 100·(v₁/v₀ − 1) (docs/methods/trade-indices.md#growth); NaN with <c>NEW_FLOW</c> when v₀ = 0
    /// &lt; v₁,
    /// <c>ZERO_BOTH</c> when
    /// v₀ = v₁ = 0, <c>MISSING</c> when either value is NaN. Year on year when t₁ = t₀ + 1, period growth otherwise.</summary>
    public static IndexValue Percent(double start, double end)
    {
        if (double.IsNaN(start) || double.IsNaN(end))
            return IndexValue.NaN(IndexReason.Missing);
        if (start == 0)
            return IndexValue.NaN(end == 0 ? IndexReason.ZeroBoth : IndexReason.NewFlow);
        return IndexValue.Of(100 * (end / start - 1));
    }

    /// <summary>Average annual (compound) growth in percent over <paramref name="years"/> years: 100·((v₁/v₀)^(1/years) − 1);
    /// NaN reasons as <see cref="Percent"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is not positive.</exception>
    public static IndexValue CompoundAnnualPercent(double start, double end, int years)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(years);
        var total = Percent(start, end);
        return total.HasValue ? IndexValue.Of(100 * (Math.Pow(end / start, 1.0 / years) - 1)) : total;
    }
}

/// <summary>Growth of every bilateral flow between two years, as an exporter × importer matrix over the economies of the end
/// year.</summary>
public static class FlowGrowth
{
    /// <summary>
    /// Growth in percent of X_ij from <paramref name="start"/> to <paramref name="end"/> (year on year when the years are adjacent,
    /// period growth otherwise), 100·(X_ij(t₁)/X_ij(t₀) − 1), or, with <paramref name="annualised"/>, the compound annual rate.
    /// NaN reasons: <c>SELF</c>; <c>MISSING</c> when either year lacks the exporter's row or the economy; <c>NEW_FLOW</c> when X_ij(t₀) =
    /// 0
    /// &lt; X_ij(t₁);
    /// <c>ZERO_BOTH</c> when the flow is zero in both years.
    /// </summary>
    /// <exception cref="ArgumentException">The end year is not after the start year.</exception>
    public static IndexMatrix Compute(Model.TradeMatrix start, Model.TradeMatrix end, bool annualised = false)
    {
        if (end.Year <= start.Year)
            throw new ArgumentException($"end year {end.Year} must be after start year {start.Year}", nameof(end));
        var years = end.Year - start.Year;
        var n = end.Count;
        var map = new int[n];
        for (var i = 0; i < n; i++)
            map[i] = start.IndexOf(end.Economies[i]);
        var result = new IndexMatrix(annualised ? "flow_growth_annual_pct" : "flow_growth_pct", n, n);
        for (var i = 0; i < n; i++)
        {
            var i0 = map[i];
            var rowMissing = i0 < 0 || start.Source(i0) == Model.FlowSource.Missing || end.Source(i) == Model.FlowSource.Missing;
            for (var j = 0; j < n; j++)
            {
                if (i == j)
                {
                    result.Set(i, j, IndexValue.NaN(IndexReason.Self));
                    continue;
                }
                var j0 = map[j];
                if (rowMissing || j0 < 0)
                {
                    result.Set(i, j, IndexValue.NaN(IndexReason.Missing));
                    continue;
                }
                double v0 = start.Exports(i0, j0),
                    v1 = end.Exports(i, j);
                result.Set(i, j, annualised ? Growth.CompoundAnnualPercent(v0, v1, years) : Growth.Percent(v0, v1));
            }
        }
        return result;
    }
}
