using System.Globalization;
using System.Reflection;

namespace TradeScope.Reports;

/// <summary>
/// One run of the program as a report records it: the TradeScope version, the date (UTC) and the command line as
/// typed. Passed from the command-line entry point to the report; tests give a fixed date.
/// </summary>
/// <param name="Version">The assembly informational version of the TradeScope library.</param>
/// <param name="Date">When the run started.</param>
/// <param name="Arguments">The arguments after the program name.</param>
public sealed record RunInfo(string Version, DateTimeOffset Date, IReadOnlyList<string> Arguments)
{
    /// <summary>The program name used in the recorded command line.</summary>
    public const string ProgramName = "tradescope";

    /// <summary>A run of this build with the given arguments at <paramref name="date"/>.</summary>
    public static RunInfo Of(IReadOnlyList<string> arguments, DateTimeOffset date) => new(LibraryVersion, date, arguments);

    /// <summary>The informational version of the TradeScope assembly (e.g. "1.0.0+commit").</summary>
    public static string LibraryVersion { get; } =
        typeof(RunInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(RunInfo).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>The date in UTC, ISO 8601 to the second, e.g. <c>2026-11-30T08:45:00Z</c>.</summary>
    public string DateUtc => Date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The command line, each argument quoted for a POSIX shell where needed, so it can be pasted back.</summary>
    public string CommandLine => string.Join(' ', new[] { ProgramName }.Concat(Arguments.Select(ShellQuote)));

    /// <summary>An argument as a POSIX shell reads it back: unchanged when it holds only safe characters, else in
    /// single quotes (a single quote inside becomes <c>'\''</c>).</summary>
    public static string ShellQuote(string argument)
    {
        if (argument.Length > 0 && argument.All(IsSafe))
            return argument;
        return "'" + argument.Replace("'", "'\\''") + "'";
    }

    private static bool IsSafe(char c) => char.IsAsciiLetterOrDigit(c) || "_-.,/:=@%+".Contains(c);
}
