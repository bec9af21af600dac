using System.Globalization;
using System.Text;
using System.Text.Json;
using TradeScope.Data;
using Xunit;

namespace TradeScope.Tests.Cli;

/// <summary>
/// Snapshot tests: the CSV and JSON output of every README command (<see cref="ReadmeCommandsTests.ReadmeCommands"/>)
/// is compared with the expected files committed under <c>tests/TradeScope.Tests/Snapshots/</c>. A change to a column,
/// a row, a code or a number beyond the tolerance fails; a later issue that adds columns updates the snapshots on
/// purpose (run with <c>TRADESCOPE_UPDATE_SNAPSHOTS=1</c>, review the diff, commit it, and say so).
/// </summary>
/// <remarks>
/// Each README command runs with its output options removed (<c>--out</c>, <c>--series-out</c>, <c>--format</c>,
/// <c>--lang</c>) and <c>--format csv</c> or <c>--format json</c> added; <c>gvc synth</c>, <c>db synth</c> and
/// <c>import</c>, which write data rather than a report, are left out. Text cells must match exactly; numbers must agree to a relative
/// <see cref="RelativeTolerance"/> of the larger value, or to <see cref="ScaleTolerance"/> of the largest magnitude in
/// their column (linear-algebra providers differ in the last digits; values near zero inherit the absolute error of
/// the column's large values). The JSON <c>provenance</c> key (version, date, command) is not compared.
/// </remarks>
public sealed class ReadmeSnapshotTests
{
    /// <summary>Relative agreement required of two numbers.</summary>
    public const double RelativeTolerance = 1e-8;

    /// <summary>Agreement required relative to the largest magnitude in the column.</summary>
    public const double ScaleTolerance = 1e-12;

    private const string UpdateVariable = "TRADESCOPE_UPDATE_SNAPSHOTS";

