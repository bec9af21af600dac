using System.CommandLine;
using TradeScope.Analyses;
using TradeScope.Reports;
using TradeScope.Reports.Formats;

namespace TradeScope.Cli.Commands;

/// <summary><c>tradescope scenario</c>: a reporter's exports by partner under a shock (market closure with reallocation,
/// regionalisation, technology shift, import substitution; docs/scenarios.md). Without <c>--shock</c>: Russia's order 430-r list
/// closed, lost exports reallocated by untapped gravity potential.</summary>
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
        var db = ProductStoreOptions.Db(
            "With a technology_shift: the product store the technology share of exports is computed from (the import command fills it)."
        );
        var source = ProductStoreOptions.Source();
        var pillars = CommandFiles.Reads(
            new Option<string?>("--pillars")
            {
                Description =
                    "With a technology_shift: a CSV of indicator values by country (unit,CODE…) for the export-potential index, e.g. "
                    + "medhigh_tech_share when there is no product store (docs/potential.md).",
            }
        );
        var blas = CommonOptions.Blas();
        var reporting = new ReportOptions(context, OutputFormats.Markdown);
        var command = new Command(
            "scenario",
            "Exports by partner under a scenario: markets closed (sanctions) with reallocation by untapped gravity potential, "
                + "regionalisation with a bloc (partial or conditional GE effect), a technology shift (on the export-potential "
                + "index), import substitution (on an ICIO table); baseline, lost, reallocated, scenario, ranks."
        );
        options.AddTo(command);
        command.Add(shock);
        command.Add(db);
        command.Add(source);
        command.Add(pillars);
        command.Add(blas);
        command.Add(reporting.Format);
        command.Add(reporting.Out);
        command.Add(reporting.Lang);
        command.SetAction(parse =>
            App.Guard(
                context,
                () =>
                {
                    var target = reporting.Target(parse);
                    var request = new ScenarioRequest(
                        options.Request(parse),
                        parse.GetValue(shock),
                        parse.GetValue(db),
                        parse.GetValue(source),
                        parse.GetValue(pillars),
                        CommonOptions.ParseBlas(parse.GetValue(blas), context)
                    );
                    var result = CliProgress.Run(context, progress => Scenario.Run(request, progress));
                    var provenance = context.Provenance(result.Gravity.Sources, result.Gravity.Model.LinearAlgebraProvider);
                    var document = ScenarioReport.Build(result).WithProvenance(provenance);
                    context.WriteReport(target, document);
                    return App.Ok;
                }
            )
        );
        return command;
    }
}
