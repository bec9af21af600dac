using TradeScope.Core;

namespace TradeScope.ValueChains.Decompositions;

/// <summary>Tidy rows of one exporter (<paramref name="exporter"/> indexes <see cref="ValueAddedAccounts.Partition"/>),
/// with by-sector values summed over <paramref name="sectors"/>' groups when <paramref name="detail"/> asks for them.</summary>
public delegate IEnumerable<GvcRow> GvcRowProducer(ValueAddedAccounts accounts, int exporter, bool detail, SectorAggregation sectors);

/// <summary>
/// A decomposition method of <c>tradescope gvc</c>: one entry of <see cref="GvcMethods.All"/>, which generates the
/// parsing of <c>--method</c>, its choices and help, and the report titles. A method lives in its own file of this
/// folder, with its rows, its terms (<see cref="TermTypes"/>) and where it is defined (<see cref="Documentation"/>).
/// </summary>
/// <remarks>Immutable; the row producer is a pure function of the accounts.</remarks>
public sealed record GvcMethod
{
    /// <summary>The <c>--method</c> value (lower case); also the report id <c>gvc_NAME</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Other accepted <c>--method</c> values (lower case).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The term enums whose terms (<see cref="Term"/>) the rows carry, e.g. <see cref="StandardTerm"/> and
    /// <see cref="WwzTerm"/>.</summary>
    public required IReadOnlyList<Type> TermTypes { get; init; }

    /// <summary>The method as named in the literature, for report titles.</summary>
    public required Bilingual Title { get; init; }

    /// <summary>One phrase for the <c>--method</c> help (English, as the rest of the help).</summary>
    public required string Summary { get; init; }

    /// <summary>What <c>--detail</c> adds, one phrase for its help.</summary>
    public required string DetailSummary { get; init; }

    /// <summary>Definitions a reader of the output needs (report notes).</summary>
    public required IReadOnlyList<Bilingual> Notes { get; init; }

    /// <summary>Where the method is defined: repository paths with anchors, e.g. <c>docs/methods/value-chains.md#tiva</c>.</summary>
    public required IReadOnlyList<string> Documentation { get; init; }

    /// <summary>The rows of one exporter.</summary>
    public required GvcRowProducer Rows { get; init; }

    /// <summary>The <c>--method</c> value.</summary>
    public override string ToString() => Name;
}
