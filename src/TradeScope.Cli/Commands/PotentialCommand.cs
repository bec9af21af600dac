using System.CommandLine;
using TradeScope.Analyses;
using TradeScope.Core;
using TradeScope.Reports;
using TradeScope.Reports.Formats;

namespace TradeScope.Cli.Commands;

/// <summary><c>tradescope potential</c>: the export-potential index of countries (bundled data, optionally the product
/// store and user indicators) or of the user's regions (docs/methods/export-potential-index.md).</summary>
public sealed class PotentialCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var year = CommonOptions.Whole(
            new Option<int>("--year") { Description = "The data year (bundled Comtrade: 2014–2022).", Required = true },
            CommonOptions.AYear
        );
        var units = CommandFiles.Reads(
            new Option<string>("--units")
            {
                Description =
                    "countries (default: every country that reported exports in the year), or a CSV of units' indicator values "
                    + "(unit[,group],CODE…; docs/potential.md), e.g. regions.",
                DefaultValueFactory = _ => "countries",
            }
        );
        var pillars = CommandFiles.Reads(
            new Option<string?>("--pillars")
            {
                Description =
                    "A CSV of extra indicator values by unit (unit,CODE…): institutions and soft power, or value-chain "
                    + "indicators (gvc_participation, dva_share) from a table of the year.",
            }
        );
        var db = ProductStoreOptions.Db("The product store for the product-based indicators (RCA, HHI, complexity, technology).");
        var source = ProductStoreOptions.Source();
        var sanctions = new Option<string>("--sanctions")
        {
            Description = "The sanctioning group (a group ID); default RU_UNFRIENDLY (order 430-r) as of its latest list.",
            DefaultValueFactory = _ => "RU_UNFRIENDLY",
        };
        var groups = CommandFiles.Reads(
            new Option<string?>("--groups") { Description = "Extra country groups: CSV or .json (docs/groups.md)." }
        );
        var indicatorsOnly = new Option<bool>("--indicators-only")
        {
            Description =
                "Write only the indicator values (--out) and the hierarchy (--meta-out) in the layouts " + "`tradescope composite` reads.",
        };
        var metaOut = CommandFiles.Writes(
            new Option<string?>("--meta-out") { Description = "With --indicators-only: where to write the metadata CSV." }
        );
        var mc = CommonOptions.Whole(
            new Option<int>("--mc")
            {
                Description =
                    "Monte Carlo draws for rank intervals (5–95 %) over weights, normalisation, aggregation and imputation; "
                    + "0 = none.",
                DefaultValueFactory = _ => 0,
            },
            CommonOptions.ACount
        );
        var seed = CommonOptions.Seed("Seed of the Monte Carlo draws.");
        var reporting = new ReportOptions(context, OutputFormats.Csv);
        var command = new Command(
            "potential",
            "Export-potential index: indicators in seven pillars, min–max normalised and averaged, ranks with Monte Carlo "
                + "intervals, pillar contributions and what drives each rank."
        )
        {
            year,
            units,
            pillars,
            db,
            source,
            sanctions,
            groups,
            indicatorsOnly,
            metaOut,
            mc,
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
                    var request = new PotentialRequest(
                        parse.GetValue(year),
                        UnitsPath(parse.GetValue(units)),
                        parse.GetValue(pillars),
                        parse.GetValue(db),
                        parse.GetValue(source),
                        parse.GetValue(sanctions)!,
                        parse.GetValue(groups),
                        parse.GetValue(mc),
                        parse.GetValue(seed)
                    );
                    var table = ExportPotentialInputs.Table(request);
                    if (parse.GetValue(indicatorsOnly))
                    {
                        var outPath = parse.GetValue(reporting.Out);
                        var metaPath =
                            parse.GetValue(metaOut)
                            ?? throw new InputException(
                                "--indicators-only needs --meta-out FILE for the metadata; give both --out and --meta-out"
                            );
                        OutputFiles.WriteAll(
                            [(outPath, s => Write(s, table.WriteData)), (metaPath, s => Write(s, table.WriteMeta))],
                            context.StandardOutput
                        );
                        foreach (var note in table.Pillars)
                            context.Error.WriteLine($"pillar {note.Pillar.Code}: {note.From.En}");
                        return App.Ok;
                    }
                    var target = reporting.Target(parse);
                    var run = CliProgress.Run(context, _ => ExportPotentialWorkflow.Score(table, request.MonteCarlo, request.Seed));
                    var document = ExportPotentialReport.Build(run).WithProvenance(context.Provenance(table.Sources));
                    context.WriteReport(target, document);
                    return App.Ok;
                }
            )
        );
        return command;
    }

    private static string? UnitsPath(string? units) =>
        units is null || units.Equals("countries", StringComparison.OrdinalIgnoreCase) ? null : units;

    private static void Write(Stream stream, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
        write(writer);
    }
}
