using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace TradeScope.LinearAlgebra;

/// <summary>
/// Chooses a linear-algebra provider. Unlike Math.NET's LinearAlgebraControl there is no global mutable provider:
/// callers pick one here and pass the <see cref="ILinearAlgebra"/> to the methods that need it.
/// </summary>
/// <remarks>
/// Names: <c>auto</c> (the <see cref="EnvironmentVariable"/> override if set, else OpenBLAS when it loads, else
/// managed), <c>managed</c>, <c>openblas</c>. OpenBLAS is probed once per process (load + every imported symbol).
/// </remarks>
public static class LinearAlgebraProviders
{
    /// <summary>Environment variable overriding <c>auto</c>: <c>managed</c>, <c>openblas</c> or <c>auto</c>.</summary>
    public const string EnvironmentVariable = "TRADESCOPE_BLAS";

    /// <summary>The names <see cref="FromName"/> accepts.</summary>
    public static IReadOnlyList<string> Names { get; } = ["auto", "managed", "openblas"];

    private static readonly Lazy<(OpenBlasLinearAlgebra? Provider, string? Reason)> Native = new(() =>
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsWindows())
            return (null, "OpenBLAS is not supported on this platform");
        try
        {
            return OpenBlasNative.TryProbe(out var reason) ? (new OpenBlasLinearAlgebra(), null) : (null, reason);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            return (null, $"{OpenBlasNative.Library} could not be loaded ({e.Message})");
        }
    });

    /// <summary>The managed provider (TradeScope's own blocked kernels, <see cref="ManagedLinearAlgebra"/>); always available.</summary>
    public static ILinearAlgebra Managed => ManagedLinearAlgebra.Instance;

    /// <summary>The OpenBLAS provider; throws <see cref="InvalidOperationException"/> with the reason when
    /// <c>libopenblas.so.0</c> cannot be loaded.</summary>
    public static ILinearAlgebra OpenBlas => Native.Value.Provider ?? throw new InvalidOperationException(Native.Value.Reason);

    /// <summary>True when OpenBLAS loads.</summary>
    public static bool IsOpenBlasAvailable => Native.Value.Provider is not null;

    /// <summary>Why OpenBLAS is unavailable (e.g. "libopenblas.so.0 not found: apt-get install libopenblas0-pthread"), or null.</summary>
    public static string? OpenBlasUnavailableReason => Native.Value.Reason;

    /// <summary>The OpenBLAS provider when the library loads.</summary>
    public static bool TryOpenBlas([NotNullWhen(true)] out ILinearAlgebra? provider)
    {
        provider = Native.Value.Provider;
        return provider is not null;
    }

    /// <summary>The environment override <see cref="EnvironmentVariable"/> if set (an unknown value or an unavailable
    /// provider throws, as in <see cref="FromName"/>), else OpenBLAS when it loads, else managed.</summary>
    public static ILinearAlgebra Best()
    {
        var overridden = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(overridden) && !IsAuto(overridden))
        {
            try
            {
                return Explicit(overridden);
            }
            catch (ArgumentException e)
            {
                throw new InvalidOperationException($"{EnvironmentVariable}={overridden}: {e.Message}", e);
            }
        }
        return TryOpenBlas(out var native) ? native : Managed;
    }

    /// <summary>The provider with this name (case-insensitive): <c>auto</c> = <see cref="Best"/>, <c>managed</c>,
    /// <c>openblas</c>. An unknown name → <see cref="ArgumentException"/>; <c>openblas</c> where it cannot be loaded →
    /// <see cref="InvalidOperationException"/> with the reason.</summary>
    public static ILinearAlgebra FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return IsAuto(name) ? Best() : Explicit(name);
    }

    /// <summary>One line on the providers: what <c>auto</c> selects and why, with OpenBLAS's version, build
    /// configuration (<c>openblas_get_config</c>), kernel and threads, e.g. for <c>tradescope version</c> and report footers.</summary>
    public static string Describe()
    {
        var native = Native.Value.Provider;
        var openblas = native is null
            ? $"OpenBLAS unavailable ({Native.Value.Reason})"
            : string.Create(
                CultureInfo.InvariantCulture,
                $"{native.Configuration} (kernel {native.CoreName}, {native.Threads} threads, {OpenBlasNative.Library})"
            );
        var overridden = Environment.GetEnvironmentVariable(EnvironmentVariable);
        string selected;
        try
        {
            selected = Best().Name;
        }
        catch (InvalidOperationException e)
        {
            selected = $"none ({e.Message})";
        }
        var why = string.IsNullOrWhiteSpace(overridden) ? "auto" : $"{EnvironmentVariable}={overridden}";
        return $"linear algebra: {selected} [{why}]; {openblas}; fallback {Managed.Name}";
    }

    private static bool IsAuto(string name) => name.Trim().Equals("auto", StringComparison.OrdinalIgnoreCase);

    private static ILinearAlgebra Explicit(string name) =>
        name.Trim().ToLowerInvariant() switch
        {
            "managed" => Managed,
            "openblas" => OpenBlas,
            _ => throw new ArgumentException($"unknown linear-algebra provider '{name}'; use {string.Join('|', Names)}", nameof(name)),
        };
}
