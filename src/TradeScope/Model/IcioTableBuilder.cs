using System.Globalization;
using TradeScope.Core;

namespace TradeScope.Model;

/// <summary>
/// [Mutable] Collects an ICIO table from a reader and validates it into an <see cref="IcioTable"/>
/// (docs/methods/value-chains.md#table-conventions).
/// </summary>
/// <remarks>
/// Validation in <see cref="Build"/>: finite values; no negative intermediate flow (error); negative final demand
/// allowed with a warning; output recomputed as Z·1 + Y·1; a negative recomputed output is an error unless it is a
/// rounding residual (|X_i| ≤ 10⁻⁶ of total output, e.g. WIOD's −1 for an industry with published output 0), which
/// is set to zero with a warning; the total gap to the published output must not exceed 0.1 % of total output.
/// </remarks>
public sealed class IcioTableBuilder
{
    private readonly string _source;
    private readonly List<string> _regions;
    private readonly List<string> _regionCountries;
    private readonly List<string> _sectors;
    private readonly List<string> _countries;

    /// <param name="source">File or resource named in error messages.</param>
    /// <param name="regions">Row-block labels in order.</param>
    /// <param name="regionCountries">Country of each region (same length).</param>
    /// <param name="sectors">Sector codes.</param>
    /// <param name="countries">Final-demand countries in column order; every region country must be one of them.</param>
    public IcioTableBuilder(
        string source,
        IEnumerable<string> regions,
        IEnumerable<string> regionCountries,
        IEnumerable<string> sectors,
        IEnumerable<string> countries
    )
    {
        _source = source;
        _regions = [.. regions];
        _regionCountries = [.. regionCountries];
        _sectors = [.. sectors];
        _countries = [.. countries];
        if (_regions.Count != _regionCountries.Count)
            throw new ArgumentException("one country per region");
        if (_regions.Count == 0 || _sectors.Count == 0)
            throw InputException.At(source, 1, "the table has no industries");
        Dup(_regions, "region");
        Dup(_sectors, "sector");
        Dup(_countries, "final-demand country");
        foreach (var c in _regionCountries.Distinct())
            if (!_countries.Contains(c))
                throw InputException.At(source, 1, $"region country {c} has no final-demand column");
        _intermediate = new double[Size * Size];
        _finalDemand = new double[Size * _countries.Count];
    }

    // The arrays are handed over to the table by Build (no copy of the n×n Z): the builder then drops them.
    private double[]? _intermediate;
    private double[]? _finalDemand;

    private InvalidOperationException Built() =>
        new($"the table of {_source} was built: its arrays belong to the table now (use a new builder)");

