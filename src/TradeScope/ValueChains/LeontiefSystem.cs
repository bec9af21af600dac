using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using TradeScope.Core;
using TradeScope.LinearAlgebra;
using TradeScope.Model;

namespace TradeScope.ValueChains;

/// <summary>
/// The demand-side Leontief system of an ICIO table (docs/methods/value-chains.md#icio-notation): technical coefficients A =
/// Z·diag(X)⁻¹,
/// value-added
/// coefficients v = w ⊘ X and the global Leontief inverse B = (I − A)⁻¹.
/// </summary>
/// <remarks>
/// Zero-output industries (docs/methods/value-chains.md#zero-output, docs/methods/value-chains.md#table-conventions): A column and v entry
/// 0, and their row and column of B are 0 (diagonal
/// included), as exvatools' iciotest fixture has for the empty CHN/MEX blocks. A is not stored: <see cref="A"/>
/// computes Z[i,j]/X[j] on demand. B is computed once by the provider's LU inverse (LAPACK dgetrf + dgetri).
/// Reference: Miller and Blair (2009), Input-Output Analysis, 2nd ed., ch. 2.
/// </remarks>
/// <threadsafety>
/// An owned system (<see cref="IsBorrowed"/> false: built without a workspace) is immutable after construction and safe
/// to share. A borrowed system keeps B in a <see cref="LeontiefWorkspace"/>'s storage and is valid only until the next
/// build on that workspace overwrites it: from then on every member that reads B throws
/// <see cref="InvalidOperationException"/> instead of returning another table's numbers.
/// </threadsafety>
public sealed class LeontiefSystem
{
    private readonly double[] _v;
    private readonly double[] _b;
    private readonly bool[] _zeroOutput;
    private readonly LeontiefWorkspace? _workspace;
    private readonly long _generation;

    private LeontiefSystem(
        IcioTable table,
        ILinearAlgebra provider,
        double[] v,
        double[] b,
        bool[] zeroOutput,
        IReadOnlyList<string> warnings,
        LeontiefWorkspace? workspace,
        long generation
    )
    {
        Table = table;
        Provider = provider;
        _v = v;
        _b = b;
        _zeroOutput = zeroOutput;
        Warnings = warnings;
        _workspace = workspace;
        _generation = generation;
    }

    public IcioTable Table { get; }
    public ILinearAlgebra Provider { get; }

    /// <summary>v = w ⊘ X (0 where X = 0).</summary>
    public ReadOnlySpan<double> ValueAddedCoefficients => _v;

    /// <summary>B = (I − A)⁻¹, n×n column-major (rows and columns of zero-output industries are 0).</summary>
    /// <exception cref="InvalidOperationException">A borrowed system whose workspace was reused since.</exception>
    public ReadOnlySpan<double> LeontiefInverse
    {
        get
        {
            EnsureCurrent();
            return _b;
        }
    }

    /// <summary>True for industries without output (their A column, v entry and row and column of B are 0).</summary>
    public ReadOnlySpan<bool> ZeroOutput => _zeroOutput;

    /// <summary>True when B lives in a <see cref="LeontiefWorkspace"/>'s storage (see the thread-safety remarks).</summary>
    public bool IsBorrowed => _workspace is not null;

    /// <summary>False once a later build on the same workspace has overwritten this system's B.</summary>
    public bool IsCurrent => _workspace is null || _workspace.Generation == _generation;

    private void EnsureCurrent()
    {
        if (!IsCurrent)
            throw new InvalidOperationException(
                "this Leontief system is stale: it was built on a LeontiefWorkspace that a later build reused, so its B was overwritten"
            );
    }

    /// <summary>Table warnings plus numerical notes (e.g. negative elements of B).</summary>
    public IReadOnlyList<string> Warnings { get; }
    public int Size => Table.Size;

    /// <summary>a_ij = z_ij / x_j (0 when x_j = 0).</summary>
    public double A(int i, int j)
    {
        var x = Table.Output[j];
        return x > 0 ? Table.Intermediate[i + j * Table.Size] / x : 0;
    }

    /// <summary>b_ij, element of B = (I − A)⁻¹.</summary>
    /// <exception cref="InvalidOperationException">A borrowed system whose workspace was reused since.</exception>
    public double B(int i, int j)
    {
        EnsureCurrent();
        return _b[i + j * Table.Size];
    }

