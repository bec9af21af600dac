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
        var path = string.Join(' ', Path(parse.CommandResult).Reverse());
        var usage = command.Subcommands.Count > 0 ? $"{path} [command] [options]" : $"{path} [options]";
        error.WriteLine($"Usage: {usage}");
        error.WriteLine($"Run '{path} --help' for the {(command.Subcommands.Count > 0 ? "commands and options" : "options")}.");
        return App.Usage;
    }

    private static IEnumerable<string> Path(System.CommandLine.Parsing.CommandResult result)
    {
        for (var current = result; current is not null; current = current.Parent as System.CommandLine.Parsing.CommandResult)
            yield return current.Parent is null ? App.ProgramName : current.Command.Name;
    }
}
