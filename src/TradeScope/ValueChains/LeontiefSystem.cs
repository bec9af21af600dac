using System.Globalization;
using TradeScope.Core;
using TradeScope.LinearAlgebra;
using TradeScope.Model;

namespace TradeScope.ValueChains;

/// <summary>
/// The demand-side Leontief system of an ICIO table (spec §5.1): technical coefficients A = Z·diag(X)⁻¹, value-added
/// coefficients v = w ⊘ X and the global Leontief inverse B = (I − A)⁻¹.
/// </summary>
/// <remarks>
/// Zero-output industries (spec §6.4, §7.3): A column and v entry 0, and their row and column of B are 0 (diagonal
/// included), as exvatools' iciotest fixture has for the empty CHN/MEX blocks. A is not stored: <see cref="A"/>
/// computes Z[i,j]/X[j] on demand. B is computed once by the provider's LU inverse (LAPACK dgetrf + dgetri).
/// Reference: Miller and Blair (2009), Input-Output Analysis, 2nd ed., ch. 2.
/// </remarks>
/// <threadsafety>Immutable after construction.</threadsafety>
public sealed class LeontiefSystem
{
    private LeontiefSystem(IcioTable table, ILinearAlgebra provider, double[] v, double[] b, bool[] zeroOutput, IReadOnlyList<string> warnings)
    {
        Table = table; Provider = provider; ValueAddedCoefficients = v; LeontiefInverse = b; ZeroOutput = zeroOutput; Warnings = warnings;
    }

    public IcioTable Table { get; }
    public ILinearAlgebra Provider { get; }
    /// <summary>v = w ⊘ X (0 where X = 0).</summary>
    public double[] ValueAddedCoefficients { get; }
    /// <summary>B = (I − A)⁻¹, n×n column-major (rows and columns of zero-output industries are 0).</summary>
    public double[] LeontiefInverse { get; }
    public bool[] ZeroOutput { get; }
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
    public double B(int i, int j) => LeontiefInverse[i + j * Table.Size];

    /// <summary>Builds A, v and B = (I − A)⁻¹.</summary>
    /// <exception cref="NumericalException">I − A is singular (or B is not finite).</exception>
    public static LeontiefSystem Build(IcioTable table, ILinearAlgebra provider)
    {
        var n = table.Size;
        var x = table.Output;
        var zero = new bool[n];
        var v = new double[n];
        for (var j = 0; j < n; j++)
        {
            zero[j] = x[j] <= 0;
            v[j] = zero[j] ? 0 : table.ValueAdded[j] / x[j];
        }
        var b = IdentityMinusA(table);
        try
        {
            provider.Invert(n, b);
        }
        catch (NumericalException e)
        {
            throw new NumericalException($"I − A is singular ({e.Message}): the table has an industry block without value added or leakage");
        }
        double min = 0, max = 0;
        for (var j = 0; j < n; j++)
        {
            var col = j * n;
            for (var i = 0; i < n; i++)
            {
                if (zero[i] || zero[j]) { b[i + col] = 0; continue; }
                var e = b[i + col];
                if (!double.IsFinite(e)) throw new NumericalException("I − A is numerically singular: its inverse is not finite");
                if (e < min) min = e;
                if (e > max) max = e;
            }
        }
        var warnings = new List<string>(table.Warnings);
        if (min < -1e-9 * max)
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"the Leontief inverse has negative elements (min {min:G4}): the table is not productive everywhere"));
        return new LeontiefSystem(table, provider, v, b, zero, warnings);
    }

    /// <summary>I − A as a fresh n×n column-major array.</summary>
    internal static double[] IdentityMinusA(IcioTable table)
    {
        var n = table.Size;
        var m = GC.AllocateUninitializedArray<double>(n * n);   // every element is written below
        var z = table.Intermediate;
        for (var j = 0; j < n; j++)
        {
            var x = table.Output[j];
            var col = j * n;
            var inv = x > 0 ? -1.0 / x : 0;
            for (var i = 0; i < n; i++) m[col + i] = z[col + i] * inv;
            m[col + j] += 1;
        }
        return m;
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
        try { Provider.Invert(k, m); }
        catch (NumericalException e) { throw new NumericalException($"I − A of a domestic block is singular ({e.Message})"); }
        for (var c = 0; c < k; c++)
            for (var r = 0; r < k; r++)
                if (ZeroOutput[rows[r]] || ZeroOutput[rows[c]]) m[r + c * k] = 0;
        return m;
    }
}
