namespace TradeScope.Reports;

/// <summary>How a column's cells are stored and rendered.</summary>
public enum ColumnKind { Text, Number, Integer }

/// <summary>
/// One column of a tidy table. <paramref name="Key"/> is the machine-readable header (CSV, JSON);
/// <paramref name="Header"/> is shown in Markdown/XLSX/HTML; <paramref name="Format"/> is a .NET numeric format
/// for human-readable renderings (machine formats always write full precision).
/// </summary>
public sealed record ReportColumn(string Key, Text Header, ColumnKind Kind = ColumnKind.Number, string Format = "0.000")
{
    public static ReportColumn Txt(string key, string en, string ru) => new(key, new Text(en, ru), ColumnKind.Text, "");
    public static ReportColumn Num(string key, string en, string ru, string format = "0.000") => new(key, new Text(en, ru), ColumnKind.Number, format);
    public static ReportColumn Int(string key, string en, string ru) => new(key, new Text(en, ru), ColumnKind.Integer, "0");
}

/// <summary>
/// A categorical cell: CSV and JSON write the stable English <paramref name="Code"/> (e.g. <c>reported</c>, <c>mirror</c>,
/// <c>missing</c>, <c>yes</c>, <c>no</c>) so scripts never depend on the report language; Markdown and XLSX show
/// <paramref name="Label"/> in the report's language.
/// </summary>
public sealed record CodeCell(string Code, Text Label)
{
    public static readonly CodeCell Yes = new("yes", new Text("yes", "да"));
    public static readonly CodeCell No = new("no", new Text("no", "нет"));
    public static CodeCell YesNo(bool value) => value ? Yes : No;
    public override string ToString() => Code;
}

/// <summary>
/// A rectangular table of cells (string, double, long, <see cref="CodeCell"/> or null). A NaN double is written as an empty cell in CSV
/// (read as NA by R, NaN by pandas, missing by Stata and blank by Excel) and as "NaN" in human-readable formats.
/// </summary>
public sealed record ReportTable(string Id, Text Title, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<object?[]> Rows)
{
    /// <summary>Notes printed under the table (conventions, sources, reasons).</summary>
    public IReadOnlyList<Text> Notes { get; init; } = [];

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
public sealed record ParagraphBlock(Text Text) : ReportBlock;
public sealed record HeadingBlock(Text Text, int Level = 2) : ReportBlock;
public sealed record TableBlock(ReportTable Table) : ReportBlock;

/// <summary>A report: a title and blocks in order. Rendering is separate (Markdown, XLSX, CSV, HTML).</summary>
public sealed record ReportDocument(Text Title, IReadOnlyList<ReportBlock> Blocks)
{
    public IEnumerable<ReportTable> Tables => Blocks.OfType<TableBlock>().Select(b => b.Table);
}
