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
    /// <summary>Growth in percent, 100·(v₁/v₀ − 1); NaN with <c>NEW_FLOW</c> when v₀ = 0, <c>MISSING</c> when either value is NaN.
    /// Year on year when t₁ = t₀ + 1, period growth otherwise.</summary>
    public static IndexValue Percent(double start, double end)
    {
        if (double.IsNaN(start) || double.IsNaN(end)) return IndexValue.NaN(IndexReason.Missing);
        return start == 0 ? IndexValue.NaN(IndexReason.NewFlow) : IndexValue.Of(100 * (end / start - 1));
    }

    /// <summary>Average annual (compound) growth in percent over <paramref name="years"/> years: 100·((v₁/v₀)^(1/years) − 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is not positive.</exception>
    public static IndexValue CompoundAnnualPercent(double start, double end, int years)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(years);
        var total = Percent(start, end);
        return total.HasValue ? IndexValue.Of(100 * (Math.Pow(end / start, 1.0 / years) - 1)) : total;
    }
}
