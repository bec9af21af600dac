namespace TradeScope.Reports;

/// <summary>
/// Several outputs of one command written all-or-nothing: every file is checked before the computation
/// (<see cref="Check"/>), then rendered to a temporary file beside its target and renamed only when all of them were
/// rendered (<see cref="WriteAll"/>), so a failure leaves none of them behind.
/// </summary>
public static class OutputFiles
{
    /// <summary>Checks that an output file can be created: its folder exists and it is not a directory.</summary>
    /// <exception cref="Core.InputException">"OPTION PATH: the output folder … does not exist; create it first".</exception>
    public static void Check(string? path, string option)
    {
        if (path is null || path == "-") return;
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw Core.InputException.Argument(option, path, "is a directory; give a file name");
        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
            throw Core.InputException.Argument(option, path, $"the output folder {directory} does not exist; create it first");
    }

    /// <summary>
    /// Renders every output (a null or "-" path goes to <paramref name="standardOutput"/>, written last), then moves
    /// the files into place. If any rendering fails, no output file is created or replaced.
    /// </summary>
    public static void WriteAll(IReadOnlyList<(string? Path, Action<Stream> Write)> outputs, Stream standardOutput)
    {
        var temps = new List<(string Temp, string Target)>();
        MemoryStream? console = null;
        try
        {
            foreach (var (path, write) in outputs)
            {
                if (path is null || path == "-")
                {
                    console ??= new MemoryStream();
                    write(console);
                    continue;
                }
                var full = Path.GetFullPath(path);
                var directory = Path.GetDirectoryName(full)!;
                if (!Directory.Exists(directory))
                    throw new Core.InputException($"{path}: the output folder {directory} does not exist; create it first");
                var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{temps.Count}.tmp");
                temps.Add((temp, full));
                using var stream = new FileStream(temp, FileMode.Create, FileAccess.ReadWrite);
                write(stream);
            }
            foreach (var (temp, target) in temps) File.Move(temp, target, overwrite: true);
            if (console is not null)
            {
                console.Position = 0;
                console.CopyTo(standardOutput);
                standardOutput.Flush();
            }
        }
        finally
        {
            foreach (var (temp, _) in temps) if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
