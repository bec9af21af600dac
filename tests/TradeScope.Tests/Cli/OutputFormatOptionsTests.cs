using System.CommandLine;
using System.Text;
using TradeScope.Cli;
using TradeScope.Reports.Formats;
using TradeScope.Tests.Reports.Formats;
using Xunit;

namespace TradeScope.Tests.Cli;

/// <summary>
/// Adding an output format touches only its registry entry: a test-only format registered in the context's registry
/// is offered by every command's <c>--format</c>, named in every <c>--out</c> help, implied by its extension, checked
/// against a contradicting extension, and renders a command's report.
/// </summary>
public sealed class OutputFormatOptionsTests
{
    private static CliContext Context(Stream output, TextWriter error) =>
        new(output, error) { Formats = OutputFormats.Default.With(TestFormat.Lines) };

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new MemoryStream();
        using var error = new StringWriter();
        var code = App.Run(args, Context(output, error));
        return (code, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    private static IReadOnlyList<Command> WritingCommands(CliContext context) =>
        [.. App.BuildRoot(context).Subcommands.Where(c => c.Options.Any(o => o.Name == "--out"))];

    [Fact]
    public void Every_command_that_writes_a_report_offers_every_registered_format_and_extension()
    {
        var commands = WritingCommands(Context(Stream.Null, TextWriter.Null));
        Assert.True(commands.Count >= 6, string.Join(", ", commands.Select(c => c.Name)));
        foreach (var command in commands)
        {
            var format = Assert.Single(command.Options, o => o.Name == "--format");
            var offered = format.Description!.TrimEnd('.')["Output format: ".Length..].Split('|');
            Assert.Contains("lines", offered);
            foreach (var shipped in new[] { "csv", "json", "md", "html" })
                Assert.Contains(shipped, offered);
            var outHelp = Assert.Single(command.Options, o => o.Name == "--out").Description!;
            Assert.Contains("(.csv, .json, .md, .xlsx, .html, .lines)", outHelp);
        }
    }

    [Fact]
    public void Shipped_commands_offer_the_shipped_formats_in_registry_order()
    {
        foreach (var command in WritingCommands(new CliContext(Stream.Null, TextWriter.Null)))
        {
            var format = Assert.Single(command.Options, o => o.Name == "--format").Description;
            var expected = command.Name is "indices" or "blocs"
                ? "Output format: csv|json|md|html."
                : "Output format: csv|json|md|xlsx|html.";
            Assert.Equal(expected, format);
        }
    }

    [Fact]
    public void A_registered_format_renders_a_commands_report_with_the_same_tables_as_csv()
    {
        var lines = Run("gvc", "--method", "oecd", "--exporter", "RUS", "--format", "lines");
        Assert.True(lines.Code == 0, lines.Error);
        var csv = CliRunner.Run("gvc", "--method", "oecd", "--exporter", "RUS");
        var (_, rows) = CliRunner.ReadCsv(csv.Output);
        var written = lines.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("lines", written[0]);
        var counts = written.Skip(1).Select(l => int.Parse(l.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(rows.Count, counts.Sum());
    }

    [Fact]
    public void A_registered_extension_implies_its_format_and_contradicts_another()
    {
        var folder = CliRunner.TempFolder();
        var path = Path.Combine(folder, "report.lines");
        var byExtension = Run("gvc", "--method", "oecd", "--exporter", "RUS", "--out", path);
        Assert.True(byExtension.Code == 0, byExtension.Error);
        Assert.StartsWith("lines\n", File.ReadAllText(path));
        var csvPath = Path.Combine(folder, "report.csv");
        var contradiction = Run("gvc", "--method", "oecd", "--exporter", "RUS", "--format", "lines", "--out", csvPath);
        Assert.Equal(2, contradiction.Code);
        Assert.Contains($"--format lines disagrees with --out {csvPath} (.csv); drop one", contradiction.Error);
        var unknown = Run("gvc", "--method", "oecd", "--exporter", "RUS", "--out", Path.Combine(folder, "report.txt"));
        Assert.Equal(2, unknown.Code);
        Assert.Contains("unknown extension; use .csv, .json, .md, .xlsx, .html or .lines, or pass --format", unknown.Error);
        Assert.False(File.Exists(csvPath));
    }
}
