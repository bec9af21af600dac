using TradeScope.Core;
using TradeScope.Products;

namespace TradeScope.Analyses;

/// <summary>One row of the lead-coefficient table: a unit (member or bloc) and a product group.</summary>
/// <param name="Unit">The member's ISO3 code, or the bloc's id on the rows of the bloc as a whole.</param>
/// <param name="Group">The product group's code (e.g. <c>VI</c>, <c>5</c>).</param>
/// <param name="GroupName">The group's name in English and Russian.</param>
/// <param name="Coefficient">The four variants with the flows and shares they are built from.</param>
public sealed record LeadRow(string Unit, string Group, Bilingual GroupName, LeadCoefficient Coefficient);

/// <summary>Lead coefficients (коэффициенты опережения) of a bloc's members and of the bloc as a whole, by
/// product group, between two periods (docs/methods/products.md#lead-coefficient).</summary>
/// <param name="BlocId">The bloc's id, written on the rows of the bloc as a whole.</param>
/// <param name="BlocName">The bloc's name.</param>
/// <param name="Members">The members, fixed over both periods.</param>
/// <param name="MembershipYear">The year whose membership was used (by default the last year of the end period).</param>
/// <param name="Grouping">The product grouping's name (e.g. "HS sections").</param>
/// <param name="Rows">Members in the bloc's order, then the bloc; groups in the grouping's order.</param>
/// <param name="Sources">The data behind the table.</param>
public sealed record LeadResult(
    string BlocId,
    Bilingual BlocName,
    IReadOnlyList<CountryCode> Members,
    int MembershipYear,
    LeadPeriod Start,
    LeadPeriod End,
    Bilingual Grouping,
    IReadOnlyList<LeadRow> Rows,
    IReadOnlyList<Provenance> Sources
)
{
    /// <summary>Computes every row's coefficient from the aggregated flows.</summary>
    /// <param name="flows">Flows by unit and group, as summed by <c>LeadAggregation.Sum</c>.</param>
    /// <param name="groupNames">Names of the groups by code (a code without a name shows the code).</param>
    public static IReadOnlyList<LeadRow> Compute(IEnumerable<LeadGroupFlows> flows, IReadOnlyDictionary<string, Bilingual> groupNames) =>
        [
            .. flows.Select(f => new LeadRow(
                f.Unit,
                f.Group,
                groupNames.GetValueOrDefault(f.Group) ?? Bilingual.Same(f.Group),
                LeadCoefficient.Compute(f.Start, f.End)
            )),
        ];
}
