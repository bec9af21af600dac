namespace TradeScope.Reports.Formats;

/// <summary>Who reads a format, which decides how a document is rendered in it.</summary>
public enum FormatAudience
{
    /// <summary>Scripts (CSV, JSON): column keys as headers, full-precision invariant numbers, codes instead of labels,
    /// provenance in a sidecar file or under a key.</summary>
    Machine,

    /// <summary>People (Markdown, XLSX): headers and labels in the report's language, rounded numbers, the summary
    /// and a provenance section.</summary>
    Human,
}

/// <summary>
/// One output format of tables and reports: its names on the command line, the file extensions that imply it, its
/// audience and its renderer. Every format is an entry of an <see cref="OutputFormatRegistry"/>
/// (<see cref="OutputFormats.Default"/>); the CLI's <c>--format</c> choices, <c>--out</c> help and format messages are
/// generated from the registry.
/// </summary>
/// <param name="Name">The <c>--format</c> value, lower case (e.g. "md").</param>
/// <param name="Aliases">Other names that parse to this format (e.g. "markdown"); not offered on the command line.</param>
/// <param name="Extensions">File extensions with the dot, lower case; the first is the one help texts show.</param>
/// <param name="Audience">Machine-readable or human-readable.</param>
/// <param name="Binary">Whether the output is bytes rather than UTF-8 text (XLSX).</param>
/// <param name="Renderer">Writes a document in the language to the stream.</param>
public sealed record OutputFormat(
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Extensions,
    FormatAudience Audience,
    bool Binary,
    Action<ReportDocument, Language, Stream> Renderer
)
{
    /// <summary>Whether a file in this format is accompanied by the provenance sidecar <c>OUT.provenance.json</c>
    /// (<see cref="ReportOutput.SidecarPath"/>) because the format itself has no place for it (CSV).</summary>
    public bool ProvenanceSidecar { get; init; }

    /// <summary>Machine-readable: column keys, invariant numbers, no translated text.</summary>
    public bool MachineReadable => Audience == FormatAudience.Machine;

    /// <summary>The extension help texts show (the first of <see cref="Extensions"/>), e.g. ".csv".</summary>
    public string Extension => Extensions[0];

    /// <summary>Whether <paramref name="text"/> (trimmed, any case) is the name or an alias.</summary>
    public bool IsNamed(string text) =>
        Name.Equals(text.Trim(), StringComparison.OrdinalIgnoreCase)
        || Aliases.Any(alias => alias.Equals(text.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether <paramref name="extension"/> (with the dot, any case) implies this format.</summary>
    public bool HasExtension(string extension) => Extensions.Any(e => e.Equals(extension, StringComparison.OrdinalIgnoreCase));

    /// <summary>Renders a document in this format.</summary>
    public void Render(ReportDocument document, Language language, Stream output) => Renderer(document, language, output);

    /// <summary>Renders a single table as a one-table document.</summary>
    public void Render(ReportTable table, Language language, Stream output) =>
        Render(new ReportDocument(table.Title, [new TableBlock(table)]), language, output);

    /// <summary>The name, as <c>--format</c> takes it.</summary>
    public override string ToString() => Name;
}
