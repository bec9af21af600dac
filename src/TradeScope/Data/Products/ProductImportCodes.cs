using System.Globalization;
using TradeScope.Core;

namespace TradeScope.Data.Products;

/// <summary>
/// The country codes an import accepts, as rows (code in the file, ISO3 stored, may it be a reporter):
/// <list type="bullet">
/// <item>BACI: numeric codes, which are UN M49 codes or, where they differ, UN Comtrade's (251 France, 842 USA, 699 India,
/// 757 Switzerland, 579 Norway, 490 Taiwan, …: <see cref="CountryRegistry.TryGetByM49"/>), plus Comtrade's codes of former
/// countries and customs unions (58 Belgium-Luxembourg, 711 SACU, 891 Serbia and Montenegro, 530 Netherlands Antilles,
/// …; data/ref/comtrade_former_codes.csv) stored under Comtrade's ISO3 code for them;</item>
/// <item>Comtrade and tidy files: ISO3 codes (S19 = Taiwan as TWN), W00 or WLD = the world (partner only), and
/// Comtrade's non-country partner areas (_X, X1, …; <see cref="ComtradeCodes.NonCountryPartners"/>), kept as partners
/// under their own code so that a reporter's partners still add up to its world total.</item>
/// </list>
/// </summary>
internal static class ProductImportCodes
{
    /// <summary>One accepted code.</summary>
    internal readonly record struct Code(string InFile, string Iso3, bool Reporter);

    private static readonly Lazy<IReadOnlyList<(int Code, string Iso3)>> Former = new(() =>
    {
        using var reader = new StreamReader(Bundled.Open("ref", "comtrade_former_codes.csv"));
        var table = CsvTable.Parse(reader, Bundled.Location("ref", "comtrade_former_codes.csv"));
        int code = table.Require("code"),
            iso3 = table.Require("iso3");
        return [.. table.Rows.Select(r => (int.Parse(r[code], CultureInfo.InvariantCulture), r[iso3]))];
    });

    /// <summary>The partner code of a BACI world file (no <c>j</c> column) in the staging table.</summary>
    public const int BaciWorld = -1;

    /// <summary>Numeric BACI codes (written without leading zeros) and the partner code WLD of world files.</summary>
    public static IReadOnlyList<Code> Baci(CountryRegistry countries)
    {
        var codes = new Dictionary<string, Code>(StringComparer.Ordinal);
        for (var number = 0; number < 1000; number++)
            if (countries.TryGetByM49(number, out var info))
                Add(codes, new Code(number.ToString(CultureInfo.InvariantCulture), info.Iso3.Value, true));
        foreach (var (number, iso3) in Former.Value)
            Add(codes, new Code(number.ToString(CultureInfo.InvariantCulture), iso3, true));
        Add(codes, new Code(BaciWorld.ToString(CultureInfo.InvariantCulture), ProductStore.World, false));
        return [.. codes.Values];
    }

    /// <summary>ISO3 codes of Comtrade and tidy files (upper case).</summary>
    public static IReadOnlyList<Code> Iso3(CountryRegistry countries)
    {
        var codes = new Dictionary<string, Code>(StringComparer.Ordinal);
        foreach (var country in countries.All)
            Add(codes, new Code(country.Iso3.Value, country.Iso3.Value, true));
        foreach (var (_, iso3) in Former.Value)
            Add(codes, new Code(iso3, iso3, true));
        Add(codes, new Code(ComtradeCodes.OtherAsia, ComtradeCodes.Taiwan.Value, true));
        Add(codes, new Code(ComtradeCodes.World, ProductStore.World, false));
        Add(codes, new Code(ProductStore.World, ProductStore.World, false));
        foreach (var area in ComtradeCodes.NonCountryPartners.Keys)
            Add(codes, new Code(area, area, false));
        return [.. codes.Values];
    }

    /// <summary>The first entry for a code wins (official M49 before Comtrade's former codes).</summary>
    private static void Add(Dictionary<string, Code> codes, Code code) => codes.TryAdd(code.InFile, code);
}
