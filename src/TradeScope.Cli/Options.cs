using System.CommandLine;
using TradeScope.Core;
using TradeScope.LinearAlgebra;
using TradeScope.Reports;

namespace TradeScope.Cli;

/// <summary>Options shared by several commands, and their validation into domain values.</summary>
public static class CommonOptions
{
    public static Option<string?> Out() => new("--out", "-o") { Description = "Output file; the format follows the extension (.csv, .json, .md, .xlsx). Default: standard output." };
    public static Option<string?> Format(params string[] allowed)
    {
        var option = new Option<string?>("--format") { Description = $"Output format: {string.Join('|', allowed)}." };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }
    public static Option<string> Lang()
    {
        var option = new Option<string>("--lang") { Description = "Language of headers and labels: en|ru.", DefaultValueFactory = _ => "en" };
        option.AcceptOnlyFromAmong("en", "ru");
        return option;
    }

    /// <summary><c>--blas auto|managed|openblas</c>: the linear-algebra provider (default auto: OpenBLAS when
    /// libopenblas.so.0 loads, else managed; the TRADESCOPE_BLAS environment variable overrides auto).
    /// Turn the value into a provider with <see cref="ParseBlas"/>.</summary>
    public static Option<string> Blas()
    {
        var option = new Option<string>("--blas")
        {
            Description = $"Linear-algebra provider: auto (OpenBLAS when libopenblas.so.0 loads, else managed; {LinearAlgebraProviders.EnvironmentVariable} overrides auto), managed, openblas.",
            DefaultValueFactory = _ => "auto",
        };
        option.AcceptOnlyFromAmong([.. LinearAlgebraProviders.Names]);
        return option;
    }

    /// <summary>The provider for a <c>--blas</c> value; an unknown or unavailable provider (or a bad
    /// TRADESCOPE_BLAS value under auto) → <see cref="InputException"/> with the reason. When <c>auto</c> falls back
    /// to the managed provider because OpenBLAS does not load (<see cref="CliContext.OpenBlasUnavailableReason"/>),
    /// one warning line on the context's error stream says so and how to install it.</summary>
    public static ILinearAlgebra ParseBlas(string? value, CliContext context)
    {
        var name = (value ?? "auto").Trim();
        var overridden = Environment.GetEnvironmentVariable(LinearAlgebraProviders.EnvironmentVariable);
        var effective = IsAuto(name) && !string.IsNullOrWhiteSpace(overridden) ? overridden.Trim() : name;
        try
        {
            if (context.OpenBlasUnavailableReason() is { } missing)
            {
                if (IsAuto(effective))
                {
                    context.Warn(OpenBlasFallback(missing));
                    return LinearAlgebraProviders.Managed;
                }
                if (effective.Equals("openblas", StringComparison.OrdinalIgnoreCase)) throw new InvalidOperationException(missing);
            }
            return LinearAlgebraProviders.FromName(name);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            throw InputException.Argument("--blas", value ?? "auto", e.Message);
        }
    }

    /// <summary><see cref="ParseBlas(string?, CliContext)"/> with the process's console as the context (the fallback
    /// warning goes to standard error). Commands pass their own context.</summary>
    public static ILinearAlgebra ParseBlas(string? value) => ParseBlas(value, CliContext.FromConsole());

    /// <summary>The warning when <c>auto</c> runs the managed provider: which provider runs, why, and how to install
    /// OpenBLAS or silence it. The loader's own install hint (": apt-get install …") is not repeated.</summary>
    public static string OpenBlasFallback(string reason)
    {
        var hint = reason.IndexOf(": apt-get install", StringComparison.Ordinal);
        var why = hint > 0 ? reason[..hint] : reason;
        return $"OpenBLAS not found ({why}); using the managed provider — install libopenblas0-pthread (Debian/Ubuntu) " +
               "or set --blas managed to silence this";
    }

    private static bool IsAuto(string name) => name.Equals("auto", StringComparison.OrdinalIgnoreCase);

    public static Language ParseLanguage(string? text) => text == "ru" ? Language.Ru : Language.En;

    /// <summary>The format from --format, else from the --out extension, else the fallback.</summary>
    public static TableFormat ResolveFormat(string? format, string? outPath, TableFormat fallback)
    {
        if (format is not null) return TableFormats.TryParse(format, out var f) ? f : throw InputException.Argument("--format", format, "unknown format");
        if (outPath is not null && outPath != "-")
            return TableFormats.FromPath(outPath) ?? throw InputException.Argument("--out", outPath, "unknown extension; use .csv, .json, .md or .xlsx, or pass --format");
        return fallback;
    }
}
