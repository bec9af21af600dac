namespace TradeScope.Reports.Formats;

/// <summary>
/// An immutable list of output formats, in the order help texts list them, with parsing by name and by file
/// extension. <see cref="OutputFormats.Default"/> holds the formats TradeScope ships; <see cref="With"/> adds one
/// (tests register a test-only format this way and run commands with it).
/// </summary>
public sealed class OutputFormatRegistry
{
    /// <summary>A registry of <paramref name="formats"/>; names, aliases and extensions must not repeat.</summary>
    /// <exception cref="ArgumentException">Two formats share a name, an alias or an extension.</exception>
    public OutputFormatRegistry(IEnumerable<OutputFormat> formats)
    {
        All = [.. formats];
        var names = All.SelectMany(f => f.Aliases.Prepend(f.Name)).GroupBy(n => n, StringComparer.OrdinalIgnoreCase);
        var extensions = All.SelectMany(f => f.Extensions).GroupBy(e => e, StringComparer.OrdinalIgnoreCase);
        if (names.Concat(extensions).FirstOrDefault(g => g.Count() > 1) is { } repeated)
            throw new ArgumentException($"output format name or extension '{repeated.Key}' is registered twice", nameof(formats));
    }

    /// <summary>Every format, in registry order.</summary>
    public IReadOnlyList<OutputFormat> All { get; }

    /// <summary>This registry with <paramref name="format"/> added at the end.</summary>
    public OutputFormatRegistry With(OutputFormat format) => new(All.Append(format));

    /// <summary>Every format except <paramref name="excluded"/>, in registry order (for a command that cannot offer some).</summary>
    public IReadOnlyList<OutputFormat> Except(params OutputFormat[] excluded) => [.. All.Where(f => !excluded.Contains(f))];

    /// <summary>The format named <paramref name="text"/> (name or alias, trimmed, any case), or false.</summary>
    public bool TryParse(string? text, out OutputFormat format)
    {
        format = All.FirstOrDefault(f => text is not null && f.IsNamed(text))!;
        return format is not null;
    }

    /// <summary>The format named <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentException">No format has that name.</exception>
    public OutputFormat Parse(string text) =>
        TryParse(text, out var format) ? format : throw new ArgumentException($"unknown output format '{text}'", nameof(text));

    /// <summary>The format implied by the file's extension (e.g. .csv), or null.</summary>
    public OutputFormat? FromPath(string? path) =>
        path is null ? null : All.FirstOrDefault(f => f.HasExtension(Path.GetExtension(path).Trim()));

    /// <summary>The shown extensions joined by <paramref name="separator"/>, the last by <paramref name="last"/>:
    /// ".csv, .json, .md, .xlsx" or ".csv, .json, .md or .xlsx".</summary>
    public string ExtensionList(string separator = ", ", string? last = null)
    {
        var shown = All.Select(f => f.Extension).ToList();
        return shown.Count < 2 || last is null
            ? string.Join(separator, shown)
            : string.Join(separator, shown.Take(shown.Count - 1)) + last + shown[^1];
    }
}

/// <summary>The output formats TradeScope ships. A new format is one file under Reports/Formats (its renderer and
/// its <see cref="OutputFormat"/> entry) and one line in <see cref="Default"/>.</summary>
public static class OutputFormats
{
    /// <summary>CSV (<see cref="CsvRenderer"/>).</summary>
    public static OutputFormat Csv => CsvRenderer.Format;

    /// <summary>JSON (<see cref="JsonRenderer"/>).</summary>
    public static OutputFormat Json => JsonRenderer.Format;

    /// <summary>Markdown (<see cref="MarkdownRenderer"/>).</summary>
    public static OutputFormat Markdown => MarkdownRenderer.Format;

    /// <summary>XLSX (<see cref="XlsxRenderer"/>).</summary>
    public static OutputFormat Xlsx => XlsxRenderer.Format;

    /// <summary>HTML (<see cref="HtmlRenderer"/>).</summary>
    public static OutputFormat Html => HtmlRenderer.Format;

    /// <summary>The shipped formats, in the order help texts list them.</summary>
    public static OutputFormatRegistry Default { get; } = new([Csv, Json, Markdown, Xlsx, Html]);

    /// <inheritdoc cref="OutputFormatRegistry.All"/>
    public static IReadOnlyList<OutputFormat> All => Default.All;

    /// <inheritdoc cref="OutputFormatRegistry.Parse"/>
    public static OutputFormat Parse(string text) => Default.Parse(text);

    /// <inheritdoc cref="OutputFormatRegistry.TryParse"/>
    public static bool TryParse(string? text, out OutputFormat format) => Default.TryParse(text, out format);

    /// <inheritdoc cref="OutputFormatRegistry.FromPath"/>
    public static OutputFormat? FromPath(string? path) => Default.FromPath(path);
}
