using System.Text;
using TradeScope.Cli;

namespace TradeScope.Tests.Cli;

/// <summary>Runs <c>tradescope</c> in-process and captures its exit code, standard output and error stream.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static Result Run(params string[] args) => RunAt(null, args);

    /// <summary>Runs with the run's date fixed (reports record it in their provenance); null = now.</summary>
    public static Result RunAt(DateTimeOffset? date, params string[] args)
    {
        using var output = new MemoryStream();
        using var error = new StringWriter();
        var context = date is { } fixedDate ? new CliContext(output, error) { Clock = () => fixedDate } : new CliContext(output, error);
        var code = App.Run(args, context);
        return new(code, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    /// <summary>Parses CSV text into a header and rows of named fields.</summary>
    public static (string[] Header, List<Dictionary<string, string>> Rows) ReadCsv(string text)
    {
        var table = TradeScope.Data.CsvTable.Parse(new StringReader(text), "output");
        var header = table.Header.ToArray();
        var rows = table.Rows.Select(r => header.Select((h, i) => (h, r[i])).ToDictionary(x => x.h, x => x.Item2)).ToList();
        return (header, rows);
    }

    /// <summary>A fresh temporary folder for files a test writes.</summary>
    public static string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "tradescope-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
