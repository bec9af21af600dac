using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;
using TradeScope.Model;

namespace TradeScope.Data.Products;

/// <summary>
/// The product groupings built from the bundled reference tables of data/ref/products/ (README there for sources and
/// licences; rules in docs/classifications.md). Tables are read from the assembly on first use of each grouping and
/// vintage.
/// </summary>
internal static class BundledGroupings
{
    private const string Folder = "products";

    /// <summary>Every bundled grouping, in the order users see them listed.</summary>
    public static readonly Lazy<IReadOnlyList<ProductGrouping>> All = new(() =>
        [HsSections(), HsChapters(), HsHeadings(), Sitc(SitcSectionId), Sitc(SitcDivisionId), Bec(), Tech()]
    );

    public const string HsSectionId = "hs-section",
        HsChapterId = "hs2",
        HsHeadingId = "hs4",
        SitcSectionId = "sitc-section",
        SitcDivisionId = "sitc-division",
        BecId = "bec",
        TechId = "tech";

    // ------------------------------------------------------------------ reading

    /// <summary>The rows of a bundled CSV (gzip when the name ends in .gz), header excluded.</summary>
    internal static IReadOnlyList<CsvRecord> Rows(string name, out CsvTable table)
    {
        using var resource = Bundled.Open(Folder, name);
        using Stream text = name.EndsWith(".gz", StringComparison.Ordinal)
            ? new GZipStream(resource, CompressionMode.Decompress)
            : resource;
        using var reader = new StreamReader(text);
        table = CsvTable.Parse(reader, Location(name));
        return table.Rows;
    }

    /// <summary>"bundled:data/ref/products/NAME", for messages and provenance.</summary>
    public static string Location(string name) => $"bundled:data/ref/products/{name}";

