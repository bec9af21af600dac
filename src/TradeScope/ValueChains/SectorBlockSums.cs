namespace TradeScope.ValueChains;

/// <summary>
/// Sums of V̂·B·Ê and of gross exports over blocks of industries (economy × set of sectors), for regional value-chain
/// series (docs/methods/value-chains.md#participation with origin and exporting industries restricted to one sector or an aggregate).
/// </summary>
public static class SectorBlockSums
{
    /// <summary>Rows of <paramref name="economy"/> whose sector is in <paramref name="sectors"/> (sector = row mod K).</summary>
    public static int[] Rows(ValueAddedAccounts acc, int economy, IReadOnlyCollection<int> sectors)
    {
        var k = acc.System.Table.SectorCount;
        return acc.Partition.Rows[economy].Where(i => sectors.Contains(i % k)).ToArray();
    }

    /// <summary>
    /// Σ_{o∈origin} Σ_{e∈exporting} [V̂·B·Ê]_{o,e} = Σ_o Σ_e v_o·b_oe·E_e: value added of the origin industries embodied in
    /// the gross exports (to all destinations) of the exporting industries (docs/methods/value-chains.md#icio-notation).
    /// </summary>
    public static double ValueAddedInExports(ValueAddedAccounts acc, IReadOnlyList<int> originRows, IReadOnlyList<int> exportRows)
    {
        var v = acc.System.ValueAddedCoefficients;
        var b = acc.System.LeontiefInverse;
        var n = acc.N;
        double sum = 0;
        foreach (var e in exportRows)
        {
            var exports = acc.Exports[e];
            if (exports == 0)
                continue;
            var col = e * n;
            double s = 0;
            foreach (var o in originRows)
                s += v[o] * b[col + o];
            sum += s * exports;
        }
        return sum;
    }

    /// <summary>Σ_{i∈rows} Σ_{d∈destinations} E_{i,d}: gross exports (intermediate + final) of the rows to the destination
    /// economies.</summary>
    public static double ExportsTo(ValueAddedAccounts acc, IReadOnlyList<int> rows, IReadOnlyCollection<int> destinations)
    {
        double sum = 0;
        foreach (var i in rows)
            foreach (var d in destinations)
                sum += acc.BilateralExports[i + d * acc.N];
        return sum;
    }

    /// <summary>Σ_{i∈rows} E_i: total gross exports of the rows (all destinations).</summary>
    public static double Exports(ValueAddedAccounts acc, IReadOnlyList<int> rows)
    {
        double sum = 0;
        foreach (var i in rows)
            sum += acc.Exports[i];
        return sum;
    }
}
