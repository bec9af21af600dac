using System.CommandLine;
using TradeScope.Analyses;
using TradeScope.Reports;
using TradeScope.Reports.Formats;

namespace TradeScope.Cli.Commands;

/// <summary><c>tradescope scenario</c>: a reporter's exports by partner under a shock (market closure with reallocation,
/// regionalisation; docs/scenarios.md). Without <c>--shock</c>: Russia's order 430-r list closed, lost exports reallocated by
/// untapped gravity potential.</summary>
public sealed class ScenarioCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var options = new GravityOptions();
        var shock = new Option<string?>("--shock")
        {
            Description =
                "Shock file (JSON; schema and examples in docs/scenarios.md). Default: the markets of Russia's order 430-r list closed "
                + "(reporter RUS only).",
        };
        CommandFiles.Reads(shock);
        var format = CommonOptions.Format(context.Formats.All);
        var output = CommonOptions.Out(context.Formats);
        var lang = CommonOptions.Lang();
        var command = new Command(
            "scenario",
            "Exports by partner under a scenario: markets closed (sanctions) with reallocation by untapped gravity potential, "
                + "regionalisation with a bloc (partial or conditional GE effect); baseline, lost, reallocated, scenario, ranks."
        );
        options.AddTo(command);
        command.Add(shock);
        command.Add(format);
        command.Add(output);
        command.Add(lang);
        command.SetAction(parse =>
            App.Guard(
                context,
                () =>
                {
                    var outPath = parse.GetValue(output);
                    var tableFormat = CommonOptions.ResolveFormat(parse.GetValue(format), outPath, OutputFormats.Markdown, context.Formats);
                    var request = new ScenarioRequest(options.Request(parse), parse.GetValue(shock));
                    var result = CliProgress.Run(context, progress => Scenario.Run(request, progress));
                    var provenance = context.Provenance(result.Gravity.Sources, result.Gravity.Model.LinearAlgebraProvider);
                    var document = ScenarioReport.Build(result).WithProvenance(provenance);
                    context.WriteReport(outPath, document, tableFormat, CommonOptions.ParseLanguage(parse.GetValue(lang)));
                    return App.Ok;
                }
            )
        );
        return command;
    }
}
