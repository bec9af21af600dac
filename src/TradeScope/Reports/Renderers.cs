using System.Globalization;
using System.Text.Json;
using TradeScope.Core;
using TradeScope.Resources;

namespace TradeScope.Reports;

internal static class Cells
{
    /// <summary>Full-precision invariant text for machine formats; NaN and null become empty.</summary>
    public static string Machine(object? cell) =>
        cell switch
        {
            null => "",
            CodeCell c => c.Code,
            NanCell => "",
            DecoratedNumber n => n.Show(Language.En),
            double d when double.IsNaN(d) => "",
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            float f => ((double)f).ToString("R", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => cell.ToString() ?? "",
        };

    /// <summary>Rounded text for human-readable formats in the column's format and the language's number style
    /// (<see cref="ReportNumbers"/>); NaN is shown as "NaN".</summary>
    public static string Human(object? cell, ReportColumn column, Language language) =>
        cell switch
        {
            null => "",
            CodeCell c => c.Label.In(language),
            NanCell => "NaN",
            DecoratedNumber n => n.Show(language),
            double d => ReportNumbers.Format(d, column.Format, language),
            long n when column.Kind != ColumnKind.Text && column.Format.Length > 0 => ReportNumbers.Format(n, column.Format, language),
            int n when column.Kind != ColumnKind.Text && column.Format.Length > 0 => ReportNumbers.Format(n, column.Format, language),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => cell.ToString() ?? "",
        };
}

/// <summary>The provenance of a report as JSON (English): the <c>provenance</c> key of JSON output and the sidecar
/// of a CSV file.</summary>
public static class ProvenanceJson
{
    /// <summary>Writes <c>{"tradescope_version", "date", "command", "arguments", "data": [{"source", "location",
    /// "notes"}], "linear_algebra"}</c>.</summary>
    public static void Write(ReportProvenance provenance, Utf8JsonWriter json, string? file = null)
    {
        json.WriteStartObject();
        if (file is not null)
            json.WriteString("file", file);
        json.WriteString("tradescope_version", provenance.Run.Version);
        json.WriteString("date", provenance.Run.DateUtc);
        json.WriteString("command", provenance.Run.CommandLine);
        json.WriteStartArray("arguments");
        foreach (var argument in provenance.Run.Arguments)
            json.WriteStringValue(argument);
        json.WriteEndArray();
        json.WriteStartArray("data");
        foreach (var source in provenance.Sources)
        {
            json.WriteStartObject();
            json.WriteString("source", source.Source.En);
            json.WriteString("location", source.Location);
            json.WriteStartArray("notes");
            foreach (var note in source.Notes)
                json.WriteStringValue(note.En);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        if (provenance.LinearAlgebra is { } provider)
            json.WriteString("linear_algebra", provider);
        else
            json.WriteNull("linear_algebra");
        json.WriteEndObject();
    }

    /// <summary>The sidecar file of a CSV output: the provenance object with the CSV's file name.</summary>
    public static void WriteSidecar(ReportProvenance provenance, string csvFileName, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        Write(provenance, json, csvFileName);
    }
}

/// <summary>The provenance section of human-readable reports as label/value lines in the report's language.</summary>
public static class ProvenanceSection
{
    /// <summary>The section heading.</summary>
    public static readonly Bilingual Heading = Strings.Provenance;

    /// <summary>Label and value lines (the data's reading notes are in the report's data notes, and in full in the JSON
    /// provenance); values that are code (version, command, file locations) are marked
    /// <c>Code</c> so Markdown puts them in code spans.</summary>
    public static IReadOnlyList<(string Label, string Value, bool Code)> Lines(ReportProvenance p, Language language)
    {
        var lines = new List<(string, string, bool)>
        {
            (Strings.TradeScopeVersion.In(language), p.Run.Version, true),
            (Strings.DateUTC.In(language), p.Run.DateUtc, false),
            (Strings.Command.In(language), p.Run.CommandLine, true),
        };
        foreach (var source in p.Sources)
        {
            lines.Add((Strings.Data.In(language), ((Bilingual)source.Source).In(language), false));
            lines.Add((Strings.DataLocation.In(language), source.Location, true));
        }
        if (p.LinearAlgebra is { } provider)
            lines.Add((Strings.LinearAlgebra.In(language), provider, false));
        return lines;
    }
}
