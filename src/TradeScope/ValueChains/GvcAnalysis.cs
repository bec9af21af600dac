using TradeScope.Core;
using TradeScope.Data;
using TradeScope.Model;
using TradeScope.ValueChains.Decompositions;

namespace TradeScope.ValueChains;

/// <summary>
/// One tidy result cell: <c>exporter,importer,sector,source_country,source_sector,term,value</c>. Empty fields mean
/// "total over". <c>Importer</c> holds the partner of a by-partner term: the destination of exports (WWZ), of final
/// demand (FFD_DVA) or the partner whose exports carry the exporter's value added (FEXDVAP, FP); <c>SourceCountry</c>
/// holds the origin of value added (EXGR_FVA by source, DEXFVAP, FVA, BP).
/// </summary>
public readonly record struct GvcRow(
    string Exporter,
    string Importer,
    string Sector,
    string SourceCountry,
    string SourceSector,
    Term Term,
    double Value
);

/// <summary>The result of <see cref="GvcAnalysis.Run"/>: tidy rows plus what the user must know.</summary>
/// <param name="Method">The registry entry of the method (<see cref="GvcMethods"/>).</param>
/// <param name="Notes">Data notes of the table and the Leontief system (English, from the readers).</param>
/// <param name="Group">The group exporter, when <c>--exporter group:ID</c>.</param>
/// <param name="GroupMembers">Its members that are separate countries of the table, and those folded into ROW.</param>
public sealed record GvcResult(
    GvcMethod Method,
    bool Detail,
    IReadOnlyList<GvcRow> Rows,
    IReadOnlyList<string> Notes,
    Provenance Provenance,
    string Provider,
    DatedGroup? Group = null,
    GroupInTable? GroupMembers = null
);

/// <summary>
/// Runs one decomposition method for one exporter, a group or all exporters of a table, with optional sector
/// aggregation, and returns tidy rows (docs/methods/value-chains.md; the methods are <see cref="GvcMethods.All"/>, their terms
/// docs/methods/value-chains.md#term-names).
/// </summary>
public static class GvcAnalysis
{
    /// <summary>Exporter selector: "all", an ISO3 code of the table or "group:ID" (resolved by the caller into
    /// <paramref name="group"/> through <see cref="GroupResolution"/>; its members in the table are merged into one
    /// economy, so intra-group flows are not exports, docs/methods/value-chains.md#country-groups).</summary>
    /// <exception cref="InputException">Unknown ISO3 code, a country folded into ROW, a group with fewer than two members in the
    /// table.</exception>
    public static GvcResult Run(
        LeontiefSystem system,
        GvcMethod method,
        string exporter,
        bool detail,
        SectorAggregation? sectors = null,
        DatedGroup? group = null
    )
    {
        var table = system.Table;
        var notes = new List<string>(system.Warnings);
        GroupInTable? members = null;
        EconomyPartition partition;
        IEnumerable<int> exporters;
        if (exporter.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            partition = EconomyPartition.ByCountry(table);
            exporters = Enumerable.Range(0, partition.Count);
        }
        else if (GroupResolution.IsGroup(exporter))
        {
            if (group is null)
                throw new ArgumentException("a group exporter needs the resolved group", nameof(group));
            var inTable = RequireGroup(table, group, exporter, ValueChainParameters.Exporter, minimum: 2);
            partition = EconomyPartition.WithGroup(table, group.Label, inTable.Present);
            members = inTable;
            exporters = [partition.Count - 1];
        }
        else
        {
            partition = EconomyPartition.ByCountry(table);
            exporters =
            [
                RequireCountry(
                    partition,
                    table,
                    exporter,
                    ValueChainParameters.Exporter,
                    $"countries: {string.Join(" ", partition.Names)}"
                ),
            ];
        }
        var acc = new ValueAddedAccounts(system, partition);
        var agg = sectors ?? SectorAggregation.Identity(table.Sectors);
        var rows = new List<GvcRow>();
        foreach (var s in exporters)
            rows.AddRange(method.Rows(acc, s, detail, agg));
        return new GvcResult(method, detail, rows, notes, table.Provenance, system.Provider.Name, members is null ? null : group, members);
    }

