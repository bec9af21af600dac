using TradeScope.Reports;

namespace TradeScope.Cli;

/// <summary>Where a command writes: standard output (a stream, so binary XLSX works too) and the error writer.
/// Tests pass in-memory streams.</summary>
public sealed class CliContext(Stream standardOutput, TextWriter error)
{
    public Stream StandardOutput { get; } = standardOutput;
    public TextWriter Error { get; } = error;

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
        else OutputFile.Write(path, write);
    }

    /// <summary>A warning line on the error stream (never on standard output, which may carry CSV).</summary>
    public void Warn(string message) => Error.WriteLine($"warning: {message}");
}
