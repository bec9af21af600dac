using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using TradeScope.Core;
using TradeScope.LinearAlgebra;
using TradeScope.Reports;
using TradeScope.Reports.Formats;

namespace TradeScope.Cli;

/// <summary>Options shared by several commands, and their validation into domain values.</summary>
public static class CommonOptions
{
    /// <summary>What <c>--out</c> help says about formats, shared by every command that writes a table; the extensions
    /// are those of <paramref name="formats"/>.</summary>
    public static string OutHelp(OutputFormatRegistry formats) =>
        $"Output file; the format follows the extension ({formats.ExtensionList()}) or --format "
        + "(a --format that contradicts a known extension is an error; any other extension, e.g. .txt, needs --format). "
        + "Never one of the command's input files. Default: standard output.";

    /// <summary><c>--out</c>, with help naming the extensions of <paramref name="formats"/>.</summary>
    public static Option<string?> Out(OutputFormatRegistry formats) =>
        CommandFiles.Writes(new Option<string?>("--out", "-o") { Description = OutHelp(formats) });

    /// <summary><c>--format</c> restricted to the names of the <paramref name="offered"/> formats (registry entries, in
    /// the order help lists them).</summary>
    public static Option<string?> Format(IEnumerable<OutputFormat> offered)
    {
        string[] allowed = [.. offered.Select(f => f.Name)];
        var option = new Option<string?>("--format") { Description = $"Output format: {string.Join('|', allowed)}." };
        OneOf(option, allowed);
        return option;
    }

    public static Option<string> Lang()
    {
        var option = new Option<string>("--lang")
        {
            Description = "Language of headers and labels: en|ru.",
            DefaultValueFactory = _ => "en",
        };
        OneOf(option, "en", "ru");
        return option;
    }

    /// <summary>Restricts a text option to <paramref name="allowed"/> (shown in help as &lt;a|b&gt;). Unlike
    /// System.CommandLine's AcceptOnlyFromAmong, whose message does not name the option, a wrong value reads
    /// "--lang de: expected one of en, ru".</summary>
    public static T OneOf<T>(T option, params string[] allowed)
        where T : Option
    {
        option.CompletionSources.Add(allowed);
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
                if (!allowed.Contains(token.Value, StringComparer.Ordinal))
                    result.AddError($"{option.Name} {token.Value}: expected one of {string.Join(", ", allowed)}");
        });
        return option;
    }

    /// <summary>Kinds of whole-number values, as parse errors name them.</summary>
    public const string AYear = "a four-digit year",
        ACount = "a whole number";

    /// <summary><c>--seed N</c> (default 1) of random draws, a whole number; <paramref name="description"/> says of what.</summary>
    public static Option<int> Seed(string description) =>
        Whole(new Option<int>("--seed") { Description = description, DefaultValueFactory = _ => 1 }, ACount);

    /// <summary>Parses the option's value as <paramref name="kind"/> (<see cref="AYear"/>: 1000–9999; else any
    /// integer): a wrong value reads "--year abc: expected a four-digit year" instead of naming a .NET type.</summary>
    public static Option<int> Whole(Option<int> option, string kind)
    {
        option.CustomParser = result => ParseWhole(result, option.Name, kind) ?? 0;
        return option;
    }

    /// <inheritdoc cref="Whole(Option{int}, string)"/>
    public static Option<int?> Whole(Option<int?> option, string kind)
    {
        option.CustomParser = result => ParseWhole(result, option.Name, kind);
        return option;
    }

    private static int? ParseWhole(ArgumentResult result, string option, string kind)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Join(' ', result.Tokens.Select(t => t.Value));
        var ok =
            int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            && (kind != AYear || value is >= 1000 and <= 9999);
        if (ok)
            return value;
        result.AddError($"{option} {text}: expected {kind}");
        return null;
    }

    /// <summary><c>--blas auto|managed|openblas</c>: the linear-algebra provider (default auto: OpenBLAS when
    /// libopenblas.so.0 loads, else managed; the TRADESCOPE_BLAS environment variable overrides auto).
    /// Turn the value into a provider with <see cref="ParseBlas"/>.</summary>
    public static Option<string> Blas()
    {
        var option = new Option<string>("--blas")
        {
            Description =
                $"Linear-algebra provider: auto (OpenBLAS when libopenblas.so.0 loads, else managed; " +
                    $"{LinearAlgebraProviders.EnvironmentVariable} overrides auto), managed, openblas.",
            DefaultValueFactory = _ => "auto",
        };
        return OneOf(option, [.. LinearAlgebraProviders.Names]);
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
                if (effective.Equals("openblas", StringComparison.OrdinalIgnoreCase))
                    throw new InvalidOperationException(missing);
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
        return $"OpenBLAS not found ({why}); using the managed provider — install libopenblas0-pthread (Debian/Ubuntu) "
            + "or set --blas managed to silence this";
    }

    private static bool IsAuto(string name) => name.Equals("auto", StringComparison.OrdinalIgnoreCase);

    public static Language ParseLanguage(string? text) => text == "ru" ? Language.Ru : Language.En;

    /// <summary>The format from --format, else from the --out extension, else the fallback. A --format and a known
    /// --out extension that name different formats contradict each other (which one did the user mean?): an error.
    /// An unknown extension (.txt, none) takes the --format given; without --format it is an error.</summary>
    /// <exception cref="InputException">Unknown format or extension, or --format and --out disagree.</exception>
    public static OutputFormat ResolveFormat(string? format, string? outPath, OutputFormat fallback, OutputFormatRegistry formats)
    {
        var toFile = outPath is not null && outPath != "-";
        var byExtension = toFile ? formats.FromPath(outPath) : null;
        if (format is not null)
        {
            if (!formats.TryParse(format, out var chosen))
                throw InputException.Argument("--format", format, "unknown format");
            if (byExtension is { } implied && implied != chosen)
                throw new InputException($"--format {format} disagrees with --out {outPath} ({Path.GetExtension(outPath)}); drop one");
            return chosen;
        }
        if (toFile)
            return byExtension
                ?? throw InputException.Argument(
                    "--out",
                    outPath,
                    $"unknown extension; use {formats.ExtensionList(last: " or ")}, or pass --format"
                );
        return fallback;
    }
}
