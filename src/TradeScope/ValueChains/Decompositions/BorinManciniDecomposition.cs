using TradeScope.Core;

namespace TradeScope.ValueChains.Decompositions;

/// <summary>
/// <c>--method bm-src</c> and <c>--method bm-snk</c>: Borin and Mancini's (2019, 2023) source- and sink-based
/// decompositions of each exporter's total gross exports (<see cref="BorinMancini"/>;
/// docs/methods/value-chains.md#borin-mancini): exvatools' standard items per exporter, with detail its thirteen terms.
/// </summary>
public static class BorinManciniDecomposition
{
    /// <summary>The source-based registry entry.</summary>
    public static GvcMethod Source { get; } =
        new()
        {
            Name = "bm-src",
            Aliases = ["bm_src"],
            TermTypes = [typeof(BmTerm)],
            Title = new("Borin–Mancini, source-based", "Борин — Манчини, по источнику"),
            Summary = "Borin-Mancini source-based, with GVC, GVCB, GVCF",
            DetailSummary = "EXGR and the 12 Borin-Mancini terms VAX1-VAX4, REF1-REF2, DDC, FVA1-FVA4, FDC",
            Notes =
            [
                new(
                    "bm-src: Borin and Mancini (2019, 2023) source-based decomposition of total exports (exvatools bm_src): value added is "
                        + "counted the first time it leaves the exporter; DC = EXGR_DVA, DDC = domestic double counting (= EXGR_RIM), "
                        + "FC = EXGR_FVA; GVCB = FC + DDC, GVCF = VAX3 + VAX4 + REF, GVC = GVCB + GVCF = EXGR − DAVAX",
                    "bm-src: разложение общего экспорта Борина и Манчини (2019, 2023) по "
                        + "источнику (bm_src в exvatools): добавленная "
                        + "стоимость учитывается при первом выходе за границу "
                        + "экспортёра; DC = EXGR_DVA, DDC — отечественный двойной "
                        + "счёт (= EXGR_RIM), FC = EXGR_FVA; GVCB = FC + DDC, GVCF = VAX3 + VAX4 + REF, GVC = GVCB + GVCF = EXGR − "
                        + "DAVAX"
                ),
            ],
            Documentation =
            [
                "docs/methods/value-chains.md#borin-mancini",
                "docs/methods/value-chains.md#bm-source",
                "docs/methods/value-chains.md#bm-aggregates",
            ],
            Rows = (acc, s, detail, _) => Rows(BorinMancini.Source(acc, s), detail, VaximVariant.SumOfProducts),
        };

    /// <summary>The sink-based registry entry (VAXIM as the sum of products).</summary>
    public static GvcMethod Sink { get; } = SinkWith(VaximVariant.SumOfProducts);

    /// <summary>The sink-based entry with VAXIM in <paramref name="variant"/> (the name stays <c>bm-snk</c>; the notes say
    /// which VAXIM the rows carry).</summary>
    public static GvcMethod SinkWith(VaximVariant variant) =>
        new()
        {
            Name = "bm-snk",
            Aliases = ["bm_snk"],
            TermTypes = [typeof(BmTerm)],
            Title = new("Borin–Mancini, sink-based", "Борин — Манчини, по месту поглощения"),
            Summary = "Borin-Mancini sink-based, with VAXIM",
            DetailSummary = "EXGR and the 12 Borin-Mancini terms, sink-based",
            Notes = [SinkNote, VaximNote(variant)],
            Documentation =
            [
                "docs/methods/value-chains.md#borin-mancini",
                "docs/methods/value-chains.md#bm-sink",
                "docs/methods/value-chains.md#bm-vaxim",
            ],
            Rows = (acc, s, detail, _) => Rows(BorinMancini.Sink(acc, s), detail, variant),
        };

    private static Bilingual SinkNote =>
        new(
            "bm-snk: Borin and Mancini (2019, 2023) sink-based decomposition of total exports (exvatools bm_snk): value added is counted "
                + "the last time it leaves the exporter; DC, DVA, VAX, REF, DDC, FC, FVA and FDC equal the source-based totals, the "
                + "detailed terms differ; VAXIM = value added absorbed by the direct importer, by any route",
            "bm-snk: разложение общего экспорта Борина и Манчини (2019, 2023) по месту "
                + "поглощения (bm_snk в exvatools): добавленная "
                + "стоимость учитывается при последнем выходе за границу "
                + "экспортёра; DC, DVA, VAX, REF, DDC, FC, FVA и FDC совпадают с "
                + "разложением по источнику, детальные компоненты различаются; VAXIM " +
                    "— "
                + "добавленная стоимость, поглощённая "
                + "непосредственным импортёром любым путём"
        );

    private static Bilingual VaximNote(VaximVariant variant) =>
        variant == VaximVariant.Exvatools
            ? new(
                "VAXIM as exvatools 0.9.0 computes it: for a partner split in row blocks (CN1/CN2, MX1/MX2) the product of sums over "
                    + "the parts per industry, which adds cross terms (a compatibility value, larger than the definition on split tables)",
                "VAXIM как в exvatools 0.9.0: для партнёра, разделённого на блоки (CN1/CN2, MX1/MX2), "
                    + "— произведение сумм по частям "
                    + "для каждой отрасли, с перекрёстными слагаемыми (значение для "
                    + "совместимости, на разделённых таблицах больше "
                    + "определения)"
            )
            : new(
                "VAXIM: the sum over the partner's rows of products (the definition); exvatools 0.9.0 gives a larger value on tables "
                    + "with split countries (CN1/CN2, MX1/MX2)",
                "VAXIM: сумма произведений по строкам партнёра (определение); exvatools "
                    + "0.9.0 на таблицах с разделёнными странами "
                    + "(CN1/CN2, MX1/MX2) даёт большее значение"
            );

    /// <summary>The VAXIM variant of a text: <c>sum</c> (default, also null or empty) or <c>exvatools</c>.</summary>
    /// <exception cref="InputException">Another text.</exception>
    public static VaximVariant ParseVaxim(string? text) =>
        text?.Trim().ToLowerInvariant() switch
        {
            null or "" or "sum" => VaximVariant.SumOfProducts,
            "exvatools" => VaximVariant.Exvatools,
            _ => throw InputException.Argument(ValueChainParameters.Vaxim, text, "use sum or exvatools"),
        };

    private static IEnumerable<GvcRow> Rows(BmExporterTerms terms, bool detail, VaximVariant variant)
    {
        var items = detail ? BmExporterTerms.Detailed : BmExporterTerms.Standard(terms.Perspective);
        return items.Select(t => new GvcRow(
            terms.ExporterName,
            "",
            "",
            "",
            "",
            Term.Of(t),
            t == BmTerm.VAXIM ? terms.Vaxim(variant) : terms[t]
        ));
    }
}
