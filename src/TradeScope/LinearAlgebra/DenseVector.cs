using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace TradeScope.LinearAlgebra;

/// <summary>Level-1 loops (BLAS daxpy, ddot, dscal) on <see cref="Vector{T}"/>, for the O(n²) parts of the managed kernels.</summary>
internal static class DenseVector
{
    /// <summary>y += α·x (daxpy).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Axpy(double alpha, ReadOnlySpan<double> x, Span<double> y)
    {
        if (x.Length != y.Length)
            throw new ArgumentException("lengths differ");
        var i = 0;
        if (Vector.IsHardwareAccelerated && x.Length >= Vector<double>.Count)
        {
            var a = new Vector<double>(alpha);
            var xs = MemoryMarshal.Cast<double, Vector<double>>(x);
            var ys = MemoryMarshal.Cast<double, Vector<double>>(y);
            for (var v = 0; v < xs.Length; v++)
                ys[v] += a * xs[v];
            i = xs.Length * Vector<double>.Count;
        }
        for (; i < x.Length; i++)
            y[i] += alpha * x[i];
    }

    /// <summary>Σ x_i·y_i (ddot).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length)
            throw new ArgumentException("lengths differ");
        var i = 0;
        var sum = 0.0;
        if (Vector.IsHardwareAccelerated && x.Length >= 2 * Vector<double>.Count)
        {
            var xs = MemoryMarshal.Cast<double, Vector<double>>(x);
            var ys = MemoryMarshal.Cast<double, Vector<double>>(y);
            Vector<double> s0 = Vector<double>.Zero,
                s1 = Vector<double>.Zero;
            var v = 0;
            for (; v + 1 < xs.Length; v += 2)
            {
                s0 += xs[v] * ys[v];
                s1 += xs[v + 1] * ys[v + 1];
            }
            if (v < xs.Length)
                s0 += xs[v] * ys[v];
            sum = Vector.Sum(s0 + s1);
            i = xs.Length * Vector<double>.Count;
        }
        for (; i < x.Length; i++)
            sum += x[i] * y[i];
        return sum;
    }

    /// <summary>x ← α·x (dscal).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scale(double alpha, Span<double> x)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && x.Length >= Vector<double>.Count)
        {
            var a = new Vector<double>(alpha);
            var xs = MemoryMarshal.Cast<double, Vector<double>>(x);
            for (var v = 0; v < xs.Length; v++)
                xs[v] *= a;
            i = xs.Length * Vector<double>.Count;
        }
        for (; i < x.Length; i++)
            x[i] *= alpha;
    }
}
