using System.Globalization;
using TradeScope.Core;
using TradeScope.Model;

namespace TradeScope.Data;

/// <summary>
/// Countries and territories with ISO3 and M49 codes and names in English and Russian (UNSD M49 names).
/// <see cref="Default"/> is the bundled list (data/ref/countries.csv): the 249 UNSD/ISO entries (TWN included) plus
/// Comtrade's ATB (British Antarctic Territory). Comtrade's own numeric codes where they differ from M49
/// (FRA 251, USA 842, TWN 490, ...) also resolve through <see cref="TryGetByM49"/>.
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed class CountryRegistry
{
    private static readonly Lazy<CountryRegistry> Bundle = new(() =>
    {
        using var reader = new StreamReader(Bundled.Open("ref", "countries.csv"));
        return Parse(CsvTable.Parse(reader, Bundled.Location("ref", "countries.csv")));
    });

    private readonly Dictionary<CountryCode, CountryInfo> _byIso3;
    private readonly Dictionary<int, CountryInfo> _byM49;

    private CountryRegistry(IReadOnlyList<CountryInfo> countries, Dictionary<int, CountryInfo> byM49)
    {
        All = countries;
        _byIso3 = countries.ToDictionary(c => c.Iso3);
        _byM49 = byM49;
    }

    /// <summary>The bundled registry (data/ref/countries.csv).</summary>
    public static CountryRegistry Default => Bundle.Value;

    /// <summary>All entries, sorted by ISO3.</summary>
    public IReadOnlyList<CountryInfo> All { get; }

    /// <summary>True when the code is a known country or territory.</summary>
    public bool Contains(CountryCode iso3) => _byIso3.ContainsKey(iso3);

    /// <summary>Looks up an ISO3 code.</summary>
    public bool TryGet(CountryCode iso3, out CountryInfo info) => _byIso3.TryGetValue(iso3, out info!);

    /// <summary>Looks up an ISO3 code.</summary>
    /// <exception cref="KeyNotFoundException">Unknown code (validate user input with <see cref="Parse(string?, string)"/>).</exception>
    public CountryInfo Get(CountryCode iso3) =>
        _byIso3.TryGetValue(iso3, out var info) ? info : throw new KeyNotFoundException($"unknown ISO3 code {iso3}");

    /// <summary>Looks up a UN M49 code, or a Comtrade numeric code where it differs (e.g. 842 → USA, 490 → TWN).</summary>
    public bool TryGetByM49(int m49, out CountryInfo info) => _byM49.TryGetValue(m49, out info!);

    /// <summary>The English name, or the code itself when unknown.</summary>
    public string NameEn(CountryCode iso3) => _byIso3.TryGetValue(iso3, out var c) ? c.NameEn : iso3.Value;

    /// <summary>The Russian name, or the code itself when unknown.</summary>
    public string NameRu(CountryCode iso3) => _byIso3.TryGetValue(iso3, out var c) ? c.NameRu : iso3.Value;

    /// <summary>Parses a user-supplied ISO3 code (a command-line value) and checks it is known.</summary>
    /// <exception cref="InputException">Not three letters, or not a known code: "OPTION VALUE: message".</exception>
    public CountryCode Parse(string? text, string option)
    {
        if (!CountryCode.TryParse(text, out var code))
            throw InputException.Argument(option, text, "not an ISO3 code (three letters, e.g. RUS)");
        if (!Contains(code))
            throw InputException.Argument(option, text, "unknown ISO3 code; see data/ref/countries.csv for the list");
        return code;
    }

    /// <summary>Builds a registry from a table with columns iso3, m49, name_en, name_ru (optional comtrade_m49, codes separated by
    /// ';').</summary>
    internal static CountryRegistry Parse(CsvTable table)
    {
        int iso = table.Require("iso3"),
            m49 = table.Require("m49"),
            en = table.Require("name_en"),
            ru = table.Require("name_ru");
        var alt = table.IndexOf("comtrade_m49");
        var list = new List<CountryInfo>();
        var byM49 = new Dictionary<int, CountryInfo>();
        var aliases = new List<(int Code, CountryInfo Info, long Line)>();
        var seen = new HashSet<CountryCode>();
        foreach (var row in table.Rows)
        {
            if (!CountryCode.TryParse(row[iso], out var code))
                throw InputException.At(table.File, row.Line, $"'{row[iso]}' is not an ISO3 code");
            if (!int.TryParse(row[m49], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                throw InputException.At(table.File, row.Line, $"'{row[m49]}' is not an M49 code");
            if (!seen.Add(code))
                throw InputException.At(table.File, row.Line, $"duplicate ISO3 code {code}");
            var info = new CountryInfo(code, number, row[en], row[ru].Length > 0 ? row[ru] : row[en]);
            list.Add(info);
            if (!byM49.TryAdd(number, info))
                throw InputException.At(table.File, row.Line, $"duplicate M49 code {number}");
            if (alt >= 0)
                foreach (var a in row[alt].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    aliases.Add((int.Parse(a, CultureInfo.InvariantCulture), info, row.Line));
        }
        foreach (var (code, info, _) in aliases)
            byM49.TryAdd(code, info); // official M49 codes win over Comtrade aliases
        return new CountryRegistry(list.OrderBy(c => c.Iso3).ToList(), byM49);
    }
}
