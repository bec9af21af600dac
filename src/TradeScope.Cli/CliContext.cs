using TradeScope.Reports;
using TradeScope.Reports.Formats;

namespace TradeScope.Cli;

/// <summary>Where a command writes: standard output (a stream, so binary XLSX works too) and the error writer.
/// Tests pass in-memory streams.</summary>
public sealed class CliContext(Stream standardOutput, TextWriter error)
{
    public Stream StandardOutput { get; } = standardOutput;
    public TextWriter Error { get; } = error;

    /// <summary>The clock of the run's date (UTC now; tests give a fixed date).</summary>
    public Func<DateTimeOffset> Clock { get; init; } = () => DateTimeOffset.UtcNow;

    /// <summary>The run being executed (version, date, command line), set by <see cref="App.Run"/>; reports record it.</summary>
    public RunInfo Run { get; private init; } = RunInfo.Of([], DateTimeOffset.UnixEpoch);

    /// <summary>The same streams and clock for one run of <paramref name="arguments"/>, dated now by the clock.</summary>
    public CliContext ForRun(IReadOnlyList<string> arguments) =>
        new(StandardOutput, Error)
        {
            Clock = Clock,
            Run = RunInfo.Of(arguments, Clock()),
            OpenBlasUnavailableReason = OpenBlasUnavailableReason,
            RethrowInternalErrors = RethrowInternalErrors,
            Formats = Formats,
            Cancellation = Cancellation,
            ProgressSink = ProgressSink,
        };

    /// <summary>Cancels the run at its next progress report (the dashboard passes the request's token; the console none).
    /// A cancelled run ends with <see cref="App.Cancelled"/> and writes nothing.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Receives the library's progress reports besides (or instead of) the console bar: the dashboard streams them
    /// to the browser. Null = none.</summary>
    public IProgress<Core.ProgressStep>? ProgressSink { get; init; }

    /// <summary>True to let unexpected exceptions escape with their stack trace instead of exit 70 (default: the
    /// TRADESCOPE_DEBUG environment variable is set); tests fix it so they do not depend on the environment.</summary>
    public bool RethrowInternalErrors { get; init; } = Environment.GetEnvironmentVariable("TRADESCOPE_DEBUG") is not null;

    /// <summary>The output formats commands offer and recognise (default: the shipped ones); tests register more.</summary>
    public OutputFormatRegistry Formats { get; init; } = OutputFormats.Default;

    /// <summary>Why OpenBLAS cannot be used, or null when it loads (default: the library's probe,
    /// <see cref="LinearAlgebra.LinearAlgebraProviders.OpenBlasUnavailableReason"/>); tests inject a missing library here.</summary>
    public Func<string?> OpenBlasUnavailableReason { get; init; } = () => LinearAlgebra.LinearAlgebraProviders.OpenBlasUnavailableReason;

    public static CliContext FromConsole() => new(Console.OpenStandardOutput(), Console.Error);

    /// <summary>Writes to the file (atomically) or, when <paramref name="path"/> is null or "-", to standard output.</summary>
    public void WriteOutput(string? path, Action<Stream> write)
    {
        if (path is null || path == "-")
        {
            write(StandardOutput);
            StandardOutput.Flush();
        }
        else
            OutputFile.Write(path, write);
    }

    /// <summary>Writes a report with its provenance: to standard output (streamed), or to the file and, for CSV, its
    /// provenance sidecar, both atomically (all or none).</summary>
    public void WriteReport(string? path, ReportDocument document, OutputFormat format, Language language)
    {
        if (path is null || path == "-")
            WriteOutput(path, stream => format.Render(document, language, stream));
        else
            OutputFiles.WriteAll(ReportOutput.Files(path, document, format, language), StandardOutput);
    }

    /// <summary>Writes a report where <paramref name="target"/> says (<see cref="ReportOptions.Target"/>).</summary>
    internal void WriteReport(ReportTarget target, ReportDocument document) =>
        WriteReport(target.Path, document, target.Format, target.Language);

    /// <summary>The provenance of a report of this run.</summary>
    public ReportProvenance Provenance(IEnumerable<Core.Provenance> sources, string? linearAlgebra = null) =>
        new(Run, [.. sources], linearAlgebra);

    /// <summary>A warning line on the error stream (never on standard output, which may carry CSV).</summary>
    public void Warn(string message) => Error.WriteLine($"warning: {message}");
}