    /// <summary>
    /// The economy of a country code in the partition (codes normalised as the readers do: WIOD's ROM is ROU). Every
    /// value-chain command resolves a country of a table here, so they all explain a country folded into ROW alike.
    /// </summary>
    /// <exception cref="InputException">"OPTION CODE: not a separate country of the YEAR table (in this table it is
    /// inside ROW, ...); HINT".</exception>
    public static int RequireCountry(EconomyPartition partition, IcioTable table, string code, string option, string? hint = null)
    {
        var e = partition.IndexOf(Data.IcioReader.NormaliseCountry(code));
        if (e >= 0)
            return e;
        if (!IsKnownCode(code))
            throw InputException.Argument(
                option,
                code,
                $"unknown ISO3 code (not in data/ref/countries.csv nor a region of the table)" + (hint is null ? "" : "; " + hint)
            );
        var year = table.Year is { } y ? $" {y}" : "";
        throw InputException.Argument(
            option,
            code,
            $"not a separate country of the{year} table{FoldedNote(table, code)}" + (hint is null ? "" : "; " + hint)
        );
    }

    /// <summary>True for an ISO3 code of <see cref="CountryRegistry.Default"/> (after the readers' normalisation) or ROW.</summary>
    public static bool IsKnownCode(string code)
    {
        var normal = Data.IcioReader.NormaliseCountry(code.Trim());
        return normal.Equals("ROW", StringComparison.OrdinalIgnoreCase)
            || (CountryCode.TryParse(normal, out var c) && CountryRegistry.Default.Contains(c));
    }

    /// <summary>
    /// The members of a dated group in the table; at least <paramref name="minimum"/> of them must be separate
    /// countries (a group of one is the country itself).
    /// </summary>
    /// <exception cref="InputException">"OPTION TEXT: only RUS of EAEU is a separate country of the 2011 table (ARM BLR KAZ KGZ are inside
    /// ROW); ..."</exception>
    public static GroupInTable RequireGroup(IcioTable table, DatedGroup group, string text, string option, int minimum)
    {
        var inTable = group.InTable(table.Countries.Where(c => !c.Equals("ROW", StringComparison.OrdinalIgnoreCase)).ToList());
        if (inTable.Present.Count >= minimum)
            return inTable;
        var year = table.Year is { } y ? $" {y}" : "";
        var folded =
            inTable.Folded.Count == 0
                ? ""
                : $" ({string.Join(" ", inTable.Folded)} {(table.CountryIndex("ROW") >= 0 ? "are inside ROW" : "are not in the table")})";
        var message =
            inTable.Present.Count == 0
                ? $"no member of {group.Label} is a separate country of the{year} table{folded}"
                : $"only {string.Join(" ", inTable.Present)} of {group.Label} " +
                    $"{(inTable.Present.Count == 1 ? "is a separate country" : "are separate countries")} of the{year} table{folded}"
                    + (inTable.Present.Count == 1 ? $"; use {inTable.Present[0]} itself" : "");
        throw InputException.Argument(option, text, message);
    }

    internal static string FoldedNote(IcioTable table, string code) =>
        table.CountryIndex("ROW") >= 0 ? " (in this table it is inside ROW, the rest of the world)" : "";

    /// <summary>100·a/b, NaN when b = 0 (ZERO_DENOM).</summary>
    public static double Share(double a, double b) => b == 0 ? double.NaN : 100 * a / b;

    /// <summary>a/b, NaN when b = 0 (ZERO_DENOM).</summary>
    public static double Ratio(double a, double b) => b == 0 ? double.NaN : a / b;
}
