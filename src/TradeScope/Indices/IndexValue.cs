namespace TradeScope.Indices;

/// <summary>Why an index value is NaN (docs/methods/trade-indices.md#conventions rule 3–4, §1.3, §2.4, §3.3). <see cref="None"/> for a
/// computed value.</summary>
public enum IndexReason : byte
{
    /// <summary>The value was computed.</summary>
    None,

    /// <summary><c>ZERO_DENOM</c>: a denominator is zero (e.g. X_s = 0 or X_wd = 0).</summary>
    ZeroDenominator,

    /// <summary><c>NO_REPORTER_DATA</c>: an economy whose own exports are needed did not report (and no mirror row exists).</summary>
    NoReporterData,

    /// <summary><c>MISSING</c>: a flow is missing from the data.</summary>
    Missing,

    /// <summary><c>SELF</c>: the pair is an economy with itself (undefined).</summary>
    Self,

    /// <summary><c>DEGENERATE_ROW</c>: all trade of the rest of the world is with the group, so HETI is undefined
    /// (docs/methods/trade-indices.md#sti-edge-cases).</summary>
    DegenerateRow,

    /// <summary><c>NO_EXTRA_TRADE</c>: the group trades only internally, HITI is unbounded (STI is then +1 by the limit,
    /// docs/methods/trade-indices.md#sti-edge-cases).</summary>
    NoExtraTrade,

    /// <summary><c>NEW_FLOW</c>: a growth rate whose base value is zero and end value positive
    /// (docs/methods/trade-indices.md#growth).</summary>
    NewFlow,

    /// <summary><c>NO_PREVIOUS_YEAR</c>: a growth rate whose base year is not in the data set.</summary>
    NoPreviousYear,

    /// <summary><c>EMPTY_GROUP</c>: a bloc with no members with data in the year (after removing the reporter).</summary>
    EmptyGroup,

    /// <summary><c>ZERO_BOTH</c>: a growth rate of a flow that is zero in both years (no trade, not a new flow).</summary>
    ZeroBoth,
}

/// <summary>Machine codes of <see cref="IndexReason"/>.</summary>
public static class IndexReasons
{
    /// <summary>The code printed in outputs, e.g. <c>ZERO_DENOM</c>; empty for <see cref="IndexReason.None"/>.</summary>
    public static string Code(this IndexReason reason) =>
        reason switch
        {
            IndexReason.None => "",
            IndexReason.ZeroDenominator => "ZERO_DENOM",
            IndexReason.NoReporterData => "NO_REPORTER_DATA",
            IndexReason.Missing => "MISSING",
            IndexReason.Self => "SELF",
            IndexReason.DegenerateRow => "DEGENERATE_ROW",
            IndexReason.NoExtraTrade => "NO_EXTRA_TRADE",
            IndexReason.NewFlow => "NEW_FLOW",
            IndexReason.NoPreviousYear => "NO_PREVIOUS_YEAR",
            IndexReason.EmptyGroup => "EMPTY_GROUP",
            IndexReason.ZeroBoth => "ZERO_BOTH",
            _ => throw new ArgumentOutOfRangeException(nameof(reason)),
        };
}

/// <summary>
/// An index value, or NaN with the reason it could not be computed. A zero numerator over a positive denominator is a
/// valid 0; a value is never a silent 0 or ∞ (docs/methods/trade-indices.md#conventions rule 4).
/// </summary>
public readonly record struct IndexValue(double Value, IndexReason Reason)
{
    /// <summary>A computed value.</summary>
    public static IndexValue Of(double value) => new(value, IndexReason.None);

    /// <summary>NaN with a reason.</summary>
    public static IndexValue NaN(IndexReason reason) => new(double.NaN, reason);

    /// <summary>True when the value was computed.</summary>
    public bool HasValue => Reason == IndexReason.None;

    /// <summary>The ratio a/b, or NaN with <c>ZERO_DENOM</c> when b = 0.</summary>
    public static IndexValue Ratio(double numerator, double denominator) =>
        denominator == 0 ? NaN(IndexReason.ZeroDenominator) : Of(numerator / denominator);

    public override string ToString() =>
        HasValue ? Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : $"NaN ({Reason.Code()})";
}
