using System.Globalization;
using TradeScope.Core;
using TradeScope.Data;
using TradeScope.LinearAlgebra;
using TradeScope.Model;
using TradeScope.ValueChains;

namespace TradeScope.Analyses;

/// <summary>
/// One sector or aggregate of sectors of the value-chain regression. <paramref name="Key"/> is the name used on the
/// command line and in outputs; <paramref name="Aggregate"/> names a <see cref="SectorAggregation.StandardWiod"/>
/// group, or is null for a single sector code of the table (<paramref name="Key"/> itself). On OECD ICIO tables the
/// named aggregates are the study's industries by TiVA id (<see cref="SectorAggregation.StandardOecd"/>).
/// </summary>
public sealed record RvcSector(string Key, string? Aggregate)
{
    /// <summary>The study's aggregates by command-line name (aliases included) and their WIOD 2013 group: total
    /// manufacturing = c3–c16, chemicals = c9, electrical and optical equipment = c14, transport equipment = c15.
    /// Pharmaceuticals exist only on OECD tables (no WIOD group).</summary>
    public static readonly IReadOnlyDictionary<string, (string Key, string Aggregate)> Named = new Dictionary<string, (string, string)>(
        StringComparer.OrdinalIgnoreCase
    )
    {
        ["total-manufacturing"] = ("total-manufacturing", "TOTAL_MANUFACTURING"),
        ["manufacturing"] = ("total-manufacturing", "TOTAL_MANUFACTURING"),
        ["chemicals"] = ("chemicals", "CHEMICALS"),
        ["pharmaceuticals"] = ("pharmaceuticals", "PHARMACEUTICALS"),
        ["chemicals-pharmaceuticals"] = ("chemicals-pharmaceuticals", "CHEMICALS_PHARMACEUTICALS"),
        ["electronics"] = ("electronics", "ELECTRICAL_OPTICAL"),
        ["electrical-optical"] = ("electronics", "ELECTRICAL_OPTICAL"),
        ["transport"] = ("transport", "TRANSPORT_EQUIPMENT"),
        ["transport-equipment"] = ("transport", "TRANSPORT_EQUIPMENT"),
    };

    /// <summary>The <see cref="SectorAggregation.StandardOecd"/> group of each named aggregate's key.</summary>
    private static readonly IReadOnlyDictionary<string, string> OecdGroups = new Dictionary<string, string>(
        StringComparer.OrdinalIgnoreCase
    )
    {
        ["total-manufacturing"] = "TOTAL_MANUFACTURING",
        ["chemicals"] = "CHEMICALS",
        ["pharmaceuticals"] = "PHARMACEUTICALS",
        ["chemicals-pharmaceuticals"] = "CHEMICALS_PHARMACEUTICALS",
        ["electronics"] = "ELECTRONICS",
        ["transport"] = "TRANSPORT_EQUIPMENT",
    };

    private const string NamedList = "total-manufacturing, chemicals, pharmaceuticals, chemicals-pharmaceuticals, electronics, transport";

