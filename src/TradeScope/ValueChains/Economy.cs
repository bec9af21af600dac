using TradeScope.Core;

namespace TradeScope.ValueChains;

/// <summary>What an <see cref="Economy"/> of a table is.</summary>
public enum EconomyKind
{
    /// <summary>A country with an ISO3 code (its split blocks, e.g. CN1/CN2 of CHN, included).</summary>
    Country,

    /// <summary>The table's rest of the world, <c>ROW</c>: countries the table does not separate.</summary>
    RestOfWorld,

    /// <summary>A country group merged into one economy (<c>--exporter group:ID</c>), named by its label, e.g. EU27.</summary>
    Group,

    /// <summary>A region label of the table that is neither (e.g. the one-letter regions of small test tables).</summary>
    Region,
}

/// <summary>
/// An economy of an ICIO table, the unit value-chain results are reported by (docs/methods/value-chains.md#economies):
/// a country (<see cref="CountryCode"/>), the rest of the world, a merged country group or another region label.
/// <see cref="Label"/> is what outputs print; <see cref="Country"/> is the ISO3 code when the economy is a country.
/// </summary>
public readonly record struct Economy
{
    private Economy(EconomyKind kind, string label, CountryCode? country)
    {
        Kind = kind;
        Label = label;
        Country = country;
    }

    /// <summary>Country, rest of the world, group or region.</summary>
    public EconomyKind Kind { get; }

    /// <summary>The label in outputs: the ISO3 code, <c>ROW</c>, the group label or the region label.</summary>
    public string Label { get; }

    /// <summary>The ISO3 code of a country economy; null otherwise.</summary>
    public CountryCode? Country { get; }

    /// <summary>The label of the rest of the world in every supported layout.</summary>
    public const string RestOfWorldLabel = "ROW";

    /// <summary>The economy of a country label of a table: <c>ROW</c> is the rest of the world, three ASCII letters an ISO3
    /// country, anything else a region label kept as it is.</summary>
    public static Economy OfTable(string label)
    {
        var trimmed = label.Trim();
        if (trimmed.Equals(RestOfWorldLabel, StringComparison.OrdinalIgnoreCase))
            return new(EconomyKind.RestOfWorld, RestOfWorldLabel, null);
        return CountryCode.TryParse(trimmed, out var code)
            ? new(EconomyKind.Country, code.Value, code)
            : new(EconomyKind.Region, trimmed, null);
    }

    /// <summary>A country economy.</summary>
    public static Economy OfCountry(CountryCode country) => new(EconomyKind.Country, country.Value, country);

    /// <summary>A country group merged into one economy, named by its label (e.g. EU27).</summary>
    public static Economy OfGroup(string label) => new(EconomyKind.Group, label, null);

    /// <summary>The label.</summary>
    public override string ToString() => Label ?? "";
}
