using System.Runtime.InteropServices;

namespace TradeScope.LinearAlgebra;

/// <summary>
/// P/Invoke declarations for Debian's <c>libopenblas.so.0</c> (OpenBLAS with its bundled LAPACK, LP64: 32-bit
/// integers). All OpenBLAS natives of the project live here (the one libc call, madvise, is in <see cref="MatrixStorage"/>).
/// </summary>
/// <remarks>
/// We call the Fortran symbols (<c>dgemm_</c>, <c>dgetrf_</c>, …) rather than CBLAS/LAPACKE: they are the one
/// interface every LAPACK exports, they let us run LAPACK's own workspace query (<c>lwork = −1</c>) and hand it
/// pinned managed memory, and LAPACKE would allocate and transpose behind our back. Fortran conventions: every
/// argument by reference, column-major storage, and for each CHARACTER argument a hidden string length (size_t)
/// appended after the visible arguments (gfortran ABI) — we pass it (1) so the Fortran-compiled LAPACK routines
/// (dgetri, dpotrs, dpotri) are called correctly; OpenBLAS's C-implemented routines ignore it.
/// Only pointer arguments are used, so the generated stubs do no marshalling. Callers pin spans with <c>fixed</c>.
/// </remarks>
internal static unsafe partial class OpenBlasNative
{
    public const string Library = "libopenblas.so.0";

    /// <summary>Every symbol this class imports, checked when the library is probed.</summary>
    public static readonly string[] Symbols =
    [
        "dgemm_",
        "dgemv_",
        "dgetrf_",
        "dgetri_",
        "dgetrs_",
        "dgesv_",
        "dpotrf_",
        "dpotrs_",
        "dpotri_",
        "openblas_get_config",
        "openblas_get_num_threads",
        "openblas_get_corename",
    ];

    [LibraryImport(Library, EntryPoint = "dgemm_")]
    public static partial void Dgemm(
        byte* transa,
        byte* transb,
        int* m,
        int* n,
        int* k,
        double* alpha,
        double* a,
        int* lda,
        double* b,
        int* ldb,
        double* beta,
        double* c,
        int* ldc,
        nuint transaLength,
        nuint transbLength
    );

    [LibraryImport(Library, EntryPoint = "dgemv_")]
    public static partial void Dgemv(
        byte* trans,
        int* m,
        int* n,
        double* alpha,
        double* a,
        int* lda,
        double* x,
        int* incx,
        double* beta,
        double* y,
        int* incy,
        nuint transLength
    );

    [LibraryImport(Library, EntryPoint = "dgetrf_")]
    public static partial void Dgetrf(int* m, int* n, double* a, int* lda, int* ipiv, int* info);

    [LibraryImport(Library, EntryPoint = "dgetri_")]
    public static partial void Dgetri(int* n, double* a, int* lda, int* ipiv, double* work, int* lwork, int* info);

    [LibraryImport(Library, EntryPoint = "dgetrs_")]
    public static partial void Dgetrs(
        byte* trans,
        int* n,
        int* nrhs,
        double* a,
        int* lda,
        int* ipiv,
        double* b,
        int* ldb,
        int* info,
        nuint transLength
    );

    [LibraryImport(Library, EntryPoint = "dgesv_")]
    public static partial void Dgesv(int* n, int* nrhs, double* a, int* lda, int* ipiv, double* b, int* ldb, int* info);

    [LibraryImport(Library, EntryPoint = "dpotrf_")]
    public static partial void Dpotrf(byte* uplo, int* n, double* a, int* lda, int* info, nuint uploLength);

    [LibraryImport(Library, EntryPoint = "dpotrs_")]
    public static partial void Dpotrs(byte* uplo, int* n, int* nrhs, double* a, int* lda, double* b, int* ldb, int* info, nuint uploLength);

    [LibraryImport(Library, EntryPoint = "dpotri_")]
    public static partial void Dpotri(byte* uplo, int* n, double* a, int* lda, int* info, nuint uploLength);

    /// <summary>Build configuration, e.g. "OpenBLAS 0.3.21 DYNAMIC_ARCH NO_AFFINITY Haswell MAX_THREADS=64".</summary>
    [LibraryImport(Library, EntryPoint = "openblas_get_config")]
    public static partial byte* GetConfig();

    [LibraryImport(Library, EntryPoint = "openblas_get_num_threads")]
    public static partial int GetNumThreads();

    /// <summary>The CPU kernel set chosen at load time, e.g. "Haswell".</summary>
    [LibraryImport(Library, EntryPoint = "openblas_get_corename")]
    public static partial byte* GetCoreName();

    /// <summary>Loads the library and checks every symbol; on failure returns the reason (for skip notices and errors).</summary>
    public static bool TryProbe(out string? reason)
    {
        if (!NativeLibrary.TryLoad(Library, typeof(OpenBlasNative).Assembly, null, out var handle))
        {
            reason = $"{Library} not found: apt-get install libopenblas0-pthread";
            return false;
        }
        foreach (var symbol in Symbols)
        {
            if (!NativeLibrary.TryGetExport(handle, symbol, out _))
            {
                reason = $"{Library} does not export {symbol} (a BLAS without LAPACK?): apt-get install libopenblas0-pthread";
                return false;
            }
        }
        reason = null;
        return true;
    }
}
