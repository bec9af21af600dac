using System.CommandLine;
using TradeScope.Analyses;
using TradeScope.Reports;
using TradeScope.Reports.Formats;

namespace TradeScope.Cli.Commands;

/// <summary>Options shared by <c>gravity-potential</c> and <c>scenario</c>.</summary>
internal sealed class GravityOptions
{
    public Option<string> Reporter { get; } = new("--reporter") { Description = "Reporter, ISO3 code (e.g. RUS).", Required = true };
    public Option<int> Year { get; } =
        new("--year") { Description = "Year of the potential: the last year of the window (bundled data: 2014-2022).", Required = true };
    public Option<int> Window { get; } =
        new("--window")
        {
            Description = $"Years of the estimation panel, ending at --year (default {GravityPotential.DefaultWindow}).",
            DefaultValueFactory = _ => GravityPotential.DefaultWindow,
        };
    public Option<string?> Data { get; } =
        new("--data")
        {
            Description =
                "Trade file (year,reporter_iso3,partner_iso3,value[,flow]; or the Comtrade layout); default: bundled UN Comtrade exports.",
        };
    public Option<string?> Groups { get; } =
        new("--groups") { Description = "Extra groups: CSV or .json (docs/groups.md), e.g. a bloc for a scenario." };

    public GravityOptions()
    {
        CommonOptions.Whole(Year, CommonOptions.AYear);
        CommonOptions.Whole(Window, CommonOptions.ACount);
        CommandFiles.Reads(Data);
        CommandFiles.Reads(Groups);
    }

    public void AddTo(Command command)
    {
        command.Add(Reporter);
        command.Add(Year);
        command.Add(Window);
        command.Add(Data);
        command.Add(Groups);
    }

    public GravityRequest Request(ParseResult parse) =>
        new(parse.GetValue(Reporter), parse.GetValue(Year), parse.GetValue(Window), parse.GetValue(Data), parse.GetValue(Groups));
}

/// <summary><c>tradescope gravity-potential</c>: untapped export potential by partner from a structural gravity model (PPML with
/// exporter-year and importer-year fixed effects; docs/methods/gravity.md).</summary>
public sealed class GravityPotentialCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var options = new GravityOptions();
        var reporting = new ReportOptions(context, OutputFormats.Markdown);
        var command = new Command(
            "gravity-potential",
            "Untapped export potential by partner: actual vs predicted exports from a structural gravity model (PPML, exporter-year "
                + "and importer-year fixed effects, distance, contiguity, language, colony, RTA), with the screening rank beside each " +
                    "partner."
        );
        options.AddTo(command);
        command.Add(reporting.Format);
        command.Add(reporting.Out);
        command.Add(reporting.Lang);
        command.SetAction(parse =>
            App.Guard(
                context,
                () =>
                {
                    var target = reporting.Target(parse);
                    var result = CliProgress.Run(context, progress => GravityPotential.Run(options.Request(parse), progress));
                    var document = GravityReport
                        .Build(result)
                        .WithProvenance(context.Provenance(result.Sources, result.Model.LinearAlgebraProvider));
                    context.WriteReport(target, document);
                    return App.Ok;
                }
            )
        );
        return command;
    }
}
