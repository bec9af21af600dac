using TradeScope.Core;
using TradeScope.Data;
using TradeScope.Model;

namespace TradeScope.ValueChains;

/// <summary>Decomposition methods of <c>tradescope gvc</c>.</summary>
public enum GvcMethod { Oecd, Tiva, Kww, Wwz, Participation }

/// <summary>
/// One tidy result cell: <c>exporter,importer,sector,source_country,source_sector,term,value</c>. Empty fields mean
/// "total over". <c>Importer</c> holds the partner of a by-partner term: the destination of exports (WWZ), of final
/// demand (FFD_DVA) or the partner whose exports carry the exporter's value added (FEXDVAP, FP); <c>SourceCountry</c>
/// holds the origin of value added (EXGR_FVA by source, DEXFVAP, FVA, BP).
/// </summary>
public readonly record struct GvcRow(string Exporter, string Importer, string Sector, string SourceCountry, string SourceSector, string Term, double Value);

/// <summary>The result of <see cref="GvcAnalysis.Run"/>: tidy rows plus what the user must know.</summary>
/// <param name="Notes">Data notes of the table and the Leontief system (English, from the readers).</param>
/// <param name="Group">The group exporter, when <c>--exporter group:ID</c>.</param>
/// <param name="GroupMembers">Its members that are separate countries of the table, and those folded into ROW.</param>
public sealed record GvcResult(GvcMethod Method, bool Detail, IReadOnlyList<GvcRow> Rows, IReadOnlyList<string> Notes, Provenance Provenance, string Provider,
    DatedGroup? Group = null, GroupInTable? GroupMembers = null);

