using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using TradeScope.Analyses;
using TradeScope.Core;
using TradeScope.Potential.Market;
using TradeScope.Reports;
using TradeScope.Reports.Formats;

namespace TradeScope.Cli.Commands;

/// <summary><c>tradescope product-potential</c>: ITC-style export potential of one exporter by product × market, by
/// product, by market, or its diversification list, from the product store (docs/methods/product-potential.md).</summary>
public sealed class ProductPotentialCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var defaults = PotentialAssumptions.Default;
        var reporter = new Option<string>("--reporter") { Description = "The exporter (ISO3).", Required = true };
        var year = CommonOptions.Whole(new Option<int>("--year") { Description = "Data year.", Required = true }, CommonOptions.AYear);
        var db = ProductStoreOptions.Db();
        var source = ProductStoreOptions.Source();
        var view = CommonOptions.OneOf(
            new Option<string>("--view")
            {
                Description =
                    "pairs (product × market, default), products (summed over markets), markets (summed over products), "
                    + "or diversification (products with RCA < 1 ranked by density in the product space).",
                DefaultValueFactory = _ => "pairs",
            },
            "pairs",
            "products",
            "markets",
            "diversification"
        );
        var top = CommonOptions.Whole(
            new Option<int>("--top")
            {
                Description = "Keep the first N rows of the ranking; 0 = all (default).",
                DefaultValueFactory = _ => 0,
            },
            CommonOptions.ACount
        );
        var tariffs = CommandFiles.Reads(
            new Option<string?>("--tariffs")
            {
                Description =
                    "A tariff CSV market,product[,exporter],tariff_pct (empty exporter = every exporter, e.g. MFN; empty product = "
                    + "every product): demand is adjusted by ((1 + t_ijk)/(1 + t̄_jk))^(−σ). Default: no tariff adjustment.",
            }
        );
        var distances = CommandFiles.Reads(
            new Option<string?>("--distances")
            {
                Description =
                    "Distances in km: CEPII GeoDist's iso_o,iso_d,dist or exporter,market,distance_km: demand is adjusted by "
                    + "(d_ij/d̄_jk)^(−δ). Default: the bundled CEPII GeoDist table; --distance-elasticity 0 switches the "
                    + "adjustment off.",
            }
        );
        var horizon = Number(
            "--horizon",
            $"Projection horizon, years after --year (default {Show(defaults.HorizonYears)}).",
            defaults.HorizonYears
        );
        var supplyGrowth = Number(
            "--supply-growth",
            $"Annual growth of the exporter's world market share, % (default {Show(defaults.SupplyGrowthPct)}).",
            defaults.SupplyGrowthPct
        );
        var demandGrowth = Number(
            "--demand-growth",
            $"Annual growth of every market's imports, % (default {Show(defaults.DemandGrowthPct)}).",
            defaults.DemandGrowthPct
        );
        var tariffElasticity = Number(
            "--tariff-elasticity",
            $"σ of the tariff adjustment (default {Show(defaults.TariffElasticity)}).",
            defaults.TariffElasticity
        );
        var distanceElasticity = Number(
            "--distance-elasticity",
            $"δ of the distance adjustment; 0 = none (default {Show(defaults.DistanceElasticity)}).",
            defaults.DistanceElasticity
        );
        var reporting = new ReportOptions(context, OutputFormats.Csv);
        var command = new Command(
            "product-potential",
            "ITC-style export potential (Decreux and Spies 2016) of --reporter by product × market from the product store: "
                + "supply × demand × ease, unrealised potential, ranked lists, and a diversification list."
        )
        {
            reporter,
            year,
            db,
            source,
            view,
            top,
            tariffs,
            distances,
            horizon,
            supplyGrowth,
            demandGrowth,
            tariffElasticity,
            distanceElasticity,
            reporting.Format,
            reporting.Out,
            reporting.Lang,
        };
        command.SetAction(parse =>
            App.Guard(
                context,
                () =>
                {
                    var target = reporting.Target(parse);
                    var distanceFile = parse.GetValue(distances);
                    var (distance, distanceSource) = distanceFile is null
                        ? ProductPotentialInputs.BundledDistances()
                        : ProductPotentialInputs.Distances(distanceFile);
                    var request = new ProductPotentialRequest(
                        parse.GetValue(reporter)!,
                        parse.GetValue(year),
                        parse.GetValue(db),
                        parse.GetValue(source),
                        new PotentialAssumptions(
                            parse.GetValue(horizon),
                            parse.GetValue(supplyGrowth),
                            parse.GetValue(demandGrowth),
                            parse.GetValue(tariffElasticity),
                            parse.GetValue(distanceElasticity)
                        ),
                        parse.GetValue(tariffs),
                        distance,
                        distanceSource
                    );
                    var language = target.Language;
                    var chosen = parse.GetValue(view);
                    if (chosen == "diversification")
                    {
                        var list = ProductPotentialWorkflow.Diversification(request);
                        var report = ProductPotentialReport.Diversification(list, parse.GetValue(top));
                        context.WriteReport(target, report.WithProvenance(context.Provenance([list.Source])));
                        return App.Ok;
                    }
                    var result = ProductPotentialWorkflow.Run(request);
                    var machine = target.Format.Audience == FormatAudience.Machine;
                    var document = ProductPotentialReport.Build(result, View(chosen), parse.GetValue(top), assumptionsTable: !machine);
                    var note = ProductPotentialReport.AssumptionsNote(result);
                    var sources = result.Sources.Select((s, i) => i == 0 ? s.WithNote(note) : s).ToList();
                    context.WriteReport(target, document.WithProvenance(context.Provenance(sources)));
                    return App.Ok;
                }
            )
        );
        return command;
    }

    private static ProductPotentialView View(string? name) =>
        name switch
        {
            "products" => ProductPotentialView.Products,
            "markets" => ProductPotentialView.Markets,
            _ => ProductPotentialView.Pairs,
        };

    /// <summary>A number option whose parse error names the option ("--horizon abc: expected a number").</summary>
    private static Option<double> Number(string name, string description, double fallback)
    {
        var option = new Option<double>(name) { Description = description, DefaultValueFactory = _ => fallback };
        option.CustomParser = result => Parse(result, name);
        return option;
    }

    private static double Parse(ArgumentResult result, string name)
    {
        var text = string.Join(' ', result.Tokens.Select(t => t.Value));
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            return value;
        result.AddError($"{name} {text}: expected a number");
        return double.NaN;
    }

    private static string Show(double value) => value.ToString(CultureInfo.InvariantCulture);
}
