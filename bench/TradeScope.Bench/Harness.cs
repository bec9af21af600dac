using System.Diagnostics;
using System.Globalization;

namespace TradeScope.Bench;

/// <summary>A benchmark suite: a set of timed cases, one of which is the reference measured in the same run.</summary>
public interface IBenchSuite
{
    /// <summary>Name used on the command line: <c>dotnet run -c Release --project bench/TradeScope.Bench -- NAME</c>.</summary>
    string Name { get; }
    string Description { get; }
    void Run(BenchReport report);
}

/// <summary>Times cases (warm-up, then the median of several runs), prints the size of the work, the median,
/// the ratio to the reference case and the process's peak working set when the row was recorded.</summary>
/// <remarks>A row's ratio is to the nearest reference row recorded before it, or to the first reference for rows before
/// it (a suite may have one reference per data set); a row recorded with an explicit ratio (e.g. the median of interleaved pairs) shows
/// that instead.</remarks>
public sealed class BenchReport(TextWriter output)
{
    private readonly List<(string Case, string Size, double Seconds, bool Reference, string Extra, double? Ratio, double PeakMiB)> _rows =
    [];

    /// <summary>Times <paramref name="action"/> <paramref name="repetitions"/> times after one warm-up; returns the median in
    /// seconds.</summary>
    public double Time(
        string caseName,
        string size,
        Action action,
        int repetitions = 3,
        bool reference = false,
        bool warmUp = true,
        string extra = ""
    )
    {
        if (warmUp)
            action();
        var times = new double[repetitions];
        for (var r = 0; r < repetitions; r++)
        {
            var sw = Stopwatch.StartNew();
            action();
            times[r] = sw.Elapsed.TotalSeconds;
        }
        Array.Sort(times);
        var median = times[repetitions / 2];
        _rows.Add((caseName, size, median, reference, extra, null, PeakWorkingSetMiB()));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {caseName,-44} {size,-28} {median,10:0.0000} s  {extra}"));
        return median;
    }

    /// <summary>Records a value measured elsewhere (e.g. an external tool, or interleaved runs timed by the suite) without
    /// timing it here; <paramref name="ratio"/> overrides the ratio to the reference (e.g. the median of per-pair ratios).</summary>
    public void Record(string caseName, string size, double seconds, bool reference = false, string extra = "", double? ratio = null)
    {
        _rows.Add((caseName, size, seconds, reference, extra, ratio, PeakWorkingSetMiB()));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {caseName,-44} {size,-28} {seconds,10:0.0000} s  {extra}"));
    }

    public void Note(string line) => output.WriteLine($"  # {line}");

    /// <summary>Peak working set of this process so far, in MiB (Linux: VmHWM).</summary>
    public static double PeakWorkingSetMiB()
    {
        try
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null)
                return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
        }
        catch (IOException) { }
        return Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
    }

    public void PrintSummary()
    {
        output.WriteLine();
        output.WriteLine($"| case | size of work | median (s) | ratio to reference | peak working set (MiB) |");
        output.WriteLine($"|---|---|---:|---:|---:|");
        var referenceSeconds = _rows.FirstOrDefault(r => r.Reference).Seconds; // rows before the first reference use it
        foreach (var row in _rows)
        {
            if (row.Reference)
                referenceSeconds = row.Seconds;
            var ratio = row.Ratio ?? (referenceSeconds > 0 ? row.Seconds / referenceSeconds : double.NaN);
            var shown = double.IsNaN(ratio) ? "–" : ratio.ToString("0.00", CultureInfo.InvariantCulture) + "×";
            output.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {row.Case}{(row.Reference ? " (reference)" : "")} | {row.Size} | {row.Seconds:0.0000} | {shown} | {row.PeakMiB:0} |"
                )
            );
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {PeakWorkingSetMiB():0} MiB"));
    }
}
