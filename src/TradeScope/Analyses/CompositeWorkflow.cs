using TradeScope.Core;
using TradeScope.Data.Composite;
using TradeScope.Potential.Composite;

namespace TradeScope.Analyses;

/// <summary>What <c>tradescope composite</c> asks for, as text from the command line.</summary>
/// <param name="DataPath">The wide data CSV.</param>
/// <param name="MetaPath">The metadata CSV.</param>
/// <param name="Normalise">minmax[:L,U]|zscore[:M,SD]|rank|prank|goalposts|dist2max|dist2ref:UNIT.</param>
/// <param name="Aggregate">amean|gmean|hmean|copeland.</param>
/// <param name="Weights">meta|equal|pca|equal-influence or a CSV of code,weight.</param>
/// <param name="Impute">none|mean|median|group-mean.</param>
/// <param name="Treat">none|winsorise|log.</param>
/// <param name="MonteCarlo">Monte Carlo draws (0 = none).</param>
/// <param name="Sensitivity">Base sample size N of the sensitivity design (0 = none).</param>
/// <param name="Seed">The seed of <see cref="Random"/> for both analyses.</param>
public sealed record CompositeRequest(
    string DataPath,
    string MetaPath,
    string Normalise = "minmax",
    string Aggregate = "amean",
    string Weights = "meta",
    string Impute = "none",
    string Treat = "none",
    int MonteCarlo = 0,
    int Sensitivity = 0,
    int Seed = 1
);

/// <summary>A composite-indicator run: the nominal result and, when asked, its uncertainty and sensitivity.</summary>
/// <param name="Input">The files read.</param>
/// <param name="Result">The nominal result.</param>
/// <param name="Choices">The uncertain choices (when Monte Carlo or sensitivity ran), else null.</param>
/// <param name="Intervals">Each unit's Monte Carlo rank interval, or null.</param>
/// <param name="MonteCarloDraws">The number of Monte Carlo draws (0 = none).</param>
/// <param name="Sensitivity">The sensitivity indices, or null.</param>
/// <param name="Seed">The seed used.</param>
/// <param name="Sources">The files read.</param>
public sealed record CompositeRun(
    CompositeInput Input,
    CompositeResult Result,
    UncertaintyChoices? Choices,
    IReadOnlyList<RankInterval>? Intervals,
    int MonteCarloDraws,
    SensitivityResult? Sensitivity,
    int Seed,
    IReadOnlyList<Provenance> Sources
);

/// <summary>Reads the files, runs the composite engine and, when asked, Monte Carlo and sensitivity analysis.</summary>
public static class CompositeWorkflow
{
    /// <summary>Runs the request.</summary>
    /// <exception cref="InputException">Bad files or options.</exception>
    /// <exception cref="NumericalException">Weights that cannot be derived.</exception>
    public static CompositeRun Run(CompositeRequest request)
    {
        if (request.MonteCarlo < 0)
            throw InputException.Argument(
                CompositeParameters.MonteCarlo,
                request.MonteCarlo.ToString(),
                "expected a number of draws ≥ 0"
            );
        if (request.Sensitivity is < 0 or 1)
            throw InputException.Argument(
                CompositeParameters.Sensitivity,
                request.Sensitivity.ToString(),
                "expected a base sample size N ≥ 2 (N(d + 2) runs), or 0 for none"
            );
        var settings = Settings(request, out var weightsFile);
        var input = CompositeFiles.Read(request.DataPath, request.MetaPath);
        var sources = input.Sources.ToList();
        if (weightsFile is not null)
        {
            var name = new Bilingual("Composite indicator weights", "Веса составного индикатора");
            sources.Add(new Provenance(name, weightsFile));
        }
        var result = CompositeEngine.Compute(input.Hierarchy, input.Data, settings);
        var uncertain = request.MonteCarlo > 0 || request.Sensitivity > 0;
        var choices = uncertain ? UncertaintyChoices.Default(settings) : null;
        var analysis = choices is null ? null : new UncertaintyAnalysis(input.Hierarchy, input.Data, result, choices);
        var intervals = request.MonteCarlo > 0 ? analysis!.MonteCarlo(request.MonteCarlo, request.Seed) : null;
        var sensitivity = request.Sensitivity > 0 ? analysis!.Sensitivity(request.Sensitivity, request.Seed) : null;
        return new(input, result, choices, intervals, request.MonteCarlo, sensitivity, request.Seed, sources);
    }

    /// <summary>The engine's settings from the request's text; a weights value that is no method is read as a file.</summary>
    public static CompositeSettings Settings(CompositeRequest request, out string? weightsFile)
    {
        var weighting = Weighting.Parse(request.Weights);
        weightsFile = weighting is null ? request.Weights : null;
        return new CompositeSettings(
            Normalisation.Parse(request.Normalise),
            Aggregation.Parse(request.Aggregate),
            weighting ?? WeightingKind.File,
            Imputation.Parse(request.Impute),
            Treatment.Parse(request.Treat),
            weightsFile is null ? null : CompositeFiles.ReadWeights(weightsFile)
        );
    }
}
