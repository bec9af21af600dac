using TradeScope.Core;
using TradeScope.Model;

namespace TradeScope.Data.Products;

/// <summary>One group of a product grouping: its code (e.g. <c>VI</c>, <c>54</c>, <c>capital</c>) and names.</summary>
/// <param name="Code">The group's code as users write it after the grouping's id (<c>hs-section:VI</c>).</param>
/// <param name="NameEn">English name.</param>
/// <param name="NameRu">Russian name, or null where none is bundled (HS headings; user groups without one).</param>
public sealed record ProductGroup(string Code, string NameEn, string? NameRu);

/// <summary>
/// A classification of traded products into groups (HS sections, SITC divisions, BEC end use, a user's CSV …): its
/// groups with names, and the map from HS product codes to group codes for each HS vintage
/// (docs/classifications.md).
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe; maps are built once per HS vintage on first use.</threadsafety></remarks>
public sealed class ProductGrouping
{
    private readonly Func<HsRevision?, ProductGroupMap> _build;
    private readonly Lazy<ProductGroupMap>[] _maps; // index 0 = no vintage, 1 + (int)revision otherwise
    private readonly Dictionary<string, ProductGroup> _byCode;

    internal ProductGrouping(
        string id,
        string nameEn,
        string nameRu,
        IReadOnlyList<ProductGroup> groups,
        bool dependsOnRevision,
        string source,
        Func<HsRevision?, ProductGroupMap> build
    )
    {
        Id = id;
        NameEn = nameEn;
        NameRu = nameRu;
        Groups = groups;
        DependsOnRevision = dependsOnRevision;
        Source = source;
        _build = build;
        _byCode = groups.ToDictionary(g => g.Code, StringComparer.OrdinalIgnoreCase);
        _maps = new Lazy<ProductGroupMap>[Enum.GetValues<HsRevision>().Length + 1];
        for (var i = 0; i < _maps.Length; i++)
        {
            HsRevision? revision = i == 0 ? null : (HsRevision)(i - 1);
            _maps[i] = new Lazy<ProductGroupMap>(() => _build(revision));
        }
    }

    /// <summary>The grouping's id as users write it: <c>hs-section</c>, <c>sitc-division</c>, … or a user file's path.</summary>
    public string Id { get; }

    /// <summary>English name of the grouping, e.g. "HS sections".</summary>
    public string NameEn { get; }

    /// <summary>Russian name of the grouping.</summary>
    public string NameRu { get; }

    /// <summary>The groups in their natural order (sections I … XXI, SITC codes ascending, …).</summary>
    public IReadOnlyList<ProductGroup> Groups { get; }

    /// <summary>True when the group of a product depends on the HS vintage of the data (groupings mapped from six-digit
    /// codes through a concordance: SITC, BEC, technology classes); false for HS sections, chapters, headings and user
    /// groupings, whose codes are read the same in every vintage.</summary>
    public bool DependsOnRevision { get; }

    /// <summary>Where the grouping comes from (sources, licences and translations), in English.</summary>
    public string Source { get; }

    /// <summary>The group with this code (case-insensitive), or null.</summary>
    public ProductGroup? Find(string code) => _byCode.GetValueOrDefault(code.Trim());

    /// <summary>
    /// The map from product codes to group codes for data of the given HS vintage. Groupings that do not depend on the
    /// vintage ignore <paramref name="revision"/> and map by chapter, heading or a user's prefixes.
    /// </summary>
    /// <exception cref="InputException"><paramref name="revision"/> is null and the grouping depends on it: the
    /// message tells the user to state the revision (<see cref="ProductGroupings.HsRevisionParameter"/>).</exception>
    public ProductGroupMap MapFor(HsRevision? revision)
    {
        if (!DependsOnRevision)
            return _maps[0].Value;
        if (revision is not { } known)
            throw new InputException(
                $"the product grouping {Id} maps six-digit HS codes, whose meaning depends on the HS revision of the data "
                    + $"(HS1992 … HS2022); state the revision, e.g. {InputException.Mention(ProductGroupings.HsRevisionParameter)} HS2002"
            );
        return _maps[1 + (int)known].Value;
    }

    /// <inheritdoc/>
    public override string ToString() => Id;
}

/// <summary>
/// A grouping and, optionally, some of its groups: what <c>--by</c> (a whole grouping) and <c>--products</c> (e.g.
/// <c>hs-section:VI</c>, <c>hs2:84,85</c>) name. Built by <see cref="ProductGroupings.Parse"/>.
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed class ProductSelection
{
    internal ProductSelection(ProductGrouping grouping, IReadOnlyList<ProductGroup> groups)
    {
        Grouping = grouping;
        Groups = groups;
    }

    /// <summary>The grouping.</summary>
    public ProductGrouping Grouping { get; }

    /// <summary>The chosen groups in the order written (duplicates removed); empty when the whole grouping is meant.</summary>
    public IReadOnlyList<ProductGroup> Groups { get; }

    /// <summary>True when no groups were chosen (<c>hs-section</c> rather than <c>hs-section:VI</c>).</summary>
    public bool IsWholeGrouping => Groups.Count == 0;

    /// <summary>The groups that take part: the chosen ones, or every group of the grouping.</summary>
    public IReadOnlyList<ProductGroup> EffectiveGroups => IsWholeGrouping ? Grouping.Groups : Groups;

    /// <summary>The grouping's map for the vintage, restricted to the chosen groups (products of other groups map to
    /// null, i.e. are left out).</summary>
    /// <exception cref="InputException">See <see cref="ProductGrouping.MapFor"/>.</exception>
    public ProductGroupMap MapFor(HsRevision? revision)
    {
        var map = Grouping.MapFor(revision);
        return IsWholeGrouping ? map : map.Only(Groups.Select(g => g.Code).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The selection as written canonically, e.g. <c>hs2:84,85</c>.</summary>
    public override string ToString() => IsWholeGrouping ? Grouping.Id : $"{Grouping.Id}:{string.Join(",", Groups.Select(g => g.Code))}";
}
