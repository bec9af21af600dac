using TradeScope.Core;

namespace TradeScope.Data;

/// <summary>
/// Comtrade's partner codes that are not countries (docs/methods/trade-indices.md#conventions) and the Taiwan convention. These are never
/// partners
/// in bilateral tables; <see cref="World"/> supplies the reporter's total under <see cref="Model.TotalsBasis.WorldRow"/>,
/// the others remain only inside that World total.
/// </summary>
public static class ComtradeCodes
{
    /// <summary>World (M49 0): the reporter's total.</summary>
    public const string World = "W00";

    /// <summary>"Other Asia, n.e.s." (M49 490): Comtrade's code for Taiwan, mapped to <see cref="Taiwan"/>.</summary>
    public const string OtherAsia = "S19";

    /// <summary>Taiwan.</summary>
    public static readonly CountryCode Taiwan = new("TWN");

    /// <summary>Non-country partner codes other than World, with their Comtrade names.</summary>
    public static readonly IReadOnlyDictionary<string, string> NonCountryPartners = new Dictionary<string, string>
    {
        ["_X"] = "Areas, n.e.s.",
        ["X1"] = "Bunkers",
        ["XX"] = "Special categories",
        ["X2"] = "Free zones",
        ["E19"] = "Other Europe, n.e.s.",
        ["A79"] = "Rest of America, n.e.s. (also LAIA, n.e.s.)",
        ["A59"] = "North America and Central America, n.e.s.",
        ["F19"] = "Other Africa, n.e.s.",
        ["O19"] = "Oceania, n.e.s.",
    };

    /// <summary>True for World or another non-country partner code (after trimming).</summary>
    public static bool IsNonCountry(string code) => code == World || NonCountryPartners.ContainsKey(code);

    /// <summary>Trims a code and maps S19 to TWN (docs/methods/trade-indices.md#conventions).</summary>
    public static string Normalise(string? code)
    {
        var c = (code ?? "").Trim().ToUpperInvariant();
        return c == OtherAsia ? Taiwan.Value : c;
    }
}