    /// <summary>First column → column <paramref name="column"/> of a two-or-more-column concordance table (the first row
    /// of a code that is listed twice wins: the table's own order).</summary>
    private static Dictionary<string, string> Concordance(string name, int column)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Rows(name, out _))
            map.TryAdd(row[0], row[column]);
        return map;
    }

    /// <summary>
    /// Russian names in the FCS TN VED files are upper case ("ПРОДУКЦИЯ ХИМИЧЕСКОЙ …"); reports show them in sentence
    /// case. The names hold no abbreviations (checked when bundling), so lower-casing all but the first letter is safe.
    /// </summary>
    internal static string SentenceCase(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..].ToLowerInvariant();

    // ------------------------------------------------------------------ HS sections, chapters, headings

    private sealed record Chapter(string Code, string Section, string NameEn, string? NameRu, string SectionNameEn, string SectionNameRu);

    private static readonly Lazy<IReadOnlyList<Chapter>> Chapters = new(() =>
    {
        var rows = Rows("hs_chapters_sections_en_ru.csv.gz", out var table);
        int code = table.Require("chapter"),
            section = table.Require("section_roman"),
            nameEn = table.Require("chapter_name_en_hs2022"),
            nameRu = table.Require("chapter_name_ru_tnved"),
            sectionEn = table.Require("section_name_en"),
            sectionRu = table.Require("section_name_ru_tnved");
        return rows.Select(r => new Chapter(
                r[code],
                r[section] == "TOTAL" ? "" : r[section],
                r[nameEn],
                r[nameRu].Length == 0 ? null : SentenceCase(r[nameRu]),
                r[sectionEn].Length == 0 ? "" : char.ToUpperInvariant(r[sectionEn][0]) + r[sectionEn][1..],
                SentenceCase(r[sectionRu])
            ))
            .ToList();
    });

    /// <summary>The Roman numerals of the 21 HS sections in order.</summary>
    internal static readonly IReadOnlyList<string> SectionNumerals =
    [
        "I",
        "II",
        "III",
        "IV",
        "V",
        "VI",
        "VII",
        "VIII",
        "IX",
        "X",
        "XI",
        "XII",
        "XIII",
        "XIV",
        "XV",
        "XVI",
        "XVII",
        "XVIII",
        "XIX",
        "XX",
        "XXI",
    ];

    private static ProductGrouping HsSections()
    {
        var chapters = Chapters.Value.Where(c => c.Section.Length > 0).ToList();
        var groups = SectionNumerals
            .Select(s => chapters.First(c => c.Section == s))
            .Select(c => new ProductGroup(c.Section, c.SectionNameEn, c.SectionNameRu))
            .ToList();
        var map = new ProductGroupMap(2, chapters.ToFrozenDictionary(c => c.Code, c => c.Section, StringComparer.Ordinal));
        return new ProductGrouping(
            HsSectionId,
            "HS sections",
            "Разделы ТН ВЭД (ГС)",
            groups,
            dependsOnRevision: false,
            "HS sections by chapter (the same in HS1992–HS2022); English names of HS2022 (UN Comtrade H6 via datahub.io, "
                + "ODC PDDL), Russian names of the TN VED EAEU (FCS of Russia classifier files, 2019), in sentence case",
            _ => map
        );
    }

    /// <summary>Russian name of chapter 99, which the TN VED uses for another purpose: TradeScope's own translation.</summary>
    private const string Chapter99Ru = "Товары, не классифицированные по видам";

    private static ProductGrouping HsChapters()
    {
        var groups = Chapters
            .Value.Select(c => new ProductGroup(c.Code, c.NameEn, c.NameRu ?? (c.Code == "99" ? Chapter99Ru : null)))
            .ToList();
        var map = new ProductGroupMap(2, groups.ToFrozenDictionary(g => g.Code, g => g.Code, StringComparer.Ordinal));
        return new ProductGrouping(
            HsChapterId,
            "HS chapters",
            "Группы ТН ВЭД (главы ГС)",
            groups,
            dependsOnRevision: false,
            "HS chapters (two digits); English names of HS2022, Russian names of the TN VED EAEU (2019; chapter 99: "
                + "TradeScope's own translation)",
            _ => map
        );
    }

    private static ProductGrouping HsHeadings()
    {
        var rows = Rows("hs4_headings.csv.gz", out var table);
        int code = table.Require("heading"),
            name = table.Require("name_en");
        var groups = rows.Select(r => new ProductGroup(r[code], r[name], null)).ToList();
        var map = new ProductGroupMap(4, groups.ToFrozenDictionary(g => g.Code, g => g.Code, StringComparer.Ordinal));
        return new ProductGrouping(
            HsHeadingId,
            "HS headings",
            "Товарные позиции ТН ВЭД (ГС)",
            groups,
            dependsOnRevision: false,
            "HS headings (four digits) of HS1992–HS2022 with English names from the newest vintage that has them "
                + "(UN Comtrade descriptions via the R package concordance, MIT); no Russian names are bundled",
            _ => map
        );
    }

    // ------------------------------------------------------------------ SITC

    /// <summary>The concordance file from HS of a vintage to SITC: Rev.3 for HS1992 (no Rev.4 table exists), Rev.4 otherwise.
    /// SITC sections and divisions are the same in Rev.3 and Rev.4.</summary>
    internal static string SitcTable(HsRevision revision) =>
        revision == HsRevision.Hs1992 ? "hs0_sitc3.csv.gz" : $"hs{(int)revision}_sitc4.csv.gz";

    private static ProductGrouping Sitc(string id)
    {
        var section = id == SitcSectionId;
        var level = section ? "section" : "division";
        var rows = Rows("sitc_sections_divisions.csv", out var table);
        int code = table.Require("code"),
            kind = table.Require("level"),
            nameEn = table.Require("name_en"),
            nameRu = table.Require("name_ru");
        var groups = rows.Where(r => r[kind] == level).Select(r => new ProductGroup(r[code], r[nameEn], r[nameRu])).ToList();
        var known = groups.Select(g => g.Code).ToHashSet(StringComparer.Ordinal);
        return new ProductGrouping(
            id,
            section ? "SITC sections" : "SITC divisions",
            section ? "Разделы МСТК" : "Группы МСТК (два знака)",
            groups,
            dependsOnRevision: true,
            "HS → SITC Rev.4 (HS1992: Rev.3) concordances of the R package concordance (MIT; UN Statistics Division and "
                + "WITS tables); English names of SITC Rev.4, Russian names TradeScope's own translation",
            revision =>
            {
                // Columns: HS 6d, 4d, 2d, SITC 5d, 4d, 3d, 2d, 1d.
                var byProduct = Concordance(SitcTable(revision!.Value), section ? 7 : 6)
                    .Where(p => p.Value.Length > 0)
                    .ToFrozenDictionary(p => p.Key, p => Known(p.Value, known, id), StringComparer.Ordinal);
                return new ProductGroupMap(6, byProduct);
            }
        );
    }

    private static string Known(string group, HashSet<string> known, string id) =>
        known.Contains(group) ? group : throw new InvalidOperationException($"bundled {id} concordance names unknown group '{group}'");

    // ------------------------------------------------------------------ BEC end use

    /// <summary>Group codes of <see cref="BecId"/>.</summary>
    public const string Capital = "capital",
        Intermediate = "intermediate",
        Consumption = "consumption",
        Mixed = "mixed";

    private static readonly IReadOnlyList<ProductGroup> BecGroups =
    [
        new(Intermediate, "Intermediate goods", "Промежуточные товары"),
        new(Capital, "Capital goods", "Инвестиционные товары"),
        new(Consumption, "Consumption goods", "Потребительские товары"),
        new(Mixed, "Mixed or unassigned end " +
            "" + "use", "Смешанное или неустановленное конечное использование"),
    ];

    /// <summary>BEC Rev.4 basic category (right-padded to three digits, as in the concordances) → end use group.</summary>
    private static readonly Lazy<FrozenDictionary<string, string>> EndUseByBec = new(() =>
    {
        var rows = Rows("bec4_to_sna_end_use.csv", out var table);
        int code = table.Require("bec4_code_padded3"),
            sna = table.Require("sna_class");
        return rows.ToFrozenDictionary(
            r => r[code],
            r =>
                r[sna] switch
                {
                    "Capital" => Capital,
                    "Intermediate" => Intermediate,
                    "Consumption" => Consumption,
                    var other when other.StartsWith("Not classified", StringComparison.Ordinal) => Mixed,
                    var other => throw new InvalidOperationException($"bundled BEC table: unknown SNA class '{other}'"),
                },
            StringComparer.Ordinal
        );
    });

    /// <summary>The concordance from HS of a vintage to BEC Rev.4; none exists for HS2022, which is first converted to
    /// HS2017 (<see cref="Hs2022ToHs2017"/>).</summary>
    internal static string BecTable(HsRevision revision) => $"hs{(int)revision}_bec4.csv.gz";

    /// <summary>
    /// The end use of every HS code of a vintage: the end use of its BEC categories when they agree (21 and 22 are both
    /// intermediate), <see cref="Mixed"/> when they do not (HS2017 854231: intermediate, capital and consumption
    /// categories) and for BEC's own unassigned categories (51 passenger cars, 321 motor spirit, 7 n.e.s.). The
    /// concordance gives no weights, so no "largest share" rule is possible. Rows without a BEC code are skipped; a
    /// product with none is outside the grouping.
    /// </summary>
    internal static FrozenDictionary<string, string> EndUse(HsRevision revision)
    {
        if (revision == HsRevision.Hs2022)
            return Through(Hs2022ToHs2017.Value, EndUse(HsRevision.Hs2017));
        var uses = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var row in Rows(BecTable(revision), out _))
        {
            var bec = row[3];
            if (bec.Length == 0 || bec == "NA")
                continue;
            var use = EndUseByBec.Value.TryGetValue(bec, out var u)
                ? u
                : throw new InvalidOperationException($"bundled BEC: unknown '{bec}'");
            if (!uses.TryGetValue(row[0], out var set))
                uses[row[0]] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(use);
        }
        return uses.ToFrozenDictionary(p => p.Key, p => p.Value.Count == 1 ? p.Value.First() : Mixed, StringComparer.Ordinal);
    }

    /// <summary>HS2022 code → its HS2017 counterpart (one row per HS2022 code in the concordance).</summary>
    private static readonly Lazy<Dictionary<string, string>> Hs2022ToHs2017 = new(() => Concordance("hs6_hs5.csv.gz", 3));

    /// <summary>The composition key → intermediate → group, for keys whose intermediate code has a group.</summary>
    private static FrozenDictionary<string, string> Through(Dictionary<string, string> first, IReadOnlyDictionary<string, string> second) =>
        first.Where(p => second.ContainsKey(p.Value)).ToFrozenDictionary(p => p.Key, p => second[p.Value], StringComparer.Ordinal);

    private static ProductGrouping Bec() =>
        new(
            BecId,
            "BEC Rev.4 end use",
            "Конечное использование по ШЭК (BEC Rev.4)",
            BecGroups,
            dependsOnRevision: true,
            "HS → BEC Rev.4 concordances of the R package concordance (MIT; UN Statistics Division tables; HS2022 through "
                + "HS2017); BEC categories → SNA end use as in the UN BEC Rev.4 manual (ST/ESA/STAT/SER.M/53/Rev.4); names "
                + "translated by TradeScope",
            revision => new ProductGroupMap(6, EndUse(revision!.Value))
        );

    // ------------------------------------------------------------------ technology intensity

    /// <summary>Group codes of <see cref="TechId"/>.</summary>
    public const string High = "high",
        MediumHigh = "medium-high",
        MediumLow = "medium-low",
        Low = "low",
        NonManufacturing = "non-manufacturing";

    private static readonly IReadOnlyList<ProductGroup> TechGroups =
    [
        new(High, "High technology", "Высокотехнологичные"),
        new(MediumHigh, "Medium-high technology", "Среднетехнологичные высокого уровня"),
        new(MediumLow, "Medium-low technology", "Среднетехнологичные низкого уровня"),
        new(Low, "Low technology", "Низкотехнологичные"),
        new(NonManufacturing, "Not manufactured (agriculture, mining, energy, " +
            "" + "other)", "Продукция вне обрабатывающей промышленности"),
    ];

    /// <summary>ISIC Rev.3 code prefix (2, 3 or 4 digits) → technology class, OECD (Hatzichronoglou 1997).</summary>
    private static readonly Lazy<FrozenDictionary<string, string>> ClassByIsicPrefix = new(() =>
    {
        var rows = Rows("tech_intensity_industry.csv", out var table);
        int scheme = table.Require("scheme"),
            code = table.Require("code"),
            tech = table.Require("tech_class");
        return rows.Where(r => r[scheme] == "OECD_ISIC3")
            // "24 excl. 2423": the prefix 24; the longer prefix 2423 (high) takes precedence in ClassOfIndustry.
            .ToFrozenDictionary(r => r[code].Split(' ')[0], r => r[tech].ToLowerInvariant(), StringComparer.Ordinal);
    });

    /// <summary>
    /// The technology class of an ISIC Rev.3 industry (four digits): the class of its longest prefix in the OECD
    /// table for manufacturing (divisions 15–37), <see cref="NonManufacturing"/> for every other division; null for an
    /// unknown industry ("NA" in the concordance).
    /// </summary>
    internal static string? ClassOfIndustry(string isic)
    {
        if (isic.Length < 2 || !int.TryParse(isic[..2], NumberStyles.None, CultureInfo.InvariantCulture, out var division))
            return null;
        if (division is < 15 or > 37)
            return NonManufacturing;
        for (var length = Math.Min(4, isic.Length); length >= 2; length--)
            if (ClassByIsicPrefix.Value.TryGetValue(isic[..length], out var tech))
                return tech;
        throw new InvalidOperationException($"bundled technology table has no class for manufacturing industry ISIC {isic}");
    }

    /// <summary>
    /// HS code of a vintage → ISIC Rev.3 industry: the vintage's own concordance for HS1992, HS2002 and HS2017; HS2022
    /// through HS2017; HS1996, HS2007 and HS2012 from the concordance of all vintages, restricted to the codes of the
    /// vintage (its HS → SITC table lists them), taking the first industry listed where it lists several (10 codes,
    /// e.g. 848510: 2899 before 2922).
    /// </summary>
    internal static Dictionary<string, string> Industry(HsRevision revision)
    {
        // Columns: HS 6d, 4d, 2d, ISIC 4d, ….
        switch (revision)
        {
            case HsRevision.Hs1992 or HsRevision.Hs2002 or HsRevision.Hs2017:
                return Concordance($"hs{(int)revision}_isic3.csv.gz", 3);
            case HsRevision.Hs2022:
                var hs2017 = Industry(HsRevision.Hs2017);
                return Hs2022ToHs2017.Value.Where(p => hs2017.ContainsKey(p.Value)).ToDictionary(p => p.Key, p => hs2017[p.Value]);
            default:
                var codes = Concordance(SitcTable(revision), 0).Keys.ToHashSet(StringComparer.Ordinal);
                return Concordance("hs_isic3.csv.gz", 3).Where(p => codes.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value);
        }
    }

    private static ProductGrouping Tech() =>
        new(
            TechId,
            "OECD technology intensity",
            "Технологическая интенсивность (ОЭСР)",
            TechGroups,
            dependsOnRevision: true,
            "HS → ISIC Rev.3 concordances of the R package concordance (MIT; WITS tables); OECD technology classes of "
                + "manufacturing industries, ISIC Rev.3 (Hatzichronoglou 1997; OECD STI Scoreboard 2009); names translated "
                + "by TradeScope",
            revision =>
            {
                var byProduct = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (product, isic) in Industry(revision!.Value))
                    if (ClassOfIndustry(isic) is { } tech)
                        byProduct[product] = tech;
                return new ProductGroupMap(6, byProduct.ToFrozenDictionary(StringComparer.Ordinal));
            }
        );
}
