using System.CommandLine;
using TradeScope.Core;
using TradeScope.Econometrics;
using TradeScope.Reports;
using TradeScope.Reports.Formats;

namespace TradeScope.Cli.Commands;

/// <summary><c>tradescope regress</c>: OLS or PPML with absorbed fixed effects on a tidy CSV/Parquet file.</summary>
public sealed class RegressCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var data = new Option<string>("--data")
        {
            Description = "Tidy data: .csv, .csv.gz or .parquet, one row per observation.",
            Required = true,
        };
        var formula = new Option<string>("--formula")
        {
            Description =
                "fixest-style formula, e.g. \"Euros ~ log(dist_km) | Origin + Destination + Year\" (interactions: exporter^year).",
            Required = true,
        };
        var model = new Option<string>("--model") { Description = "Estimator: ols|ppml.", DefaultValueFactory = _ => "ols" };
        CommonOptions.OneOf(model, "ols", "ppml");
        var vcov = VcovOption.Create(VcovCapability.Everything, VcovKind.HC1, "fixest small-sample conventions");
        var maxIter = new Option<int?>("--max-iter")
        {
            Description =
                $"PPML only: IRLS iterations before giving up with a numerical error (exit 3); default " +
                    $"{PpmlOptions.Default.MaxIterations}.",
        };
        var name = new Option<string?>("--name") { Description = "Model label in the tables (default: the estimator)." };
        var reporting = new ReportOptions(context, OutputFormats.Csv);
        CommandFiles.Reads(data);
        CommonOptions.Whole(maxIter, CommonOptions.ACount);
        var blas = CommonOptions.Blas();
        var command = new Command(
            "regress",
            "Estimate OLS or PPML (Poisson pseudo-ML) with absorbed fixed effects and robust or clustered standard errors."
        )
        {
            data,
            formula,
            model,
            vcov,
            maxIter,
            name,
            reporting.Format,
            reporting.Out,
            reporting.Lang,
            blas,
        };
        command.SetAction(parse =>
            App.Guard(
                context,
                () =>
                {
                    var target = reporting.Target(parse);
                    var language = target.Language;
                    var spec = VcovSpec.Parse(parse.GetValue(vcov)!, VcovCapability.Everything);
                    var parsed = Formula.Parse(parse.GetValue(formula)!);
                    var ppml = parse.GetValue(model) == "ppml";
                    var options = PpmlOptions.Default;
                    if (parse.GetValue(maxIter) is { } iterations)
                    {
                        var text = iterations.ToString(System.Globalization.CultureInfo.InvariantCulture);
                        if (!ppml)
                            throw InputException.Argument("--max-iter", text, "applies to --model ppml only (OLS is not iterative)");
                        if (iterations < 1)
                            throw InputException.Argument("--max-iter", text, "must be a positive number of iterations");
                        options = options with { MaxIterations = iterations };
                    }
                    var algebra = CommonOptions.ParseBlas(parse.GetValue(blas), context);
                    var frame = TidyData.Read(parse.GetValue(data)!);
                    var fit = ppml
                        ? Ppml.Fit(frame, parsed, spec, options with { Algebra = algebra })
                        : Ols.Fit(frame, parsed, spec, new OlsOptions(Algebra: algebra));
                    if (parse.GetValue(name) is { } label)
                        fit = fit.Named(label);
                    foreach (var warning in fit.Warnings)
                        context.Warn(warning);
                    var source = new Provenance(new Bilingual("tidy data file", "файл данных"), parse.GetValue(data)!);
                    var document =
                        target.Format == OutputFormats.Csv ? RegressionTables.TidyDocument([fit]) : RegressionTables.Document([fit]);
                    context.WriteReport(target, document.WithProvenance(context.Provenance([source])));
                    return App.Ok;
                }
            )
        );
        return command;
    }
}
