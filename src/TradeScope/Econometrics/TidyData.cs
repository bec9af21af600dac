using System.Globalization;
using DuckDB.NET.Data;
using TradeScope.Core;
using TradeScope.Data;

namespace TradeScope.Econometrics;

/// <summary>Reads tidy tables (one row per observation, one column per variable) into a <see cref="DataFrame"/>.</summary>
/// <remarks>
/// CSV (optionally gzip-compressed, <c>.csv.gz</c>): RFC 4180, header row, invariant culture ('.' decimal point).
/// A column is numeric when every non-missing cell parses as a number; otherwise it is text and keeps the line
/// of its first non-numeric cell for error messages. Missing: empty, <c>NA</c>, <c>NaN</c>, <c>.</c>, <c>null</c>.
/// Parquet (<c>.parquet</c>) is read through DuckDB: numeric types become numbers, everything else text.
/// </remarks>
public static class TidyData
{
    /// <summary>Reads a .csv, .csv.gz or .parquet file.</summary>
    /// <exception cref="InputException">Missing file, empty or ragged CSV, unreadable Parquet.</exception>
    public static DataFrame Read(string path)
    {
        var format = InputFile.Verify(path, parquetAllowed: true);
        if (format == InputFormat.Parquet)
            return ReadParquet(path);
        using var reader = new StreamReader(InputFile.Open(path, format));
        return ReadCsv(reader, path);
    }

    /// <summary>Reads a CSV (gzip when the name ends in .gz), opened by <see cref="CsvTable.OpenFile"/>.</summary>
    public static DataFrame ReadCsv(string path)
    {
        using var reader = new StreamReader(CsvTable.OpenFile(path));
        return ReadCsv(reader, path);
    }

    /// <summary>Reads CSV text with the library's one CSV tokenizer (<see cref="CsvTable.Records"/>); <paramref name="source"/>
    /// names it in "file:line: message" errors.</summary>
    public static DataFrame ReadCsv(TextReader reader, string source)
    {
        string[]? header = null;
        List<string>[] cells = [];
        var lines = new List<int>();
        foreach (var (line, record) in CsvTable.Records(reader, source))
        {
            if (header is null)
            {
                header = Header(record, source);
                cells = header.Select(_ => new List<string>()).ToArray();
                continue;
            }
            if (record.Length != header.Length)
                throw CsvTable.FieldCount(source, line, record.Length, header.Length);
            for (var c = 0; c < header.Length; c++)
                cells[c].Add(record[c]);
            lines.Add(checked((int)line));
        }
        if (header is null)
            throw InputException.At(source, 1, "empty file; expected a header row");
        var columns = new DataColumn[header.Length];
        for (var c = 0; c < header.Length; c++)
            columns[c] = Typed(header[c], cells[c]);
        return new DataFrame(columns, source, lines.ToArray());
    }

    private static string[] Header(string[] record, string source)
    {
        var header = record.Select(h => h.Trim()).ToArray();
        if (CsvTable.ForeignSeparator(source, header) is { } separated)
            throw separated;
        for (var c = 0; c < header.Length; c++)
        {
            if (header[c].Length == 0)
                throw InputException.At(source, 1, $"column {c + 1} has an empty name");
            if (Array.IndexOf(header, header[c]) != c)
                throw InputException.At(source, 1, $"column '{header[c]}' appears twice");
        }
        return header;
    }

    private static DataColumn Typed(string name, List<string> cells)
    {
        var values = new double[cells.Count];
        for (var r = 0; r < cells.Count; r++)
        {
            if (TryNumber(cells[r], out var v))
            {
                values[r] = v;
                continue;
            }
            return new TextColumn(name, cells.Select(s => IsMissing(s) ? null : s).ToArray(), r);
        }
        return new NumericColumn(name, values);
    }

    private static bool IsMissing(string s) => s.Length == 0 || s is "NA" or "NaN" or "nan" or "." or "null" or "NULL";

    /// <summary>Parses an invariant number; missing markers give NaN; "Inf"/"-Inf" give ±∞.</summary>
    internal static bool TryNumber(string s, out double value)
    {
        var t = s.Trim();
        if (IsMissing(t))
        {
            value = double.NaN;
            return true;
        }
        switch (t)
        {
            case "Inf" or "inf" or "+Inf":
                value = double.PositiveInfinity;
                return true;
            case "-Inf" or "-inf":
                value = double.NegativeInfinity;
                return true;
        }
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Reads a Parquet file through DuckDB (<c>read_parquet</c>).</summary>
    public static DataFrame ReadParquet(string path)
    {
        try
        {
            using var connection = new DuckDBConnection("DataSource=:memory:");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM read_parquet('{path.Replace("'", "''")}')";
            using var reader = command.ExecuteReader();
            var n = reader.FieldCount;
            var numeric = new bool[n];
            var nums = new List<double>[n];
            var texts = new List<string?>[n];
            var names = new HashSet<string>(StringComparer.Ordinal);
            for (var c = 0; c < n; c++)
            {
                if (!names.Add(reader.GetName(c)))
                    throw new InputException($"{path}: column {InputText.Quote(reader.GetName(c))} appears twice; rename one of them");
                var t = reader.GetFieldType(c);
                if (!Readable(t))
                    throw new InputException(
                        $"{path}: column {InputText.Quote(reader.GetName(c))} has the Parquet type "
                            + $"{InputText.Quote(reader.GetDataTypeName(c))}; regression data must be numbers or text"
                    );
                numeric[c] =
                    t == typeof(double)
                    || t == typeof(float)
                    || t == typeof(int)
                    || t == typeof(long)
                    || t == typeof(short)
                    || t == typeof(byte)
                    || t == typeof(sbyte)
                    || t == typeof(uint)
                    || t == typeof(ulong)
                    || t == typeof(ushort)
                    || t == typeof(decimal);
                nums[c] = [];
                texts[c] = [];
            }
            while (reader.Read())
                for (var c = 0; c < n; c++)
                {
                    if (numeric[c])
                        nums[c].Add(reader.IsDBNull(c) ? double.NaN : Convert.ToDouble(reader.GetValue(c), CultureInfo.InvariantCulture));
                    else
                        texts[c].Add(reader.IsDBNull(c) ? null : Convert.ToString(reader.GetValue(c), CultureInfo.InvariantCulture));
                }
            var columns = Enumerable
                .Range(0, n)
                .Select(c =>
                    numeric[c]
                        ? (DataColumn)new NumericColumn(reader.GetName(c), nums[c].ToArray())
                        : new TextColumn(reader.GetName(c), texts[c].ToArray(), FirstNonNumeric(texts[c]))
                )
                .ToList();
            return new DataFrame(columns, path, null);
        }
        catch (DuckDBException e)
        {
            throw new InputException(
                $"{path}: cannot read the Parquet file ({InputFile.DuckDbReason(e)}); check that it is a complete Parquet file"
            );
        }
    }

    /// <summary>Numbers, text, booleans, dates and times; not lists, structs, maps or binary blobs.</summary>
    private static bool Readable(Type t) =>
        t.IsPrimitive
        || t == typeof(decimal)
        || t == typeof(string)
        || t == typeof(DateTime)
        || t == typeof(DateOnly)
        || t == typeof(TimeOnly)
        || t == typeof(DateTimeOffset)
        || t == typeof(TimeSpan)
        || t == typeof(Guid)
        || t == typeof(System.Numerics.BigInteger);

    private static int FirstNonNumeric(List<string?> values)
    {
        for (var r = 0; r < values.Count; r++)
            if (values[r] is { } s && !TryNumber(s, out _))
                return r;
        return -1;
    }
}
