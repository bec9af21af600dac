using System.Globalization;
using TradeScope.Core;

namespace TradeScope.Data;

/// <summary>A wide table of indicator values read from a user file: one row per unit, one column per indicator.</summary>
/// <param name="File">The file, for messages and provenance.</param>
/// <param name="Units">The unit codes in file order (unique).</param>
/// <param name="Groups">Each unit's group (the optional <c>group</c> column), or null.</param>
/// <param name="Indicators">The indicator codes (the columns after <c>unit</c> and <c>group</c>).</param>
/// <param name="Values">Values[unit][indicator]; NaN for an empty cell.</param>
/// <param name="Lines">The line of each unit's row (for messages).</param>
public sealed record IndicatorValues(
    string File,
    IReadOnlyList<string> Units,
    IReadOnlyList<string?> Groups,
    IReadOnlyList<string> Indicators,
    IReadOnlyList<double[]> Values,
    IReadOnlyList<long> Lines
);

/// <summary>
/// Reads the wide layout of composite-indicator data (<c>unit[,group],CODE1,CODE2,…</c>; COINr's <c>uCode</c> is accepted
/// for <c>unit</c>; an empty cell is a missing value) used by <c>tradescope potential --units/--pillars</c>.
/// </summary>
public static class IndicatorValuesFile
{
    /// <summary>Reads and checks the file.</summary>
    /// <exception cref="InputException">Missing or empty file, no <c>unit</c> column, no indicator column, a duplicate
    /// column or unit, an empty unit, a cell that is not a number ("file:line: message").</exception>
    public static IndicatorValues Load(string path)
    {
        var table = CsvTable.Load(path);
        if (CsvTable.ForeignSeparator(path, table.Header) is { } separator)
            throw separator;
        var unit = table.IndexOf("unit") is var u and >= 0 ? u : table.IndexOf("uCode");
        if (unit < 0)
            throw InputException.At(path, 1, "missing column 'unit' (the first column names the unit: a region or country code)");
        var group = table.IndexOf("group");
        var columns = Enumerable.Range(0, table.Header.Count).Where(j => j != unit && j != group).ToList();
        if (columns.Count == 0)
            throw InputException.At(path, 1, "no indicator column after 'unit'; add one column per indicator");
        var codes = columns.Select(j => table.Header[j].Trim()).ToList();
        for (var k = 0; k < codes.Count; k++)
        {
            if (codes[k].Length == 0)
                throw InputException.At(path, 1, $"column {columns[k] + 1} has no name; name every indicator column");
            if (codes.IndexOf(codes[k]) != k)
                throw InputException.At(path, 1, $"column '{codes[k]}' appears twice; give every indicator its own column");
        }
        var units = new List<string>();
        var groups = new List<string?>();
        var values = new List<double[]>();
        var lines = new List<long>();
        foreach (var row in table.Rows)
        {
            var name = row[unit];
            if (name.Length == 0)
                throw InputException.At(path, row.Line, "the unit is empty; give every row a unit code");
            if (units.Contains(name, StringComparer.Ordinal))
                throw InputException.At(path, row.Line, $"unit '{InputText.Clip(name, 40)}' appears twice; give each unit one row");
            var cells = new double[columns.Count];
            for (var k = 0; k < columns.Count; k++)
                cells[k] = Cell(row[columns[k]], path, row.Line, codes[k]);
            units.Add(name);
            groups.Add(group >= 0 && row[group].Length > 0 ? row[group] : null);
            values.Add(cells);
            lines.Add(row.Line);
        }
        if (units.Count == 0)
            throw InputException.At(path, 2, "no unit rows after the header; add one row per unit");
        return new IndicatorValues(path, units, groups, codes, values, lines);
    }

    private static double Cell(string text, string path, long line, string code)
    {
        if (text.Length == 0 || text.Equals("NA", StringComparison.Ordinal))
            return double.NaN;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v))
            return v;
        throw InputException.At(
            path,
            line,
            $"{code}: {InputText.Quote(text, 20)} is not a number; use a decimal point and leave missing values empty"
        );
    }
}
