using System.Globalization;
using System.Text.Json;
using TradeScope.Core;

namespace TradeScope.Reports.Formats;

/// <summary>
/// A report table as the JSON the HTML report's scripts read (and the dashboard serves):
/// <c>{"id", "title", "rows", "columns": [{"key", "header", "kind", "fmt"}], "data": [...], "notes", "charts"}</c>. <c>data</c>
/// has one entry per column, column by column so a million-row table stays compact: <c>{"n": [numbers]}</c> (full
/// precision; NaN and cells that cannot be computed are null, an empty cell is ""), <c>{"s": [strings]}</c>, or, when
/// strings repeat, <c>{"d": [distinct strings], "i": [index per row, -1 for none]}</c>. Text is in the report's language
/// (category labels, not codes).
/// </summary>
public static class HtmlTableJson
{
    /// <summary>Writes one table object.</summary>
    public static void Write(ReportTable table, Language language, Utf8JsonWriter json)
    {
        var columns = table.Columns.Select(c => new ColumnData(c, language)).ToArray();
        foreach (var row in table.Rows)
            for (var c = 0; c < columns.Length; c++)
                columns[c].Add(row[c]);
        json.WriteStartObject();
        json.WriteString("id", table.Id);
        json.WriteString("title", table.Title.In(language));
        json.WriteNumber("rows", table.Rows.Count);
        json.WriteStartArray("columns");
        foreach (var column in table.Columns)
            WriteColumn(column, language, json);
        json.WriteEndArray();
        json.WriteStartArray("data");
        foreach (var column in columns)
            column.Write(json);
        json.WriteEndArray();
        json.WriteStartArray("notes");
        foreach (var note in table.Notes)
            json.WriteStringValue(note.In(language));
        json.WriteEndArray();
        json.WriteStartArray("charts");
        foreach (var hint in table.Charts)
            WriteHint(hint, language, json);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteColumn(ReportColumn column, Language language, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("key", column.Key);
        json.WriteString("header", column.Header.In(language));
        json.WriteString("kind", column.Kind.ToString().ToLowerInvariant());
        if (column.Kind == ColumnKind.Text)
            json.WriteNull("fmt");
        else
        {
            json.WritePropertyName("fmt");
            WriteNumberFormat(NumberFormat.Of(column.Format), json);
        }
        json.WriteEndObject();
    }

    private static void WriteNumberFormat(NumberFormat format, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        if (format.Significant is { } p)
            json.WriteNumber("p", p);
        else if (format.Exponent is { } e)
            json.WriteNumber("e", e);
        else
        {
            json.WriteNumber("d", format.Decimals);
            if (format.Grouping)
                json.WriteBoolean("g", true);
        }
        json.WriteEndObject();
    }

    private static void WriteHint(ChartHint hint, Language language, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("kind", hint.Kind.ToString().ToLowerInvariant());
        json.WriteString("title", hint.Title.In(language));
        WriteKeys("label", hint.Label, json);
        WriteKeys("series", hint.Series, json);
        foreach (var (name, key) in new[] { ("value", hint.Value), ("x", hint.X), ("y", hint.Y), ("stdError", hint.StdError) })
            if (key is not null)
                json.WriteString(name, key);
        foreach (var (name, key) in new[] { ("lower", hint.Lower), ("upper", hint.Upper), ("neutralColumn", hint.NeutralColumn) })
            if (key is not null)
                json.WriteString(name, key);
        if (hint.Iso3 is not null)
            json.WriteString("iso3", hint.Iso3);
        foreach (var (name, value) in new[] { ("neutral", hint.Neutral), ("neutralX", hint.NeutralX), ("neutralY", hint.NeutralY) })
            if (value is { } v)
                json.WriteNumber(name, v);
        if (hint.Top is { } top)
            json.WriteNumber("top", top);
        if (hint.XTitle is { } xTitle)
            json.WriteString("xTitle", xTitle.In(language));
        if (hint.YTitle is { } yTitle)
            json.WriteString("yTitle", yTitle.In(language));
        json.WriteStartArray("filters");
        foreach (var filter in hint.Filters)
        {
            json.WriteStartObject();
            json.WriteString("column", filter.Column);
            WriteKeys("values", filter.Values, json);
            json.WriteBoolean("except", filter.Except);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteKeys(string name, IReadOnlyList<string> keys, Utf8JsonWriter json)
    {
        json.WriteStartArray(name);
        foreach (var key in keys)
            json.WriteStringValue(key);
        json.WriteEndArray();
    }

    /// <summary>
    /// How the browser shows a column's numbers, from the column's .NET format: fixed decimals with or without grouping
    /// ("0.000", "#,0"), an exponent ("0.00E+0") or significant digits ("G6"); TradeScopeCharts.formatNumber applies it
    /// with the language's separators, as <see cref="ReportNumbers"/> does for Markdown and XLSX.
    /// </summary>
    /// <param name="Decimals">Digits after the decimal separator.</param>
    /// <param name="Grouping">Thousands grouping.</param>
    /// <param name="Exponent">Digits after the separator in exponent notation, or null.</param>
    /// <param name="Significant">Significant digits of a "G" format, or null.</param>
    public sealed record NumberFormat(int Decimals, bool Grouping, int? Exponent, int? Significant)
    {
        /// <summary>The browser format of a .NET numeric format string (unknown standard formats: 15 significant digits).</summary>
        public static NumberFormat Of(string format)
        {
            if (format.Length == 0)
                return new(0, false, null, 15);
            if (char.IsLetter(format[0]))
            {
                var digits = format.Length > 1 && int.TryParse(format[1..], CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
                return char.ToUpperInvariant(format[0]) switch
                {
                    'G' => new(0, false, null, digits is > 0 ? digits : 15),
                    'N' => new(digits ?? 2, true, null, null),
                    'F' => new(digits ?? 2, false, null, null),
                    'E' => new(0, false, digits ?? 6, null),
                    _ => new(0, false, null, 15),
                };
            }
            var exponentAt = format.IndexOfAny(['E', 'e']);
            var mantissa = exponentAt >= 0 ? format[..exponentAt] : format;
            var point = mantissa.IndexOf('.');
            var decimals = point < 0 ? 0 : mantissa[(point + 1)..].Count(ch => ch is '0' or '#');
            return exponentAt >= 0 ? new(0, false, decimals, null) : new(decimals, mantissa.Contains(','), null, null);
        }
    }

    /// <summary>One column's values, gathered in one pass over the rows: numbers while every cell is a number (or NaN or
    /// empty), strings once a cell is text.</summary>
    private sealed class ColumnData(ReportColumn column, Language language)
    {
        private readonly List<double> _numbers = [];
        private readonly HashSet<int> _empty = [];

        /// <summary>Integers a double cannot hold exactly (beyond 2^53), by row, written as they are.</summary>
        private readonly Dictionary<int, long> _wide = [];
        private List<string?>? _strings;

        public void Add(object? cell)
        {
            if (_strings is null && column.Kind != ColumnKind.Text && TryNumber(cell, out var number, out var empty))
            {
                if (empty)
                    _empty.Add(_numbers.Count);
                if (cell is long n && Math.Abs((double)n) > 9007199254740992.0)
                    _wide[_numbers.Count] = n;
                _numbers.Add(number);
                return;
            }
            if (_strings is null)
            {
                _strings = new List<string?>(_numbers.Count + 1);
                for (var r = 0; r < _numbers.Count; r++)
                    _strings.Add(
                        _empty.Contains(r) ? null : Cells.Human(_wide.TryGetValue(r, out var n) ? n : _numbers[r], column, language)
                    );
            }
            _strings.Add(Text(cell));
        }

        private string? Text(object? cell) =>
            cell switch
            {
                null => null,
                _ => Cells.Human(cell, column, language),
            };

        private static bool TryNumber(object? cell, out double number, out bool empty)
        {
            empty = false;
            switch (cell)
            {
                case null:
                    empty = true;
                    number = double.NaN;
                    return true;
                case NanCell:
                    number = double.NaN;
                    return true;
                case double d:
                    number = d;
                    return true;
                case float f:
                    number = f;
                    return true;
                case int n:
                    number = n;
                    return true;
                case long n:
                    number = n;
                    return true;
                default:
                    number = double.NaN;
                    return false;
            }
        }

        public void Write(Utf8JsonWriter json)
        {
            json.WriteStartObject();
            if (_strings is null)
                WriteNumbers(json);
            else
                WriteStrings(_strings, json);
            json.WriteEndObject();
        }

        private void WriteNumbers(Utf8JsonWriter json)
        {
            json.WriteStartArray("n");
            for (var r = 0; r < _numbers.Count; r++)
            {
                if (_empty.Contains(r))
                    json.WriteStringValue("");
                else if (_wide.TryGetValue(r, out var wide))
                    json.WriteNumberValue(wide);
                else if (double.IsFinite(_numbers[r]))
                    json.WriteNumberValue(_numbers[r]);
                else
                    json.WriteNullValue();
            }
            json.WriteEndArray();
        }

        /// <summary>Strings as they are, or as distinct strings and indices when at most half of them are distinct.</summary>
        private static void WriteStrings(List<string?> strings, Utf8JsonWriter json)
        {
            var distinct = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var s in strings)
                if (s is not null && !distinct.ContainsKey(s))
                    distinct[s] = distinct.Count;
            if (distinct.Count * 2 > strings.Count)
            {
                json.WriteStartArray("s");
                foreach (var s in strings)
                    json.WriteStringValue(s);
                json.WriteEndArray();
                return;
            }
            json.WriteStartArray("d");
            foreach (var s in distinct.Keys)
                json.WriteStringValue(s);
            json.WriteEndArray();
            json.WriteStartArray("i");
            foreach (var s in strings)
                json.WriteNumberValue(s is null ? -1 : distinct[s]);
            json.WriteEndArray();
        }
    }
}
