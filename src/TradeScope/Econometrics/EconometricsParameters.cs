namespace TradeScope.Econometrics;

/// <summary>
/// The names this folder gives its parameters in <see cref="Core.InputException.Argument"/> (its
/// <see cref="Core.InputException.Parameter"/>), so the library never speaks the language of one front end: the
/// command line maps each name to its option in one table (TradeScope.Cli.OptionNames), another front end may map them
/// to its own words. Every constant here needs a row in that table (a test checks it).
/// </summary>
public static class EconometricsParameters
{
    /// <summary>The model formula text (<see cref="Formula.Parse"/>).</summary>
    public const string Formula = "formula";

    /// <summary>The covariance request (<see cref="VcovSpec.Parse(string, VcovCapability?)"/>, <see cref="VcovKind"/>).</summary>
    public const string Vcov = "vcov";
}