/// <summary>
/// Runs one decomposition method for one exporter, a group or all exporters of a table, with optional sector
/// aggregation, and returns tidy rows (spec §5–6; terms named as spec §7.4).
/// </summary>
public static class GvcAnalysis
{
    /// <summary>Exporter selector: "all", an ISO3 code of the table or "group:ID" (resolved by the caller into
    /// <paramref name="group"/> through <see cref="GroupResolution"/>; its members in the table are merged into one
    /// economy, so intra-group flows are not exports, spec §8.5).</summary>
    /// <exception cref="InputException">Unknown ISO3 code, a country folded into ROW, a group with fewer than two members in the table.</exception>
    public static GvcResult Run(LeontiefSystem system, GvcMethod method, string exporter, bool detail, SectorAggregation? sectors = null,
        DatedGroup? group = null)
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
            if (group is null) throw new ArgumentException("a group exporter needs the resolved group", nameof(group));
            var inTable = RequireGroup(table, group, exporter, "--exporter", minimum: 2);
            partition = EconomyPartition.WithGroup(table, group.Label, inTable.Present);
            members = inTable;
            exporters = [partition.Count - 1];
        }
        else
        {
            partition = EconomyPartition.ByCountry(table);
            exporters = [RequireCountry(partition, table, exporter, "--exporter", $"countries: {string.Join(" ", partition.Names)}")];
        }
        var acc = new ValueAddedAccounts(system, partition);
        var agg = sectors ?? SectorAggregation.Identity(table.Sectors);
        var rows = new List<GvcRow>();
        foreach (var s in exporters) rows.AddRange(Rows(acc, s, method, detail, agg));
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
        if (e >= 0) return e;
        if (!IsKnownCode(code))
            throw InputException.Argument(option, code, $"unknown ISO3 code (not in data/ref/countries.csv nor a region of the table)" + (hint is null ? "" : "; " + hint));
        var year = table.Year is { } y ? $" {y}" : "";
        throw InputException.Argument(option, code, $"not a separate country of the{year} table{FoldedNote(table, code)}" + (hint is null ? "" : "; " + hint));
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
    /// <exception cref="InputException">"OPTION TEXT: only RUS of EAEU is a separate country of the 2011 table (ARM BLR KAZ KGZ are inside ROW); ..."</exception>
    public static GroupInTable RequireGroup(IcioTable table, DatedGroup group, string text, string option, int minimum)
    {
        var inTable = group.InTable(table.Countries.Where(c => !c.Equals("ROW", StringComparison.OrdinalIgnoreCase)).ToList());
        if (inTable.Present.Count >= minimum) return inTable;
        var year = table.Year is { } y ? $" {y}" : "";
        var folded = inTable.Folded.Count == 0 ? "" : $" ({string.Join(" ", inTable.Folded)} {(table.CountryIndex("ROW") >= 0 ? "are inside ROW" : "are not in the table")})";
        var message = inTable.Present.Count == 0
            ? $"no member of {group.Label} is a separate country of the{year} table{folded}"
            : $"only {string.Join(" ", inTable.Present)} of {group.Label} {(inTable.Present.Count == 1 ? "is a separate country" : "are separate countries")} of the{year} table{folded}" +
              (inTable.Present.Count == 1 ? $"; use {inTable.Present[0]} itself" : "");
        throw InputException.Argument(option, text, message);
    }

    internal static string FoldedNote(IcioTable table, string code) =>
        table.CountryIndex("ROW") >= 0 ? " (in this table it is inside ROW, the rest of the world)" : "";

    /// <summary>Tidy rows of one exporter.</summary>
    public static IEnumerable<GvcRow> Rows(ValueAddedAccounts acc, int s, GvcMethod method, bool detail, SectorAggregation agg)
    {
        var names = acc.Partition.Names;
        var name = names[s];
        switch (method)
        {
            case GvcMethod.Oecd:
            {
                var o = ExportDecomposition.Oecd(acc, s);
                foreach (var term in TermNames.StandardOecd) yield return new(name, "", "", "", "", term, o.Total(term));
                if (detail)
                    foreach (var term in TermNames.StandardOecd.Concat(TermNames.TermsOecd.Skip(1)))
                        foreach (var (sector, value) in agg.Apply(o.BySector[term])) yield return new(name, "", sector, "", "", term, value);
                break;
            }
            case GvcMethod.Tiva:
            {
                var o = ExportDecomposition.Oecd(acc, s);
                if (!detail)
                {
                    foreach (var term in TermNames.StandardOecd) yield return new(name, "", "", "", "", term, o.Total(term));
                    break;
                }
                var exgr = o.Total("EXGR");
                foreach (var term in TermNames.Tiva) yield return new(name, "", "", "", "", term, o.Total(term));
                yield return new(name, "", "", "", "", "EXGR_FVASH", Share(o.Total("EXGR_FVA"), exgr));
                yield return new(name, "", "", "", "", "EXGR_DVASH", Share(o.Total("EXGR_DVA"), exgr));
                yield return new(name, "", "", "", "", "EXGR_DVAFX", o.Total("FEXDVAP"));
                yield return new(name, "", "", "", "", "EXGR_DVAFXSH", Share(o.Total("FEXDVAP"), exgr));
                var p = ExportDecomposition.Participation(acc, s);
                var ffd = ExportDecomposition.ValueAddedInFinalDemand(acc, s);
                for (var t = 0; t < acc.E; t++)
                {
                    if (t == s) continue;
                    yield return new(name, "", "", names[t], "", "EXGR_FVA", p.Fva(t));
                    yield return new(name, "", "", names[t], "", "DEXFVAPSH", Share(p.Fva(t), exgr));
                    yield return new(name, names[t], "", "", "", "FEXDVAP", p.Fp(t));
                    yield return new(name, names[t], "", "", "", "FEXDVAPSH", Share(p.Fp(t), exgr));
                    yield return new(name, names[t], "", "", "", "FFD_DVA", ffd[t]);
                }
                foreach (var term in new[] { "EXGR", "EXGR_DVA", "EXGR_DDC", "EXGR_IDC", "EXGR_RIM", "EXGR_FVA" })
                    foreach (var (sector, value) in agg.Apply(o.BySector[term])) yield return new(name, "", sector, "", "", term, value);
                break;
            }
            case GvcMethod.Kww or GvcMethod.Wwz:
            {
                var w = ExportDecomposition.Wwz(acc, s);
                if (method == GvcMethod.Kww && detail)
                {
                    yield return new(name, "", "", "", "", "EXGR", w.Exports.Sum());
                    var kww = new double[TermNames.Kww.Count];
                    foreach (var t in Enum.GetValues<WwzTerm>()) kww[(int)TermNames.KwwOf(t)] += w.Total(t);
                    for (var k = 0; k < kww.Length; k++) yield return new(name, "", "", "", "", TermNames.Kww[k], kww[k]);
                    break;
                }
                foreach (var (term, value) in Standard(w)) yield return new(name, "", "", "", "", term, value);
                if (!detail) break;
                for (var r = 0; r < acc.E; r++)
                {
                    if (r == s) continue;
                    var ex = new double[w.SectorCount];
                    for (var k = 0; k < w.SectorCount; k++) ex[k] = w.ExportsTo(r, k);
                    foreach (var (sector, value) in agg.Apply(ex)) yield return new(name, names[r], sector, "", "", "EXGR", value);
                    foreach (var t in Enum.GetValues<WwzTerm>())
                    {
                        var v = new double[w.SectorCount];
                        for (var k = 0; k < w.SectorCount; k++) v[k] = w[r, t, k];
                        foreach (var (sector, value) in agg.Apply(v)) yield return new(name, names[r], sector, "", "", TermNames.Wwz[(int)t], value);
                    }
                }
                break;
            }
            case GvcMethod.Participation:
            {
                var p = ExportDecomposition.Participation(acc, s);
                var exports = p.Exports.Sum();
                var fvaTotal = Enumerable.Range(0, acc.E).Where(q => q != s).Sum(p.Fva);
                yield return new(name, "", "", "", "", "EXGR", exports);
                yield return new(name, "", "", "", "", "FVA", fvaTotal);
                for (var q = 0; q < acc.E; q++)
                {
                    if (q == s) continue;
                    yield return new(name, "", "", names[q], "", "FVA", p.Fva(q));
                    yield return new(name, "", "", names[q], "", "BP", Ratio(p.Fva(q), fvaTotal));
                    yield return new(name, names[q], "", "", "", "FP", p.Fp(q));
                    yield return new(name, names[q], "", "", "", "FP_SH_EXGR", Ratio(p.Fp(q), exports));
                }
                if (!detail) break;
                foreach (var (sector, members) in agg.Groups)
                {
                    double fvaSector = 0;
                    for (var q = 0; q < acc.E; q++) if (q != s) foreach (var k in members) fvaSector += p.ForeignValueAdded[q * p.SectorCount + k];
                    for (var q = 0; q < acc.E; q++)
                    {
                        if (q == s) continue;
                        double fva = 0, fp = 0;
                        foreach (var k in members) { fva += p.ForeignValueAdded[q * p.SectorCount + k]; fp += p.ValueAddedInPartnerExports[q * p.SectorCount + k]; }
                        yield return new(name, "", sector, names[q], "", "FVA", fva);
                        yield return new(name, "", sector, names[q], "", "BP", Ratio(fva, fvaSector));
                        yield return new(name, names[q], sector, "", "", "FP", fp);
                    }
                }
                break;
            }
        }
    }

    /// <summary>exvatools "standard" terms from WWZ terms: VAX = T1–T5, REF = T6–T8, DDC = T9–T10, FVA = T11+T12+T14+T15, FDC = T13+T16.</summary>
    public static IEnumerable<(string Term, double Value)> Standard(WwzExporterTerms w)
    {
        double T(params WwzTerm[] ts) => ts.Sum(w.Total);
        var vax = T(WwzTerm.DVA_FIN, WwzTerm.DVA_INT, WwzTerm.DVA_INTrexI1, WwzTerm.DVA_INTrexF, WwzTerm.DVA_INTrexI2);
        var rdv = T(WwzTerm.RDV_FIN, WwzTerm.RDV_FIN2, WwzTerm.RDV_INT);
        var ddc = T(WwzTerm.DDC_FIN, WwzTerm.DDC_INT);
        var fva = T(WwzTerm.MVA_FIN, WwzTerm.MVA_INT, WwzTerm.OVA_FIN, WwzTerm.OVA_INT);
        var fdc = T(WwzTerm.MDC, WwzTerm.ODC);
        yield return ("EXGR", w.Exports.Sum());
        yield return ("DC", vax + rdv + ddc);
        yield return ("DVA", vax + rdv);
        yield return ("VAX", vax);
        yield return ("REF", rdv);
        yield return ("DDC", ddc);
        yield return ("FC", fva + fdc);
        yield return ("FVA", fva);
        yield return ("FDC", fdc);
    }

    /// <summary>100·a/b, NaN when b = 0 (ZERO_DENOM).</summary>
    public static double Share(double a, double b) => b == 0 ? double.NaN : 100 * a / b;
    /// <summary>a/b, NaN when b = 0 (ZERO_DENOM).</summary>
    public static double Ratio(double a, double b) => b == 0 ? double.NaN : a / b;
}
