using System.Globalization;
using TradeScope.Core;

namespace TradeScope.Data;

/// <summary>A small CSV file read whole, with the physical line number of every record (for file:line errors).</summary>
internal sealed record CsvTable(string File, IReadOnlyList<string> Header, IReadOnlyList<CsvRecord> Rows)
{
    /// <summary>Index of a column by case-insensitive name, or -1.</summary>
    public int IndexOf(string column)
    {
        for (var i = 0; i < Header.Count; i++)
            if (string.Equals(Header[i], column, StringComparison.OrdinalIgnoreCase))
                return i;
        return -1;
    }

    /// <summary>Index of a required column; a missing one is an error at line 1.</summary>
    public int Require(string column) =>
        IndexOf(column) is var i and >= 0
            ? i
            : throw InputException.At(File, 1, $"missing column '{column}' (header: {InputText.Clip(string.Join(",", Header), 120)})");

    /// <summary>Reads a CSV file from disk (.gz is decompressed).</summary>
    /// <exception cref="InputException">The file is missing, empty or has a line with the wrong number of fields.</exception>
    public static CsvTable Load(string path)
    {
        using var stream = OpenFile(path);
        using var reader = new StreamReader(stream);
        return Parse(reader, path);
    }

    /// <summary>Opens a user's text file, decompressing .gz, after <see cref="InputFile.Verify"/> (every reader of user
    /// files opens them through <see cref="InputFile"/>).</summary>
    /// <exception cref="InputException">Missing, mislabelled, damaged or non-UTF-8 file.</exception>
    public static Stream OpenFile(string path) => InputFile.OpenText(path);

    /// <summary>
    /// "file:1: the header is separated by ';', not commas; ..." when a one-column header holds a semicolon, tab or
    /// '|' (a file saved with another separator); null otherwise. One detector for every CSV reader.
    /// </summary>
    public static InputException? ForeignSeparator(string file, IReadOnlyList<string> header)
    {
        var separator = header.Count == 1 ? new[] { ';', '\t', '|' }.FirstOrDefault(c => header[0].Contains(c)) : default;
        return separator == default
            ? null
            : InputException.At(
                file,
                1,
                $"the header is separated by {(separator == '\t' ? "tabs" : $"'{separator}'")}, not commas; "
                    + "save the file as comma-separated CSV"
            );
    }

    /// <summary>First and last year accepted in data files.</summary>
    public const int FirstYear = 1900,
        LastYear = 2100;

    /// <summary>Null when <paramref name="text"/> is a year 1900–2100, else the message "year '...' is ...".</summary>
    public static string? YearProblem(string? text, out int year)
    {
        if (!int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out year))
            return $"year {InputText.Quote(text)} is not a year (four digits)";
        return year is < FirstYear or > LastYear
            ? $"year {InputText.Quote(text?.Trim())} is outside the accepted range {FirstYear}–{LastYear}"
            : null;
    }

    /// <summary>Parses CSV text whose first record is the header.</summary>
    public static CsvTable Parse(TextReader reader, string file)
    {
        var rows = new List<CsvRecord>();
        string[]? header = null;
        foreach (var (line, fields) in Records(reader, file))
        {
            if (header is null)
            {
                header = fields.Select(f => f.Trim().TrimStart('\uFEFF')).ToArray();
                if (ForeignSeparator(file, header) is { } separated)
                    throw separated;
                continue;
            }
            if (fields.Length != header.Length)
                throw FieldCount(file, line, fields.Length, header.Length);
            rows.Add(new CsvRecord(line, fields));
        }
        if (header is null)
            throw InputException.At(file, 1, "empty file: expected a header line");
        return new CsvTable(file, header, rows);
    }

    /// <summary>
    /// The first structural problem of CSV text (a quote never closed, text after a closing quote, a record whose
    /// field count differs from the header's), streaming without keeping rows; null when the text is well formed
    /// or empty. <paramref name="width"/> is the header's field count (null for an empty file).
    /// </summary>
    public static InputException? FirstStructuralError(TextReader reader, string file, out int? width)
    {
        width = null;
        try
        {
            foreach (var (line, fields) in Records(reader, file))
            {
                width ??= fields.Length;
                if (fields.Length != width)
                    return FieldCount(file, line, fields.Length, width.Value);
            }
        }
        catch (InputException located)
        {
            return located;
        }
        return null;
    }

    /// <summary>"file:line: malformed line: N fields, the header has M; ..." (one message for every CSV reader).</summary>
    public static InputException FieldCount(string file, long line, int fields, int header) =>
        InputException.At(
            file,
            line,
            $"malformed line: {fields} field{(fields == 1 ? "" : "s")}, the header has {header}; "
                + (
                    fields > header
                        ? "remove the extra field or quote fields that contain commas"
                        : "add the missing field (an empty value still needs its comma)"
                )
        );

    /// <summary>
    /// Every record (RFC 4180: comma-separated, double quotes, "" inside quotes) with the physical line it starts on;
    /// blank lines are skipped. Used for small reference files and to locate errors; bulk data go through DuckDB.
    /// </summary>
    /// <exception cref="InputException">A quote that is never closed, or text after a closing quote.</exception>
    public static IEnumerable<(long Line, string[] Fields)> Records(TextReader reader, string file)
    {
        long lineNo = 0;
        string? text;
        while ((text = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (lineNo == 1)
                text = text.TrimStart('\uFEFF');
            if (text.Length == 0)
                continue;
            var start = lineNo;
            var fields = new List<string>();
            var field = new System.Text.StringBuilder();
            var i = 0;
            while (true)
            {
                if (i < text.Length && text[i] == '"')
                {
                    i++;
                    while (true)
                    {
                        if (i >= text.Length)
                        {
                            var next = reader.ReadLine();
                            if (next is null)
                                throw InputException.At(file, start, "malformed line: a quoted field is never closed; fix the quoting");
                            lineNo++;
                            field.Append('\n');
                            text = next;
                            i = 0;
                            continue;
                        }
                        if (text[i] == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"')
                            {
                                field.Append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            break;
                        }
                        field.Append(text[i++]);
                    }
                    if (i < text.Length && text[i] != ',')
                        throw InputException.At(file, lineNo, "malformed line: text after a closing quote; fix the quoting");
                }
                else
                {
                    var comma = text.IndexOf(',', i);
                    var stop = comma < 0 ? text.Length : comma;
                    field.Append(text, i, stop - i);
                    i = stop;
                }
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                if (i >= text.Length)
                    break;
                i++; // the comma
                if (i == text.Length)
                {
                    fields.Add("");
                    break;
                }
            }
            yield return (start, fields.ToArray());
        }
    }
}

/// <summary>One CSV record and the line it starts on.</summary>
internal sealed record CsvRecord(long Line, string[] Fields)
{
    public string this[int column] => column >= 0 && column < Fields.Length ? Fields[column].Trim() : "";
}
