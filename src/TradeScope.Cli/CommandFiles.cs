using System.CommandLine;
using System.Runtime.CompilerServices;
using TradeScope.Core;
using TradeScope.Reports;

namespace TradeScope.Cli;

/// <summary>
/// The files a command reads and writes, marked on its options when the command is built
/// (<see cref="Reads{T}"/>, <see cref="Writes{T}"/>, <see cref="WritesInto{T}"/>). <see cref="Check"/> runs once in
/// <see cref="App.Run"/> before any command body, so every output is validated before a minute of computation:
/// it must not be an input of the command (the write would destroy it) nor another output, and its folder must exist
/// and accept files.
/// </summary>
public static class CommandFiles
{
    private enum Role
    {
        Input,
        OutputFile,
        OutputFolder,
    }

    private static readonly ConditionalWeakTable<Option, StrongBox<Role>> Roles = new();

    /// <summary>Marks an option whose value may name a file or a directory of files the command reads.</summary>
    public static T Reads<T>(T option)
        where T : Option => Mark(option, Role.Input);

    /// <summary>Marks an option whose value names a file the command writes ("-" = standard output).</summary>
    public static T Writes<T>(T option)
        where T : Option => Mark(option, Role.OutputFile);

    /// <summary>Marks an option whose value names a directory the command creates if needed and writes files into.</summary>
    public static T WritesInto<T>(T option)
        where T : Option => Mark(option, Role.OutputFolder);

    private static T Mark<T>(T option, Role role)
        where T : Option
    {
        Roles.AddOrUpdate(option, new StrongBox<Role>(role));
        return option;
    }

    /// <summary>The options of <paramref name="command"/> marked as inputs, output files and output folders.</summary>
    public static (IReadOnlyList<Option> Inputs, IReadOnlyList<Option> Outputs, IReadOnlyList<Option> Folders) Marked(Command command)
    {
        var roles = command.Options.Select(o => (Option: o, Role: Roles.TryGetValue(o, out var box) ? box.Value : (Role?)null)).ToList();
        return (Pick(Role.Input), Pick(Role.OutputFile), Pick(Role.OutputFolder));
        List<Option> Pick(Role role) => [.. roles.Where(r => r.Role == role).Select(r => r.Option)];
    }

    /// <summary>
    /// Validates the output options of the parsed command: each output file can be created (<see cref="OutputFiles.Check"/>),
    /// differs from every other output, and is none of the files the input options name (a file, or any file directly
    /// in a directory; paths compared in full with symbolic links resolved, without case on Windows and macOS).
    /// </summary>
    /// <exception cref="InputException">One line naming the output option and what to do.</exception>
    public static void Check(ParseResult parse)
    {
        var (inputs, outputs, folders) = Marked(parse.CommandResult.Command);
        foreach (var folder in folders)
            if (Value(parse, folder) is { } path)
                OutputFiles.CheckFolder(path, folder.Name);
        var written = new List<(string Option, string Path, string Canonical)>();
        // The main output first, so a clash names the other option ("--series-out X: is the same file as --out X").
        foreach (var output in outputs.OrderBy(o => o.Name != "--out"))
        {
            if (Value(parse, output) is not { } path || path == "-")
                continue;
            OutputFiles.Check(path, output.Name);
            var canonical = FilePaths.Canonical(path);
            var earlier = written.FirstOrDefault(w => FilePaths.Same(w.Canonical, canonical));
            if (earlier.Option is not null)
            {
                var message = $"is the same file as {earlier.Option} {earlier.Path}; give each output its own file";
                throw InputException.Argument(output.Name, path, message);
            }
            written.Add((output.Name, path, canonical));
        }
        foreach (var input in inputs)
        {
            if (Value(parse, input) is not { } source)
                continue;
            foreach (var file in FilesOf(source))
            {
                var clash = written.FirstOrDefault(w => FilePaths.Same(w.Canonical, file));
                if (clash.Option is null)
                    continue;
                var what = Directory.Exists(source) ? $"a file of the {input.Name} directory {source}" : $"the {input.Name} input";
                var message = $"is {what}; writing it would destroy the input, choose another file name";
                throw InputException.Argument(clash.Option, clash.Path, message);
            }
        }
    }

    private static string? Value(ParseResult parse, Option option) =>
        option is Option<string> text && parse.GetValue(text) is { Length: > 0 } value ? value : null;

    /// <summary>Canonical paths of the files an input value names: the file, or the files directly in the directory;
    /// nothing for values that name neither (bundled:…, keywords such as "standard").</summary>
    private static IEnumerable<string> FilesOf(string value)
    {
        if (File.Exists(value))
            return [FilePaths.Canonical(value)];
        if (!Directory.Exists(value))
            return [];
        try
        {
            return [.. Directory.EnumerateFiles(value).Select(FilePaths.Canonical)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return []; // an unreadable directory is reported by the reader, with its own message
        }
    }
}

/// <summary>Full paths with symbolic links resolved, and their comparison as the platform's file system compares names.</summary>
public static class FilePaths
{
    /// <summary>Windows and macOS (by default) ignore case in file names; Linux does not.</summary>
    public static StringComparison Comparison =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>True when the two canonical paths name the same file.</summary>
    public static bool Same(string a, string b) => string.Equals(a, b, Comparison);

    /// <summary>
    /// The full path with every symbolic link along it resolved (the file itself and its folders), for comparing
    /// paths that may reach one file by different routes. .NET has no realpath; FileSystemInfo.ResolveLinkTarget
    /// resolves one entry, so the path is rebuilt entry by entry. Entries that do not exist are kept as written.
    /// </summary>
    public static string Canonical(string path) => Canonical(path, depth: 0);

    private static string Canonical(string path, int depth)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "";
        var current = root;
        foreach (var entry in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, entry);
            current = depth < 32 && LinkTarget(next) is { } target ? Canonical(target, depth + 1) : next;
        }
        return current;
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            return info.LinkTarget is null ? null : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        }
        catch (IOException)
        {
            return null; // a loop of links: keep the path as written
        }
    }
}
