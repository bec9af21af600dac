using System.Globalization;
using csFastFloat;
using nietras.SeparatedValues;
using TradeScope.Core;

namespace TradeScope.Data;

/// <summary>
/// How every ICIO table layout reads CSV: Sep (a SIMD CSV parser) splits records, comma-separated, quotes removed,
/// spaces trimmed, and csFastFloat parses the numbers. Written on these libraries rather than by hand because a full-size
/// OECD ICIO file (3,648 × 4,109 cells, about 250 MB) must be parsed at close to the speed of the disk.
/// </summary>
internal static class TableCsv
{
    /// <summary>A Sep reader of comma-separated text with no header handling (the layouts read the header themselves, so
    /// that duplicate labels become their own one-line errors) and no field-count check (reported as file:line by
    /// <see cref="CsvTable.FieldCount"/>).</summary>
    public static SepReader Open(Stream stream) =>
        Sep.Reader(o =>
                o with
                {
                    Sep = new Sep(','),
                    HasHeader = false,
                    Unescape = true,
                    Trim = SepTrim.All,
                    DisableColCountCheck = true,
                    CultureInfo = CultureInfo.InvariantCulture,
                }
            )
            .From(stream);

    /// <summary>The fields of a record as strings (headers).</summary>
    public static string[] Fields(SepReader.Row row)
    {
        var fields = new string[row.ColCount];
        for (var k = 0; k < fields.Length; k++)
            fields[k] = row[k].ToString().TrimStart('\uFEFF');
        return fields;
    }

    /// <summary>True for an empty line (skipped by every table reader).</summary>
    public static bool IsBlank(SepReader.Row row) => row.ColCount == 1 && row[0].Span.Trim().IsEmpty;

    /// <summary>A cell: a finite number; empty or <c>NA</c> is 0.</summary>
    /// <exception cref="InputException">"file:line: 'x' in column C is not a finite number".</exception>
    public static double Number(ReadOnlySpan<char> text, string source, long line, string column) =>
        TryNumber(text, out var value) ? value : throw NotANumber(text.ToString(), source, line, column);

    /// <summary>A cell as a finite number (empty or <c>NA</c> is 0); false when it is not one.</summary>
    public static bool TryNumber(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        if (text.IsEmpty || text is "NA")
            return true;
        return FastDoubleParser.TryParseDouble(text, out var consumed, out value, NumberStyles.Float, '.')
            && consumed == text.Length
            && double.IsFinite(value);
    }

    /// <summary>"file:line: 'x' in column C is not a finite number".</summary>
    public static InputException NotANumber(string text, string source, long line, string column) =>
        InputException.At(source, line, $"{InputText.Quote(text)} in column {InputText.Clip(column, 40)} is not a finite number");
}