    /// <summary>Builds v and B = (I − A)⁻¹ (A itself is never stored: <see cref="A"/> derives it from Z and X).</summary>
    /// <remarks>Cost: one pass over Z writing I − A straight into the storage that becomes B (column-major, uninitialized,
    /// huge-page advised: <see cref="MatrixStorage"/>), the provider's in-place LU inverse, one vectorised pass for the
    /// sign check, and O(n·z) to clear the rows and columns of z zero-output industries.</remarks>
    /// <exception cref="NumericalException">I − A is singular (or B is not finite).</exception>
    public static LeontiefSystem Build(IcioTable table, ILinearAlgebra provider) => Build(table, provider, null, null);

    /// <summary><see cref="Build(IcioTable, ILinearAlgebra)"/> writing B into <paramref name="workspace"/>'s storage, which
    /// successive builds of tables of the same size reuse (a series of years): no fresh n×n allocation and no first-touch
    /// page faults after the first build.</summary>
    /// <remarks>The result is borrowed (<see cref="IsBorrowed"/>): the system built before on the same workspace is
    /// overwritten, and reading its B throws.</remarks>
    public static LeontiefSystem Build(IcioTable table, ILinearAlgebra provider, LeontiefWorkspace workspace) =>
        Build(table, provider, null, workspace ?? throw new ArgumentNullException(nameof(workspace)));

