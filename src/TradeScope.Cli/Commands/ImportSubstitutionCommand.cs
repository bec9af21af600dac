using System.CommandLine;
using TradeScope.Analyses;
using TradeScope.Data;
using TradeScope.Reports;
using TradeScope.Reports.Formats;

namespace TradeScope.Cli.Commands;

/// <summary><c>tradescope import-substitution</c>: cut the foreign intermediate inputs of chosen industries of an economy
/// and buy them at home, in an ICIO table (docs/methods/value-chains.md#import-substitution).</summary>
public sealed class ImportSubstitutionCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var table = IcioTableOptions.Table();
        var layout = IcioTableOptions.Layout("--table");
        var year = new Option<int?>("--year")
        {
            Description = "Year of the table (wiod2013 directories and bundled tables; default 2011, the latest bundled).",
        };
        var economy = new Option<string>("--economy") { Description = "ISO3 code of a country of the table.", Required = true };
        var industries = new Option<string?>("--industries")
        {
            Description = "Sector codes of the table whose foreign intermediate inputs are cut, comma-separated (default: all).",
        };
        var cut = new Option<double>("--cut")
        {
            Description = "Cut of their foreign intermediate inputs in percent (0-100), bought from the domestic industry instead.",
            Required = true,
        };
        cut.CustomParser = result => ParsePercent(result, cut.Name);
        var reporting = new ReportOptions(context, OutputFormats.Csv);
        var blas = CommonOptions.Blas();
        CommandFiles.Reads(table);
        CommonOptions.Whole(year, CommonOptions.AYear);
        var command = new Command(
            "import-substitution",
            "Import-substitution scenario on an ICIO table: foreign intermediate inputs of --industries of --economy cut by --cut % "
                + "and bought at home; final demand and value-added coefficients kept, output re-solved. Baseline, scenario and "
                + "change of exports, domestic value added in exports, foreign content, BP/FP/GVC participation, value added and "
                + "output. Without --table the bundled WIOD 2013 table of 2011 is used."
        )
        {
            table,
            layout,
            year,
            economy,
            industries,
            cut,
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
                    var codes = parse
                        .GetValue(industries)
                        ?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                    var request = new ImportSubstitutionRequest(
                        tablePath,
                        IcioReader.LayoutFor(tablePath, parse.GetValue(layout), DataParameters.Table),
                        parse.GetValue(year),
                        parse.GetValue(economy)!,
                        codes,
                        parse.GetValue(cut),
                        CommonOptions.ParseBlas(parse.GetValue(blas), context)
                    );
                    var result = ImportSubstitutionAnalysis.Run(request);
                    var language = target.Language;
                    var document = ImportSubstitutionReport
                        .Document(result)
                        .WithProvenance(context.Provenance([result.Table], result.Provider));
                    context.WriteReport(target, document);
                    return App.Ok;
                }
            )
        );
        return command;
    }

    /// <summary>A number in invariant notation; anything else reads "--cut abc: expected a percentage" (exit 1), not a .NET
    /// type. The range 0-100 is the library's check (exit 2).</summary>
    private static double ParsePercent(System.CommandLine.Parsing.ArgumentResult result, string option)
    {
        var text = string.Join(' ', result.Tokens.Select(t => t.Value));
        const System.Globalization.NumberStyles style = System.Globalization.NumberStyles.Float;
        if (double.TryParse(text, style, System.Globalization.CultureInfo.InvariantCulture, out var value))
            return value;
        result.AddError($"{option} {text}: expected a percentage");
        return double.NaN;
    }
}
