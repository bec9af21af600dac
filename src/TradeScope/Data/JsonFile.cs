using System.Text.Json;
using TradeScope.Core;

namespace TradeScope.Data;

/// <summary>
/// A user's JSON file (group files, scenario shocks): read whole, a UTF-8 byte-order mark skipped, comments and trailing
/// commas accepted, and handed to a reader with the line of every element by its JSON path, so that errors can say
/// "file:line: $.path: message". System.Text.Json parses; only the line index is ours (<see cref="JsonLines"/>).
/// </summary>
internal static class JsonFile
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Parses the file and calls <paramref name="read"/> with its root element and the lines by path.</summary>
    /// <param name="empty">The message for a file with nothing but white space, or null to let the parser say it.</param>
    /// <exception cref="InputException">Missing file, empty file (with <paramref name="empty"/>), invalid JSON
    /// ("file:line: not valid JSON (...)"), or whatever <paramref name="read"/> throws.</exception>
    public static T Read<T>(string path, Func<JsonElement, IReadOnlyDictionary<string, long>, T> read, string? empty = null)
    {
        byte[] bytes;
        using (var stream = CsvTable.OpenFile(path))
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            bytes = copy.ToArray();
        }
        var utf8 = bytes.AsMemory();
        if (utf8.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            utf8 = utf8[3..];
        if (empty is not null && System.Text.Encoding.UTF8.GetString(utf8.Span).Trim().Length == 0)
            throw InputException.At(path, 1, empty);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, Options);
        }
        catch (JsonException e)
        {
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut > 0)
                message = message[..cut];
            throw InputException.At(path, (e.LineNumber ?? 0) + 1, $"not valid JSON ({message.TrimEnd('.')}); fix the syntax");
        }
        using (document)
            return read(document.RootElement, JsonLines.Index(utf8.Span, Options));
    }
}

/// <summary>The line of every JSON value by its path (<c>$</c>, <c>$.a</c>, <c>$.a[0].b</c>): JsonDocument keeps no positions.</summary>
internal static class JsonLines
{
    public static IReadOnlyDictionary<string, long> Index(ReadOnlySpan<byte> utf8, JsonDocumentOptions options)
    {
        var lines = new Dictionary<string, long>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(
            utf8,
            new JsonReaderOptions { CommentHandling = options.CommentHandling, AllowTrailingCommas = options.AllowTrailingCommas }
        );
        var frames = new List<(bool Array, int Index, string Property, string Path)>();
        long line = 1,
            scanned = 0;
        while (reader.Read())
        {
            var start = reader.TokenStartIndex;
            for (; scanned < start; scanned++)
                if (utf8[(int)scanned] == (byte)'\n')
                    line++;
            var token = reader.TokenType;
            if (token == JsonTokenType.PropertyName)
            {
                var top = frames[^1];
                frames[^1] = top with { Property = reader.GetString()! };
                lines.TryAdd(top.Path + "." + frames[^1].Property, line);
                continue;
            }
            if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                frames.RemoveAt(frames.Count - 1);
                Advance(frames);
                continue;
            }
            var path =
                frames.Count == 0 ? "$"
                : frames[^1].Array ? $"{frames[^1].Path}[{frames[^1].Index}]"
                : frames[^1].Path + "." + frames[^1].Property;
            lines[path] = line;
            if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                frames.Add((token == JsonTokenType.StartArray, 0, "", path));
            else
                Advance(frames);
        }
        return lines;
    }

    private static void Advance(List<(bool Array, int Index, string Property, string Path)> frames)
    {
        if (frames.Count > 0 && frames[^1].Array)
            frames[^1] = frames[^1] with { Index = frames[^1].Index + 1 };
    }
}
