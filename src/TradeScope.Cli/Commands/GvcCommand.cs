using System.CommandLine;
using System.Globalization;
using TradeScope.Analyses;
using TradeScope.Core;
using TradeScope.Data;
using TradeScope.Reports;
using TradeScope.Reports.Formats;
using TradeScope.ValueChains;
using TradeScope.ValueChains.Decompositions;

namespace TradeScope.Cli.Commands;

/// <summary><c>tradescope gvc</c>: value-added decompositions of gross exports from an ICIO table; <c>gvc synth</c>: a synthetic
/// table.</summary>
public sealed class GvcCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var table = IcioTableOptions.Table();
        var layout = IcioTableOptions.Layout("--table");
        var year = new Option<int?>("--year")
        {
            Description = "Year of the table (wiod2013 directories and bundled tables; default 2011 for bundled).",
        };
        var method = new Option<string>("--method") { Description = GvcMethods.Choices + ".", Required = true };
        method.CompletionSources.Add(GvcMethods.Names.ToArray());
        var exporter = new Option<string>("--exporter")
        {
            Description =
                "ISO3 code of the table, group:ID[@YYYY-MM-DD] as one exporter (a bundled group, EU27 = EU on 2020-02-01, EU28 = EU on "
                + "2019-07-01, or one from --groups; members on 1 July of the table's year unless dated; members the table folds into "
                + "ROW are named), or all.",
            DefaultValueFactory = _ => "all",
        };
        var detail = new Option<bool>("--detail")
        {
            Description = $"Detailed terms instead of exvatools' standard terms per exporter ({GvcMethods.DetailChoices}).",
        };
        var sectors = new Option<string?>("--sectors")
        {
            Description =
                "Sector aggregation of detailed output: all (default), standard (WIOD: total manufacturing, chemicals, electrical and "
                + "optical, transport equipment) or a CSV group,sector.",
        };
        var groups = new Option<string?>("--groups")
        {
            Description =
                "Extra groups for --exporter group:ID: a CSV group_id,member_iso3[,name_en,name_ru,from,until,source,dating] or JSON "
                + "file (docs/groups.md).",
        };
        var vaxim = new Option<string?>("--vaxim")
        {
            Description =
                "VAXIM of --method bm-snk: sum (default: the sum of products over the partner's rows) or exvatools (exvatools 0.9.0's "
                + "product of sums over split parts CN1/CN2, MX1/MX2; differs only on split tables).",
        };
        vaxim.CompletionSources.Add("sum", "exvatools");
        var reporting = new ReportOptions(context, OutputFormats.Csv);
        var blas = CommonOptions.Blas();
        CommandFiles.Reads(table);
        CommandFiles.Reads(sectors);
        CommandFiles.Reads(groups);
        CommonOptions.Whole(year, CommonOptions.AYear);
        var command = new Command(
            "gvc",
            "Value added in gross exports from an inter-country input-output table by --method "
                + $"({string.Join(", ", GvcMethods.Names)}). "
                + "Tidy CSV exporter,importer,sector,source_country,source_sector,term,value."
                + " Without --table the bundled WIOD 2013 table is used"
                + " (e.g. tradescope gvc --method oecd --exporter RUS; --table bundled:wiod2013:2005 for another year)."
        )
        {
            table,
            layout,
            year,
            method,
            exporter,
            detail,
            sectors,
            groups,
            vaxim,
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
                    var tablePath = parse.GetValue(table)!;
                    var request = new GvcRequest(
                        tablePath,
                        IcioReader.LayoutFor(tablePath, parse.GetValue(layout), DataParameters.Table),
                        parse.GetValue(year),
                        WithVaxim(GvcMethods.Parse(parse.GetValue(method)), parse.GetValue(vaxim)),
                        parse.GetValue(exporter)!,
                        parse.GetValue(detail),
                        parse.GetValue(sectors),
                        parse.GetValue(groups) is { } groupsPath ? GroupRegistry.Default.WithUserGroups(groupsPath) : null,
                        CommonOptions.ParseBlas(parse.GetValue(blas), context)
                    );
                    var result = GvcWorkflow.Run(request);
                    var language = target.Language;
                    foreach (var note in ValueChainNotes.Decomposition(result))
                        context.Warn(note.In(language));
                    var document = GvcReport.Decomposition(result).WithProvenance(context.Provenance([result.Provenance], result.Provider));
                    context.WriteReport(target, document);
                    return App.Ok;
                }
            )
        );
        command.Add(BuildSynth(context));
        return command;
    }

    /// <summary>The bm-snk entry with the VAXIM variant of <c>--vaxim</c>; other methods do not take the option.</summary>
    private static GvcMethod WithVaxim(GvcMethod method, string? vaxim)
    {
        if (vaxim is null)
            return method;
        var variant = BorinManciniDecomposition.ParseVaxim(vaxim);
        if (method != BorinManciniDecomposition.Sink)
        {
            var only = $"only --method {BorinManciniDecomposition.Sink.Name} has VAXIM";
            throw InputException.Argument(ValueChainParameters.Vaxim, vaxim, only);
        }
        return BorinManciniDecomposition.SinkWith(variant);
    }

    private static Command BuildSynth(CliContext context)
    {
        var countries = new Option<int>("--countries") { Description = "Number of countries.", DefaultValueFactory = _ => 77 };
        var sectors = new Option<int>("--sectors") { Description = "Number of sectors.", DefaultValueFactory = _ => 45 };
        var seed = new Option<int>("--seed")
        {
            Description = "Random seed (the table is deterministic for a seed).",
            DefaultValueFactory = _ => 1,
        };
        var output = new Option<string>("--out")
        {
            Description =
                "Output directory (created if missing); the table is written as icio_synthetic_CxS_seedN.csv.gz in the generic layout.",
            Required = true,
        };
        CommonOptions.Whole(countries, CommonOptions.ACount);
        CommonOptions.Whole(sectors, CommonOptions.ACount);
        CommonOptions.Whole(seed, CommonOptions.ACount);
        CommandFiles.WritesInto(output);
        var command = new Command(
            "synth",
            "Write a synthetic, balanced ICIO table in the generic layout (strong domestic blocks, positive value added), for benchmarks."
        )
        {
            countries,
            sectors,
            seed,
            output,
        };
        command.SetAction(parse =>
            App.Guard(
                context,
                () =>
                {
                    var directory = parse.GetValue(output)!;
                    Directory.CreateDirectory(directory);
                    int c = parse.GetValue(countries),
                        s = parse.GetValue(sectors),
                        n = parse.GetValue(seed);
                    var path = Path.Combine(directory, GvcWorkflow.SyntheticFileName(c, s, n));
                    OutputFile.Write(path, stream => GvcWorkflow.Synthesize(c, s, n, stream));
                    context.Error.WriteLine(
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"wrote {path} ({c} countries × {s} sectors, seed {n}); read it with --table {path} --layout generic"
                        )
                    );
                    return App.Ok;
                }
            )
        );
        return command;
    }
}
