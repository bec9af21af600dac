using TradeScope.Core;

namespace TradeScope.Econometrics;

/// <summary>A column of a <see cref="DataFrame"/>: numbers (NaN = missing) or text (null or "" = missing).</summary>
public abstract record DataColumn(string Name)
{
    public abstract int Length { get; }

    /// <summary>True when row <paramref name="row"/> is missing.</summary>
    public abstract bool IsMissing(int row);
}

/// <summary>A numeric column; NaN marks a missing value, ±∞ a non-finite one (both dropped from estimation).</summary>
public sealed record NumericColumn(string Name, double[] Values) : DataColumn(Name)
{
    public override int Length => Values.Length;

    public override bool IsMissing(int row) => double.IsNaN(Values[row]);
}

/// <summary>A text column (categories such as exporter codes). A text column used as a number is an input error
/// naming the first non-numeric cell (<see cref="FirstNonNumericRow"/>).</summary>
public sealed record TextColumn(string Name, string?[] Values, int FirstNonNumericRow = -1) : DataColumn(Name)
{
    public override int Length => Values.Length;

    public override bool IsMissing(int row) => string.IsNullOrEmpty(Values[row]);
}

/// <summary>
/// An immutable table of named, equally long columns: the input of <see cref="Ols"/> and <see cref="Ppml"/>.
/// Build it from in-memory arrays (<see cref="FromColumns"/>) or read tidy CSV/Parquet with <see cref="TidyData"/>.
/// </summary>
/// <remarks><see cref="Source"/> and <see cref="LineOf"/> locate rows in error messages ("file:line: ...").</remarks>
public sealed class DataFrame
{
    private readonly Dictionary<string, DataColumn> _byName;
    private readonly int[]? _lines;

    /// <summary>Where the rows came from (a file path, or "data" for in-memory frames).</summary>
    public string Source { get; }
    public IReadOnlyList<DataColumn> Columns { get; }
    public int RowCount { get; }

    /// <param name="columns">Columns of equal length with distinct names.</param>
    /// <param name="source">File name shown in messages.</param>
    /// <param name="lines">Source line of each row (for CSV); null: row r is reported as line r + 1.</param>
    /// <exception cref="ArgumentException">Columns differ in length or repeat a name.</exception>
    public DataFrame(IEnumerable<DataColumn> columns, string source = "data", int[]? lines = null)
    {
        Columns = columns.ToList();
        Source = source;
        _lines = lines;
        RowCount = Columns.Count == 0 ? 0 : Columns[0].Length;
        _byName = new Dictionary<string, DataColumn>(StringComparer.Ordinal);
        foreach (var c in Columns)
        {
            if (c.Length != RowCount)
                throw new ArgumentException($"column '{c.Name}' has {c.Length} rows, expected {RowCount}", nameof(columns));
            if (!_byName.TryAdd(c.Name, c))
                throw new ArgumentException($"column '{c.Name}' appears twice", nameof(columns));
        }
        if (lines is not null && lines.Length != RowCount)
            throw new ArgumentException("one line number per row", nameof(lines));
    }

    /// <summary>A frame from in-memory arrays: <c>double[]</c> (NaN = missing) or <c>string[]</c> values;
    /// <c>int[]</c>/<c>long[]</c> become numbers.</summary>
    /// <example><c>DataFrame.FromColumns(("Ex", ex), ("BP", bp), ("exporter", codes))</c></example>
    public static DataFrame FromColumns(params (string Name, Array Values)[] columns) =>
        new(
            columns.Select(c =>
                c.Values switch
                {
                    double[] d => (DataColumn)new NumericColumn(c.Name, d),
                    string[] s => new TextColumn(c.Name, s, -1),
                    int[] n => new NumericColumn(c.Name, n.Select(v => (double)v).ToArray()),
                    long[] n => new NumericColumn(c.Name, n.Select(v => (double)v).ToArray()),
                    _ => throw new ArgumentException($"column '{c.Name}': use double[], int[], long[] or string[]", nameof(columns)),
                }
            )
        );

    /// <summary>The column named <paramref name="name"/>.</summary>
    /// <exception cref="InputException">No such column (the message lists the columns).</exception>
    public DataColumn this[string name] =>
        _byName.TryGetValue(name, out var c)
            ? c
            : throw new InputException(
                $"{Source}: unknown column '{name}'; the columns are {string.Join(", ", Columns.Select(x => x.Name))}"
            );

    public bool Contains(string name) => _byName.ContainsKey(name);

    /// <summary>The source line of row <paramref name="row"/> (0-based row → 1-based line).</summary>
    public int LineOf(int row) => _lines?[row] ?? row + 1;
}
