using TradeScope.Core;

namespace TradeScope.Potential.ExportPotential;

/// <summary>What an export-potential indicator is computed from; decides when it can be computed.</summary>
public enum PotentialSource
{
    /// <summary>The bundled UN Comtrade bilateral exports (every reporting country, 2014–2022).</summary>
    Comtrade,

    /// <summary>The bundled Atlas of Economic Complexity ECI.</summary>
    Atlas,

    /// <summary>The product store (<c>--db</c>): exports by HS6 product.</summary>
    ProductStore,

    /// <summary>A value-chain (inter-country input–output) table for the year; bundled WIOD ends in 2011, so the values
    /// come from the user's file of pillar indicators.</summary>
    ValueChainTable,

    /// <summary>The user's file of indicator values only (institutions and soft power).</summary>
    UserFile,
}

/// <summary>A pillar of the export-potential index (a level-2 node; the index is the root).</summary>
/// <param name="Code">The node code, e.g. <c>markets</c>.</param>
/// <param name="Name">English and Russian names.</param>
public sealed record PotentialPillar(string Code, Bilingual Name);

/// <summary>One indicator of the export-potential index (a level-1 node).</summary>
/// <param name="Code">The column code, e.g. <c>market_hhi</c>.</param>
/// <param name="Name">English and Russian names.</param>
/// <param name="Pillar">The pillar's code.</param>
/// <param name="Direction">+1 when more is better for export potential, −1 when less is better.</param>
/// <param name="Unit">The unit of the raw value.</param>
/// <param name="Source">What it is computed from.</param>
/// <param name="Formula">The formula in one line (English; documented in docs/methods/export-potential-index.md).</param>
public sealed record PotentialIndicator(
    string Code,
    Bilingual Name,
    string Pillar,
    int Direction,
    string Unit,
    PotentialSource Source,
    string Formula
);

/// <summary>
/// The default hierarchy of the export-potential index (docs/methods/export-potential-index.md#pillars): seven pillars
/// following the elements of regional export potential (production and resource base, competitiveness, technology,
/// value chains, trusted markets, exposure to sanctions, institutions), each pillar weight 1 within the index and each
/// indicator weight 1 within its pillar (relative weights: the engine re-scales them over the children present).
/// </summary>
public static class PotentialFramework
{
    /// <summary>The code of the index (the root).</summary>
    public const string Root = "potential";

    /// <summary>Pillar codes.</summary>
    public const string Production = "production",
        Competitiveness = "competitiveness",
        Technology = "technology",
        ValueChains = "value_chains",
        Markets = "markets",
        Sanctions = "sanctions",
        Institutions = "institutions";

    /// <summary>Indicator codes.</summary>
    public const string ExportSize = "export_size_log",
        ExportGrowth = "export_growth",
        ResourceShare = "resource_share",
        RcaCount = "rca_products",
        ProductHhi = "product_hhi",
        WeightedPci = "pci_weighted",
        Eci = "eci",
        TechShare = "medhigh_tech_share",
        GvcParticipation = "gvc_participation",
        DomesticValueAdded = "dva_share",
        MarketHhi = "market_hhi",
        Persistence = "partner_persistence",
        FtaShare = "fta_share",
        SanctionsExports = "sanctions_export_share",
        SanctionsImports = "sanctions_import_share";

    /// <summary>The HS chapters whose exports count as resource rents: 26 ores, slag and ash; 27 mineral fuels and oils;
    /// 71 precious stones and metals.</summary>
    public static IReadOnlyList<string> ResourceChapters { get; } = ["26", "27", "71"];

    /// <summary>The pillars in report order.</summary>
    public static IReadOnlyList<PotentialPillar> Pillars { get; } =
    [
        new(Production, new("Production and resource base", "Производственная и ресурсная база")),
        new(
            Competitiveness,
            new("Competitiveness and diversification", "Конкурентоспособность и диверсификация")
        ),
        new(Technology, new("Technology", "Технологии")),
        new(ValueChains, new("Value-chain integration", "Участие в цепочках стоимости")),
        new(Markets, new("Markets and trusted partners", "Рынки и надёжные партнёры")),
        new(Sanctions, new("Exposure to conflicts and sanctions", "Уязвимость к конфликтам и санкциям")),
        new(Institutions, new("Institutions and soft power", "Институты и «мягкая сила»")),
    ];

