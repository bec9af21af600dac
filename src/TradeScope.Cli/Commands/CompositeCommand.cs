using System.CommandLine;
using TradeScope.Analyses;
using TradeScope.Reports;
using TradeScope.Reports.Formats;

namespace TradeScope.Cli.Commands;

/// <summary><c>tradescope composite</c>: a composite indicator (index of pillars of indicators) from a data and a metadata
/// CSV, with optional Monte Carlo uncertainty and sensitivity analysis (docs/methods/potential.md#composite-indicator-engine).</summary>
public sealed class CompositeCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var data = CommandFiles.Reads(
            new Option<string>("--data")
            {
                Description = "Wide CSV: unit (or uCode), one column per indicator, empty cell = missing, optional group.",
                Required = true,
            }
        );
        var meta = CommandFiles.Reads(
            new Option<string>("--meta")
            {
                Description =
                    "CSV code,name,parent,level,direction,weight[,unit,source,goal_low,goal_high] (or COINr's iCode,iName,Parent,"
                    + "Level,Direction,Weight,Type); level 1 = indicators; the index has no parent.",
                Required = true,
            }
        );
        var normalise = new Option<string>("--normalise")
        {
            Description = "minmax[:L,U] (default 0,100)|zscore[:M,SD] (default 0,1)|rank|prank|goalposts|dist2max|dist2ref:UNIT.",
            DefaultValueFactory = _ => "minmax:0,100",
        };
        var aggregate = CommonOptions.OneOf(
            new Option<string>("--aggregate")
            {
                Description = "Weighted arithmetic, geometric or harmonic mean, or the Copeland rule.",
                DefaultValueFactory = _ => "amean",
            },
            "amean",
            "gmean",
            "hmean",
            "copeland"
        );
        var weights = CommandFiles.Reads(
            new Option<string>("--weights")
            {
                Description = "meta|equal|pca|equal-influence, or a CSV code,weight overriding the metadata's weights.",
                DefaultValueFactory = _ => "meta",
            }
        );
        var impute = CommonOptions.OneOf(
            new Option<string>("--impute")
            {
                Description = "none (aggregate over the children present, weights re-scaled)|mean|median|group-mean.",
                DefaultValueFactory = _ => "none",
            },
            "none",
            "mean",
            "median",
            "group-mean"
        );
        var treat = CommonOptions.OneOf(
            new Option<string>("--treat")
            {
                Description = "Outlier treatment: winsorise (up to 5 points while |skewness| ≥ 2 and kurtosis ≥ 3.5, else log) or log.",
                DefaultValueFactory = _ => "none",
            },
            "none",
            "winsorise",
            "log"
        );
        var mc = CommonOptions.Whole(
            new Option<int>("--mc") { Description = "Monte Carlo draws: median rank and 5–95 % interval of every unit." },
            CommonOptions.ACount
        );
        var sensitivity = CommonOptions.Whole(
            new Option<int>("--sensitivity")
            {
                Description = "Saltelli design base size N (N(d + 2) runs): first-order and total indices of each choice.",
            },
            CommonOptions.ACount
        );
        var seed = CommonOptions.Seed("Random seed of --mc and --sensitivity.");
        var reporting = new ReportOptions(context, OutputFormats.Csv);
        var command = new Command(
            "composite",
            "A composite indicator (OECD/JRC Handbook, COINr conventions): normalised indicators aggregated through a hierarchy of "
                + "pillars into an index, with ranks, contributions, Monte Carlo intervals and sensitivity indices."
        )
        {
            data,
            meta,
            normalise,
            aggregate,
            weights,
            impute,
            treat,
            mc,
            sensitivity,
            seed,
            reporting.Format,
            reporting.Out,
            reporting.Lang,
        };
        command.SetAction(parse =>
            App.Guard(
                context,
                () =>
                {
                    var target = reporting.Target(parse);
                    var request = new CompositeRequest(
                        parse.GetValue(data)!,
                        parse.GetValue(meta)!,
                        parse.GetValue(normalise)!,
                        parse.GetValue(aggregate)!,
                        parse.GetValue(weights)!,
                        parse.GetValue(impute)!,
                        parse.GetValue(treat)!,
                        parse.GetValue(mc),
                        parse.GetValue(sensitivity),
                        parse.GetValue(seed)
                    );
                    var run = CompositeWorkflow.Run(request);
                    var document = CompositeReport.Build(run).WithProvenance(context.Provenance(run.Sources));
                    context.WriteReport(target, document);
                    return App.Ok;
                }
            )
        );
        return command;
    }
}