    private static readonly string[] DroppedOptions = ["--out", "-o", "--series-out", "--format", "--lang"];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        var readme = File.ReadAllText(Path.Combine(ReadmeCommandsTests.RepositoryRoot(), "README.md"));
        foreach (var command in ReadmeCommandsTests.ReadmeCommands(readme).Distinct())
        {
            // Commands that write data rather than a report: a synthetic table or file, or a store.
            string[] writers = ["tradescope gvc synth", "tradescope db synth", "tradescope import"];
            if (writers.Any(w => command == w || command.StartsWith(w + " ", StringComparison.Ordinal)))
                continue;
            data.Add(command, "csv");
            data.Add(command, "json");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Readme_command_output_matches_its_snapshot(string command, string format)
    {
        var args = Arguments(command, format);
        var run = CliRunner.Run([.. args]);
        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Error}");
        var path = SnapshotPath(args, format);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, format == "json" ? WithoutProvenance(run.Output) : run.Output, new UTF8Encoding(false));
            return;
        }
        Assert.True(File.Exists(path), $"no snapshot {path}; run the tests with {UpdateVariable}=1 and review the new file");
        var expected = File.ReadAllText(path);
        if (format == "csv")
            AssertSameCsv(expected, run.Output);
        else
            AssertSameJson(expected, WithoutProvenance(run.Output));
    }

    [Fact]
    public void The_comparison_accepts_last_digit_noise_and_rejects_real_changes()
    {
        AssertSameCsv("a,b\nRUS,1.0000000000001\n", "a,b\nRUS,1\n");
        Assert.ThrowsAny<Exception>(() => AssertSameCsv("a,b\nRUS,1.001\n", "a,b\nRUS,1\n"));
        Assert.ThrowsAny<Exception>(() => AssertSameCsv("a,b\nRUS,1\n", "a,b\nKAZ,1\n"));
        Assert.ThrowsAny<Exception>(() => AssertSameCsv("a,b\nRUS,1\n", "a,b,c\nRUS,1,2\n"));
        Assert.ThrowsAny<Exception>(() => AssertSameCsv("a,b\nRUS,1\n", "a,b\nRUS,\n"));
        AssertSameJson("""{"t":[{"x":1e6},{"x":1e-9}]}""", """{"t":[{"x":1000000.0000001},{"x":1.0000001e-9}]}""");
        Assert.ThrowsAny<Exception>(() => AssertSameJson("""{"t":[{"x":1}]}""", """{"t":[{"x":1},{"x":2}]}"""));
        Assert.ThrowsAny<Exception>(() => AssertSameJson("""{"t":[{"x":"a"}]}""", """{"t":[{"y":"a"}]}"""));
    }

    /// <summary>The README command's arguments without output options, with <c>--format</c> added and input paths made
    /// absolute from the repository root (so the test does not change the process's working directory).</summary>
    private static List<string> Arguments(string command, string format)
    {
        var root = ReadmeCommandsTests.RepositoryRoot();
        var words = ReadmeCommandsTests.Split(command).Skip(1).ToList();
        var args = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            if (DroppedOptions.Contains(words[i]))
            {
                i++;
                continue;
            }
            var local = Path.Combine(root, words[i]);
            args.Add(!words[i].StartsWith('-') && (File.Exists(local) || Directory.Exists(local)) ? local : words[i]);
        }
        args.Add("--format");
        args.Add(format);
        return args;
    }

    private static string SnapshotPath(IReadOnlyList<string> args, string format)
    {
        var root = ReadmeCommandsTests.RepositoryRoot();
        var name = new StringBuilder();
        foreach (var arg in args.Take(args.Count - 2))
        {
            var word = arg.StartsWith(root, StringComparison.Ordinal) ? Path.GetFileName(arg) : arg;
            foreach (var c in word)
                name.Append(char.IsLetterOrDigit(c) || c is '-' or '.' ? c : '_');
            name.Append('_');
        }
        var stem = name.ToString().Trim('_');
        if (stem.Length > 120)
            stem = stem[..120];
        return Path.Combine(root, "tests", "TradeScope.Tests", "Snapshots", $"{stem}.{format}");
    }

    private static string WithoutProvenance(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                writer.WriteStartObject();
                foreach (var property in document.RootElement.EnumerateObject().Where(p => p.Name != "provenance"))
                    property.WriteTo(writer);
                writer.WriteEndObject();
            }
            else
                document.RootElement.WriteTo(writer);
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void AssertSameCsv(string expected, string actual)
    {
        var want = CsvTable.Parse(new StringReader(expected), "snapshot");
        var got = CsvTable.Parse(new StringReader(actual), "output");
        Assert.Equal(want.Header, got.Header);
        Assert.Equal(want.Rows.Count, got.Rows.Count);
        for (var c = 0; c < want.Header.Count; c++)
        {
            var scale = want.Rows.Select(r => Number(r[c]) is { } x ? Math.Abs(x) : 0).DefaultIfEmpty(0).Max();
            for (var r = 0; r < want.Rows.Count; r++)
                AssertSameCell(want.Rows[r][c], got.Rows[r][c], scale, $"row {r + 1}, column {want.Header[c]}");
        }
    }

    private static void AssertSameJson(string expected, string actual)
    {
        using var want = JsonDocument.Parse(expected);
        using var got = JsonDocument.Parse(actual);
        AssertSameElement(want.RootElement, got.RootElement, "$", Scale(want.RootElement));
    }

    private static void AssertSameElement(JsonElement want, JsonElement got, string path, double scale)
    {
        Assert.True(want.ValueKind == got.ValueKind || (IsNumber(want) && IsNumber(got)), $"{path}: {want} vs {got}");
        switch (want.ValueKind)
        {
            case JsonValueKind.Object:
                Assert.Equal(want.EnumerateObject().Select(p => p.Name), got.EnumerateObject().Select(p => p.Name));
                foreach (var property in want.EnumerateObject())
                    AssertSameElement(property.Value, got.GetProperty(property.Name), $"{path}.{property.Name}", scale);
                break;
            case JsonValueKind.Array:
                Assert.Equal(want.GetArrayLength(), got.GetArrayLength());
                var index = 0;
                foreach (var (w, g) in want.EnumerateArray().Zip(got.EnumerateArray()))
                    AssertSameElement(w, g, $"{path}[{index++}]", scale);
                break;
            case JsonValueKind.Number:
                AssertSameCell(want.GetRawText(), got.GetRawText(), scale, path);
                break;
            default:
                Assert.True(want.GetRawText() == got.GetRawText(), $"{path}: expected {want.GetRawText()}, got {got.GetRawText()}");
                break;
        }
    }

    private static bool IsNumber(JsonElement e) => e.ValueKind == JsonValueKind.Number;

    /// <summary>The largest magnitude of any number in the document (JSON has no column structure to scale by).</summary>
    private static double Scale(JsonElement e) =>
        e.ValueKind switch
        {
            JsonValueKind.Object => e.EnumerateObject().Select(p => Scale(p.Value)).DefaultIfEmpty(0).Max(),
            JsonValueKind.Array => e.EnumerateArray().Select(Scale).DefaultIfEmpty(0).Max(),
            JsonValueKind.Number => Math.Abs(e.GetDouble()),
            _ => 0,
        };

    private static void AssertSameCell(string want, string got, double scale, string where)
    {
        if (want == got)
            return;
        var (a, b) = (Number(want), Number(got));
        Assert.True(a is not null && b is not null, $"{where}: expected '{want}', got '{got}'");
        var difference = Math.Abs(a!.Value - b!.Value);
        var allowed = Math.Max(RelativeTolerance * Math.Max(Math.Abs(a.Value), Math.Abs(b.Value)), ScaleTolerance * scale);
        Assert.True(difference <= allowed, $"{where}: expected {want}, got {got} (|Δ| = {difference:g3} > {allowed:g3})");
    }

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x) ? x : null;
}
