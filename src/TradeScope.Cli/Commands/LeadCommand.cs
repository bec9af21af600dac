using System.CommandLine;
using TradeScope.Analyses;
using TradeScope.Reports;
using TradeScope.Reports.Formats;

namespace TradeScope.Cli.Commands;

/// <summary><c>tradescope lead</c>: lead coefficients of a bloc's members and of the bloc by product group, from the
/// product store (docs/methods/products.md#lead-coefficient).</summary>
public sealed class LeadCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var bloc = new Option<string>("--bloc") { Description = "The bloc: a group id such as EAEU (or group:ID).", Required = true };
        var from = new Option<string>("--from")
        {
            Description = "Start period: YYYY, or YYYY-YYYY for the mean of several years.",
            Required = true,
        };
        var to = new Option<string>("--to")
        {
            Description = "End period: YYYY or YYYY-YYYY, after the start period; its last year fixes the bloc's members.",
            Required = true,
        };
        var by = new Option<string>("--by")
        {
            Description =
                "Product grouping: hs-section|hs2|hs4|sitc-section|sitc-division|bec|tech, or a CSV of user groups "
                + "(product,group[,name_en,name_ru]; product = an HS prefix of 2, 4 or 6 digits).",
            DefaultValueFactory = _ => "hs-section",
        };
        CommandFiles.Reads(by);
        var db = ProductStoreOptions.Db();
        var source = ProductStoreOptions.Source();
        var groups = new Option<string?>("--groups")
        {
            Description = "Extra country groups: CSV or .json (docs/groups.md), e.g. to define another bloc.",
        };
        CommandFiles.Reads(groups);
        var reporting = new ReportOptions(context, OutputFormats.Csv);
        var command = new Command(
            "lead",
            "Lead coefficients (K_A, K_A′, K_B, K_B′) of a bloc's members and of the bloc by product group between two periods, "
                + "from the product store (tradescope import)."
        )
        {
            bloc,
            from,
            to,
            by,
            db,
            source,
            groups,
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
                    var request = new LeadRequest(
                        parse.GetValue(bloc),
                        parse.GetValue(from),
                        parse.GetValue(to),
                        parse.GetValue(by)!,
                        parse.GetValue(db),
                        parse.GetValue(groups),
                        parse.GetValue(source)
                    );
                    var result = CliProgress.Run(context, progress => LeadWorkflow.Run(request, progress));
                    var document = LeadReport.Build(result).WithProvenance(context.Provenance(result.Sources));
                    context.WriteReport(target, document);
                    return App.Ok;
                }
            )
        );
        return command;
    }
}
