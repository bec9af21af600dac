using System.CommandLine;
using TradeScope.Analyses;
using TradeScope.Data;
using TradeScope.Reports;

namespace TradeScope.Cli.Commands;

/// <summary><c>tradescope gvc-series</c>: backward and forward participation of one exporter with partners, per sector and year.</summary>
public sealed class GvcSeriesCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var tables = new Option<string>("--tables") { Description = "bundled:wiod2013 (default; WIOD 2013 release 1995-2011), a wiod2013 directory with wiot_YYYY_{Z,F,X}.csv, or a directory of YYYY.csv files (exvatools/generic layout).", DefaultValueFactory = _ => "bundled:wiod2013" };
        var layout = new Option<string>("--layout") { Description = "Layout of the tables: wiod2013|exvatools|generic.", DefaultValueFactory = _ => "wiod2013" };
        var years = new Option<string>("--years") { Description = "Years: YYYY-YYYY or YYYY,YYYY,...", DefaultValueFactory = _ => "1995-2011" };
        var exporter = new Option<string>("--exporter") { Description = "ISO3 code of the exporter p.", Required = true };
        var partners = new Option<string>("--partners") { Description = "Partners q: ISO3,ISO3,... and/or group:ID (EU27, EU28, NAFTA or a --group). Countries folded into ROW by the table (e.g. KAZ, BLR in WIOD) are rejected with an explanation.", Required = true };
        var sectors = new Option<string?>("--sectors") { Description = "Sectors besides TOTAL: all (each sector), standard (WIOD aggregates) or a CSV group,sector." };
        var groups = new Option<string[]>("--group") { Description = "A user country group ID=ISO3,ISO3,... (repeatable)." };
        var format = CommonOptions.Format("csv", "json", "md", "xlsx");
        var output = CommonOptions.Out();
        var lang = CommonOptions.Lang();
        var blas = CommonOptions.Blas();
        var command = new Command("gvc-series", "Backward (BP) and forward (FP) participation of an exporter with partners, per sector and year, from a series of ICIO tables (input of the value-chain regression).")
        { tables, layout, years, exporter, partners, sectors, groups, format, output, lang, blas };
        command.SetAction(parse => App.Guard(context, () =>
        {
            var outPath = parse.GetValue(output);
            var resolved = CommonOptions.ResolveFormat(parse.GetValue(format), outPath, TableFormat.Csv);
            var tableLayout = IcioReader.ParseLayout(parse.GetValue(layout));
            var seriesYears = GvcSeries.ParseYears(parse.GetValue(years)!);
            var partnerList = parse.GetValue(partners)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var userGroups = GvcWorkflow.ParseGroups(parse.GetValue(groups) ?? []);
            var provider = CommonOptions.ParseBlas(parse.GetValue(blas));
            var series = CliProgress.Run(context, progress => GvcSeries.Build(parse.GetValue(tables)!, tableLayout, seriesYears,
                parse.GetValue(exporter)!, partnerList, parse.GetValue(sectors), userGroups, provider, progress));
            var document = GvcReport.Series(series);
            context.WriteOutput(outPath, stream => TableFormats.Render(document, resolved, CommonOptions.ParseLanguage(parse.GetValue(lang)), stream));
            return App.Ok;
        }));
        return command;
    }
}
