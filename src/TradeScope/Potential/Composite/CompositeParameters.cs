namespace TradeScope.Potential.Composite;

/// <summary>
/// The names the composite-indicator engine gives its parameters in <see cref="Core.InputException.Argument"/>; the command
/// line maps each to its option (TradeScope.Cli.OptionNames).
/// </summary>
public static class CompositeParameters
{
    /// <summary>The normalisation method.</summary>
    public const string Normalise = "normalise";

    /// <summary>The aggregation method.</summary>
    public const string Aggregate = "aggregate";

    /// <summary>The weighting method or a file of weights.</summary>
    public const string Weights = "weights";

    /// <summary>The imputation method.</summary>
    public const string Impute = "impute";

    /// <summary>The outlier treatment.</summary>
    public const string Treat = "treat";

    /// <summary>The number of Monte Carlo draws.</summary>
    public const string MonteCarlo = "mc";

    /// <summary>The base sample size N of the sensitivity design.</summary>
    public const string Sensitivity = "sensitivity";

    /// <summary>The metadata file of the hierarchy.</summary>
    public const string Meta = "meta";
}