    /// <summary><see cref="Build(IcioTable, ILinearAlgebra)"/>, calling <paramref name="phase"/> after each phase with its
    /// name (for the bench suite's time breakdown).</summary>
    internal static LeontiefSystem Build(
        IcioTable table,
        ILinearAlgebra provider,
        Action<string>? phase,
        LeontiefWorkspace? workspace = null
    )
    {
        var n = table.Size;
        var x = table.Output;
        var zero = new bool[n];
        var v = new double[n];
        var anyZero = false;
        for (var j = 0; j < n; j++)
        {
            zero[j] = x[j] <= 0;
            v[j] = zero[j] ? 0 : table.ValueAdded[j] / x[j];
            anyZero |= zero[j];
        }
        var (b, generation) = workspace is null ? (MatrixStorage.Uninitialized(n * n), 0L) : workspace.Acquire(n * n);
        phase?.Invoke("storage");
        WriteIdentityMinusA(table, b);
        phase?.Invoke("I − A");
        try
        {
            provider.Invert(n, b); // checks that B is finite
        }
        catch (NumericalException e)
        {
            throw new NumericalException(
                $"I − A is singular ({e.Message}): the table has an industry block without value added or leakage"
            );
        }
        phase?.Invoke("LU inverse");
        if (anyZero)
            ClearRowsAndColumns(b, n, zero);
        var (min, max) = MinMax(b);
        phase?.Invoke("checks");
        var warnings = new List<string>(table.Warnings);
        if (min < -1e-9 * max)
            warnings.Add(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"the Leontief inverse has negative elements (min {min:G4}): the table is not productive everywhere"
                )
            );
        return new LeontiefSystem(table, provider, v, b, zero, warnings, workspace, generation);
    }

    /// <summary>I − A as a fresh n×n column-major array (the matrix <see cref="Build(IcioTable, ILinearAlgebra)"/> inverts).</summary>
    internal static double[] IdentityMinusA(IcioTable table)
    {
        var m = MatrixStorage.Uninitialized(table.Size * table.Size);
        WriteIdentityMinusA(table, m);
        return m;
    }

    /// <summary>Writes I − A into <paramref name="m"/> (every element): column j is z_·j · (−1/x_j), plus 1 on the diagonal;
    /// 0 off the diagonal where x_j = 0.</summary>
    private static void WriteIdentityMinusA(IcioTable table, Span<double> m)
    {
        var n = table.Size;
        ReadOnlySpan<double> z = table.Intermediate;
        var x = table.Output;
        for (var j = 0; j < n; j++)
        {
            var inv = x[j] > 0 ? -1.0 / x[j] : 0;
            var source = z.Slice(j * n, n);
            var column = m.Slice(j * n, n);
            var i = 0;
            if (Vector.IsHardwareAccelerated)
            {
                var factor = new Vector<double>(inv);
                for (; i <= n - Vector<double>.Count; i += Vector<double>.Count)
                    (new Vector<double>(source.Slice(i)) * factor).CopyTo(column.Slice(i));
            }
            for (; i < n; i++)
                column[i] = source[i] * inv;
            column[j] += 1;
        }
    }

    /// <summary>Sets the rows and columns of zero-output industries to 0 (diagonal included): O(n·z) for z of them.</summary>
    private static void ClearRowsAndColumns(double[] b, int n, bool[] zero)
    {
        var rows = new List<int>();
        for (var i = 0; i < n; i++)
            if (zero[i])
                rows.Add(i);
        for (var j = 0; j < n; j++)
        {
            var column = b.AsSpan(j * n, n);
            if (zero[j])
            {
                column.Clear();
                continue;
            }
            foreach (var i in rows)
                column[i] = 0;
        }
    }

    /// <summary>Smallest and largest element (vectorised; the values are finite).</summary>
    private static (double Min, double Max) MinMax(ReadOnlySpan<double> values)
    {
        double min = 0,
            max = 0;
        var i = 0;
        if (Vector.IsHardwareAccelerated && values.Length >= Vector<double>.Count)
        {
            var vectors = MemoryMarshal.Cast<double, Vector<double>>(values);
            Vector<double> lo = Vector<double>.Zero,
                hi = Vector<double>.Zero;
            foreach (var vector in vectors)
            {
                lo = Vector.Min(lo, vector);
                hi = Vector.Max(hi, vector);
            }
            for (var k = 0; k < Vector<double>.Count; k++)
            {
                min = Math.Min(min, lo[k]);
                max = Math.Max(max, hi[k]);
            }
            i = vectors.Length * Vector<double>.Count;
        }
        for (; i < values.Length; i++)
        {
            min = Math.Min(min, values[i]);
            max = Math.Max(max, values[i]);
        }
        return (min, max);
    }

    /// <summary>
    /// Local (domestic) Leontief inverse L_ss = (I − A_ss)⁻¹ of the industries <paramref name="rows"/> (one economy:
    /// a country with its split blocks, or a group). Rows and columns of zero-output industries are 0.
    /// Returns a k×k column-major matrix in the order of <paramref name="rows"/>.
    /// </summary>
    /// <exception cref="NumericalException">I − A_ss is singular.</exception>
    public double[] LocalInverse(IReadOnlyList<int> rows)
    {
        var k = rows.Count;
        var m = new double[k * k];
        for (var c = 0; c < k; c++)
            for (var r = 0; r < k; r++)
                m[r + c * k] = (r == c ? 1 : 0) - A(rows[r], rows[c]);
        try
        {
            Provider.Invert(k, m);
        }
        catch (NumericalException e)
        {
            throw new NumericalException($"I − A of a domestic block is singular ({e.Message})");
        }
        for (var c = 0; c < k; c++)
            for (var r = 0; r < k; r++)
                if (_zeroOutput[rows[r]] || _zeroOutput[rows[c]])
                    m[r + c * k] = 0;
        return m;
    }
}

/// <summary>[Mutable] The n×n storage that successive <see cref="LeontiefSystem"/> builds of the same size share, so a
/// series of yearly tables allocates (and page-faults) the Leontief inverse once. Each build takes the storage over and
/// bumps <see cref="Generation"/>, which makes the systems built before stale (<see cref="LeontiefSystem.IsCurrent"/>).
/// Not thread-safe: one workspace per loop.</summary>
public sealed class LeontiefWorkspace
{
    private double[]? _storage;

    /// <summary>Number of builds that took the storage over; a borrowed system is current while it equals the system's.</summary>
    public long Generation { get; private set; }

    /// <summary>The storage for <paramref name="length"/> doubles (the previous array when its length matches, else a new
    /// one) and the new generation of its owner.</summary>
    internal (double[] Storage, long Generation) Acquire(int length)
    {
        if (_storage is not { } existing || existing.Length != length)
            _storage = MatrixStorage.Uninitialized(length);
        return (_storage, ++Generation);
    }
}
