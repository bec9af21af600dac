using System.Globalization;
using TradeScope.Core;
using TradeScope.Data;
using TradeScope.LinearAlgebra;
using TradeScope.Model;
using TradeScope.ValueChains;

namespace TradeScope.Analyses;

/// <summary>One point of a participation series: exporter p, partner q (a country or a group), sector (or aggregate).</summary>
/// <param name="Fva">FVA_pq: value added of q in p's gross exports (of the sector).</param>
/// <param name="Bp">BP_pq = FVA_pq / Σ_{t≠p} FVA_pt (spec §5.2), NaN when p has no foreign content.</param>
/// <param name="Fp">FP_pq = v_p B_pq E_q: p's value added in q's gross exports of the sector (the sector is q's exporting sector).</param>
/// <param name="FpShare">FP_pq / EXGR_p (p's total gross exports): FEXDVAPSH/100, the scaling spec §5.2 suggests next to BP.</param>
/// <param name="Exports">EXGR_p of the sector (all partners).</param>
/// <param name="ExportsToPartner">Gross exports p → q of the sector.</param>
public sealed record ParticipationPoint(int Year, string Exporter, string Partner, string Sector, double Fva, double Bp, double Fp, double FpShare, double Exports, double ExportsToPartner);

/// <summary>A BP/FP series with its conventions.</summary>
public sealed record ParticipationSeries(IReadOnlyList<ParticipationPoint> Points, IReadOnlyList<string> Notes, string Provider);

/// <summary>
/// Builds backward/forward participation series of one exporter with partners across years (spec §5; the input of
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
                int a = int.Parse(text[..dash], CultureInfo.InvariantCulture), b = int.Parse(text[(dash + 1)..], CultureInfo.InvariantCulture);
                if (b < a) throw new FormatException();
                return Enumerable.Range(a, b - a + 1).ToList();
            }
            return text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(y => int.Parse(y, CultureInfo.InvariantCulture)).ToList();
        }
        catch (FormatException) { throw InputException.Argument("--years", text, "expected YYYY-YYYY or YYYY,YYYY,..."); }
    }

    /// <summary>Reads each year's table (<c>bundled:wiod2013</c> or a directory in <paramref name="layout"/>) and builds the series.</summary>
    /// <param name="progress">Receives one step per year (reported before the year's table is read), then completion.</param>
    public static ParticipationSeries Build(string tables, IcioLayout layout, IReadOnlyList<int> years, string exporter, IReadOnlyList<string> partners,
        string? sectors, IReadOnlyDictionary<string, IReadOnlyList<string>> groups, ILinearAlgebra provider, IProgress<ProgressStep>? progress = null)
    {
        var points = new List<ParticipationPoint>();
        var notes = new List<string> { "BP = FVA_pq / FVA_p (share of q in p's foreign content); FP = v_p B_pq E_q (level), FP_SH = FP / EXGR_p (spec §5.2)" };
        const string operation = "Participation series";
        foreach (var (done, year) in years.Index())
        {
            progress?.Report(new ProgressStep(operation, done, years.Count, year.ToString(CultureInfo.InvariantCulture)));
            var source = tables.StartsWith("bundled:", StringComparison.OrdinalIgnoreCase) ? $"bundled:wiod2013:{year}" : tables;
            if (layout == IcioLayout.Generic || layout == IcioLayout.Exvatools)
                source = Path.Combine(tables, string.Create(CultureInfo.InvariantCulture, $"{year}.csv"));
            var table = IcioReader.Read(source, layout, year);
            points.AddRange(ForTable(LeontiefSystem.Build(table, provider), year, exporter, partners, sectors, groups));
        }
        progress?.Report(new ProgressStep(operation, years.Count, years.Count, ""));
        return new ParticipationSeries(points, notes, provider.Name);
    }

    /// <summary>BP/FP points of one table.</summary>
    /// <exception cref="InputException">Exporter or partner not a separate country of the table (e.g. KAZ inside ROW in WIOD).</exception>
    public static IEnumerable<ParticipationPoint> ForTable(LeontiefSystem system, int year, string exporter, IReadOnlyList<string> partners,
        string? sectors, IReadOnlyDictionary<string, IReadOnlyList<string>> groups)
    {
        var table = system.Table;
        var partition = EconomyPartition.ByCountry(table);
        var p = GvcAnalysis.RequireCountry(partition, table, exporter, "--exporter");
        var partnerSets = new List<(string Name, int[] Economies)>();
        foreach (var partner in partners)
        {
            if (partner.StartsWith("group:", StringComparison.OrdinalIgnoreCase))
            {
                var g = IcioGroups.Resolve(partner[6..], groups);
                var members = g.Members.Select(m => partition.IndexOf(m)).Where(e => e >= 0 && e != p).ToArray();
                if (members.Length == 0) throw InputException.Argument("--partners", partner, "no member of the group is a separate country of the table");
                partnerSets.Add((g.Id, members));
            }
            else
            {
                var q = GvcAnalysis.RequireCountry(partition, table, partner, "--partners", "BP/FP exist only for ROW as a whole");
                if (q == p) throw InputException.Argument("--partners", partner, "the exporter cannot be its own partner");
                partnerSets.Add((partner.ToUpperInvariant(), [q]));
            }
        }
        var acc = new ValueAddedAccounts(system, partition);
        var flows = ExportDecomposition.Participation(acc, p);
        var agg = SectorAggregation.Parse(sectors, table.Sectors);
        var k = flows.SectorCount;
        var exportsTotal = flows.Exports.Sum();
        foreach (var (sector, members) in agg.Groups.Prepend(("TOTAL", Enumerable.Range(0, k).ToArray())))
        {
            double fvaAll = 0, exports = 0;
            foreach (var s in members)
            {
                exports += flows.Exports[s];
                for (var q = 0; q < acc.E; q++) if (q != p) fvaAll += flows.ForeignValueAdded[q * k + s];
            }
            foreach (var (name, economies) in partnerSets)
            {
                double fva = 0, fp = 0, toPartner = 0;
                foreach (var q in economies)
                    foreach (var s in members)
                    {
                        fva += flows.ForeignValueAdded[q * k + s];
                        fp += flows.ValueAddedInPartnerExports[q * k + s];
                    }
                foreach (var i in partition.Rows[p])
                    if (members.Contains(i % k)) foreach (var q in economies) toPartner += acc.BilateralExports[i + q * acc.N];
                yield return new ParticipationPoint(year, partition.Names[p], name, sector, fva, GvcAnalysis.Ratio(fva, fvaAll), fp, GvcAnalysis.Ratio(fp, exportsTotal), exports, toPartner);
            }
        }
    }
}