    /// <summary>The default indicators in report order (user indicators join <see cref="Institutions"/>).</summary>
    public static IReadOnlyList<PotentialIndicator> Indicators { get; } =
    [
        new(
            ExportSize,
            new("Export size (log)", "Объём экспорта (лог.)"),
            Production,
            1,
            "ln US$",
            PotentialSource.Comtrade,
            "ln X_i"
        ),
        new(
            ExportGrowth,
            new("Export growth (annual rate)", "Рост экспорта (среднегодовой)"),
            Production,
            1,
            "fraction per year",
            PotentialSource.Comtrade,
            "(X_i,t / X_i,t−w)^(1/w) − 1"
        ),
        new(
            ResourceShare,
            new("Resource-rent share of exports", "Доля сырьевой ренты в экспорте"),
            Production,
            -1,
            "fraction",
            PotentialSource.ProductStore,
            "exports in HS 26, 27, 71 / all exports"
        ),
        new(
            RcaCount,
            new("Products with RCA > 1", "Товары с RCA > 1"),
            Competitiveness,
            1,
            "count of HS6 products",
            PotentialSource.ProductStore,
            "#{p : RCA_ip > 1}"
        ),
        new(
            ProductHhi,
            new("Product concentration (HHI)", "Товарная концентрация (HHI)"),
            Competitiveness,
            -1,
            "0–1",
            PotentialSource.ProductStore,
            "Σ_p s_ip²"
        ),
        new(
            WeightedPci,
            new("Export-weighted product complexity", "Взвешенная сложность товаров"),
            Technology,
            1,
            "PCI",
            PotentialSource.ProductStore,
            "Σ_p s_ip PCI_p (HS4, Atlas)"
        ),
        new(
            Eci,
            new("Economic complexity index (Atlas)", "Индекс экономической сложности (Атлас)"),
            Technology,
            1,
            "ECI",
            PotentialSource.Atlas,
            "ECI_i (Atlas, HS 1992)"
        ),
        new(
            TechShare,
            new("Medium-high and high-tech share", "Доля средне- и высокотехнологичного экспорта"),
            Technology,
            1,
            "fraction",
            PotentialSource.ProductStore,
            "exports of OECD high and medium-high classes / all exports"
        ),
        new(
            GvcParticipation,
            new("GVC participation", "Участие в ГЦС"),
            ValueChains,
            1,
            "fraction of gross exports",
            PotentialSource.ValueChainTable,
            "(GVCB + GVCF) / EXGR (Borin and Mancini 2019)"
        ),
        new(
            DomesticValueAdded,
            new("Domestic value added in exports", "Внутренняя добавленная стоимость в экспорте"),
            ValueChains,
            1,
            "fraction of gross exports",
            PotentialSource.ValueChainTable,
            "DVA / EXGR"
        ),
        new(
            MarketHhi,
            new("Market concentration (HHI)", "Концентрация по рынкам (HHI)"),
            Markets,
            -1,
            "0–1",
            PotentialSource.Comtrade,
            "Σ_j s_ij²"
        ),
        new(
            Persistence,
            new("Persistence of partner relations", "Устойчивость связей с партнёрами"),
            Markets,
            1,
            "fraction",
            PotentialSource.Comtrade,
            "exports to partners served in every year of the window / exports"
        ),
        new(
            FtaShare,
            new("Exports to FTA partners", "Экспорт партнёрам по ССТ"),
            Markets,
            1,
            "fraction",
            PotentialSource.Comtrade,
            "Σ_{j: RTA in force} X_ij / X_i"
        ),
        new(
            SanctionsExports,
            new("Exports to the sanctioning group", "Экспорт в санкционную группу"),
            Sanctions,
            -1,
            "fraction",
            PotentialSource.Comtrade,
            "Σ_{j∈G} X_ij / X_i"
        ),
        new(
            SanctionsImports,
            new("Imports from the sanctioning group", "Импорт из санкционной группы"),
            Sanctions,
            -1,
            "fraction",
            PotentialSource.Comtrade,
            "Σ_{j∈G} X_ji / Σ_j X_ji (partners' reported exports)"
        ),
    ];

    /// <summary>The pillar with this code, or null.</summary>
    public static PotentialPillar? FindPillar(string code) => Pillars.FirstOrDefault(p => p.Code == code);

    /// <summary>The default indicator with this code, or null.</summary>
    public static PotentialIndicator? FindIndicator(string code) => Indicators.FirstOrDefault(i => i.Code == code);

    /// <summary>A user indicator: a column of the user's file that is not a default indicator joins
    /// <see cref="Institutions"/> with direction +1 (higher is better; negate a "less is better" column first).</summary>
    public static PotentialIndicator UserIndicator(string code) =>
        new(code, Bilingual.Same(code), Institutions, 1, "user", PotentialSource.UserFile, "user-supplied value");
}
