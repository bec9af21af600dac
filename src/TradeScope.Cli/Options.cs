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
    /// TRADESCOPE_BLAS value under auto) → <see cref="InputException"/> with the reason.</summary>
    public static ILinearAlgebra ParseBlas(string? value)
    {
        try
        {
            return LinearAlgebraProviders.FromName(value ?? "auto");
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            throw InputException.Argument("--blas", value ?? "auto", e.Message);
        }
    }

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
