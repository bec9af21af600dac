using System.CommandLine;
using TradeScope.Analyses;
using TradeScope.Reports;
using TradeScope.Reports.Formats;

namespace TradeScope.Cli.Commands;

/// <summary>Options shared by the reporter-index commands (indices, blocs, screen).</summary>
internal sealed class ReporterOptions
{
    public Option<string> Reporter { get; } = new("--reporter") { Description = "Reporter, ISO3 code (e.g. RUS).", Required = true };
    public Option<int> Year { get; } = new("--year") { Description = "Data year (bundled data: 2014-2022).", Required = true };
    public Option<string?> Data { get; } =
        new("--data")
        {
            Description =
                "Trade file (year,reporter_iso3,partner_iso3,value[,flow]; or the Comtrade layout); default: bundled UN Comtrade exports.",
        };
    public Option<string?> Groups { get; } =
        new("--groups")
        {
            Description =
                "Extra groups: CSV (group_id,member_iso3[,name_en,name_ru,from,until,source,dating]) or .json (schema in docs/groups.md).",
        };

    /// <summary><c>--db</c>: the product store to sum bilateral flows from.</summary>
    public Option<string?> Db { get; } = ProductStoreOptions.Db();

    /// <summary><c>--products</c>: a product filter, e.g. hs-section:VI.</summary>
    public Option<string?> Products { get; } =
        new("--products")
        {
            Description =
                "Compute on exports of these products only, from the product store (--db): e.g. hs-section:VI, sitc-section:5, hs2:84, "
                + "bec:capital, or a CSV of user groups (FILE or FILE:GROUP).",
        };

    /// <summary><c>--source</c>: which of the store's sources to read.</summary>
    public Option<string?> Source { get; } = ProductStoreOptions.Source();

    /// <summary>Base year of period growth; added to a command only with <c>withFrom</c> (the partner table shows it).</summary>
    public Option<int?> From { get; } =
        new("--from")
        {
            Description =
                "Base year YYYY: add growth of exports and imports from YYYY to --year (period and average annual, %) after the other "
                + "columns.",
        };

    private bool _withFrom;

    public ReporterOptions()
    {
        CommonOptions.Whole(Year, CommonOptions.AYear);
        CommonOptions.Whole(From, CommonOptions.AYear);
        CommandFiles.Reads(Data);
        CommandFiles.Reads(Groups);
        CommandFiles.Reads(Products);
    }

    public void AddTo(Command command, bool withFrom = false)
    {
        command.Add(Reporter);
        command.Add(Year);
        command.Add(Data);
        command.Add(Groups);
        command.Add(Db);
        command.Add(Products);
        command.Add(Source);
        if (_withFrom = withFrom)
            command.Add(From);
    }

    public IndicesRequest Request(ParseResult parse) =>
        new(
            parse.GetValue(Reporter),
            parse.GetValue(Year),
            parse.GetValue(Data),
            parse.GetValue(Groups),
            _withFrom ? parse.GetValue(From) : null,
            parse.GetValue(Db),
            parse.GetValue(Products),
            parse.GetValue(Source)
        );
}

/// <summary>A command that prints one table of a reporter's indices (<c>indices</c>, <c>blocs</c>): same options, another table.</summary>
internal static class ReporterTableCommand
{
    public static Command Build(
        CliContext context,
        string name,
        string description,
        Func<ReporterIndices, ReportDocument> table,
        bool withFrom = false
    )
    {
        var options = new ReporterOptions();
        var reporting = new ReportOptions(context, OutputFormats.Csv, context.Formats.Except(OutputFormats.Xlsx));
        var command = new Command(name, description);
        options.AddTo(command, withFrom);
        command.Add(reporting.Format);
        command.Add(reporting.Out);
        command.Add(reporting.Lang);
        command.SetAction(parse =>
            App.Guard(
                context,
                () =>
                {
                    var target = reporting.Target(parse);
                    var indices = CliProgress.Run(context, progress => IndicesWorkflow.Run(options.Request(parse), progress));
                    foreach (var warning in indices.Warnings)
                        context.Warn(warning);
                    var document = table(indices).WithProvenance(context.Provenance([indices.Conventions.Provenance]));
                    context.WriteReport(target, document);
                    return App.Ok;
                }
            )
        );
        return command;
    }
}

/// <summary><c>tradescope indices</c>: every index of a reporter with every partner in one year, one row per partner.</summary>
public sealed class IndicesCommand : ICliCommand
{
    public Command Build(CliContext context) =>
        ReporterTableCommand.Build(
            context,
            "indices",
            "Trade indices (ESI, TII, STI, shares) of a reporter with every partner: one row per partner; --from YYYY adds period and "
                + "annual growth.",
            IndicesTables.Partners,
            withFrom: true
        );
}

/// <summary><c>tradescope blocs</c>: trade intensity (H1–H4) and introversion of a reporter with every bloc, one row per bloc.</summary>
public sealed class BlocsCommand : ICliCommand
{
    public Command Build(CliContext context) =>
        ReporterTableCommand.Build(
            context,
            "blocs",
            "Trade intensity (bloc conventions H1-H4) and introversion of a reporter with every bloc: one row per bloc.",
            IndicesTables.Blocs
        );
}

/// <summary><c>tradescope screen</c>: the FTA partner screening report (four index tables and a combined ranking).</summary>
public sealed class ScreenCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var options = new ReporterOptions();
        var top = new Option<int>("--top")
        {
            Description = "Number of partners screened (the largest by turnover).",
            DefaultValueFactory = _ => 40,
        };
        CommonOptions.Whole(top, CommonOptions.ACount);
        var reporting = new ReportOptions(context, OutputFormats.Markdown);
        var command = new Command(
            "screen",
            "FTA partner screening report: ESI, TII, TII with blocs, STI and a combined ranking (.md, .xlsx or .csv by the --out "
                + "extension)."
        );
        options.AddTo(command);
        command.Add(top);
        command.Add(reporting.Format);
        command.Add(reporting.Out);
        command.Add(reporting.Lang);
        command.SetAction(parse =>
            App.Guard(
                context,
                () =>
                {
                    var target = reporting.Target(parse);
                    var n = parse.GetValue(top);
                    if (n <= 0)
                        throw Core.InputException.Argument(
                            "--top",
                            n.ToString(System.Globalization.CultureInfo.InvariantCulture),
                            "must be a positive number of partners"
                        );
                    var language = target.Language;
                    var indices = CliProgress.Run(context, progress => IndicesWorkflow.Run(options.Request(parse), progress));
                    foreach (var warning in indices.Warnings)
                        context.Warn(warning);
                    var document = ScreeningReport
                        .Build(ScreeningResult.Screen(indices, n), language)
                        .WithProvenance(context.Provenance([indices.Conventions.Provenance]));
                    context.WriteReport(target, document);
                    return App.Ok;
                }
            )
        );
        return command;
    }
}
