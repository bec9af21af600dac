using System.CommandLine;
using TradeScope.Reports;
using TradeScope.Reports.Formats;

namespace TradeScope.Cli;

/// <summary>
/// The three options of every command that writes a report — <c>--format</c>, <c>--out</c>, <c>--lang</c> — declared in
/// one place, and what a parse of them means: where the report goes, in which format (<see
/// cref="CommonOptions.ResolveFormat"/>: --format, else the extension of --out, else the command's default) and language.
/// </summary>
internal sealed class ReportOptions
{
    private readonly CliContext _context;
    private readonly OutputFormat _fallback;

    /// <param name="fallback">The format of a report written to standard output without --format.</param>
    /// <param name="offered">The formats --format accepts; null = every registered format.</param>
    public ReportOptions(CliContext context, OutputFormat fallback, IEnumerable<OutputFormat>? offered = null)
    {
        _context = context;
        _fallback = fallback;
        Format = CommonOptions.Format(offered ?? context.Formats.All);
        Out = CommonOptions.Out(context.Formats);
        Lang = CommonOptions.Lang();
    }

    public Option<string?> Format { get; }

    public Option<string?> Out { get; }

    public Option<string> Lang { get; }

    /// <summary>Where, in which format and language the report goes; resolve it before the work, so that a wrong
    /// --format or --out extension fails at once.</summary>
    /// <exception cref="Core.InputException">An unknown format or extension, or --format and --out disagree.</exception>
    public ReportTarget Target(ParseResult parse)
    {
        var path = parse.GetValue(Out);
        var format = CommonOptions.ResolveFormat(parse.GetValue(Format), path, _fallback, _context.Formats);
        return new ReportTarget(path, format, CommonOptions.ParseLanguage(parse.GetValue(Lang)));
    }
}

/// <summary>Where a report goes (null or "-" = standard output), its format and its language.</summary>
internal sealed record ReportTarget(string? Path, OutputFormat Format, Language Language);
