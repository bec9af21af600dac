using TradeScope.Reports.Formats;

namespace TradeScope.Reports;

/// <summary>
/// The files one report is written to: the rendered report and, for CSV written to a file, its provenance sidecar
/// <c>OUT.provenance.json</c> (<see cref="OutputFormat.ProvenanceSidecar"/>). CSV itself stays a plain table (no comment
/// lines) that R, Stata and pandas read as is; JSON, Markdown and XLSX carry the provenance inside.
/// </summary>
public static class ReportOutput
{
    /// <summary>The sidecar of a CSV file: the CSV path followed by <c>.provenance.json</c>.</summary>
    public static string SidecarPath(string csvPath) => csvPath + ".provenance.json";

    /// <summary>The outputs to write together (all or none, see <see cref="OutputFiles.WriteAll"/>): the report at
    /// <paramref name="path"/> (null or "-" = standard output) and, for a file in a sidecar format (CSV) with provenance,
    /// its sidecar.</summary>
    public static IReadOnlyList<(string? Path, Action<Stream> Write)> Files(
        string? path,
        ReportDocument document,
        OutputFormat format,
        Language language
    )
    {
        var files = new List<(string?, Action<Stream>)> { (path, stream => format.Render(document, language, stream)) };
        if (format.ProvenanceSidecar && path is not null && path != "-" && document.Provenance is { } provenance)
            files.Add((SidecarPath(path), stream => ProvenanceJson.WriteSidecar(provenance, Path.GetFileName(path), stream)));
        return files;
    }
}
