using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace TradeScope.Bench.LinearAlgebra;

/// <summary>
/// End to end, as a user runs it: <c>tradescope gvc --method wwz --exporter all</c> on the bundled WIOD 2011 table with
/// <c>--blas managed</c> and with <c>--blas openblas</c>, each a fresh process (start-up, reading the table, Leontief
/// inverse, WWZ, writing the CSV), in interleaved pairs alternating which goes first; the ratio is the median of the
/// per-pair ratios managed / OpenBLAS. Child CPU time (user + system, getrusage) is printed alongside.
/// </summary>
/// <remarks>Needs the Release CLI: <c>dotnet build -c Release src/TradeScope.Cli</c> (or set TRADESCOPE_CLI to its dll).
/// WWZ_PAIRS sets the number of pairs (default 7).</remarks>
public sealed partial class ProviderWwzBench : IBenchSuite
{
    public string Name => "blas-wwz";
    public string Description =>
        "tradescope gvc --method wwz --exporter all (WIOD 2011): --blas managed vs --blas openblas, fresh processes, interleaved pairs";

    public void Run(BenchReport report)
    {
        var cli = Environment.GetEnvironmentVariable("TRADESCOPE_CLI") ?? FindCli();
        if (cli is null || !File.Exists(cli))
        {
            report.Note("Release CLI not found: run 'dotnet build -c Release src/TradeScope.Cli' or set TRADESCOPE_CLI");
            return;
        }
        var pairs = int.TryParse(Environment.GetEnvironmentVariable("WWZ_PAIRS"), CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 7;
        report.Note($"CLI: {cli}; load average at start {ManagedBlasBench.LoadAverage()}");
        var output = Path.Combine(Path.GetTempPath(), $"tradescope-wwz-{Environment.ProcessId}");
        Directory.CreateDirectory(output);
        try
        {
            string[] providers = ["managed", "openblas"];
            foreach (var provider in providers)
                RunOnce(cli, provider, output); // warm-up (disk cache)
            var wall = providers.ToDictionary(x => x, _ => new List<double>());
            var cpu = providers.ToDictionary(x => x, _ => new List<double>());
            var peak = providers.ToDictionary(x => x, _ => 0.0);
            for (var pair = 0; pair < pairs; pair++)
            {
                foreach (var provider in pair % 2 == 0 ? providers : providers.Reverse())
                {
                    var (seconds, cpuSeconds, peakMiB) = RunOnce(cli, provider, output);
                    wall[provider].Add(seconds);
                    cpu[provider].Add(cpuSeconds);
                    peak[provider] = Math.Max(peak[provider], peakMiB);
                }
            }
            var ratios = wall["managed"].Zip(wall["openblas"], (m, o) => m / o).ToArray();
            var size = "WIOD 2011, n=1435, 41 exporters";
            report.Record(
                "gvc --method wwz --exporter all --blas openblas",
                size,
                Median(wall["openblas"]),
                reference: true,
                extra: string.Create(
                    CultureInfo.InvariantCulture,
                    $"child CPU {Median(cpu["openblas"]):0.00} s, child peak RSS {peak["openblas"]:0} MiB"
                )
            );
            report.Record(
                "gvc --method wwz --exporter all --blas managed",
                size,
                Median(wall["managed"]),
                ratio: Median(ratios),
                extra: string.Create(
                    CultureInfo.InvariantCulture,
                    $"child CPU {Median(cpu["managed"]):0.00} s, child peak RSS {peak["managed"]:0} MiB; "
                        + $"pair ratios {PairRatios(ratios)}"
                )
            );
            var same = Compare(Path.Combine(output, "managed.csv"), Path.Combine(output, "openblas.csv"), out var worst);
            report.Note(
                same
                    ? string.Create(CultureInfo.InvariantCulture, $"outputs agree: max |Δ| / max |value| = {worst:E2}")
                    : "outputs differ in shape"
            );
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
        report.Note($"load average at end {ManagedBlasBench.LoadAverage()}");
    }

    /// <summary>One run of the CLI: wall seconds, child CPU seconds (user + system) and peak resident set in MiB, the
    /// latter two from GNU time (/usr/bin/time) where installed, else CPU from getrusage and no peak.</summary>
    private static (double Wall, double Cpu, double PeakMiB) RunOnce(string cli, string provider, string output)
    {
        var gnuTime = File.Exists("/usr/bin/time");
        var start = new ProcessStartInfo(gnuTime ? "/usr/bin/time" : "dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (gnuTime)
        {
            foreach (var argument in new[] { "-f", "TIME %U %S %M", "dotnet" })
                start.ArgumentList.Add(argument);
        }
        var csv = Path.Combine(output, provider + ".csv");
        string[] command = [cli, "gvc", "--method", "wwz", "--exporter", "all", "--blas", provider, "-o", csv];
        foreach (var argument in command)
            start.ArgumentList.Add(argument);
        start.Environment.Remove("TRADESCOPE_BLAS");
        var before = ChildrenCpuSeconds();
        var sw = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the CLI");
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var seconds = sw.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"--blas {provider}: exit {process.ExitCode}: {stderr.Result}");
        var timeLine = stderr.Result.Split('\n').LastOrDefault(l => l.StartsWith("TIME ", StringComparison.Ordinal));
        if (timeLine is null)
            return (seconds, ChildrenCpuSeconds() - before, double.NaN);
        var fields = timeLine.Split(' ');
        var cpu = double.Parse(fields[1], CultureInfo.InvariantCulture) + double.Parse(fields[2], CultureInfo.InvariantCulture);
        return (seconds, cpu, double.Parse(fields[3], CultureInfo.InvariantCulture) / 1024);
    }

    /// <summary>Relative difference of the numeric cells of two CSV files with the same layout.</summary>
    private static bool Compare(string left, string right, out double worst)
    {
        var a = File.ReadAllLines(left);
        var b = File.ReadAllLines(right);
        worst = 0;
        if (a.Length != b.Length)
            return false;
        double diff = 0,
            max = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var x = a[i].Split(',');
            var y = b[i].Split(',');
            if (x.Length != y.Length)
                return false;
            for (var j = 0; j < x.Length; j++)
            {
                var numbers =
                    double.TryParse(x[j], CultureInfo.InvariantCulture, out var u)
                    & double.TryParse(y[j], CultureInfo.InvariantCulture, out var v);
                if (numbers)
                {
                    diff = Math.Max(diff, Math.Abs(u - v));
                    max = Math.Max(max, Math.Abs(u));
                }
                else if (x[j] != y[j])
                    return false;
            }
        }
        worst = max > 0 ? diff / max : diff;
        return true;
    }

    private static string PairRatios(IEnumerable<double> ratios) =>
        string.Join(" ", ratios.Select(r => r.ToString("0.00", CultureInfo.InvariantCulture)));

    private static string? FindCli()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "TradeScope.slnx")))
                return Path.Combine(directory.FullName, "src", "TradeScope.Cli", "bin", "Release", "net10.0", "TradeScope.Cli.dll");
        return null;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>User + system CPU seconds of all waited-for child processes (getrusage RUSAGE_CHILDREN); NaN off Linux.</summary>
    private static double ChildrenCpuSeconds()
    {
        if (!OperatingSystem.IsLinux())
            return double.NaN;
        var usage = new long[18];
        if (GetRusage(-1, usage) != 0)
            return double.NaN;
        // struct rusage starts with ru_utime and ru_stime, each a timeval (seconds, microseconds) of 64-bit fields.
        return usage[0] + usage[1] / 1e6 + usage[2] + usage[3] / 1e6;
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRusage(int who, [Out] long[] usage);
}
