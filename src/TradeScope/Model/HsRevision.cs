namespace TradeScope.Model;

/// <summary>A vintage of the Harmonized System, as BACI and Comtrade name them (H0 = HS 1992 … H6 = HS 2022).</summary>
/// <remarks>Product codes of different vintages are not comparable below the chapter (two digits): groupings finer than
/// HS chapters and sections need the vintage to map a code (docs/methods/products.md#notation).</remarks>
public enum HsRevision : byte
{
    /// <summary>HS 1992 (BACI "HS92", Comtrade "H0").</summary>
    Hs1992,

    /// <summary>HS 1996 ("H1").</summary>
    Hs1996,

    /// <summary>HS 2002 ("H2").</summary>
    Hs2002,

    /// <summary>HS 2007 ("H3").</summary>
    Hs2007,

    /// <summary>HS 2012 ("H4").</summary>
    Hs2012,

    /// <summary>HS 2017 ("H5").</summary>
    Hs2017,

    /// <summary>HS 2022 ("H6").</summary>
    Hs2022,
}

/// <summary>Names of <see cref="HsRevision"/> values.</summary>
public static class HsRevisions
{
    /// <summary>The year of the vintage, e.g. 2002 for <see cref="HsRevision.Hs2002"/>.</summary>
    public static int Year(this HsRevision revision) =>
        revision switch
        {
            HsRevision.Hs1992 => 1992,
            HsRevision.Hs1996 => 1996,
            HsRevision.Hs2002 => 2002,
            HsRevision.Hs2007 => 2007,
            HsRevision.Hs2012 => 2012,
            HsRevision.Hs2017 => 2017,
            HsRevision.Hs2022 => 2022,
            _ => throw new ArgumentOutOfRangeException(nameof(revision)),
        };

    /// <summary>Comtrade's code of the vintage, "H0" … "H6".</summary>
    public static string ComtradeCode(this HsRevision revision) => "H" + (int)revision;

    /// <summary>Parses "HS02", "HS2002", "H2", "2002" (case-insensitive); false for anything else.</summary>
    public static bool TryParse(string? text, out HsRevision revision)
    {
        revision = default;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        var t = text.Trim().ToUpperInvariant();
        if (t.Length == 2 && t[0] == 'H' && t[1] is >= '0' and <= '6')
        {
            revision = (HsRevision)(t[1] - '0');
            return true;
        }
        if (t.StartsWith("HS", StringComparison.Ordinal))
            t = t[2..];
        if (!int.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year))
            return false;
        if (t.Length == 2)
            year += year >= 90 ? 1900 : 2000;
        foreach (var candidate in Enum.GetValues<HsRevision>())
            if (candidate.Year() == year)
            {
                revision = candidate;
                return true;
            }
        return false;
    }
}
