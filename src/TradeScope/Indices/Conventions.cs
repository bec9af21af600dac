using TradeScope.Core;
using TradeScope.Model;

namespace TradeScope.Indices;

/// <summary>Variant of the export significance index (docs/methods/trade-indices.md#esi-variants).</summary>
public enum EsiVariant
{
    /// <summary>Mikic–Gilbert / WITS (default): world totals include the exporter, (X_sd/X_s)/(X_wd/X_w).</summary>
    MikicGilbert,

    /// <summary>Kojima (1964) / Drysdale–Garnaut (1982): (X_sd/X_s)/(M_d/(M_w − M_s)).</summary>
    Kojima,

    /// <summary>Rest-of-world benchmark: (X_sd/X_s)/((X_wd − X_sd)/(X_w − X_s)).</summary>
    RestOfWorld,
}

/// <summary>How a bloc K is treated as the partner of a reporter R in the trade intensity index
/// (docs/methods/trade-indices.md#tii-bloc).</summary>
public enum BlocConvention
{
    /// <summary>H1, one-directional R→K: (Σ_k X_Rk / X_R) / (Σ_k X_wk / X_w).</summary>
    H1,

    /// <summary>H2, reference-paper convention: symmetric, bloc as one unit, intra-bloc flows out of the numerator but kept in the bloc's
    /// totals.</summary>
    H2,

    /// <summary>H3, group G = {R} ∪ K with intra-bloc flows in the numerator (general group TII).</summary>
    H3,

    /// <summary>H4, bloc as one customs territory: intra-bloc exports I_K removed from the bloc's exports, imports and from X_w.</summary>
    H4,
}

/// <summary>Basis of the introversion indices (docs/methods/trade-indices.md#sti-bases).</summary>
public enum StiBasis
{
    /// <summary>Turnover (default): IT and T count exports + imports, T_w = X_w + M_w = 2·X_w (mirror form).</summary>
    Turnover,

    /// <summary>Exports only: IT = mutual exports, T = members' total exports, T_w = X_w.</summary>
    Exports,
}

/// <summary>How a bloc partner enters the introversion index (docs/methods/trade-indices.md#sti-pair-bloc).</summary>
public enum StiBlocConvention
{
    /// <summary>(i) Iapadre's standard: G = {R} ∪ members of K, intra-K trade counted as intra-group trade.</summary>
    EnlargedGroup,

    /// <summary>(ii) K as one unit: intra-K trade removed everywhere (from IT, T and T_w).</summary>
    BlocAsUnit,
}

/// <summary>
/// The conventions under which indices were computed, printed with every result (docs/methods/trade-indices.md#conventions).
/// Imports are mirror imports: M_j = X_wj, world exports to j over the same reporter universe (never mixed with
/// CIF-reported imports inside one index); M_w = X_w.
/// </summary>
public sealed record IndexConventions(int Year, TotalsBasis TotalsBasis, Provenance Provenance)
{
    /// <summary>One-line statement of the totals and imports bases, in English.</summary>
    public string DescribeEn() =>
        $"year {Year}; reporter totals X_s = "
        + $"{(TotalsBasis == TotalsBasis.WorldRow ? "the reporter's World row" : "the sum over country partners")}; "
        + "world exports X_w = Σ over reporters of X_s; world exports to d X_wd = Σ over reporters of X_sd; "
        + "imports are mirror imports M_d = X_wd (M_w = X_w); turnover T_i = X_i + X_wi, world turnover 2·X_w";

    /// <summary>The same statement in Russian.</summary>
    public string DescribeRu() =>
        $"год {Year}; итог экспорта страны X_s = "
        + $"{(TotalsBasis == TotalsBasis.WorldRow ? "строка «Мир» отчитывающейся страны" : "сумма по странам-партнёрам")}; "
        + "мировой экспорт X_w = сумма X_s по отчитывающимся странам; мировой "
        + "экспорт в d X_wd = сумма X_sd по отчитывающимся странам; "
        + "импорт — зеркальный M_d = X_wd (M_w = X_w); оборот T_i = X_i + X_wi, мировой оборот 2·X_w";

    /// <summary>Conventions of a matrix.</summary>
    public static IndexConventions Of(TradeMatrix matrix) => new(matrix.Year, matrix.TotalsBasis, matrix.Provenance);
}
