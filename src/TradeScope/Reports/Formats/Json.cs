using System.Text.Json;

namespace TradeScope.Reports.Formats;

/// <summary>
/// JSON: always one object: <c>provenance</c> first (when the document has it), then one array of row objects per
/// table under the table's id (keys = column keys, NaN = null), for one table as for several.
/// </summary>
public static class JsonRenderer
{
    /// <summary>The registry entry: <c>--format json</c>, <c>.json</c>; machine-readable text, provenance under a key.</summary>
    public static readonly OutputFormat Format = new(
        "json",
        [],
        [".json"],
        FormatAudience.Machine,
        Binary: false,
        (document, _, output) => Write(document, output)
    );

    public static void Write(ReportDocument document, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        if (document.Provenance is { } provenance)
        {
            json.WritePropertyName("provenance");
            ProvenanceJson.Write(provenance, json);
        }
        foreach (var table in document.Tables)
        {
            json.WritePropertyName(table.Id);
            WriteRows(table, json);
        }
        json.WriteEndObject();
    }

    private static void WriteRows(ReportTable table, Utf8JsonWriter json)
    {
        json.WriteStartArray();
        foreach (var row in table.Rows)
        {
            json.WriteStartObject();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                json.WritePropertyName(table.Columns[i].Key);
                switch (row[i])
                {
                    case null or NanCell:
                        json.WriteNullValue();
                        break;
                    case double d when !double.IsFinite(d):
                        json.WriteNullValue();
                        break;
                    case double d:
                        json.WriteNumberValue(d);
                        break;
                    case int n:
                        json.WriteNumberValue(n);
                        break;
                    case long n:
                        json.WriteNumberValue(n);
                        break;
                    case bool b:
                        json.WriteBooleanValue(b);
                        break;
                    default:
                        json.WriteStringValue(Cells.Machine(row[i]));
                        break;
                }
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
