namespace TradeScope.Reports;

/// <summary>Writes output files atomically: the content goes to a temporary file beside the target that is
/// renamed over it only when writing succeeded, so a failure never leaves a half-written file.</summary>
public static class OutputFile
{
    /// <summary>Writes to <paramref name="path"/>, or to standard output when the path is null or "-".</summary>
    /// <exception cref="Core.InputException">The folder is missing, or writing failed (disk full, permission denied):
    /// one line, the target untouched and no temporary file left.</exception>
    public static void Write(string? path, Action<Stream> write)
    {
        if (path is null || path == "-")
        {
            using var stdout = Console.OpenStandardOutput();
            write(stdout);
            stdout.Flush();
            return;
        }
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
            throw new Core.InputException($"{path}: the output folder {directory} does not exist; create it first");
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.ReadWrite))
                write(stream);
            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputFiles.WriteFailed(path, e);
        }
        finally
        {
            OutputFiles.TryDelete(temp);
        }
    }
}
