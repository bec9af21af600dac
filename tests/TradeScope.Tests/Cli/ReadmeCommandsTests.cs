using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using TradeScope.Tests.LinearAlgebra;
using Xunit;
using Xunit.Abstractions;

namespace TradeScope.Tests.Cli;

/// <summary>
/// Every <c>tradescope …</c> line of README.md's bash blocks (and the set-up <c>dotnet run … --</c> line) runs as written
/// from the repository root: in-process through App.Run with the working directory at the root, output files moved to
/// a temporary folder. Runs alone (the working directory is process-wide). Slow cases, measured in-process (Debug build)
/// on a shared 2-core machine under heavy load (load average ≈ 28): the 1995–2011 gvc-series 33 s, each 1995–2011
/// rvc-regress 29–30 s, gvc synth 77×45 8 s, gvc wwz on WIOD 2005 7 s; the whole class took 2 min 51 s there.
/// </summary>
[Collection(nameof(EnvironmentCollection))]
public sealed partial class ReadmeCommandsTests(ITestOutputHelper log)
{
    /// <summary>Options whose value is a file or folder the command writes: redirected to the temporary folder.</summary>
    private static readonly string[] OutputOptions = ["--out", "-o", "--series-out"];

    private const string DotnetRun = "dotnet run --project src/TradeScope.Cli -c Release --";

    public static TheoryData<string> Commands()
    {
        var data = new TheoryData<string>();
        foreach (var command in ReadmeCommands(File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"))))
            data.Add(command);
        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Readme_command_runs_as_written_from_the_repository_root(string command)
    {
        var args = Split(command).Skip(1).ToArray(); // "tradescope"
        var temp = CliRunner.TempFolder();
        var outputs = new List<string>();
        for (var i = 0; i < args.Length - 1; i++)
        {
            // import writes into its store: a README store is redirected like any output.
            var writesStore = args[0] == "import" && args[i] == "--db";
            if (!OutputOptions.Contains(args[i]) && !writesStore)
                continue;
            args[i + 1] = Path.Combine(temp, Path.GetFileName(args[i + 1]));
            outputs.Add(args[i + 1]);
        }
        var saved = Environment.CurrentDirectory;
        var clock = Stopwatch.StartNew();
        CliRunner.Result result;
        try
        {
            Environment.CurrentDirectory = RepositoryRoot();
            result = CliRunner.Run(args);
        }
        finally
        {
            Environment.CurrentDirectory = saved;
        }
        log.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s: {command}");
        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Error}");
        Assert.DoesNotMatch(ErrorLine(), result.Error);
        foreach (var output in outputs)
            Assert.True(File.Exists(output) || Directory.EnumerateFileSystemEntries(output).Any(), $"{output} was not written");
        if (outputs.Count == 0)
            Assert.NotEqual("", result.Output);
        Directory.Delete(temp, recursive: true);
    }

    [Fact]
    public void The_extractor_finds_the_tour_and_the_set_up_command()
    {
        var readme = """
            Text `tradescope about` outside a block is prose.
            ```bash
            dotnet run --project src/TradeScope.Cli -c Release -- screen --reporter RUS --year 2019 --out s.md
            dotnet test TradeScope.slnx
            ```
            ```bash
            tradescope indices --reporter RUS --year 2019   # a comment with "quotes"
            tradescope rvc-regress --countries POL \
              --group group:EU27 --format md
            tradescope regress --formula "y ~ x | a + b" --data d.csv
            ```
            ```
            tradescope not-bash
            ```
            """;
        Assert.Equal(
            [
                "tradescope screen --reporter RUS --year 2019 --out s.md",
                "tradescope indices --reporter RUS --year 2019",
                "tradescope rvc-regress --countries POL --group group:EU27 --format md",
                "tradescope regress --formula \"y ~ x | a + b\" --data d.csv",
            ],
            ReadmeCommands(readme)
        );
        Assert.Equal(["tradescope", "regress", "--formula", "y ~ x | a + b", "--data", "d.csv"], Split(ReadmeCommands(readme)[^1]));
        var real = ReadmeCommands(File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")));
        Assert.True(real.Count >= 10, $"only {real.Count} commands found");
        Assert.Contains(real, c => c.StartsWith("tradescope gvc --table docs/examples/iciotest.csv", StringComparison.Ordinal));
    }

    /// <summary>The command lines of the ```bash blocks: continuations joined, comments stripped, the set-up
    /// <c>dotnet run … --</c> prefix replaced by <c>tradescope</c>; other lines (dotnet test) skipped.</summary>
    internal static List<string> ReadmeCommands(string readme)
    {
        var commands = new List<string>();
        var inBash = false;
        var pending = new StringBuilder();
        foreach (var raw in readme.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inBash = !inBash && line == "```bash";
                continue;
            }
            if (!inBash)
                continue;
            var code = StripComment(line).TrimEnd();
            var continues = code.EndsWith('\\');
            pending.Append(continues ? code[..^1].TrimEnd() : code).Append(' ');
            if (continues)
                continue;
            var command = pending.ToString().Trim();
            pending.Clear();
            if (command.StartsWith(DotnetRun, StringComparison.Ordinal))
                command = "tradescope" + command[DotnetRun.Length..];
            if (command.StartsWith("tradescope ", StringComparison.Ordinal))
                commands.Add(command);
        }
        return commands;
    }

    /// <summary>The line up to a <c>#</c> that starts a shell comment (after a blank, outside double quotes).</summary>
    private static string StripComment(string line)
    {
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"')
                quoted = !quoted;
            else if (line[i] == '#' && !quoted && (i == 0 || char.IsWhiteSpace(line[i - 1])))
                return line[..i];
        }
        return line;
    }

    /// <summary>Splits a command line into arguments as a POSIX shell does for blanks and double quotes (the README uses
    /// no other quoting, no variables and no globs).</summary>
    internal static List<string> Split(string command)
    {
        var args = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        var any = false;
        foreach (var c in command)
        {
            if (c == '"')
            {
                quoted = !quoted;
                any = true;
                continue;
            }
            if (char.IsWhiteSpace(c) && !quoted)
            {
                if (any)
                    args.Add(current.ToString());
                current.Clear();
                any = false;
                continue;
            }
            current.Append(c);
            any = true;
        }
        if (any)
            args.Add(current.ToString());
        return args;
    }

    /// <summary>The folder holding TradeScope.slnx, found by walking up from the test assembly.</summary>
    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TradeScope.slnx")))
                return dir.FullName;
        throw new InvalidOperationException($"no TradeScope.slnx above {AppContext.BaseDirectory}");
    }

    [GeneratedRegex(@"(?m)^(error|numerical error|internal error)\b")]
    private static partial Regex ErrorLine();
}
