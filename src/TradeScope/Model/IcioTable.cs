using System.Globalization;
using TradeScope.Core;

namespace TradeScope.Model;

/// <summary>
/// An inter-country input-output table for one year: regions × sectors industries (rows), intermediate flows Z,
/// final demand by destination country, recomputed and published output, value added (docs/methods/value-chains.md#icio-notation,
/// docs/methods/value-chains.md#table-conventions).
/// </summary>
/// <remarks>
/// <para>Rows are region-major: row <c>r·K + k</c> is sector k of region r. A region is a row block; it belongs to a
/// country. Usually region = country; OECD ICIO's split blocks (CN1/CN2 → CHN, MX1/MX2 → MEX) are regions of one
/// country, and the country's own (empty) block may also be present (docs/methods/value-chains.md#table-conventions,
/// docs/methods/value-chains.md#china-mexico-split).</para>
/// <para>Matrices are flat column-major arrays (element (i, j) at <c>[i + j·rows]</c>), as <see cref="LinearAlgebra.ILinearAlgebra"/>
/// expects.
/// The table owns them (<see cref="IcioTableBuilder.Build"/> hands its arrays over and can no longer reach them) and
/// exposes read-only views only.</para>
/// <para>Output is recomputed as X = Z·1 + Y·1 (docs/methods/value-chains.md#table-conventions); the published output, when the source
/// has
/// one, is kept for
/// <see cref="Balance"/>. Value added is w = X − 1'Z.</para>
/// Build with <see cref="IcioTableBuilder"/>, which validates.
/// </remarks>
/// <threadsafety>Immutable after construction; safe to share.</threadsafety>
public sealed class IcioTable
{
    internal IcioTable(
        IReadOnlyList<string> regions,
        IReadOnlyList<string> regionCountries,
        IReadOnlyList<string> sectors,
        IReadOnlyList<string> countries,
        double[] z,
        double[] finalDemand,
        double[] output,
        double[]? publishedOutput,
        double[] valueAdded,
        IcioBalance balance,
        IReadOnlyList<string> warnings,
        Provenance provenance,
        int? year
    )
    {
        Regions = regions;
        RegionCountries = regionCountries;
        Sectors = sectors;
        Countries = countries;
        _intermediate = z;
        _finalDemand = finalDemand;
        _output = output;
        _publishedOutput = publishedOutput ?? [];
        _valueAdded = valueAdded;
        Balance = balance;
        Warnings = warnings;
        Provenance = provenance;
        Year = year;
        var countryIndex = countries.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        _countryOfRegion = regionCountries.Select(c => countryIndex[c]).ToArray();
    }

    private readonly int[] _countryOfRegion;
    private readonly double[] _intermediate;
    private readonly double[] _finalDemand;
    private readonly double[] _output;
    private readonly double[] _publishedOutput;
    private readonly double[] _valueAdded;

    /// <summary>Row-block labels in table order (e.g. ESP, …, CHN, CN1, CN2).</summary>
    public IReadOnlyList<string> Regions { get; }

    /// <summary>The country each region belongs to (CN1 → CHN), same order as <see cref="Regions"/>.</summary>
    public IReadOnlyList<string> RegionCountries { get; }

    /// <summary>Sector codes, the same for every region.</summary>
    public IReadOnlyList<string> Sectors { get; }

    /// <summary>Countries in final-demand column order (one column per country, categories summed).</summary>
    public IReadOnlyList<string> Countries { get; }

    /// <summary>Z: intermediate flows, n×n column-major, n = regions × sectors.</summary>
    public ReadOnlySpan<double> Intermediate => _intermediate;

    /// <summary>Y: final demand of each destination country, n×C column-major.</summary>
    public ReadOnlySpan<double> FinalDemand => _finalDemand;

    /// <summary>X = Z·1 + Y·1 (recomputed; zero for industries whose tiny negative residual was set to zero, see warnings).</summary>
    public ReadOnlySpan<double> Output => _output;

    /// <summary>The source's output column; empty when it has none (<see cref="IcioBalance.HasPublishedOutput"/>).</summary>
    public ReadOnlySpan<double> PublishedOutput => _publishedOutput;

    /// <summary>w = X − 1'Z.</summary>
    public ReadOnlySpan<double> ValueAdded => _valueAdded;
    public IcioBalance Balance { get; }

    /// <summary>Conventions applied and data issues tolerated (negative final demand, negative value added, …).</summary>
    public IReadOnlyList<string> Warnings { get; }
    public Provenance Provenance { get; }
    public int? Year { get; }

    public int SectorCount => Sectors.Count;
    public int RegionCount => Regions.Count;
    public int CountryCount => Countries.Count;

    /// <summary>n = regions × sectors.</summary>
    public int Size => Regions.Count * Sectors.Count;

    /// <summary>Index (into <see cref="Countries"/>) of the country of row i.</summary>
    public int CountryOfRow(int row) => _countryOfRegion[row / Sectors.Count];

    /// <summary>Index (into <see cref="Countries"/>) of the country of a region.</summary>
    public int CountryOfRegion(int region) => _countryOfRegion[region];

    /// <summary>Label "REGION_SECTOR" of row i.</summary>
    public string RowLabel(int row) => $"{Regions[row / Sectors.Count]}_{Sectors[row % Sectors.Count]}";

    /// <summary>Index of a country, or −1.</summary>
    public int CountryIndex(string country)
    {
        for (var i = 0; i < Countries.Count; i++)
            if (string.Equals(Countries[i], country, StringComparison.OrdinalIgnoreCase))
                return i;
        return -1;
    }

    /// <summary>Index of a sector code, or −1.</summary>
    public int SectorIndex(string sector)
    {
        for (var i = 0; i < Sectors.Count; i++)
            if (string.Equals(Sectors[i], sector, StringComparison.OrdinalIgnoreCase))
                return i;
        return -1;
    }

    /// <summary>Z[i, j].</summary>
    public double Z(int i, int j) => _intermediate[i + j * Size];

    /// <summary>Y[i, c]: final demand of country c for the output of row i.</summary>
    public double Y(int i, int c) => _finalDemand[i + c * Size];
}

/// <summary>
/// Published-versus-recomputed output (docs/methods/value-chains.md#table-conventions): the largest absolute and relative gaps and the
/// total gap
/// Σ|X_pub − X| / ΣX_pub. The table is rejected when the total gap exceeds <see cref="Limit"/> (0.1 %).
/// </summary>
public sealed record IcioBalance(
    bool HasPublishedOutput,
    double MaxAbsoluteGap,
    string? MaxAbsoluteRow,
    double MaxRelativeGap,
    string? MaxRelativeRow,
    double TotalRelativeGap
)
{
    /// <summary>Largest accepted total gap, 0.1 % of total output (docs/methods/value-chains.md#table-conventions).</summary>
    public const double Limit = 0.001;

    public override string ToString() =>
        !HasPublishedOutput
            ? "no published output (output recomputed as Z·1 + Y·1)"
            : string.Create(
                CultureInfo.InvariantCulture,
                $"output recomputed as Z·1 + Y·1; gap to published output: total {TotalRelativeGap:P4}, largest {MaxAbsoluteGap:G6} "
                    + $"({MaxAbsoluteRow}), largest relative {MaxRelativeGap:P2} ({MaxRelativeRow})"
            );
}
