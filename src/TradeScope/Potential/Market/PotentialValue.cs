using System.Globalization;

namespace TradeScope.Potential.Market;

/// <summary>Why a value of the export potential by product × market is NaN (docs/methods/product-potential.md#nan-reasons).
/// <see cref="None"/> for a computed value.</summary>
public enum PotentialReason : byte
{
    /// <summary>The value was computed.</summary>
    None,

    /// <summary><c>ZERO_DENOM</c>: a base is zero: world exports of the product x_wk, the hypothetical trade H_ij of the
    /// pair (the market imports none of the exporter's products), or the mean distance of the market's suppliers.</summary>
    ZeroDenominator,

    /// <summary><c>NO_DISTANCE</c>: the distance adjustment is on and the distance of the pair, or of every supplier of
    /// the market in the product, is unknown.</summary>
    NoDistance,

    /// <summary><c>MISSING</c>: an input value is missing (NaN).</summary>
    Missing,
}

/// <summary>Machine codes of <see cref="PotentialReason"/>.</summary>
public static class PotentialReasons
{
    /// <summary>The code printed in outputs, e.g. <c>ZERO_DENOM</c>; empty for <see cref="PotentialReason.None"/>.</summary>
    public static string Code(this PotentialReason reason) =>
        reason switch
        {
            PotentialReason.None => "",
            PotentialReason.ZeroDenominator => "ZERO_DENOM",
            PotentialReason.NoDistance => "NO_DISTANCE",
            PotentialReason.Missing => "MISSING",
            _ => throw new ArgumentOutOfRangeException(nameof(reason)),
        };
}

/// <summary>A value of the export potential by product × market, or NaN with the reason it could not be computed; never
/// a silent 0 or ∞.</summary>
public readonly record struct PotentialValue
{
    private PotentialValue(double value, PotentialReason reason)
    {
        Value = value;
        Reason = reason;
    }

    /// <summary>The value; NaN whenever <see cref="Reason"/> is not <see cref="PotentialReason.None"/>.</summary>
    public double Value { get; }

    /// <summary>Why the value is NaN, or <see cref="PotentialReason.None"/>.</summary>
    public PotentialReason Reason { get; }

    /// <summary>True when the value was computed.</summary>
    public bool HasValue => Reason == PotentialReason.None;

    /// <summary>A computed value (a NaN argument becomes NaN with <c>MISSING</c>).</summary>
    public static PotentialValue Of(double value) => double.IsNaN(value) ? NaN(PotentialReason.Missing) : new(value, PotentialReason.None);

    /// <summary>NaN with a reason.</summary>
    public static PotentialValue NaN(PotentialReason reason) =>
        reason == PotentialReason.None ? throw new ArgumentException("a NaN needs a reason", nameof(reason)) : new(double.NaN, reason);

    /// <summary>The ratio a/b, or NaN with <c>ZERO_DENOM</c> when b = 0 (<c>MISSING</c> when either is NaN).</summary>
    public static PotentialValue Ratio(double numerator, double denominator)
    {
        if (double.IsNaN(numerator) || double.IsNaN(denominator))
            return NaN(PotentialReason.Missing);
        return denominator == 0 ? NaN(PotentialReason.ZeroDenominator) : Of(numerator / denominator);
    }

    public override string ToString() => HasValue ? Value.ToString("R", CultureInfo.InvariantCulture) : $"NaN ({Reason.Code()})";
}