    /// <summary>Parses <c>--sectors</c>: a comma list of the named aggregates or sector codes of the table (e.g. c20).</summary>
    /// <exception cref="InputException">Empty list or a duplicate.</exception>
    public static IReadOnlyList<RvcSector> ParseList(string? text)
    {
        var items = (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (items.Length == 0)
            throw InputException.Argument(
                AnalysesParameters.Sectors,
                text,
                $"no sector; use {NamedList} or sector codes of the table (c1..c35, C26 or D26)"
            );
        var sectors = items
            .Select(s => Named.TryGetValue(s, out var n) ? new RvcSector(n.Key, n.Aggregate) : new RvcSector(s, null))
            .ToList();
        var duplicate = sectors.GroupBy(s => s.Key, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw InputException.Argument(AnalysesParameters.Sectors, text, $"sector {duplicate.Key} is listed twice");
        return sectors;
    }

    /// <summary>Sector indices of the table that make up this sector: WIOD codes, or on other tables the OECD industry
    /// of the same TiVA id (<c>D26</c>, <c>C26</c> and <c>26</c> name the same industry).</summary>
    /// <exception cref="InputException">The table has neither WIOD nor OECD codes for a named aggregate, or lacks the
    /// sector code.</exception>
    public int[] Indices(IcioTable table)
    {
        var wiod = SectorAggregation.IsWiod(table.Sectors);
        if (Aggregate is null)
        {
            var k = table.SectorIndex(Key);
            if (k < 0 && !wiod && SectorAggregation.TivaId(Key) is { } id)
                k = table.Sectors.ToList().FindIndex(s => SectorAggregation.TivaId(s) == id);
            return k >= 0
                ? [k]
                : throw InputException.Argument(
                    AnalysesParameters.Sectors,
                    Key,
                    $"not a named aggregate ({NamedList}) nor a sector of the table ({string.Join(" ", table.Sectors.Take(6))} …)"
                );
        }
        if (wiod && Aggregate.Contains("PHARMA", StringComparison.Ordinal))
            throw InputException.Argument(
                AnalysesParameters.Sectors,
                Key,
                "WIOD 2013 does not separate pharmaceuticals from chemicals (c9); use chemicals"
            );
        if (wiod)
            return SectorAggregation.StandardWiod(table.Sectors).Groups.Single(g => g.Name == Aggregate).Members;
        SectorAggregation oecd;
        try
        {
            oecd = SectorAggregation.StandardOecd(table.Sectors);
        }
        catch (InputException)
        {
            throw InputException.Argument(
                AnalysesParameters.Sectors,
                Key,
                "the named aggregates need WIOD 2013 sector codes (c1..c35) or OECD ICIO industry codes (C10T12 …, 10T12 … or TiVA "
                    + "D10T12 …); this table has other codes — give its sector codes instead"
            );
        }
        var name = OecdGroups.GetValueOrDefault(Key, Aggregate);
        return oecd.Groups.FirstOrDefault(g => g.Name == name).Members
            ?? throw InputException.Argument(
                AnalysesParameters.Sectors,
                Key,
                $"the table lacks an industry of this aggregate (by TiVA id; table industries: {string.Join(" ", table.Sectors.Take(8))} "
                    + $"…)"
            );
    }
}

/// <summary>
/// The partner group G, fixed over the sample. <paramref name="Members"/> are economies (ISO3 countries from the command
/// line or the group registry; region labels of small test tables), not yet matched against a table;
/// <paramref name="Explicit"/> when the user listed the countries (then each must be a country of every table).
/// </summary>
/// <param name="Label">As in outputs, e.g. <c>EU27</c>.</param>
/// <param name="Members">The members on the group's date (docs/methods/value-chains.md#economies).</param>
/// <param name="Explicit">True when listed by the user (each must then be a country of every table).</param>
/// <param name="Definition">The membership rule in words (English; reports render <paramref name="Dated"/> in both languages).</param>
/// <param name="Dated">The dated registry group behind a <c>group:</c> name (null for a listed set of countries).</param>
public sealed record RvcGroup(string Label, IReadOnlyList<Economy> Members, bool Explicit, string Definition, DatedGroup? Dated = null)
{
    /// <summary><c>group:EU27</c> = the bundled EU on this date (<see cref="GroupResolution.Eu27Date"/>).</summary>
    public static DateOnly Eu27Date => GroupResolution.Eu27Date;

    /// <summary>
    /// Resolves <c>--group</c>: a group name through <see cref="GroupResolution.Resolve"/> (<c>group:EU27</c>,
    /// <c>group:ID@YYYY-MM-DD</c>, <c>group:ID</c> = members on 1 July of <paramref name="lastYear"/> for annual groups,
    /// the latest list for as-of groups), or a list <c>ISO3,ISO3,...</c>.
    /// </summary>
    /// <exception cref="InputException">Unknown group or code, bad date, a group without members on the date.</exception>
    public static RvcGroup Resolve(string? text, int lastYear, GroupRegistry? registry = null)
    {
        var t = text?.Trim() ?? "";
        if (t.Length == 0)
            throw InputException.Argument(AnalysesParameters.Group, text, "give group:ID[@YYYY-MM-DD] (e.g. group:EU27) or ISO3,ISO3,...");
        if (!GroupResolution.IsGroup(t))
        {
            var codes = t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var members = new List<string>();
            foreach (var c in codes)
            {
                if (!CountryCode.TryParse(c, out var code))
                    throw InputException.Argument(
                        AnalysesParameters.Group,
                        text,
                        $"'{c}' is not an ISO3 code; a group needs the prefix group: (e.g. group:EU27)"
                    );
                if (!members.Contains(code.Value))
                    members.Add(code.Value);
            }
            return new RvcGroup(
                string.Join("+", members),
                members.Select(m => Economy.OfCountry(new CountryCode(m))).ToList(),
                true,
                $"partners listed: {string.Join(" ", members)}"
            );
        }
        var g = GroupResolution.Resolve(t, AnalysesParameters.Group, lastYear, registry);
        var list = g.Members.Select(Economy.OfCountry).ToList();
        return new RvcGroup(g.Label, list, false, $"{g}, fixed for every year; source: {g.Source}", g);
    }
}

/// <summary>One observation of the regression panel: country p, sector (or aggregate) J, year t.</summary>
/// <param name="Country">p (ISO3 as in the table; WIOD's ROM is ROU).</param>
/// <param name="Sector">Key of J (<see cref="RvcSector.Key"/>).</param>
/// <param name="Year">t.</param>
/// <param name="Bp">Σ_{q∈G, q≠p} Σ_{i,k∈J} [V̂BÊ]_{(q,i),(p,k)}: partners' VA of J in p's gross exports of J (US$ million in
/// WIOD).</param>
/// <param name="Fp">Σ_{q∈G, q≠p} Σ_{i,k∈J} [V̂BÊ]_{(p,i),(q,k)}: p's VA of J in the partners' gross exports of J.</param>
/// <param name="ExMutual">Gross exports of J from p to the partners (intermediate + final).</param>
/// <param name="ExExternal">Gross exports of J from p to every other economy of the table (ROW included).</param>
/// <param name="Gdppc">GDP per capita of p, current US$ (World Bank); NaN when not reported.</param>
public sealed record RvcPoint(
    string Country,
    string Sector,
    int Year,
    double Bp,
    double Fp,
    double ExMutual,
    double ExExternal,
    double Gdppc
);

/// <summary>The panel with what a reader must know about it.</summary>
/// <param name="Points">Observations by year, country, sector.</param>
/// <param name="Countries">Exporters p in request order.</param>
/// <param name="Sectors">Industries J in request order.</param>
/// <param name="Group">The partner group G.</param>
/// <param name="Provider">Linear-algebra provider used.</param>
/// <param name="Partners">Partners q of each country (members of G in the table, without the country itself).</param>
/// <param name="Years">Years of the sample, in request order.</param>
/// <param name="TableSource">Where the first year's table came from.</param>
/// <param name="GdpLocation">Where GDP per capita came from.</param>
/// <param name="MembersInTables">Members of G that are separate countries of the tables (exporters in G included).</param>
/// <param name="FoldedMembers">Members of G that the tables fold into ROW (their trade counts as external).</param>
/// <remarks>Reports put the conventions into words in both languages (Reports.ValueChainNotes).</remarks>
public sealed record RvcSeriesResult(
    IReadOnlyList<RvcPoint> Points,
    IReadOnlyList<string> Countries,
    IReadOnlyList<RvcSector> Sectors,
    RvcGroup Group,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Partners,
    IReadOnlyList<int> Years,
    string TableSource,
    string GdpLocation,
    IReadOnlyList<string> MembersInTables,
    IReadOnlyList<string> FoldedMembers,
    string Provider
);

/// <summary>
/// Builds the regional value-chain panel (issue 5; docs/methods/value-chains.md#participation): for each year one ICIO table, one Leontief
/// inverse
/// and one set of <see cref="ValueAddedAccounts"/>, reused for every country and sector.
/// </summary>
public static class RvcSeries
{
    /// <summary>Parameters β0..β3: at least this many years + 1 are needed.</summary>
    public const int Parameters = 4;

    /// <summary>Where the table of <paramref name="year"/> is: <c>bundled:NAME:YEAR</c> for bundled tables, else
    /// found in the directory by the layout (<see cref="IcioLayout.LocateYear"/>, e.g. DIR/YEAR.csv).</summary>
    /// <exception cref="InputException">The year has no table.</exception>
    public static string Locate(string tables, IcioLayout layout, int year)
    {
        var y = year.ToString(CultureInfo.InvariantCulture);
        var source = IcioSource.Series(tables, DataParameters.Tables);
        if (source.BundledLayout?.Bundled is { } bundled)
            return bundled.Has(year)
                ? bundled.SourceOf(year)
                : throw InputException.Argument(
                    AnalysesParameters.Years,
                    y,
                    $"no table for this year: the bundled {bundled.Description} tables cover {bundled.FirstYear}–{bundled.LastYear}"
                );
        if (!Directory.Exists(tables))
            throw InputException.Argument(DataParameters.Tables, tables, $"directory not found (or use {BundledSources})");
        var (found, expected) = layout.LocateYear(tables, year);
        return found ?? throw InputException.Argument(AnalysesParameters.Years, y, $"no table for this year: {expected} not found");
    }

    /// <summary>"bundled:wiod2013" (every bundled series, joined by " or ").</summary>
    private static string BundledSources => string.Join(" or ", IcioLayouts.WithBundledTables.Select(l => l.Bundled!.Source));

    /// <summary>
    /// Reads each year's table and builds the panel. Every input is checked before the first table is read (years,
    /// sectors, group, GDP per capita); countries and partners are checked against each table.
    /// </summary>
    public static RvcSeriesResult Build(
        string tables,
        IcioLayout layout,
        IReadOnlyList<int> years,
        IReadOnlyList<string> countries,
        RvcGroup group,
        IReadOnlyList<RvcSector> sectors,
        ILinearAlgebra provider,
        GdpPerCapita? gdp = null
    )
    {
        gdp ??= GdpPerCapita.Bundled;
        if (years.Count == 0)
            throw InputException.Argument(AnalysesParameters.Years, "", "no year");
        if (years.Distinct().Count() != years.Count)
            throw InputException.Argument(AnalysesParameters.Years, string.Join(",", years), "a year is listed twice");
        var sources = years.Select(y => Locate(tables, layout, y)).ToList();
        var gdppc = Gdp(countries, years, gdp);
        var points = new List<RvcPoint>();
        var partners = new Dictionary<string, IReadOnlyList<string>>();
        var folded = new List<string>();
        // Reading (parsing, one core) of the next year's table overlaps the Leontief inverse of the current one (BLAS).
        Task<IcioTable> Read(int t) => Task.Run(() => IcioReader.Read(sources[t], layout, years[t]));
        var next = Read(0);
        var workspace = new LeontiefWorkspace(); // each year's accounts are used up before the next table is inverted
        for (var t = 0; t < years.Count; t++)
        {
            var table = next.GetAwaiter().GetResult();
            if (t + 1 < years.Count)
                next = Read(t + 1);
            var acc = new ValueAddedAccounts(LeontiefSystem.Build(table, provider, workspace), EconomyPartition.ByCountry(table));
            var yearPoints = ForTable(acc, years[t], countries, group, sectors, out var yearPartners, out var yearFolded);
            foreach (var p in yearPoints)
                points.Add(p with { Gdppc = gdppc[(p.Country, years[t])] });
            foreach (var (c, q) in yearPartners)
            {
                if (partners.TryGetValue(c, out var before) && !before.SequenceEqual(q))
                    throw InputException.Argument(
                        DataParameters.Tables,
                        tables,
                        $"the tables differ in their countries: partners of {c} are {string.Join(" ", before)} in {years[0]} but "
                            + $"{string.Join(" ", q)} in {years[t]}"
                    );
                partners[c] = q;
            }
            foreach (var m in yearFolded)
                if (!folded.Contains(m))
                    folded.Add(m);
        }
        var exportersInGroup = partners.Keys.Where(c => group.Members.Contains(Economy.OfTable(c)));
        var inTable = partners
            .Values.SelectMany(q => q)
            .Concat(exportersInGroup)
            .Distinct()
            .OrderBy(c => c, StringComparer.Ordinal)
            .ToList();
        return new RvcSeriesResult(
            points,
            countries.Select(c => c.ToUpperInvariant()).ToList(),
            sectors,
            group,
            partners,
            years,
            sources[0],
            gdp.Provenance.Location,
            inTable,
            folded,
            provider.Name
        );
    }

    /// <summary>GDP per capita of each country and year.</summary>
    /// <exception cref="InputException">A value is not reported (names the country and years).</exception>
    internal static Dictionary<(string, int), double> Gdp(IReadOnlyList<string> countries, IReadOnlyList<int> years, GdpPerCapita gdp)
    {
        var values = new Dictionary<(string, int), double>();
        foreach (var c in countries)
        {
            var code = CountryCode.TryParse(c, out var cc)
                ? cc
                : throw InputException.Argument(AnalysesParameters.Countries, c, "not an ISO3 code");
            var missing = new List<int>();
            foreach (var y in years)
            {
                var v = gdp.Get(code, y);
                if (!v.IsAvailable)
                    missing.Add(y);
                values[(code.Value, y)] = v.Usd;
            }
            if (missing.Count > 0 && !CountryRegistry.Default.Contains(code))
                throw InputException.Argument(
                    AnalysesParameters.Countries,
                    code.Value,
                    "unknown ISO3 code (not in data/ref/countries.csv), so no World Bank GDP per capita; for a table's own region codes "
                        + "give "
                        + InputException.Mention(AnalysesParameters.Gdp)
                );
            if (missing.Count > 0)
                throw InputException.Argument(
                    AnalysesParameters.Countries,
                    code.Value,
                    $"no World Bank GDP per capita for {string.Join(",", missing)} ({gdp.Get(code, missing[0]).Reason}); the regression "
                        + $"needs it for every year"
                );
        }
        return values;
    }

    /// <summary>
    /// BP, FP and exports of one table for every country and sector (GDPpc left NaN). The accounts must partition the
    /// table by country (<see cref="EconomyPartition.ByCountry"/>).
    /// </summary>
    /// <param name="acc">Value-added accounts of the year's table, partitioned by country.</param>
    /// <param name="year">Year of the table (for messages and the points).</param>
    /// <param name="countries">Exporters p.</param>
    /// <param name="group">Partner group G.</param>
    /// <param name="sectors">Industries J.</param>
    /// <param name="partners">Partners q of each country.</param>
    /// <param name="folded">Group members that are not separate countries of the table (their trade is in ROW).</param>
    /// <exception cref="InputException">A country (or an explicitly listed partner) is not a separate country of the table,
    /// or the group has no member other than the country in the table.</exception>
    public static IReadOnlyList<RvcPoint> ForTable(
        ValueAddedAccounts acc,
        int year,
        IReadOnlyList<string> countries,
        RvcGroup group,
        IReadOnlyList<RvcSector> sectors,
        out IReadOnlyDictionary<string, IReadOnlyList<string>> partners,
        out IReadOnlyList<string> folded
    )
    {
        var table = acc.System.Table;
        var partition = acc.Partition;
        var y = year.ToString(CultureInfo.InvariantCulture);
        int Economy(string code) =>
            code.Equals("ROW", StringComparison.OrdinalIgnoreCase) ? -1 : partition.IndexOf(IcioReader.NormaliseCountry(code));
        var members = new List<int>();
        var absent = new List<string>();
        foreach (var m in group.Members.Select(member => member.Label))
        {
            var e = Economy(m);
            if (e >= 0)
            {
                members.Add(e);
                continue;
            }
            if (group.Explicit && !GvcAnalysis.IsKnownCode(m))
                throw InputException.Argument(
                    AnalysesParameters.Group,
                    m,
                    $"unknown ISO3 code (not in data/ref/countries.csv nor a region of the {y} table)"
                );
            if (group.Explicit)
                throw InputException.Argument(
                    AnalysesParameters.Group,
                    m,
                    $"not a separate country of the {y} table{GvcAnalysis.FoldedNote(table, m)}; BP and FP exist only for ROW as a whole"
                );
            absent.Add(m);
        }
        var sectorRows = sectors.Select(s => s.Indices(table)).ToList();
        var byCountry = new Dictionary<string, IReadOnlyList<string>>();
        var points = new List<RvcPoint>();
        foreach (var country in countries)
        {
            var p = Economy(country);
            if (p < 0 && !GvcAnalysis.IsKnownCode(country))
                throw InputException.Argument(
                    AnalysesParameters.Countries,
                    country.ToUpperInvariant(),
                    $"unknown ISO3 code (not in data/ref/countries.csv nor a region of the {y} table)"
                );
            if (p < 0)
                throw InputException.Argument(
                    AnalysesParameters.Countries,
                    country.ToUpperInvariant(),
                    $"not a separate country of the {y} table "
                        + $"({string.Join(" ", partition.Names.Where(n => n != "ROW").Take(45))}){GvcAnalysis.FoldedNote(table, country)}"
                );
            var q = members.Where(e => e != p).Distinct().ToArray();
            if (q.Length == 0)
                throw InputException.Argument(
                    AnalysesParameters.Group,
                    group.Label,
                    $"no member other than {partition.Names[p]} is a separate country of the {y} "
                        + $"table{(absent.Count > 0 ? $" ({string.Join(" ", absent)} are inside ROW)" : "")}"
                );
            var others = Enumerable.Range(0, partition.Count).Where(e => e != p && !q.Contains(e)).ToArray();
            byCountry[partition.Names[p]] = q.Select(e => partition.Names[e]).OrderBy(n => n, StringComparer.Ordinal).ToList();
            for (var s = 0; s < sectors.Count; s++)
            {
                var rowsP = SectorBlockSums.Rows(acc, p, sectorRows[s]);
                var rowsQ = q.SelectMany(e => SectorBlockSums.Rows(acc, e, sectorRows[s])).ToArray();
                points.Add(
                    new RvcPoint(
                        partition.Names[p],
                        sectors[s].Key,
                        year,
                        SectorBlockSums.ValueAddedInExports(acc, rowsQ, rowsP),
                        SectorBlockSums.ValueAddedInExports(acc, rowsP, rowsQ),
                        SectorBlockSums.ExportsTo(acc, rowsP, q),
                        SectorBlockSums.ExportsTo(acc, rowsP, others),
                        double.NaN
                    )
                );
            }
        }
        partners = byCountry;
        folded = absent;
        return points;
    }
}
