using TradeScope.Core;
using TradeScope.Data;
using TradeScope.Data.Products;
using TradeScope.Model;

namespace TradeScope.Analyses;

/// <summary>The request behind <c>tradescope lead</c>, as typed by the user.</summary>
/// <param name="Bloc">The bloc: a group id (e.g. <c>EAEU</c>) or <c>group:ID</c>.</param>
/// <param name="From">The start period: <c>YYYY</c> or <c>YYYY-YYYY</c> (mean of the years).</param>
/// <param name="To">The end period, after the start period.</param>
/// <param name="By">The product grouping (<c>hs-section</c>, <c>sitc-section</c>, …) or a user grouping CSV.</param>
/// <param name="DbPath">The product store; null = the default store (<see cref="ProductStore.DefaultPath"/>).</param>
/// <param name="GroupsPath">A file of user country groups added to the bundled blocs; null = bundled blocs.</param>
/// <param name="Source">The store's source to read (baci, comtrade, tidy); null = the one source holding the years.</param>
public sealed record LeadRequest(
    string? Bloc,
    string? From,
    string? To,
    string By,
    string? DbPath = null,
    string? GroupsPath = null,
    string? Source = null
);

/// <summary>Reads a bloc's product-level exports from the product store and computes its lead coefficients.</summary>
public static class LeadWorkflow
{
    /// <summary>
    /// Resolves the bloc and its members (the members on 1 July of the last year of the end period, fixed over both
    /// periods), reads mutual and total exports of the members by product group for the years of both periods in one
    /// store query each, and computes the lead coefficients (docs/methods/products.md#lead-coefficient).
    /// </summary>
    /// <exception cref="InputException">Unknown bloc or grouping, a country instead of a bloc, malformed or overlapping
    /// periods, a store without the years, or a grouping that needs an HS revision the store does not know.</exception>
    public static LeadResult Run(LeadRequest request, IProgress<ProgressStep>? progress = null)
    {
        var groups = request.GroupsPath is null ? GroupRegistry.Default : GroupRegistry.Default.WithUserGroups(request.GroupsPath);
        var resolved = groups.Resolve(request.Bloc, AnalysesParameters.Bloc);
        var bloc =
            resolved.Group
            ?? throw InputException.Argument(AnalysesParameters.Bloc, request.Bloc, "is a country, not a bloc; give a group such as EAEU");
        var start = LeadPeriod.Parse(request.From, AnalysesParameters.From);
        var end = LeadPeriod.Parse(request.To, AnalysesParameters.To);
        if (end.First <= start.Last)
            throw InputException.Argument(
                AnalysesParameters.To,
                request.To,
                $"must begin after the start period {start} ends; the two periods may not overlap"
            );
        var selection = ProductGroupings.Parse(request.By, AnalysesParameters.By, groupsAllowed: false);
        var membershipYear = end.Last;
        var members = groups.MembersIn(bloc.Id, membershipYear);
        if (members.Count < 2)
            throw InputException.Argument(
                AnalysesParameters.Bloc,
                request.Bloc,
                $"has {members.Count} member(s) in {membershipYear}; mutual trade needs at least two"
            );
        using var store = ProductStore.Open(request.DbPath);
        var years = start.Years.Concat(end.Years).ToList();
        var reporters = members.Select(m => m.Value).ToList();
        progress?.Report(new ProgressStep("lead", 0, 2, "product groups"));
        var byGroup = store.Totals(years, selection.MapFor, byPartner: true, reporters, request.Source);
        progress?.Report(new ProgressStep("lead", 1, 2, "all goods"));
        var allGoods = store.Totals(years, _ => ProductTradeData.AllGoods, byPartner: true, reporters, request.Source);
        progress?.Report(new ProgressStep("lead", 2, 2, ""));
        var codes = selection.EffectiveGroups.Select(g => g.Code).ToList();
        var flows = LeadAggregation.Sum(byGroup, allGoods, members, bloc.Id.Value, codes, start, end);
        var names = selection.EffectiveGroups.ToDictionary(g => g.Code, g => new Bilingual(g.NameEn, g.NameRu ?? g.NameEn));
        var provenance = StoreProvenance(store, request.Source, years, members, allGoods);
        return new LeadResult(
            bloc.Id.Value,
            new Bilingual(bloc.NameEn, bloc.NameRu),
            members,
            membershipYear,
            start,
            end,
            new Bilingual(selection.Grouping.NameEn, selection.Grouping.NameRu),
            LeadResult.Compute(flows, names),
            [provenance]
        );
    }

    /// <summary>Where the product data came from: the store, its source and HS revisions, and the members without any
    /// exports in a year (their coefficients are NaN).</summary>
    private static Provenance StoreProvenance(
        ProductStore store,
        string? source,
        IReadOnlyList<int> years,
        IReadOnlyList<CountryCode> members,
        IReadOnlyList<ProductFlowTotal> allGoods
    )
    {
        var imports = store.Info().Imports.Where(i => years.Contains(i.Year) && (source is null || i.Source == source)).ToList();
        var sources = string.Join(", ", imports.Select(i => i.Source).Distinct());
        var p = new Provenance(
            new Bilingual(
                $"Product store: {sources} (HS6, " + $"US$)",
                $"Хранилище товарных данных: {sources} (ТН ВЭД 6 знаков, долл. США)"
            ),
            store.Location
        );
        foreach (var year in years)
        {
            var missing = members.Where(m => !allGoods.Any(f => f.Year == year && f.Reporter == m.Value)).Select(m => m.Value).ToList();
            if (missing.Count > 0)
                p = p.WithNote(
                    $"{year}: no exports in the store for {string.Join(", ", missing)}.",
                    $"{year}: в хранилище нет экспорта {string.Join(", ", missing)}."
                );
        }
        return p;
    }
}
