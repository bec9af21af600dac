using System.Runtime.InteropServices;

namespace TradeScope.LinearAlgebra;

/// <summary>
/// Storage for large dense matrices that are written once in full and then factored in place (e.g. I − A before
/// dgetrf + dgetri): not zeroed, pinned, and on Linux pre-faulted with one <c>madvise(MADV_POPULATE_WRITE)</c> call.
/// </summary>
/// <remarks>
/// Why: the first write to freshly mapped memory page-faults once per 4 KiB page. For the 96 MB Leontief inverse of a
/// 3,465-industry table that is 23,500 faults, measured at 0.6–1.2 s on the project's 2-core VM (Firecracker, where
/// fresh guest memory is also faulted in by the host) — more than all the O(n²) arithmetic around the inverse.
/// Populating the range in one system call measured 0.17–0.43 s for the same allocation and first write; transparent
/// huge pages (MADV_HUGEPAGE) measured 0.40–0.88 s there, and both together were slower (docs/performance.md).
/// The array lives on the pinned object heap so the populated range stays the array's. Where the call is unavailable
/// (other OS, Linux before 5.14, no libc) this is an ordinary uninitialized array: only the speed differs, never the
/// content.
/// </remarks>
internal static partial class MatrixStorage
{
    /// <summary>Arrays smaller than this (8 MiB) are ordinary uninitialized arrays: few pages, nothing to gain.</summary>
    private const long PopulateThresholdBytes = 8L << 20;

    private const nint Page = 4096;
    private const int MadvPopulateWrite = 23; // Linux ≥ 5.14

    private static volatile bool _unavailable;

    /// <summary>An uninitialized array of <paramref name="length"/> doubles: the caller must write every element.</summary>
    public static double[] Uninitialized(int length, long thresholdBytes = PopulateThresholdBytes)
    {
        if ((long)length * sizeof(double) < thresholdBytes || _unavailable || !OperatingSystem.IsLinux())
            return GC.AllocateUninitializedArray<double>(length);
        var array = GC.AllocateUninitializedArray<double>(length, pinned: true);
        Populate(array);
        return array;
    }

    /// <summary>A zeroed array of <paramref name="length"/> doubles, pre-faulted like <see cref="Uninitialized"/> from 256 KiB.</summary>
    public static double[] Zeroed(int length)
    {
        var array = Uninitialized(length, 256L << 10);
        Array.Clear(array);
        return array;
    }

    private static unsafe void Populate(double[] pinned)
    {
        fixed (double* p = pinned)
        {
            var start = ((nint)p + Page - 1) & ~(Page - 1);
            var end = ((nint)p + (nint)pinned.Length * sizeof(double)) & ~(Page - 1);
            if (end <= start)
                return;
            try
            {
                // A failure (EINVAL before Linux 5.14) only loses the speed-up: the pages then fault in on first write.
                if (Madvise(start, (nuint)(end - start), MadvPopulateWrite) != 0)
                    _unavailable = true;
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                _unavailable = true;
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(nint address, nuint length, int advice);
}
