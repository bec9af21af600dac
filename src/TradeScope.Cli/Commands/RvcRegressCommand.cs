using System.CommandLine;
using TradeScope.Analyses;
using TradeScope.Data;
using TradeScope.Econometrics;
using TradeScope.Reports;
using TradeScope.Reports.Formats;

namespace TradeScope.Cli.Commands;

/// <summary><c>tradescope rvc-regress</c>: the regional value-chain regression (exports on BP, FP and GDP per capita) from yearly ICIO
/// tables.</summary>
public sealed class RvcRegressCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var tables = IcioTableOptions.Tables();
        var layout = IcioTableOptions.Layout("--tables");
        var years = new Option<string>("--years")
        {
            Description =
                "Years: YYYY-YYYY or YYYY,YYYY,... (one table per year; at least 5 years). Default: 1995-2020 with --layout oecd " +
                    "(the 2023 edition), else 1995-2011 (WIOD 2013).",
        };
        var countries = new Option<string>("--countries")
        {
            Description = "Exporters p: ISO3,ISO3,... (each must be a separate country of the tables; WIOD folds e.g. KAZ, BLR into ROW).",
            Required = true,
        };
        var group = new Option<string>("--group")
        {
            Description =
                "Partner group G, fixed over the sample: group:EU27 (EU on 2020-02-01, EU27_2020), group:ID (a bundled group, members on " +
                    "1 July of the last year), group:ID@YYYY-MM-DD, or ISO3,ISO3,...",
            Required = true,
        };
        var sectors = new Option<string>("--sectors")
        {
            Description =
                "Industries: total-manufacturing (WIOD c3-c16; OECD ICIO D10T12-D31T33), chemicals (c9; D20), pharmaceuticals (D21), " +
                    "chemicals-pharmaceuticals (D20+D21), electronics (c14; D26), transport (c15; D29+D30), or sector codes of the " +
                    "table (OECD: 2023 code C26, 2021 code 26 or TiVA id D26).",
            DefaultValueFactory = _ => "total-manufacturing,chemicals,electronics,transport",
        };
        var vcov = VcovOption.Create(RvcRegression.VcovCapability, VcovKind.HC1);
        var groupsFile = new Option<string?>("--groups", "--groups-file")
        {
            Description =
                "Extra groups for --group group:ID: a JSON file or a CSV group_id,member_iso3[,name_en,name_ru,from,until,source,dating] " +
                    "(docs/groups.md).",
        };
        var gdp = new Option<string?>("--gdp")
        {
            Description = "GDP per capita table iso3,year,gdppc_usd (default: the bundled World Bank table, current US$, 1995-2022).",
        };
        var seriesOut = new Option<string?>("--series-out")
        {
            Description = "Also write the panel (country,sector,year,bp,fp,ex_mutual,ex_external,gdppc) to this CSV file.",
        };
        var reporting = new ReportOptions(context, OutputFormats.Csv);
        var blas = CommonOptions.Blas();
        CommandFiles.Reads(tables);
        CommandFiles.Reads(groupsFile);
        CommandFiles.Reads(gdp);
        CommandFiles.Writes(seriesOut);
        var command = new Command(
            "rvc-regress",
            "Regional value chains and exports: per country, industry and direction (to the group / to the rest), OLS of exports on " +
                "backward and forward participation with the group and GDP per capita, robust (HC1) errors; one ICIO table per year."
        )
        {
            tables,
            layout,
            years,
            countries,
            group,
            groupsFile,
            sectors,
            vcov,
            gdp,
            seriesOut,
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
                    var seriesPath = parse.GetValue(seriesOut);
                    var seriesFormat = seriesPath is null
                        ? OutputFormats.Csv
                        : CommonOptions.ResolveFormat(null, seriesPath, OutputFormats.Csv, context.Formats);
                    var tablesPath = parse.GetValue(tables)!;
                    var tableLayout = IcioReader.LayoutFor(tablesPath, parse.GetValue(layout), DataParameters.Tables);
                    var defaultYears = tableLayout == OecdIcioLayout.Layout ? "1995-2020" : "1995-2011";
                    var yearList = GvcSeries.ParseYears(parse.GetValue(years) ?? defaultYears);
                    var request = new RvcRequest(
                        tablesPath,
                        tableLayout,
                        yearList,
                        parse.GetValue(countries)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                        RvcGroup.Resolve(
                            parse.GetValue(group),
                            yearList.Count > 0 ? yearList.Max() : 0,
                            parse.GetValue(groupsFile) is { } groupsPath ? GroupRegistry.Default.WithUserGroups(groupsPath) : null
                        ),
                        RvcSector.ParseList(parse.GetValue(sectors)),
                        VcovSpec.Parse(parse.GetValue(vcov)!, RvcRegression.VcovCapability),
                        CommonOptions.ParseBlas(parse.GetValue(blas), context),
                        parse.GetValue(gdp) is { } gdpPath ? GdpPerCapita.Load(gdpPath) : null
                    );
                    var result = RvcRegression.Run(request);
                    var language = target.Language;
                    foreach (var w in ValueChainNotes.RvcWarnings(result.Series))
                        context.Warn(w.In(language));
                    foreach (var e in result.Estimates)
                        if (e.Reason is not null)
                            context.Warn(e.Reason);
                    // Both outputs or neither: rendered to temporary files, moved into place only when both succeeded.
                    var provenance = context.Provenance(RvcReport.Sources(result.Series), result.Series.Provider);
                    var outputs = new List<(string?, Action<Stream>)>();
                    if (seriesPath is not null)
                        outputs.AddRange(
                            ReportOutput.Files(
                                seriesPath,
                                RvcReport.SeriesDocument(result.Series).WithProvenance(provenance),
                                seriesFormat,
                                language
                            )
                        );
                    var report = RvcReport.Document(result, target.Format, language).WithProvenance(provenance);
                    outputs.AddRange(ReportOutput.Files(target.Path, report, target.Format, language));
                    OutputFiles.WriteAll(outputs, context.StandardOutput);
                    return App.Ok;
                }
            )
        );
        return command;
    }
}
