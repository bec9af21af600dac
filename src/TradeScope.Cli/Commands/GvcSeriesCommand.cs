using System.CommandLine;
using TradeScope.Analyses;
using TradeScope.Data;
using TradeScope.Reports;
using TradeScope.Reports.Formats;

namespace TradeScope.Cli.Commands;

/// <summary><c>tradescope gvc-series</c>: backward and forward participation of one exporter with partners, per sector and year.</summary>
public sealed class GvcSeriesCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var tables = IcioTableOptions.Tables();
        var layout = IcioTableOptions.Layout("--tables");
        var years = new Option<string>("--years")
        {
            Description = "Years: YYYY-YYYY or YYYY,YYYY,...",
            DefaultValueFactory = _ => "1995-2011",
        };
        var exporter = new Option<string>("--exporter") { Description = "ISO3 code of the exporter p.", Required = true };
        var partners = new Option<string>("--partners")
        {
            Description =
                "Partners q: ISO3,ISO3,... and/or group:ID[@YYYY-MM-DD] (a bundled group, EU27 = EU on 2020-02-01, or one from --groups; " +
                    "members on 1 July of the last year unless dated, fixed over the sample). Countries folded into ROW by the table " +
                        "(e.g. KAZ, BLR in WIOD) are rejected with an explanation.",
            Required = true,
        };
        var sectors = new Option<string?>("--sectors")
        {
            Description = "Sectors besides TOTAL: all (each sector), standard (WIOD aggregates) or a CSV group,sector.",
        };
        var groups = new Option<string?>("--groups")
        {
            Description = "Extra groups for --partners group:ID: a CSV group_id,member_iso3[,...] or JSON file (docs/groups.md).",
        };
        var reporting = new ReportOptions(context, OutputFormats.Csv);
        var blas = CommonOptions.Blas();
        CommandFiles.Reads(tables);
        CommandFiles.Reads(sectors);
        CommandFiles.Reads(groups);
        var command = new Command(
            "gvc-series",
            "Backward and forward participation of an exporter with partners, per exporting sector and year, from a series of ICIO " +
                "tables. Columns: bp_share = partners' share of the exporter's foreign value added (BP_pq, " +
                    "docs/methods/value-chains.md#participation), fva_level = partners' value added in the exporter's exports, fp_level " +
                        "= exporter's value added in the partners' exports (FP_pq), fp_share_of_exports = fp_level / the exporter's " +
                            "total gross exports, exports, exports_to_partner; origins over all sectors (docs/value-chains.md)."
        )
        {
            tables,
            layout,
            years,
            exporter,
            partners,
            sectors,
            groups,
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
                    var tablesPath = parse.GetValue(tables)!;
                    var tableLayout = IcioReader.LayoutFor(tablesPath, parse.GetValue(layout), DataParameters.Tables);
                    var seriesYears = GvcSeries.ParseYears(parse.GetValue(years)!);
                    var partnerList = parse
                        .GetValue(partners)!
                        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    var userGroups = parse.GetValue(groups) is { } groupsPath ? GroupRegistry.Default.WithUserGroups(groupsPath) : null;
                    var provider = CommonOptions.ParseBlas(parse.GetValue(blas), context);
                    var series = CliProgress.Run(
                        context,
                        progress =>
                            GvcSeries.Build(
                                tablesPath,
                                tableLayout,
                                seriesYears,
                                parse.GetValue(exporter)!,
                                partnerList,
                                parse.GetValue(sectors),
                                userGroups,
                                provider,
                                progress
                            )
                    );
                    var language = target.Language;
                    foreach (var w in ValueChainNotes.ParticipationWarnings(series))
                        context.Warn(w.In(language));
                    var tablesName = new Core.Bilingual("ICIO tables", "таблицы «затраты — выпуск»");
                    var source = new Core.Provenance(tablesName, tablesPath);
                    var document = GvcReport.Series(series).WithProvenance(context.Provenance([source], series.Provider));
                    context.WriteReport(target, document);
                    return App.Ok;
                }
            )
        );
        return command;
    }
}
