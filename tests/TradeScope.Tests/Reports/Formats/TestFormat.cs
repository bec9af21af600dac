using System.Text;
using TradeScope.Reports;
using TradeScope.Reports.Formats;

namespace TradeScope.Tests.Reports.Formats;

/// <summary>A test-only output format, registered the way a new format would be (an entry with its renderer):
/// <c>--format lines</c>, <c>.lines</c>; it writes the marker line "lines", then one line per table: its id and
/// row count.</summary>
internal static class TestFormat
{
    public static readonly OutputFormat Lines = new(
        "lines",
        [],
        [".lines"],
        FormatAudience.Machine,
        Binary: false,
        (document, _, output) => Write(document, output)
    );

    private static void Write(ReportDocument document, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine("lines");
        foreach (var table in document.Tables)
            writer.WriteLine($"{table.Id} {table.Rows.Count}");
    }
}
