namespace TradeScope.Products;

/// <summary>What the columns of a table are, for the concentration of its rows (docs/methods/products.md#concentration).</summary>
public enum ConcentrationScope
{
    /// <summary>Products: N is the number of products of the table, those with zero exports included.</summary>
    Products,

    /// <summary>Markets (columns are partner codes of the rows' scheme): a country's own column is left out, so N is the
    /// number of the other markets.</summary>
    Markets,
}

/// <summary>The concentration of one country's exports over products or markets.</summary>
/// <param name="Count">N, the number of products or markets in scope (zeros included).</param>
/// <param name="Herfindahl">HH = Σ s², in [1/N, 1].</param>
/// <param name="Normalised">(HH − 1/N)/(1 − 1/N), in [0, 1].</param>
public sealed record CountryConcentration(string Country, int Count, ProductValue Herfindahl, ProductValue Normalised);

/// <summary>Herfindahl–Hirschman concentration (Hirschman 1945; Herfindahl 1950; WITS "Hirschman–Herfindahl index";
/// docs/methods/products.md#concentration).</summary>
public static class Concentration
{
    /// <summary>
    /// HH = Σ_k s_k² with s_k = v_k / Σ v (values or shares; shares are re-normalised to sum to 1). NaN with
    /// <c>ZERO_DENOM</c> when the values sum to zero (or there are none), <c>MISSING</c> when one is NaN.
    /// </summary>
    public static ProductValue Herfindahl(ReadOnlySpan<double> values)
    {
        double total = 0;
        foreach (var v in values)
            total += v;
        if (double.IsNaN(total))
            return ProductValue.NaN(ProductReason.Missing);
        if (total == 0)
            return ProductValue.NaN(ProductReason.ZeroDenominator);
        double sum = 0;
        foreach (var v in values)
            sum += v / total * (v / total);
        return ProductValue.Of(sum);
    }

    /// <summary>
    /// Normalised HH* = (HH − 1/N)/(1 − 1/N) with N = the number of values (zeros included). NaN with <c>ZERO_DENOM</c>
    /// when N = 1 or the values sum to zero.
    /// </summary>
    public static ProductValue Normalised(ReadOnlySpan<double> values)
    {
        var herfindahl = Herfindahl(values);
        if (!herfindahl.HasValue)
            return herfindahl;
        if (values.Length < 2)
            return ProductValue.NaN(ProductReason.ZeroDenominator);
        var even = 1.0 / values.Length;
        return ProductValue.Of((herfindahl.Value - even) / (1 - even));
    }

    /// <summary>HH and normalised HH of every country's row of a table (products, or markets with
    /// <see cref="ConcentrationScope.Markets"/>), in the order of its countries.</summary>
    public static IReadOnlyList<CountryConcentration> OfCountries(CountryProductMatrix table, ConcentrationScope scope)
    {
        var result = new CountryConcentration[table.Countries.Count];
        for (var c = 0; c < result.Length; c++)
        {
            var row = table.Row(c);
            var own = scope == ConcentrationScope.Markets ? table.IndexOfProduct(table.Countries[c]) : -1;
            var values = own < 0 ? row.ToArray() : [.. row[..own], .. row[(own + 1)..]];
            result[c] = new CountryConcentration(table.Countries[c], values.Length, Herfindahl(values), Normalised(values));
        }
        return result;
    }
}
