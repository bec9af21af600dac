namespace TradeScope.Core;

/// <summary>
/// Progress of a long library operation, reported through <see cref="IProgress{T}"/>: <paramref name="Done"/> of
/// <paramref name="Total"/> steps finished, <paramref name="Current"/> names the step under way (empty when all are done).
/// The library only reports; showing it (or not) is the caller's business.
/// </summary>
/// <param name="Operation">What is being done, e.g. "Reading UN Comtrade".</param>
public readonly record struct ProgressStep(string Operation, int Done, int Total, string Current)
{
    /// <summary>True when every step is done.</summary>
    public bool IsComplete => Done >= Total;
}
