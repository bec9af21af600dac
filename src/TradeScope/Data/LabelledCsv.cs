using System.Globalization;
using nietras.SeparatedValues;
using TradeScope.Core;

namespace TradeScope.Data;

/// <summary>A CSV matrix with a label column and a header row of column labels, read fully into memory.</summary>
/// <param name="Source">File or resource name for error messages.</param>
/// <param name="ColumnLabels">Header labels after the label column.</param>
/// <param name="RowLabels">First-column labels.</param>
/// <param name="Values">Row-major values, RowLabels.Count × ColumnLabels.Count.</param>
/// <param name="RowLines">The line of each row in the file (for "file:line" messages about its cells).</param>
internal sealed record LabelledCsv(
    string Source,
    IReadOnlyList<string> ColumnLabels,
    IReadOnlyList<string> RowLabels,
    double[] Values,
    IReadOnlyList<long> RowLines
)
{
    public double this[int row, int column] => Values[row * ColumnLabels.Count + column];

    /// <summary>Reads a labelled matrix; cells must be finite numbers (empty or <c>NA</c> = 0). Parsed with Sep
    /// (<see cref="TableCsv"/>).</summary>
    /// <exception cref="InputException">Ragged row, empty file or a cell that is not a number.</exception>
    public static LabelledCsv Read(Stream stream, string source)
    {
        using var reader = TableCsv.Open(stream);
        if (!reader.MoveNext())
            throw InputException.At(source, 1, "empty file");
        var headerFields = TableCsv.Fields(reader.Current);
        if (CsvTable.ForeignSeparator(source, headerFields) is { } separated)
            throw separated;
        var columns = headerFields.Skip(1).ToArray();
        var lines = new List<long>();
        var rows = new List<string>();
        var values = new double[columns.Length * Math.Max(1, columns.Length)];
        var count = 0;
        // Rows are parsed in order: with Sep's ParallelEnumerate the line numbers inside a batch are not the file's, so the
        // lines would have to be counted by the consumer (not done yet; file:line messages must be right).
        var parsed = reader.Enumerate(row => ParseRow(row, columns));
        foreach (var row in parsed)
        {
            var lineNo = row.Line;
            if (row.Error is { } error)
                throw error(source, lineNo);
            if (row.Label is null)
                continue;
            rows.Add(row.Label);
            lines.Add(lineNo);
            if (values.Length < count + columns.Length)
                Array.Resize(ref values, Math.Max(2 * values.Length, count + columns.Length));
            row.Values.CopyTo(values, count);
            count += columns.Length;
        }
        Array.Resize(ref values, count);
        return new LabelledCsv(source, columns, rows, values, lines);
    }

    /// <summary>One parsed record: label (null for a blank line), line, values, or the record's error given the file and
    /// its line.</summary>
    private sealed record ParsedRow(string? Label, long Line, double[] Values, Func<string, long, InputException>? Error);

    private static ParsedRow ParseRow(SepReader.Row row, string[] columns)
    {
        long lineNo = row.LineNumberFrom;
        if (TableCsv.IsBlank(row))
            return new ParsedRow(null, lineNo, [], null);
        var fields = row.ColCount;
        if (fields != columns.Length + 1)
            return new ParsedRow(null, lineNo, [], (file, line) => CsvTable.FieldCount(file, line, fields, columns.Length + 1));
        var values = new double[columns.Length];
        for (var k = 0; k < columns.Length; k++)
        {
            var text = row[k + 1].Span;
            if (TableCsv.TryNumber(text, out values[k]))
                continue;
            var (cell, column) = (text.ToString(), columns[k]);
            return new ParsedRow(null, lineNo, [], (file, line) => TableCsv.NotANumber(cell, file, line, column));
        }
        return new ParsedRow(row[0].ToString(), lineNo, values, null);
    }

    /// <summary>An intermediate flow (a Z cell): a finite number that is not negative (spec: negative flows are errors).</summary>
    /// <exception cref="InputException">"file:line: negative intermediate flow -2 in column BBB_s1; ...".</exception>
    internal double Intermediate(int row, int column)
    {
        var z = this[row, column];
        if (z < 0)
            throw InputException.At(
                Source,
                RowLines[row],
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"negative intermediate flow {z} in column {InputText.Clip(ColumnLabels[column], 40)} "
                ) + $"(row {InputText.Clip(RowLabels[row], 40)}); intermediate flows cannot be negative"
            );
        return z;
    }

    internal static double ParseNumber(string text, string source, long line, string column) =>
        TableCsv.Number(text.AsSpan(), source, line, column);

    /// <summary>Splits one short CSV line on commas; fields may be wrapped in double quotes (no embedded quotes or commas expected
    /// in ICIO labels). For small fixture lines in tests; tables are read with Sep (<see cref="TableCsv"/>).</summary>
    internal static List<string> Split(string line)
    {
        var fields = new List<string>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i <= line.Length; i++)
        {
            if (i < line.Length && line[i] == '"')
            {
                quoted = !quoted;
                continue;
            }
            if (i == line.Length || (line[i] == ',' && !quoted))
            {
                var field = line.AsSpan(start, i - start).Trim();
                if (field.Length >= 2 && field[0] == '"' && field[^1] == '"')
                    field = field[1..^1];
                fields.Add(field.ToString());
                start = i + 1;
            }
        }
        return fields;
    }
}
