using System.Globalization;

namespace TradeScope.Products;

/// <summary>Why a product index value is NaN (docs/methods/products.md#product-nan-reasons). <see cref="None"/> for a
/// computed value.</summary>
public enum ProductReason : byte
{
    /// <summary>The value was computed.</summary>
    None,

    /// <summary><c>ZERO_DENOM</c>: a denominator is zero (e.g. X_c = 0, x_wk = 0, a total of zero at t₀, N = 1 for the
    /// normalised Herfindahl–Hirschman index).</summary>
    ZeroDenominator,

    /// <summary><c>NO_REPORTER_DATA</c>: the economy asked for is not in the data.</summary>
    NoReporterData,

    /// <summary><c>MISSING</c>: an input value is missing (NaN).</summary>
    Missing,

    /// <summary><c>SELF</c>: a pair index of an economy with itself (undefined).</summary>
    Self,

    /// <summary><c>NEW_FLOW</c>: a growth factor whose base value is zero and end value positive.</summary>
    NewFlow,

    /// <summary><c>ZERO_BOTH</c>: a growth factor of a value that is zero at both ends.</summary>
    ZeroBoth,

    /// <summary><c>NEGATIVE_RESIDUAL</c>: exports to third countries e = g − m are negative (mutual exports above total
    /// exports), so the variants A′ and B′ of the lead coefficient are undefined.</summary>
    NegativeResidual,

    /// <summary><c>DEGENERATE_SPECTRUM</c>: the complexity eigenvector is undefined: fewer than two countries with
    /// exports, a second eigenvalue equal to the first (a disconnected country–product network), to the third (a repeated
    /// eigenvalue), or to zero (all countries export the same products).</summary>
    DegenerateSpectrum,

    /// <summary><c>NOT_CONVERGED</c>: the method of reflections did not converge within its iteration limit.</summary>
    NotConverged,
}

/// <summary>Machine codes of <see cref="ProductReason"/>.</summary>
public static class ProductReasons
{
    /// <summary>The code printed in outputs, e.g. <c>ZERO_DENOM</c>; empty for <see cref="ProductReason.None"/>.</summary>
    public static string Code(this ProductReason reason) =>
        reason switch
        {
            ProductReason.None => "",
            ProductReason.ZeroDenominator => "ZERO_DENOM",
            ProductReason.NoReporterData => "NO_REPORTER_DATA",
            ProductReason.Missing => "MISSING",
            ProductReason.Self => "SELF",
            ProductReason.NewFlow => "NEW_FLOW",
            ProductReason.ZeroBoth => "ZERO_BOTH",
            ProductReason.NegativeResidual => "NEGATIVE_RESIDUAL",
            ProductReason.DegenerateSpectrum => "DEGENERATE_SPECTRUM",
            ProductReason.NotConverged => "NOT_CONVERGED",
            _ => throw new ArgumentOutOfRangeException(nameof(reason)),
        };
}

/// <summary>
/// A product index value, or NaN with the reason it could not be computed. A zero numerator over a positive denominator
/// is a valid 0; a value is never a silent 0 or ∞ (docs/methods/products.md#product-nan-reasons).
/// </summary>
public readonly record struct ProductValue
{
    private ProductValue(double value, ProductReason reason)
    {
        Value = value;
        Reason = reason;
    }

    /// <summary>The value; NaN whenever <see cref="Reason"/> is not <see cref="ProductReason.None"/>.</summary>
    public double Value { get; }

    /// <summary>Why the value is NaN, or <see cref="ProductReason.None"/>.</summary>
    public ProductReason Reason { get; }

    /// <summary>A computed value (a NaN argument becomes NaN with <c>MISSING</c>).</summary>
    public static ProductValue Of(double value) => double.IsNaN(value) ? NaN(ProductReason.Missing) : new(value, ProductReason.None);

    /// <summary>NaN with a reason.</summary>
    public static ProductValue NaN(ProductReason reason) =>
        reason == ProductReason.None ? throw new ArgumentException("a NaN needs a reason", nameof(reason)) : new(double.NaN, reason);

    /// <summary>True when the value was computed.</summary>
    public bool HasValue => Reason == ProductReason.None;

    /// <summary>The ratio a/b, or NaN with <c>ZERO_DENOM</c> when b = 0 (<c>MISSING</c> when either is NaN).</summary>
    public static ProductValue Ratio(double numerator, double denominator)
    {
        if (double.IsNaN(numerator) || double.IsNaN(denominator))
            return NaN(ProductReason.Missing);
        return denominator == 0 ? NaN(ProductReason.ZeroDenominator) : Of(numerator / denominator);
    }

    public override string ToString() =>
        HasValue ? Value.ToString("R", CultureInfo.InvariantCulture) : $"NaN ({Reason.Code()})";
}
