using System.CommandLine;
using TradeScope.Analyses;
using TradeScope.Products;
using TradeScope.Reports;
using TradeScope.Reports.Formats;

namespace TradeScope.Cli.Commands;

/// <summary><c>tradescope products rca|concentration|similarity|complementarity|complexity</c>: product-level indices of
/// one year from the product store or a tidy file (docs/methods/products.md).</summary>
public sealed class ProductsCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var command = new Command(
            "products",
            "Product-level indices of one year from the product store (tradescope import) or a tidy file: RCA, concentration, "
                + "export similarity, trade complementarity, economic and product complexity."
        );
        command.Add(
            Sub(
                context,
                "rca",
                "Balassa RCA and its symmetric form, one row per country and exported product.",
                (o, p) =>
                {
                    var table = ProductTablesWorkflow.Rca(o.Request(p));
                    return (ProductTables.Rca(table), table.Source);
                }
            )
        );
        var over = CommonOptions.OneOf(
            new Option<string>("--over")
            {
                Description = "Concentration over products or over markets (partners).",
                DefaultValueFactory = _ => "products",
            },
            "products",
            "markets"
        );
        command.Add(
            Sub(
                context,
                "concentration",
                "Herfindahl–Hirschman concentration (plain and normalised) of each country's exports over products or markets.",
                (o, p) =>
                {
                    var scope = p.GetValue(over) == "markets" ? ConcentrationScope.Markets : ConcentrationScope.Products;
                    var table = ProductTablesWorkflow.Concentration(o.Request(p), scope);
                    return (ProductTables.Concentration(table, scope), table.Source);
                },
                over
            )
        );
        command.Add(
            Sub(
                context,
                "similarity",
                "Finger–Kreinin export similarity of --reporter with --partner or with every other exporter.",
                (o, p) =>
                {
                    var table = ProductTablesWorkflow.Similarity(o.Request(p));
                    return (ProductTables.Pairs(table, "similarity"), table.Source);
                }
            )
        );
        command.Add(
            Sub(
                context,
                "complementarity",
                "Trade complementarity (WITS) of --reporter's exports with the imports of --partner or of every partner.",
                (o, p) =>
                {
                    var table = ProductTablesWorkflow.Complementarity(o.Request(p));
                    return (ProductTables.Pairs(table, "complementarity"), table.Source);
                }
            )
        );
        var level = CommonOptions.OneOf(
            new Option<string>("--level")
            {
                Description = "country (ECI, diversity) or product (PCI, ubiquity).",
                DefaultValueFactory = _ => "country",
            },
            "country",
            "product"
        );
        var method = CommonOptions.OneOf(
            new Option<string>("--method")
            {
                Description = "eigenvector (default, as the Atlas) or reflections (Hidalgo–Hausmann iterations).",
                DefaultValueFactory = _ => "eigenvector",
            },
            "eigenvector",
            "reflections"
        );
        command.Add(
            Sub(
                context,
                "complexity",
                "Economic (ECI) or product (PCI) complexity, Atlas conventions (M = RCA ≥ 1); --data takes any country,product,value " +
                    "table.",
                (o, p) =>
                {
                    var m = p.GetValue(method) == "reflections" ? ComplexityMethod.Reflections : ComplexityMethod.Eigenvector;
                    var table = ProductTablesWorkflow.Complexity(o.Request(p), m);
                    return (ProductTables.Complexity(table, products: p.GetValue(level) == "product"), table.Source);
                },
                level,
                method
            )
        );
        return command;
    }

    private static Command Sub(
        CliContext context,
        string name,
        string description,
        Func<ProductOptions, ParseResult, (ReportDocument Document, Core.Provenance Source)> build,
        params Option[] extra
    )
    {
        var options = new ProductOptions();
        var reporting = new ReportOptions(context, OutputFormats.Csv);
        var command = new Command(name, description);
        options.AddTo(command);
        foreach (var option in extra)
            command.Add(option);
        command.Add(reporting.Format);
        command.Add(reporting.Out);
        command.Add(reporting.Lang);
        command.SetAction(parse =>
            App.Guard(
                context,
                () =>
                {
                    var target = reporting.Target(parse);
                    var (document, source) = build(options, parse);
                    var language = target.Language;
                    context.WriteReport(target, document.WithProvenance(context.Provenance([source])));
                    return App.Ok;
                }
            )
        );
        return command;
    }

    /// <summary>The data options every <c>products</c> subcommand takes.</summary>
    private sealed class ProductOptions
    {
        private readonly Option<int> _year = CommonOptions.Whole(
            new Option<int>("--year") { Description = "Data year.", Required = true },
            CommonOptions.AYear
        );
        private readonly Option<string?> _db = ProductStoreOptions.Db();
        private readonly Option<string?> _source = ProductStoreOptions.Source();
        private readonly Option<string?> _data = CommandFiles.Reads(
            new Option<string?>("--data")
            {
                Description = "A tidy CSV country,product,value[,partner][,year] in any code scheme, instead of the product store.",
            }
        );
        private readonly Option<string?> _by = CommandFiles.Reads(
            new Option<string?>("--by")
            {
                Description = "Aggregate HS6 codes to a grouping first: hs2|hs4|hs-section|sitc-section|sitc-division|bec|tech or a CSV.",
            }
        );
        private readonly Option<string?> _reporter = new("--reporter")
        {
            Description = "The reporter (pair indices), or keep only its rows.",
        };
        private readonly Option<string?> _partner = new("--partner")
        {
            Description = "The partner of a pair index; default: every other country.",
        };

        public void AddTo(Command command)
        {
            command.Add(_year);
            command.Add(_db);
            command.Add(_source);
            command.Add(_data);
            command.Add(_by);
            command.Add(_reporter);
            command.Add(_partner);
        }

        public ProductTablesRequest Request(ParseResult parse) =>
            new(
                parse.GetValue(_year),
                parse.GetValue(_db),
                parse.GetValue(_data),
                parse.GetValue(_by),
                parse.GetValue(_source),
                parse.GetValue(_reporter),
                parse.GetValue(_partner)
            );
    }
}
