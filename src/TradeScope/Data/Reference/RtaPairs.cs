using System.Collections.Frozen;
using System.Globalization;
using TradeScope.Core;

namespace TradeScope.Data.Reference;

/// <summary>One regional trade agreement covering goods between two economies over a span of dates.</summary>
/// <param name="From">Entry into force for this pair (the later of the agreement's and both parties' dates).</param>
/// <param name="Until">The day it stopped applying to this pair, or null while in force.</param>
/// <param name="RtaId">The WTO RTA database id.</param>
/// <param name="Type">WTO type: FTA, CU, PSA (partial scope), with "&amp; EIA" when services are covered too.</param>
/// <param name="Name">The agreement's name in the WTO database.</param>
public sealed record RtaSpell(DateOnly From, DateOnly? Until, int RtaId, string Type, string Name)
{
    /// <summary>True when the agreement applies on <paramref name="day"/>.</summary>
    public bool AppliesOn(DateOnly day) => From <= day && (Until is null || Until.Value > day);
}

/// <summary>
/// Which pairs of economies have a regional trade agreement on goods in force, from the WTO RTA database (notified
/// agreements in force or inactive, goods coverage; a bloc that is itself a party, such as the EU or the EAEU, is
/// expanded into its members with their entry and exit dates). See data/ref/rta/README.md for the derivation.
/// <para>Convention (stated in docs/methods/gravity.md): a pair has an RTA in year t when an agreement applies on
/// 1 July of t, so an agreement in force for most of a year counts in that year.</para>
/// </summary>
public sealed class RtaPairs
{
    private static readonly Lazy<RtaPairs> BundledTable = new(() =>
    {
        using var stream = new System.IO.Compression.GZipStream(
            TradeScope.Data.Bundled.Open("rta", "rta_pairs.csv.gz"),
            System.IO.Compression.CompressionMode.Decompress
        );
        using var reader = new StreamReader(stream);
        return Parse(reader, TradeScope.Data.Bundled.Location("ref/rta", "rta_pairs.csv.gz"));
    });

    private readonly FrozenDictionary<(string, string), RtaSpell[]> _spells;

    private RtaPairs(FrozenDictionary<(string, string), RtaSpell[]> spells, Provenance provenance)
    {
        _spells = spells;
        Provenance = provenance;
    }

    /// <summary>The bundled pairs derived from the WTO RTA database (read once).</summary>
    public static RtaPairs Bundled => BundledTable.Value;

    /// <summary>Where the table came from.</summary>
    public Provenance Provenance { get; }

    /// <summary>Number of unordered pairs that ever had an agreement.</summary>
    public int PairCount => _spells.Count;

    /// <summary>The reference day of year <paramref name="year"/> (1 July).</summary>
    public static DateOnly ReferenceDay(int year) => new(year, 7, 1);

    /// <summary>Every agreement between the two economies (either order), oldest first.</summary>
    public IReadOnlyList<RtaSpell> Agreements(string a, string b) => _spells.TryGetValue(Key(a, b), out var spells) ? spells : [];

    /// <summary>True when some agreement applies between the two economies on 1 July of <paramref name="year"/>.</summary>
    public bool InForce(string a, string b, int year) => Agreements(a, b).Any(s => s.AppliesOn(ReferenceDay(year)));

    /// <summary>Parses <c>iso3_a,iso3_b,from,until,rta_id,type,rta_name</c> (dates ISO yyyy-MM-dd; empty until = in force).</summary>
    /// <exception cref="InputException">A missing column, a bad date or id, or until before from (file:line).</exception>
    public static RtaPairs Parse(TextReader reader, string file)
    {
        var table = CsvTable.Parse(reader, file);
        string[] names = ["iso3_a", "iso3_b", "from", "until", "rta_id", "type", "rta_name"];
        var at = names.Select(table.Require).ToArray();
        var spells = new Dictionary<(string, string), List<RtaSpell>>();
        foreach (var row in table.Rows)
        {
            var from = Date(row, at[2], file) ?? throw InputException.At(file, row.Line, "the 'from' date is empty; give yyyy-MM-dd");
            var until = Date(row, at[3], file);
            if (until < from)
                throw InputException.At(file, row.Line, $"'until' {until:yyyy-MM-dd} is before 'from' {from:yyyy-MM-dd}");
            if (!int.TryParse(row[at[4]], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                throw InputException.At(file, row.Line, $"rta_id is {InputText.Quote(row[at[4]], 20)}; expected a whole number");
            var key = Key(row[at[0]], row[at[1]]);
            if (!spells.TryGetValue(key, out var list))
                spells[key] = list = [];
            list.Add(new RtaSpell(from, until, id, row[at[5]], row[at[6]]));
        }
        var source = new Bilingual(
            "WTO Regional Trade Agreements database (goods agreements, pairs of parties)",
            "База данных ВТО о региональных торговых соглашениях "
                + "(соглашения по товарам, пары участников)"
        );
        var frozen = spells.ToFrozenDictionary(p => p.Key, p => p.Value.OrderBy(s => s.From).ThenBy(s => s.RtaId).ToArray());
        return new RtaPairs(frozen, new Provenance(source, file));
    }

    private static (string, string) Key(string a, string b)
    {
        var x = a.ToUpperInvariant();
        var y = b.ToUpperInvariant();
        return string.CompareOrdinal(x, y) <= 0 ? (x, y) : (y, x);
    }

    private static DateOnly? Date(CsvRecord row, int column, string file)
    {
        var text = row[column];
        if (text.Length == 0)
            return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        throw InputException.At(file, row.Line, $"date {InputText.Quote(text, 20)} is not yyyy-MM-dd");
    }
}
