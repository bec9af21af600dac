using System.CommandLine;
using System.CommandLine.Invocation;

namespace TradeScope.Cli;

/// <summary>
/// Command-line syntax errors (unknown option, missing or malformed value): the errors, a usage line and where to find
/// the options, all on the error stream — never the whole help on standard output, which may be redirected into a data
/// file. System.CommandLine's own <see cref="ParseErrorAction"/> prints the help to the output writer, hence this.
/// </summary>
internal static class SyntaxErrors
{
    /// <summary>True when the parse failed and its action would only report the errors.</summary>
    public static bool Failed(ParseResult parse) => parse.Action is ParseErrorAction;

    /// <summary>Writes "error: …" per parse error, then "Usage: tradescope CMD [options]" and the help hint; returns 1.</summary>
    public static int Report(ParseResult parse, TextWriter error)
    {
        foreach (var message in parse.Errors.Select(e => e.Message.ReplaceLineEndings(" ")).Distinct(StringComparer.Ordinal))
            error.WriteLine($"error: {message}");
        var command = parse.CommandResult.Command;
        foreach (var token in parse.UnmatchedTokens.Where(t => t.StartsWith('-')).Distinct(StringComparer.Ordinal))
            if (Closest(token, command) is { } suggestion)
                error.WriteLine($"did you mean {suggestion} (instead of {token})?");
        var path = string.Join(' ', Path(parse.CommandResult).Reverse());
        var usage = command.Subcommands.Count > 0 ? $"{path} [command] [options]" : $"{path} [options]";
        error.WriteLine($"Usage: {usage}");
        error.WriteLine($"Run '{path} --help' for the {(command.Subcommands.Count > 0 ? "commands and options" : "options")}.");
        return App.Usage;
    }

    /// <summary>The option of <paramref name="command"/> nearest to a mistyped one (edit distance at most 2, or the
    /// only option the token starts), or null. System.CommandLine's own typo correction is internal to it and prints
    /// on the output stream, hence this small one.</summary>
    internal static string? Closest(string token, Command command)
    {
        var names = command
            .Options.Where(o => !o.Hidden)
            .SelectMany(o => o.Aliases.Prepend(o.Name))
            .Where(n => n.StartsWith("--", StringComparison.Ordinal))
            .ToList();
        var prefixed = names.Where(n => n.StartsWith(token, StringComparison.Ordinal) && token.Length > 2).ToList();
        if (prefixed.Count == 1)
            return prefixed[0];
        return names
            .Select(n => (Name: n, Distance: Distance(token, n)))
            .Where(c => c.Distance <= 2)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();
    }

    /// <summary>Levenshtein distance (insertions, deletions, substitutions), two rows.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }

    private static IEnumerable<string> Path(System.CommandLine.Parsing.CommandResult result)
    {
        for (var current = result; current is not null; current = current.Parent as System.CommandLine.Parsing.CommandResult)
            yield return current.Parent is null ? App.ProgramName : current.Command.Name;
    }
}
