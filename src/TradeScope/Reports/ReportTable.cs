using TradeScope.Core;
using TradeScope.Resources;

namespace TradeScope.Reports;

/// <summary>How a column's cells are stored and rendered.</summary>
public enum ColumnKind
{
    Text,
    Number,
    Integer,
}

/// <summary>
/// One column of a tidy table. <paramref name="Key"/> is the machine-readable header (CSV, JSON);
/// <paramref name="Header"/> is shown in Markdown/XLSX/HTML; <paramref name="Format"/> is a .NET numeric format
/// for human-readable renderings (machine formats always write full precision).
/// </summary>
public sealed record ReportColumn(string Key, Bilingual Header, ColumnKind Kind = ColumnKind.Number, string Format = "0.000")
{
    /// <summary>A text column headed by <paramref name="header"/> (usually a phrase of <see cref="Strings"/>).</summary>
    public static ReportColumn Txt(string key, Bilingual header) => new(key, header, ColumnKind.Text, "");

    /// <summary>A number column headed by <paramref name="header"/>, formatted with <paramref name="format"/>.</summary>
    public static ReportColumn Num(string key, Bilingual header, string format = "0.000") => new(key, header, ColumnKind.Number, format);

    /// <summary>An integer column headed by <paramref name="header"/>.</summary>
    public static ReportColumn Int(string key, Bilingual header) => new(key, header, ColumnKind.Integer, "0");

    public static ReportColumn Txt(string key, string en, string ru) => new(key, new Bilingual(en, ru), ColumnKind.Text, "");

    public static ReportColumn Num(string key, string en, string ru, string format = "0.000") =>
        new(key, new Bilingual(en, ru), ColumnKind.Number, format);

    public static ReportColumn Int(string key, string en, string ru) => new(key, new Bilingual(en, ru), ColumnKind.Integer, "0");
}

/// <summary>
/// A categorical cell: CSV and JSON write the stable English <paramref name="Code"/> (e.g. <c>reported</c>, <c>mirror</c>,
/// <c>missing</c>, <c>yes</c>, <c>no</c>) so scripts never depend on the report language; Markdown and XLSX show
/// <paramref name="Label"/> in the report's language.
/// </summary>
public sealed record CodeCell(string Code, Bilingual Label)
{
    public static readonly CodeCell Yes = new("yes", Strings.Yes);
    public static readonly CodeCell No = new("no", Strings.No);

    public static CodeCell YesNo(bool value) => value ? Yes : No;

    public override string ToString() => Code;
}

/// <summary>
/// A value that could not be computed: CSV writes an empty cell, JSON null, Markdown "NaN" and XLSX the text
/// "NaN: <paramref name="Code"/>" (or the reason in words in Russian), so a spreadsheet shows why the cell is empty.
/// </summary>
/// <param name="Code">The stable reason code, e.g. <c>NO_REPORTER_DATA</c>.</param>
/// <param name="Reason">The reason in words.</param>
public sealed record NanCell(string Code, Bilingual Reason)
{
    /// <summary>The text shown in a spreadsheet cell.</summary>
    public string InSheet(Language language) => language == Language.Ru ? $"NaN: {Reason.Ru}" : $"NaN: {Code}";

    public override string ToString() => "NaN";
}

/// <summary>
/// A published-style number: an estimate with significance stars or a standard error in parentheses. Markdown shows
/// "0.123***" or "(0.045)" in the report's number format; XLSX stores the number as a number with a format that adds
/// the decoration; CSV/JSON write the invariant text as shown in English.
/// </summary>
/// <param name="Value">The number (NaN allowed).</param>
/// <param name="Format">The .NET numeric format of the number, e.g. <c>0.000</c>.</param>
/// <param name="Suffix">Text after the number, e.g. significance stars.</param>
/// <param name="Parenthesised">True for a standard error shown as "(0.045)".</param>
public sealed record DecoratedNumber(double Value, string Format, string Suffix = "", bool Parenthesised = false)
{
    /// <summary>The number as shown in <paramref name="language"/> (decimal comma in Russian).</summary>
    public string Show(Language language)
    {
        var number = ReportNumbers.Format(Value, Format, language);
        return Parenthesised ? $"({number}){Suffix}" : number + Suffix;
    }

    public override string ToString() => Show(Language.En);
}

/// <summary>
/// A rectangular table of cells (string, double, long, <see cref="CodeCell"/> or null). A NaN double is written as an empty cell in CSV
/// (read as NA by R, NaN by pandas, missing by Stata and blank by Excel) and as "NaN" in human-readable formats.
/// </summary>
public sealed record ReportTable(string Id, Bilingual Title, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<object?[]> Rows)
{
    /// <summary>Notes printed under the table (conventions, sources, reasons).</summary>
    public IReadOnlyList<Bilingual> Notes { get; init; } = [];

    /// <summary>The XLSX sheet name in both languages (at most 31 characters); null uses <see cref="Id"/>.</summary>
    public Bilingual? Sheet { get; init; }

    /// <summary>Charts drawn from this table by HTML reports and the dashboard (<see cref="ChartHint"/>); other formats
    /// ignore them.</summary>
    public IReadOnlyList<ChartHint> Charts { get; init; } = [];

    /// <summary>Checks that every row has one cell per column.</summary>
    /// <exception cref="ArgumentException">A row is ragged.</exception>
    public ReportTable Validated()
    {
        for (var i = 0; i < Rows.Count; i++)
            if (Rows[i].Length != Columns.Count)
                throw new ArgumentException($"table {Id}: row {i} has {Rows[i].Length} cells, expected {Columns.Count}");
        return this;
    }
}

/// <summary>A block of a report document: a paragraph or a table.</summary>
public abstract record ReportBlock;

public sealed record ParagraphBlock(Bilingual Text) : ReportBlock;

public sealed record HeadingBlock(Bilingual Text, int Level = 2) : ReportBlock;

public sealed record TableBlock(ReportTable Table) : ReportBlock;

/// <summary>
/// A report: a title and blocks in order (a short summary of the result, the tables, then data notes), and the
/// provenance rendered at its end. Rendering is separate (Markdown, XLSX, CSV, JSON).
/// </summary>
public sealed record ReportDocument(Bilingual Title, IReadOnlyList<ReportBlock> Blocks)
{
    public IEnumerable<ReportTable> Tables => Blocks.OfType<TableBlock>().Select(b => b.Table);

    /// <summary>Which program, run and data produced the report; null for a document built outside a command.</summary>
    public ReportProvenance? Provenance { get; init; }

    /// <summary>The document with its provenance.</summary>
    public ReportDocument WithProvenance(ReportProvenance provenance) => this with { Provenance = provenance };
}

/// <summary>
/// The provenance section of a report: the run (version, date, command line), the data sources it read and the
/// linear-algebra provider where one was used.
/// </summary>
/// <param name="Run">The program version, date and command line.</param>
/// <param name="Sources">Data sources and vintages (source, location, reading notes).</param>
/// <param name="LinearAlgebra">The provider's description, or null when the command did no linear algebra.</param>
public sealed record ReportProvenance(RunInfo Run, IReadOnlyList<Core.Provenance> Sources, string? LinearAlgebra = null);
