namespace TradeScope.Reports;

/// <summary>
/// Several outputs of one command written all-or-nothing: every file is checked before the computation
/// (<see cref="Check"/>), then rendered to a temporary file beside its target and renamed only when all of them were
/// rendered (<see cref="WriteAll"/>), so a failure leaves none of them behind.
/// </summary>
public static class OutputFiles
{
    /// <summary>Checks that an output file can be created: its folder exists and accepts new files (a probe file is
    /// created and deleted), and the path is neither a directory nor a read-only file.</summary>
    /// <exception cref="Core.InputException">"OPTION PATH: …; what to do" (one line).</exception>
    public static void Check(string? path, string option)
    {
        if (path is null || path == "-")
            return;
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
            throw Core.InputException.Argument(option, path, "is a directory; give a file name");
        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
            throw Core.InputException.Argument(option, path, $"the output folder {directory} does not exist; create it first");
        if (File.Exists(full) && File.GetAttributes(full).HasFlag(FileAttributes.ReadOnly))
            throw Core.InputException.Argument(option, path, "is a read-only file; choose another name or make it writable");
        Probe(directory, path, option);
    }

    /// <summary>Checks a folder that a command creates if missing and writes into: it is not a file, and it (or, when
    /// missing, its nearest existing parent) accepts new files.</summary>
    /// <exception cref="Core.InputException">"OPTION PATH: …; what to do" (one line).</exception>
    public static void CheckFolder(string path, string option)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
            throw Core.InputException.Argument(option, path, "is a file; give a directory (it is created if missing)");
        var existing = full;
        while (!Directory.Exists(existing))
        {
            var parent = Path.GetDirectoryName(existing);
            if (parent is null)
                return;
            if (File.Exists(parent))
                throw Core.InputException.Argument(option, path, $"{parent} is a file, not a folder; choose another directory");
            existing = parent;
        }
        Probe(existing, path, option);
    }

    /// <summary>Creates and deletes an empty file in <paramref name="directory"/>: the only portable test that the
    /// folder accepts files (permissions, read-only mounts, pseudo file systems such as /proc).</summary>
    private static void Probe(string directory, string path, string option)
    {
        var probe = Path.Combine(directory, $".tradescope-probe-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            { }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Core.InputException.Argument(option, path, $"cannot write there ({Reason(e)}); choose another folder");
        }
        finally
        {
            TryDelete(probe);
        }
    }

    /// <summary>Why a file could not be written, in words: permission denied, read-only file system, disk full, or the
    /// system's message.</summary>
    public static string Reason(Exception e)
    {
        const int ReadOnlyFileSystem = 30,
            NoSpace = 28,
            DiskFullWindows = unchecked((int)0x80070070);
        return e switch
        {
            UnauthorizedAccessException => "permission denied",
            IOException { HResult: ReadOnlyFileSystem } => "read-only file system",
            IOException { HResult: NoSpace or DiskFullWindows } => "disk full",
            // A folder that exists but refuses new entries (e.g. /proc) reports them as "not found".
            FileNotFoundException or DirectoryNotFoundException => "permission denied / read-only",
            _ => e.Message.ReplaceLineEndings(" ").TrimEnd('.'),
        };
    }

    /// <summary>The one-line error for a failure while writing <paramref name="path"/> (after the checks passed:
    /// disk full, permissions changed, a network drive gone).</summary>
    public static Core.InputException WriteFailed(string path, Exception e) =>
        new($"{path}: cannot write ({Reason(e)}); nothing was written, choose another folder or free some space", e);

    /// <summary>Deletes a temporary file if it exists, ignoring failures (it is in the output folder and named as ours).</summary>
    internal static void TryDelete(string path)
    {
        try
        {
            if (File.Exists(path))
                File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the original failure is the one reported.
        }
    }

    /// <summary>
    /// Renders every output (a null or "-" path goes to <paramref name="standardOutput"/>, written last), then moves
    /// the files into place. If any rendering fails, no output file is created or replaced.
    /// </summary>
    /// <exception cref="Core.InputException">A file could not be written (<see cref="WriteFailed"/>); no temporary file
    /// is left.</exception>
    public static void WriteAll(IReadOnlyList<(string? Path, Action<Stream> Write)> outputs, Stream standardOutput)
    {
        var temps = new List<(string Temp, string Target, string Given)>();
        MemoryStream? console = null;
        var current = "";
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
                current = path;
                var full = Path.GetFullPath(path);
                var directory = Path.GetDirectoryName(full)!;
                if (!Directory.Exists(directory))
                    throw new Core.InputException($"{path}: the output folder {directory} does not exist; create it first");
                var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{temps.Count}.tmp");
                temps.Add((temp, full, path));
                using var stream = new FileStream(temp, FileMode.Create, FileAccess.ReadWrite);
                write(stream);
            }
            foreach (var (temp, target, given) in temps)
            {
                current = given;
                File.Move(temp, target, overwrite: true);
            }
            if (console is not null)
            {
                console.Position = 0;
                console.CopyTo(standardOutput);
                standardOutput.Flush();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && current.Length > 0)
        {
            throw WriteFailed(current, e);
        }
        finally
        {
            foreach (var (temp, _, _) in temps)
                TryDelete(temp);
        }
    }
}
