using TradeScope.Core;

namespace TradeScope.Model;

/// <summary>How a reporter's total exports X_s are taken (docs/methods/trade-indices.md#conventions).</summary>
public enum TotalsBasis
{
    /// <summary>The reporter's own "World" row (default; as in published indices).</summary>
    WorldRow,

    /// <summary>The sum over country partners (excludes areas n.e.s., bunkers, free zones, ...).</summary>
    SumOfPartners,
}

/// <summary>Where an exporter's row of bilateral flows comes from.</summary>
public enum FlowSource : byte
{
    /// <summary>The exporter reported its exports in this year.</summary>
    Reported,

    /// <summary>The exporter did not report; its row is partners' reported imports from it (mirror, CIF).</summary>
    Mirror,

    /// <summary>Neither the exporter nor its partners report this row: indices needing it are NaN (NO_REPORTER_DATA).</summary>
    Missing,
}

/// <summary>
/// One year of bilateral merchandise exports among economies (countries, never aggregates): X_ij, row = exporter i,
/// column = importer j, US$. The diagonal is zero (self-trade is dropped, docs/methods/trade-indices.md#conventions rule 2). Rows of
/// exporters with
/// <see cref="FlowSource.Missing"/> data are NaN. Immutable; build with <see cref="TradeMatrixBuilder"/>.
/// </summary>
/// <remarks>
/// World totals follow docs/methods/trade-indices.md#conventions: X_w = Σ_s X_s and X_wd = Σ_s X_sd over exporters whose rows are not
/// missing.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class TradeMatrix
{
    private readonly double[] _exports; // Count × Count, row-major
    private readonly double[] _totals; // X_s
    private readonly double[] _imports; // reported imports M_j, NaN where not in the data
    private readonly FlowSource[] _sources; // per exporter
    private readonly double[] _worldTo; // X_wd
    private readonly Dictionary<CountryCode, int> _index;

    internal TradeMatrix(
        int year,
        IReadOnlyList<CountryCode> economies,
        double[] exports,
        double[] totals,
        double[] imports,
        FlowSource[] sources,
        TotalsBasis basis,
        Provenance provenance
    )
    {
        var n = economies.Count;
        if (exports.Length != n * n || totals.Length != n || imports.Length != n || sources.Length != n)
            throw new ArgumentException("array lengths do not match the number of economies");
        Year = year;
        Economies = economies;
        _exports = exports;
        _totals = totals;
        _imports = imports;
        _sources = sources;
        TotalsBasis = basis;
        Provenance = provenance;
        _index = new Dictionary<CountryCode, int>(n);
        for (var i = 0; i < n; i++)
            _index.Add(economies[i], i);
        _worldTo = new double[n];
        double world = 0;
        for (var s = 0; s < n; s++)
        {
            if (sources[s] == FlowSource.Missing)
                continue;
            world += totals[s];
            var row = exports.AsSpan(s * n, n);
            for (var d = 0; d < n; d++)
                _worldTo[d] += row[d];
        }
        WorldExports = world;
    }

    /// <summary>The data year.</summary>
    public int Year { get; }

    /// <summary>Economies in index order (sorted by ISO3).</summary>
    public IReadOnlyList<CountryCode> Economies { get; }

    /// <summary>Number of economies.</summary>
    public int Count => Economies.Count;

    /// <summary>How <see cref="TotalExports"/> is defined.</summary>
    public TotalsBasis TotalsBasis { get; }

    /// <summary>Source and reading conventions of the data.</summary>
    public Provenance Provenance { get; }

    /// <summary>The index of an economy, or -1.</summary>
    public int IndexOf(CountryCode economy) => _index.TryGetValue(economy, out var i) ? i : -1;

    /// <summary>X_ij: exports of <paramref name="exporter"/> to <paramref name="importer"/>; NaN when the exporter's row is
    /// missing.</summary>
    public double Exports(int exporter, int importer) => _exports[exporter * Count + importer];

    /// <summary>The exporter's row X_i·.</summary>
    public ReadOnlySpan<double> ExportsRow(int exporter) => _exports.AsSpan(exporter * Count, Count);

    /// <summary>X_s: total exports of the exporter (see <see cref="TotalsBasis"/>); NaN when missing.</summary>
    public double TotalExports(int exporter) => _totals[exporter];

    /// <summary>Where the exporter's row comes from.</summary>
    public FlowSource Source(int exporter) => _sources[exporter];

    /// <summary>M_j as reported by the importer (flow M in the input); NaN when the data hold no imports.</summary>
    public double ReportedImports(int importer) => _imports[importer];

    /// <summary>X_wd = Σ_s X_sd over exporters with data: world exports to <paramref name="importer"/> (mirror imports).</summary>
    public double WorldExportsTo(int importer) => _worldTo[importer];

    /// <summary>X_w = Σ_s X_s over exporters with data.</summary>
    public double WorldExports { get; }

    /// <summary>The full row-major matrix (copy-free view) for bulk computations.</summary>
    public ReadOnlySpan<double> ExportsMatrix => _exports;

    /// <summary>A matrix with every flow and total multiplied by <paramref name="factor"/> (for invariance tests and unit
    /// changes).</summary>
    public TradeMatrix Scaled(double factor) =>
        new(
            Year,
            Economies,
            _exports.Select(x => x * factor).ToArray(),
            _totals.Select(x => x * factor).ToArray(),
            _imports.Select(x => x * factor).ToArray(),
            _sources,
            TotalsBasis,
            Provenance
        );
}

