using System.Collections.Frozen;
using System.Globalization;
using TradeScope.Core;

namespace TradeScope.Data.Reference;

/// <summary>
/// Gravity covariates of one ordered pair of economies from CEPII's GeoDist database (Mayer and Zignago 2011):
/// distances in kilometres and dummies for contiguity, common language, colonial ties and having been one country.
/// </summary>
/// <param name="Origin">Exporter (ISO3).</param>
/// <param name="Destination">Importer (ISO3).</param>
/// <param name="DistanceKm">Great-circle distance between the two main cities (GeoDist <c>dist</c>).</param>
/// <param name="WeightedDistanceKm">Population-weighted distance (GeoDist <c>distw</c>); NaN where GeoDist has none.</param>
/// <param name="Contiguous">The two share a land border (<c>contig</c>).</param>
/// <param name="CommonOfficialLanguage">They share an official language (<c>comlang_off</c>).</param>
/// <param name="CommonEthnicLanguage">A language is spoken by at least 9 % of the population in both (<c>comlang_ethno</c>).</param>
/// <param name="Colony">One was ever a colony of the other (<c>colony</c>).</param>
/// <param name="CommonColonizer">They had a common coloniser after 1945 (<c>comcol</c>).</param>
/// <param name="SameCountry">They were once the same country (<c>smctry</c>).</param>
public sealed record GeoPair(
    string Origin,
    string Destination,
    double DistanceKm,
    double WeightedDistanceKm,
    bool Contiguous,
    bool CommonOfficialLanguage,
    bool CommonEthnicLanguage,
    bool Colony,
    bool CommonColonizer,
    bool SameCountry
);

/// <summary>
/// CEPII GeoDist bilateral distances and gravity dummies, keyed by ISO3 pairs (data/ref/geo/README.md: CEPII's own
/// codes ROM, ZAR, TMP, PAL, YUG and ANT were mapped to ISO3 when the table was bundled). Immutable.
/// </summary>
public sealed class GeoDistances
{
    private static readonly string[] Columns =
    [
        "iso_o",
        "iso_d",
        "contig",
        "comlang_off",
        "comlang_ethno",
        "colony",
        "comcol",
        "smctry",
        "dist",
        "distw",
    ];

    private static readonly Lazy<GeoDistances> BundledTable = new(() =>
    {
        using var stream = new System.IO.Compression.GZipStream(
            TradeScope.Data.Bundled.Open("geo", "dist_cepii.csv.gz"),
            System.IO.Compression.CompressionMode.Decompress
        );
        using var reader = new StreamReader(stream);
        return Parse(reader, TradeScope.Data.Bundled.Location("ref/geo", "dist_cepii.csv.gz"));
    });

    private readonly FrozenDictionary<(string, string), GeoPair> _pairs;

    private GeoDistances(FrozenDictionary<(string, string), GeoPair> pairs, Provenance provenance)
    {
        _pairs = pairs;
        Provenance = provenance;
    }

    /// <summary>The bundled GeoDist table (224 economies and their ISO3 successors; read once).</summary>
    public static GeoDistances Bundled => BundledTable.Value;

    /// <summary>Where the table came from.</summary>
    public Provenance Provenance { get; }

    /// <summary>Number of ordered pairs (including an economy with itself: GeoDist's internal distance).</summary>
    public int Count => _pairs.Count;

    /// <summary>The covariates of the ordered pair, or null when GeoDist does not cover it.</summary>
    public GeoPair? Find(string origin, string destination) =>
        _pairs.TryGetValue((origin.ToUpperInvariant(), destination.ToUpperInvariant()), out var pair) ? pair : null;

    /// <summary>Parses the GeoDist layout (a header naming at least iso_o, iso_d, contig, comlang_off, comlang_ethno,
    /// colony, comcol, smctry, dist, distw; other columns ignored; an empty distw reads as NaN).</summary>
    /// <exception cref="InputException">A missing column, a bad number or dummy, or a duplicate pair (file:line).</exception>
    public static GeoDistances Parse(TextReader reader, string file)
    {
        var table = CsvTable.Parse(reader, file);
        var at = Columns.Select(table.Require).ToArray();
        var pairs = new Dictionary<(string, string), GeoPair>();
        foreach (var row in table.Rows)
        {
            var pair = new GeoPair(
                row[at[0]].ToUpperInvariant(),
                row[at[1]].ToUpperInvariant(),
                Number(row, at[8], file, required: true),
                Number(row, at[9], file, required: false),
                Dummy(row, at[2], file),
                Dummy(row, at[3], file),
                Dummy(row, at[4], file),
                Dummy(row, at[5], file),
                Dummy(row, at[6], file),
                Dummy(row, at[7], file)
            );
            if (!pairs.TryAdd((pair.Origin, pair.Destination), pair))
                throw InputException.At(file, row.Line, $"the pair {pair.Origin}-{pair.Destination} occurs twice; keep one row per pair");
        }
        var source = new Bilingual("CEPII GeoDist (Mayer and Zignago 2011)", "CEPII GeoDist (Майер и Зиньяго, 2011)");
        return new GeoDistances(pairs.ToFrozenDictionary(), new Provenance(source, file));
    }

    private static bool Dummy(CsvRecord row, int column, string file) =>
        row[column] switch
        {
            "0" => false,
            "1" => true,
            var text => throw InputException.At(
                file,
                row.Line,
                $"column {column + 1} is {InputText.Quote(text, 20)}; a GeoDist dummy must be 0 or 1"
            ),
        };

    private static double Number(CsvRecord row, int column, string file, bool required)
    {
        var text = row[column];
        if (text.Length == 0 && !required)
            return double.NaN;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value > 0)
            return value;
        throw InputException.At(file, row.Line, $"column {column + 1} is {InputText.Quote(text, 20)}; expected a positive distance in km");
    }
}
