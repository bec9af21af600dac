namespace TradeScope.Model;

/// <summary>
/// A product grouping resolved for one HS vintage: the group of every product code, keyed by the code's first
/// <see cref="KeyLength"/> digits (2 for groupings by HS chapter, such as HS sections; 6 for HS6 concordances such as
/// HS → SITC). Products whose key is absent are outside the grouping's scope (e.g. HS chapter 99 has no section).
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed class ProductGroupMap
{
    /// <param name="keyLength">Digits of the product code that decide the group: 2, 4 or 6.</param>
    /// <param name="groupByKey">Group code for each key (keys of exactly <paramref name="keyLength"/> digits).</param>
    public ProductGroupMap(int keyLength, IReadOnlyDictionary<string, string> groupByKey)
    {
        if (keyLength is not (2 or 4 or 6))
            throw new ArgumentOutOfRangeException(nameof(keyLength), keyLength, "expected 2, 4 or 6 digits");
        foreach (var key in groupByKey.Keys)
            if (key.Length != keyLength)
                throw new ArgumentException($"key '{key}' does not have {keyLength} digits", nameof(groupByKey));
        KeyLength = keyLength;
        GroupByKey = groupByKey;
    }

    /// <summary>Digits of the product code that decide the group.</summary>
    public int KeyLength { get; }

    /// <summary>Group code by key.</summary>
    public IReadOnlyDictionary<string, string> GroupByKey { get; }

    /// <summary>The group of a six-digit product code, or null when the product is outside the grouping.</summary>
    public string? GroupOf(string product) =>
        product.Length >= KeyLength && GroupByKey.TryGetValue(product[..KeyLength], out var group) ? group : null;

    /// <summary>The map restricted to the given groups (a product filter such as <c>hs-section:VI</c>).</summary>
    public ProductGroupMap Only(IReadOnlySet<string> groups) =>
        new(KeyLength, GroupByKey.Where(p => groups.Contains(p.Value)).ToDictionary(p => p.Key, p => p.Value));
}

/// <summary>One row of a product-store aggregate: exports of <see cref="Reporter"/> to <see cref="Partner"/> in
/// <see cref="Product"/> (an HS6 code or a group code) in <see cref="Year"/>, US$.</summary>
/// <param name="Partner">ISO3 code of the importer, or <c>WLD</c> when the source gives exports to the world only.</param>
public readonly record struct ProductFlowTotal(int Year, string Reporter, string Partner, string Product, double Value);