/// <summary>[Mutable] Collects flows for one year and builds a validated <see cref="TradeMatrix"/>.</summary>
public sealed class TradeMatrixBuilder(int year, TotalsBasis basis, Provenance provenance)
{
    private readonly Dictionary<(CountryCode Exporter, CountryCode Importer), double> _exports = new();
    private readonly Dictionary<(CountryCode Importer, CountryCode Exporter), double> _mirror = new();
    private readonly Dictionary<CountryCode, double> _worldRow = new();
    private readonly Dictionary<CountryCode, double> _importsTotal = new();
    private readonly HashSet<CountryCode> _economies = new();
    private readonly HashSet<CountryCode> _reporters = new();

    /// <summary>Declares an economy that must appear even without flows.</summary>
    public TradeMatrixBuilder AddEconomy(CountryCode economy)
    {
        _economies.Add(economy);
        return this;
    }

    /// <summary>X_ij reported by the exporter. Self-trade is ignored (docs/methods/trade-indices.md#conventions rule 2). Returns false for
    /// a duplicate key.</summary>
    public bool AddExport(CountryCode exporter, CountryCode importer, double value)
    {
        _economies.Add(exporter);
        _economies.Add(importer);
        _reporters.Add(exporter);
        if (exporter == importer)
            return true;
        return _exports.TryAdd((exporter, importer), value);
    }

    /// <summary>The exporter's reported exports to the World (used as X_s under <see cref="TotalsBasis.WorldRow"/>).</summary>
    public bool AddWorldExports(CountryCode exporter, double value)
    {
        _economies.Add(exporter);
        _reporters.Add(exporter);
        return _worldRow.TryAdd(exporter, value);
    }

    /// <summary>M_ji reported by importer j from partner i (flow M): used as a mirror row when i did not report.</summary>
    public bool AddImport(CountryCode importer, CountryCode partner, double value)
    {
        _economies.Add(importer);
        _economies.Add(partner);
        if (importer == partner)
            return true;
        return _mirror.TryAdd((importer, partner), value);
    }

    /// <summary>The importer's reported imports from the World.</summary>
    public bool AddWorldImports(CountryCode importer, double value)
    {
        _economies.Add(importer);
        return _importsTotal.TryAdd(importer, value);
    }

    /// <summary>Builds the matrix: reporters' rows as reported; non-reporters' rows from mirror imports (flagged) or NaN.</summary>
    public TradeMatrix Build()
    {
        var economies = _economies.OrderBy(c => c).ToArray();
        var n = economies.Length;
        var index = new Dictionary<CountryCode, int>(n);
        for (var i = 0; i < n; i++)
            index[economies[i]] = i;
        var exports = new double[n * n];
        var sources = new FlowSource[n];
        var totals = new double[n];
        var imports = new double[n];
        var mirrorExporters = _mirror.Keys.Select(k => k.Exporter).ToHashSet();
        for (var i = 0; i < n; i++)
        {
            var e = economies[i];
            sources[i] =
                _reporters.Contains(e) ? FlowSource.Reported
                : mirrorExporters.Contains(e) ? FlowSource.Mirror
                : FlowSource.Missing;
            if (sources[i] == FlowSource.Missing)
                exports.AsSpan(i * n, n).Fill(double.NaN);
            exports[i * n + i] = sources[i] == FlowSource.Missing ? double.NaN : 0;
            imports[i] = _importsTotal.TryGetValue(e, out var m) ? m : double.NaN;
        }
        foreach (var ((exporter, importer), value) in _exports)
            exports[index[exporter] * n + index[importer]] = value;
        foreach (var ((importer, exporter), value) in _mirror)
        {
            var row = index[exporter];
            if (sources[row] == FlowSource.Mirror)
                exports[row * n + index[importer]] = value;
        }
        for (var i = 0; i < n; i++)
        {
            if (sources[i] == FlowSource.Missing)
            {
                totals[i] = double.NaN;
                continue;
            }
            var sum = 0.0;
            foreach (var x in exports.AsSpan(i * n, n))
                sum += x;
            totals[i] =
                basis == TotalsBasis.WorldRow && sources[i] == FlowSource.Reported && _worldRow.TryGetValue(economies[i], out var w)
                    ? w
                    : sum;
        }
        return new TradeMatrix(year, economies, exports, totals, imports, sources, basis, provenance);
    }
}
