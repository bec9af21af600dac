using System.Numerics;
using System.Runtime.InteropServices;
using TradeScope.Core;

namespace TradeScope.LinearAlgebra;

/// <summary>Argument validation shared by the providers, so both reject exactly the same calls with the same messages.</summary>
internal static class MatrixChecks
{
    public static void Dimension(int value, string name)
    {
        if (value < 0)
            throw new ArgumentOutOfRangeException(name, value, $"dimension {name} = {value} is negative");
    }

    /// <summary>The span must hold exactly rows·columns elements.</summary>
    public static void Length(int length, int rows, int columns, string name)
    {
        var expected = (long)rows * columns;
        if (length != expected)
            throw new ArgumentException($"{name} has {length} elements but its dimensions {rows}×{columns} need {expected}", name);
    }

    /// <summary>The arguments of C = α·op(A)·op(B) + β·C: m, n, k ≥ 0; A m·k, B k·n, C m·n elements; C separate from A and
    /// B.</summary>
    public static void Product(int m, int n, int k, ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> c)
    {
        Dimension(m, nameof(m));
        Dimension(n, nameof(n));
        Dimension(k, nameof(k));
        Length(a.Length, m, k, nameof(a));
        Length(b.Length, k, n, nameof(b));
        Length(c.Length, m, n, nameof(c));
        NoOverlap(c, a, nameof(c), nameof(a));
        NoOverlap(c, b, nameof(c), nameof(b));
    }

    /// <summary>The arguments of y = α·op(A)·x + β·y: A m×n; x and y sized for op(A); y separate from A and x.</summary>
    public static void MatrixVector(bool transposeA, int m, int n, ReadOnlySpan<double> a, ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        Dimension(m, nameof(m));
        Dimension(n, nameof(n));
        Length(a.Length, m, n, nameof(a));
        Length(x.Length, transposeA ? m : n, 1, nameof(x));
        Length(y.Length, transposeA ? n : m, 1, nameof(y));
        NoOverlap(y, a, nameof(y), nameof(a));
        NoOverlap(y, x, nameof(y), nameof(x));
    }

    /// <summary>A square matrix argument: n ≥ 0, n·n elements, all finite.</summary>
    public static void SquareFinite(int n, ReadOnlySpan<double> matrix, string name)
    {
        Dimension(n, nameof(n));
        Length(matrix.Length, n, n, name);
        Finite(matrix, name);
    }

    /// <summary>The arguments of A X = B: n, nrhs ≥ 0; A n×n and B n×nrhs, separate and finite.</summary>
    public static void LinearSystem(int n, int nrhs, ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        Dimension(n, nameof(n));
        Dimension(nrhs, nameof(nrhs));
        Length(a.Length, n, n, nameof(a));
        Length(b.Length, n, nrhs, nameof(b));
        NoOverlap(b, a, nameof(b), nameof(a));
        Finite(a, nameof(a));
        Finite(b, nameof(b));
    }

    public static void NoOverlap(ReadOnlySpan<double> output, ReadOnlySpan<double> input, string outputName, string inputName)
    {
        if (output.Overlaps(input))
            throw new ArgumentException($"{outputName} overlaps {inputName}; pass separate storage", outputName);
    }

    /// <summary>Throws <see cref="ArgumentException"/> when the span holds NaN or ±∞ (a matrix to factor must be finite).</summary>
    public static void Finite(ReadOnlySpan<double> values, string name)
    {
        if (!AllFinite(values))
            throw new ArgumentException($"{name} contains NaN or infinity", name);
    }

    /// <summary>Throws <see cref="NumericalException"/> when a computed result is not finite (a matrix singular to working
    /// precision).</summary>
    public static void FiniteResult(ReadOnlySpan<double> values, int n, string what)
    {
        if (!AllFinite(values))
            throw new NumericalException($"the {n}×{n} matrix is singular to working precision: its {what} is not finite");
    }

    /// <summary>True when every element is finite: x − x is 0 for finite x and NaN otherwise (vectorised).</summary>
    public static bool AllFinite(ReadOnlySpan<double> values)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && values.Length >= Vector<double>.Count)
        {
            var acc = Vector<double>.Zero;
            var vectors = MemoryMarshal.Cast<double, Vector<double>>(values);
            foreach (var v in vectors)
                acc += v - v;
            for (var j = 0; j < Vector<double>.Count; j++)
                if (acc[j] != 0)
                    return false;
            i = vectors.Length * Vector<double>.Count;
        }
        for (; i < values.Length; i++)
            if (!double.IsFinite(values[i]))
                return false;
        return true;
    }

    /// <summary>A ← I − A in place for an n×n column-major matrix.</summary>
    public static void IdentityMinus(int n, Span<double> matrix)
    {
        for (var j = 0; j < n; j++)
        {
            var column = matrix.Slice(j * n, n);
            for (var i = 0; i < n; i++)
                column[i] = -column[i];
            column[j] += 1.0;
        }
    }

    /// <summary>Copies the strict lower triangle onto the upper one, making the matrix symmetric.</summary>
    public static void SymmetrizeFromLower(int n, Span<double> matrix)
    {
        for (var j = 0; j < n; j++)
            for (var i = j + 1; i < n; i++)
                matrix[j + i * n] = matrix[i + j * n];
    }

    public static string Singular(int n, int pivot, string routine) =>
        $"the {n}×{n} matrix is singular: pivot U({pivot},{pivot}) is exactly zero ({routine})";

    public static string NotPositiveDefinite(int n, int order, string routine) =>
        $"the {n}×{n} matrix is not positive definite: its leading minor of order {order} is not positive ({routine})";

    /// <summary>Checks the right-hand sides of a factored n×n solve (nrhs ≥ 0, n×nrhs elements, finite);
    /// false when there is nothing to solve.</summary>
    public static bool RightHandSides(int n, int nrhs, ReadOnlySpan<double> b)
    {
        Dimension(nrhs, nameof(nrhs));
        Length(b.Length, n, nrhs, nameof(b));
        Finite(b, nameof(b));
        return n != 0 && nrhs != 0;
    }
}
