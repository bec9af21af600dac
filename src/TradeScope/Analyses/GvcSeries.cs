using System.Globalization;
using TradeScope.Core;
using TradeScope.Data;
using TradeScope.LinearAlgebra;
using TradeScope.Model;
using TradeScope.ValueChains;
using TradeScope.ValueChains.Decompositions;

namespace TradeScope.Analyses;

/// <summary>
/// One point of a participation series: exporter p, partner set Q (a country or a group's members in the table), exporting
/// sector set J (one sector, an aggregate, or TOTAL = all sectors). Origins of value added range over all sectors
/// (docs/methods/value-chains.md#participation).
/// Every value is a <see cref="SectorBlockSums"/> sum of V̂·B·Ê, the same code as the regression panel (<see cref="RvcSeries"/>).
/// </summary>
/// <param name="FvaLevel">Σ_{o∈Q, all sectors} Σ_{e∈(p,J)} [V̂BÊ]_{o,e}: value added of the partners in p's gross exports of J
/// (table unit,
/// WIOD US$ million).</param>
/// <param name="BpShare">FvaLevel / Σ_{o∉p} Σ_{e∈(p,J)} [V̂BÊ]_{o,e}: the partners' share of p's foreign content in J
/// (docs/methods/value-chains.md#participation BP_pq); NaN when p's exports of J have no foreign content.</param>
/// <param name="FpLevel">Σ_{o∈p, all sectors} Σ_{e∈(Q,J)} [V̂BÊ]_{o,e}: p's value added in the partners' gross exports of J
/// (docs/methods/value-chains.md#participation FP_pq).</param>
/// <param name="FpShareOfExports">FpLevel / EXGR_p (p's gross exports, all sectors): FEXDVAPSH/100; NaN when p does not export.</param>
/// <param name="Exports">EXGR of p's sectors J (all destinations).</param>
/// <param name="ExportsToPartner">Gross exports of p's sectors J to the partners.</param>
/// <param name="GvcBm">Borin and Mancini's source-based GVC-related exports of p's sectors J, to all partners
/// (docs/methods/value-chains.md#bm-participation): GVCB + GVCF = EXGR − DAVAX.</param>
/// <param name="GvcbBm">Their backward part, GVCB = FC + DDC.</param>
/// <param name="GvcfBm">Their forward part, GVCF = VAX3 + VAX4 + REF.</param>
public sealed record ParticipationPoint(
    int Year,
    string Exporter,
    string Partner,
    string Sector,
    double FvaLevel,
    double BpShare,
    double FpLevel,
    double FpShareOfExports,
    double Exports,
    double ExportsToPartner,
    double GvcBm = double.NaN,
    double GvcbBm = double.NaN,
    double GvcfBm = double.NaN
);

/// <summary>A BP/FP series with its conventions.</summary>
/// <param name="Groups">The partner groups, fixed over the sample (for the notes).</param>
/// <param name="Folded">Partner-group members that a table folds into ROW (their value added is not in the partner sums).</param>
public sealed record ParticipationSeries(
    IReadOnlyList<ParticipationPoint> Points,
    IReadOnlyList<DatedGroup> Groups,
    IReadOnlyList<FoldedMembers> Folded,
    string Provider
);

/// <summary>Members of a group that a table folds into ROW (or lacks).</summary>
public sealed record FoldedMembers(string Group, IReadOnlyList<string> Members);

/// <summary>A partner as given in <c>--partners</c>: a country, or a group fixed at one date.</summary>
public sealed record SeriesPartner(string Text, DatedGroup? Group)
{
    /// <summary>Output label: the ISO3 code or the group label.</summary>
    public string Label => Group?.Label ?? Data.IcioReader.NormaliseCountry(Text.Trim().ToUpperInvariant());
}

/// <summary>
/// Builds backward/forward participation series of one exporter with partners across years (docs/methods/value-chains.md#participation; the
/// input of
/// the value-chain regression). Partners may be groups (FVA and FP summed over members present in the table).
/// </summary>
public static class GvcSeries
{
    /// <summary>Parses "1995-2011" or "2000,2005,2011".</summary>
    public static IReadOnlyList<int> ParseYears(string text)
    {
        try
        {
            var dash = text.IndexOf('-');
            if (dash > 0)
            {
                int a = int.Parse(text[..dash], CultureInfo.InvariantCulture),
                    b = int.Parse(text[(dash + 1)..], CultureInfo.InvariantCulture);
                if (b < a)
                    throw new FormatException();
                return Enumerable.Range(a, b - a + 1).ToList();
            }
            return text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(y => int.Parse(y, CultureInfo.InvariantCulture))
                .ToList();
        }
        catch (FormatException)
        {
            throw InputException.Argument(AnalysesParameters.Years, text, "expected YYYY-YYYY or YYYY,YYYY,...");
        }
    }