    private void Dup(List<string> list, string what)
    {
        var dup = list.GroupBy(x => x, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (dup is not null)
            throw InputException.At(_source, 1, $"duplicate {what} label '{dup.Key}'");
    }

    public int Size => _regions.Count * _sectors.Count;

    /// <summary>Z, n×n column-major; fill before <see cref="Build"/> (a span, so that no reference to the storage outlives it).</summary>
    /// <exception cref="InvalidOperationException">After <see cref="Build"/>.</exception>
    public Span<double> Intermediate => _intermediate ?? throw Built();

    /// <summary>Y by destination country, n×C column-major.</summary>
    /// <exception cref="InvalidOperationException">After <see cref="Build"/>.</exception>
    public Span<double> FinalDemand => _finalDemand ?? throw Built();

    /// <summary>Published output (optional; copied by <see cref="Build"/>).</summary>
    public double[]? PublishedOutput { get; set; }
    public Provenance Provenance { get; set; } = new("ICIO table", "");
    public int? Year { get; set; }
    public List<string> Notes { get; } = [];

    /// <summary>Validates and freezes the table. Z and Y are handed over without a copy: afterwards the builder's
    /// <see cref="Intermediate"/> and <see cref="FinalDemand"/> throw, so the table's arrays cannot change.</summary>
    /// <exception cref="InputException">Non-finite or negative intermediate flows, negative output, balance gap beyond 0.1 %.</exception>
    /// <exception cref="InvalidOperationException">Built already.</exception>
    public IcioTable Build()
    {
        var n = Size;
        var c = _countries.Count;
        var intermediate = _intermediate ?? throw Built();
        var finalDemand = _finalDemand!;
        var label = (int i) => $"{_regions[i / _sectors.Count]}_{_sectors[i % _sectors.Count]}";
        var warnings = new List<string>(Notes);
        var output = new double[n];
        var colSum = new double[n];
        for (var j = 0; j < n; j++)
            for (var i = 0; i < n; i++)
            {
                var z = intermediate[i + j * n];
                if (!double.IsFinite(z))
                    throw InputException.At(_source, 1, $"non-finite intermediate flow from {label(i)} to {label(j)}");
                if (z < 0)
                    throw InputException.At(
                        _source,
                        1,
                        string.Create(CultureInfo.InvariantCulture, $"negative intermediate flow {z} from {label(i)} to {label(j)}")
                    );
                output[i] += z;
                colSum[j] += z;
            }
        var negativeFd = 0;
        var negativeFdSum = 0.0;
        for (var k = 0; k < c; k++)
            for (var i = 0; i < n; i++)
            {
                var y = finalDemand[i + k * n];
                if (!double.IsFinite(y))
                    throw InputException.At(_source, 1, $"non-finite final demand of {_countries[k]} for {label(i)}");
                if (y < 0)
                {
                    negativeFd++;
                    negativeFdSum += y;
                }
                output[i] += y;
            }
        if (negativeFd > 0)
            warnings.Add(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{negativeFd} negative final-demand cells (sum {negativeFdSum:G6}; inventory changes) kept: individual terms may be " +
                        $"negative"
                )
            );
        var total = output.Where(x => x > 0).Sum();
        var residuals = new List<string>();
        for (var i = 0; i < n; i++)
        {
            if (output[i] >= 0)
                continue;
            if (-output[i] <= 1e-6 * total && (PublishedOutput is null || PublishedOutput[i] >= 0))
            {
                residuals.Add(string.Create(CultureInfo.InvariantCulture, $"{label(i)} ({output[i]:G4})"));
                output[i] = 0;
            }
            else
                throw InputException.At(
                    _source,
                    1,
                    string.Create(CultureInfo.InvariantCulture, $"negative output {output[i]:G6} of {label(i)} (Z·1 + Y·1)")
                );
        }
        if (residuals.Count > 0)
            warnings.Add(
                $"negative rounding residuals in recomputed output set to zero (zero-output industries): {string.Join(", ", residuals)}"
            );
        var zeroOutput = Enumerable.Range(0, n).Count(i => output[i] == 0);
        if (zeroOutput > 0)
            warnings.Add($"{zeroOutput} zero-output industries: their A columns, v entries and rows and columns of B are zero");

        var va = new double[n];
        var negativeVa = new List<string>();
        for (var j = 0; j < n; j++)
        {
            va[j] = output[j] - colSum[j];
            if (va[j] < 0 && output[j] > 0)
                negativeVa.Add(label(j));
        }
        if (negativeVa.Count > 0)
            warnings.Add(
                $"negative value added in {negativeVa.Count} industries " +
                    $"({string.Join(", ", negativeVa.Take(5))}{(negativeVa.Count > 5 ? ", …" : "")})"
            );

        var balance = new IcioBalance(false, 0, null, 0, null, 0);
        if (PublishedOutput is { } published)
        {
            if (published.Length != n)
                throw new ArgumentException("published output length");
            double maxAbs = 0,
                maxRel = 0,
                sumGap = 0,
                sumPub = 0;
            int iAbs = -1,
                iRel = -1;
            for (var i = 0; i < n; i++)
            {
                if (!double.IsFinite(published[i]))
                    throw InputException.At(_source, 1, $"non-finite published output of {label(i)}");
                var gap = Math.Abs(published[i] - output[i]);
                sumGap += gap;
                sumPub += Math.Abs(published[i]);
                if (gap > maxAbs)
                {
                    maxAbs = gap;
                    iAbs = i;
                }
                var rel = gap / Math.Max(Math.Abs(published[i]), Math.Abs(output[i]));
                if (gap > 0 && rel > maxRel)
                {
                    maxRel = rel;
                    iRel = i;
                }
            }
            var totalGap = sumPub > 0 ? sumGap / sumPub : (sumGap > 0 ? double.PositiveInfinity : 0);
            balance = new IcioBalance(true, maxAbs, iAbs >= 0 ? label(iAbs) : null, maxRel, iRel >= 0 ? label(iRel) : null, totalGap);
            if (totalGap > IcioBalance.Limit)
                throw InputException.At(
                    _source,
                    1,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"published output differs from Z·1 + Y·1 by {totalGap:P3} of total output (limit {IcioBalance.Limit:P1}); " +
                            $"largest gap {maxAbs:G6} at {balance.MaxAbsoluteRow}"
                    )
                );
        }
        _intermediate = null;
        _finalDemand = null;
        return new IcioTable(
            _regions,
            _regionCountries,
            _sectors,
            _countries,
            intermediate,
            finalDemand,
            output,
            PublishedOutput?.ToArray(),
            va,
            balance,
            warnings,
            Provenance,
            Year
        );
    }
}