    /// <summary>
    /// Reads each year's table (located by <see cref="RvcSeries.Locate"/>, as <c>rvc-regress</c>) and builds the series.
    /// Partner groups are resolved once by <see cref="GroupResolution"/> at the last year of the sample (fixed over it).
    /// </summary>
    /// <param name="progress">Receives one step per year (reported before the year's table is read), then completion.</param>
    /// <exception cref="InputException">Unknown code or group, a year without a table, a partner not in a table.</exception>
    public static ParticipationSeries Build(
        string tables,
        IcioLayout layout,
        IReadOnlyList<int> years,
        string exporter,
        IReadOnlyList<string> partners,
        string? sectors,
        GroupRegistry? groups,
        ILinearAlgebra provider,
        IProgress<ProgressStep>? progress = null
    )
    {
        if (years.Count == 0)
            throw InputException.Argument(AnalysesParameters.Years, "", "no year");
        var lastYear = years.Max();
        var partnerList = partners
            .Select(t => new SeriesPartner(
                t,
                GroupResolution.IsGroup(t) ? GroupResolution.Resolve(t, AnalysesParameters.Partners, lastYear, groups) : null
            ))
            .ToList();
        var points = new List<ParticipationPoint>();
        var folded = new List<FoldedMembers>();
        const string operation = "Participation series";
        var workspace = new LeontiefWorkspace(); // each year's system is used up before the next is built
        foreach (var (done, year) in years.Index())
        {
            progress?.Report(new ProgressStep(operation, done, years.Count, year.ToString(CultureInfo.InvariantCulture)));
            var table = IcioReader.Read(RvcSeries.Locate(tables, layout, year), layout, year);
            points.AddRange(
                ForTable(LeontiefSystem.Build(table, provider, workspace), year, exporter, partnerList, sectors, out var notes)
            );
            foreach (var n in notes)
                if (!folded.Any(f => f.Group == n.Group && f.Members.SequenceEqual(n.Members)))
                    folded.Add(n);
        }
        progress?.Report(new ProgressStep(operation, years.Count, years.Count, ""));
        return new ParticipationSeries(
            points,
            partnerList.Where(p => p.Group is not null).Select(p => p.Group!).ToList(),
            folded,
            provider.Name
        );
    }

    /// <summary>BP/FP points of one table: TOTAL (all sectors) and each group of <paramref name="sectors"/>.</summary>
    /// <param name="notes">Partner-group members not separate in this table.</param>
    /// <exception cref="InputException">Unknown code, exporter or partner not a separate country of the table (e.g. KAZ inside ROW in
    /// WIOD),
    /// a group without members in the table other than the exporter.</exception>
    public static IReadOnlyList<ParticipationPoint> ForTable(
        LeontiefSystem system,
        int year,
        string exporter,
        IReadOnlyList<SeriesPartner> partners,
        string? sectors,
        out IReadOnlyList<FoldedMembers> notes
    )
    {
        var table = system.Table;
        var partition = EconomyPartition.ByCountry(table);
        var p = GvcAnalysis.RequireCountry(partition, table, exporter, AnalysesParameters.Exporter);
        var partnerSets = new List<(string Name, int[] Economies)>();
        var noteList = new List<FoldedMembers>();
        foreach (var partner in partners)
        {
            if (partner.Group is { } g)
            {
                var inTable = GvcAnalysis.RequireGroup(table, g, partner.Text, AnalysesParameters.Partners, minimum: 1);
                var members = inTable.Present.Select(partition.IndexOf).Where(e => e >= 0 && e != p).ToArray();
                if (members.Length == 0)
                    throw InputException.Argument(
                        AnalysesParameters.Partners,
                        partner.Text,
                        $"no member other than {partition.Names[p]} is a separate country of the table"
                    );
                if (inTable.Folded.Count > 0)
                    noteList.Add(new FoldedMembers(g.Label, inTable.Folded));
                partnerSets.Add((g.Label, members));
            }
            else
            {
                var q = GvcAnalysis.RequireCountry(
                    partition,
                    table,
                    partner.Text,
                    AnalysesParameters.Partners,
                    "BP/FP exist only for ROW as a whole"
                );
                if (q == p)
                    throw InputException.Argument(AnalysesParameters.Partners, partner.Text, "the exporter cannot be its own partner");
                partnerSets.Add((partner.Label, [q]));
            }
        }
        var acc = new ValueAddedAccounts(system, partition);
        var agg = SectorAggregation.Parse(sectors, table.Sectors);
        var k = table.SectorCount;
        var allSectors = Enumerable.Range(0, k).ToArray();
        var rowsP = partition.Rows[p];
        var foreignRows = Enumerable.Range(0, partition.Count).Where(e => e != p).SelectMany(e => partition.Rows[e]).ToArray();
        var exportsTotal = SectorBlockSums.Exports(acc, rowsP);
        var bm = BorinMancini.Source(acc, p);
        double Bm(BmTerm item, int[] sectorsJ) => sectorsJ.Sum(k => bm.BySector(item)[k]);
        var points = new List<ParticipationPoint>();
        foreach (var (sector, members) in agg.Groups.Prepend(("TOTAL", allSectors)))
        {
            var exportRowsP = SectorBlockSums.Rows(acc, p, members);
            var fvaAll = SectorBlockSums.ValueAddedInExports(acc, foreignRows, exportRowsP);
            var exports = SectorBlockSums.Exports(acc, exportRowsP);
            foreach (var (name, economies) in partnerSets)
            {
                var originQ = economies.SelectMany(e => partition.Rows[e]).ToArray();
                var exportRowsQ = economies.SelectMany(e => SectorBlockSums.Rows(acc, e, members)).ToArray();
                var fva = SectorBlockSums.ValueAddedInExports(acc, originQ, exportRowsP);
                var fp = SectorBlockSums.ValueAddedInExports(acc, rowsP, exportRowsQ);
                points.Add(
                    new ParticipationPoint(
                        year,
                        partition.Names[p],
                        name,
                        sector,
                        fva,
                        GvcAnalysis.Ratio(fva, fvaAll),
                        fp,
                        GvcAnalysis.Ratio(fp, exportsTotal),
                        exports,
                        SectorBlockSums.ExportsTo(acc, exportRowsP, economies),
                        Bm(BmTerm.GVC, members),
                        Bm(BmTerm.GVCB, members),
                        Bm(BmTerm.GVCF, members)
                    )
                );
            }
        }
        notes = noteList;
        return points;
    }
}
