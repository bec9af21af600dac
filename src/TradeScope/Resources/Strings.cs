using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using TradeScope.Core;

namespace TradeScope.Resources;

/// <summary>
/// The user-facing phrases of TradeScope, each defined once in <c>Strings.resx</c> (English, the neutral language) and
/// <c>Strings.ru.resx</c> (Russian, a satellite assembly), read as a <see cref="Bilingual"/> pair.
/// </summary>
/// <remarks>
/// Written by hand rather than generated (ResXFileCodeGenerator): the generated accessor reads
/// <see cref="CultureInfo.CurrentUICulture"/>, while a report's language is explicit and both languages are needed at
/// once (the library carries phrases in both; Reports picks one when rendering).
/// </remarks>
public static partial class Strings
{
    private static readonly ResourceManager Manager = new("TradeScope.Resources.Strings", typeof(Strings).Assembly);
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru");
    private static readonly ConcurrentDictionary<string, Bilingual> Phrases = new(StringComparer.Ordinal);

    /// <summary>The phrase stored under <paramref name="key"/> in English and Russian.</summary>
    /// <exception cref="InvalidOperationException">No such key in one of the languages (a bug).</exception>
    public static Bilingual Phrase(string key) => Phrases.GetOrAdd(key, k => new(Read(k, CultureInfo.InvariantCulture), Read(k, Russian)));

    /// <summary>
    /// A composite phrase: the format string under <paramref name="key"/> with numbered placeholders filled in each
    /// language: a <see cref="Bilingual"/> argument in that language, any other (codes, years, counts) with the invariant
    /// culture. Numbers shown with decimals are formatted by Reports.ReportNumbers before insertion.
    /// </summary>
    public static Bilingual Format(string key, params object[] arguments)
    {
        var pattern = Phrase(key);
        return new(Fill(pattern.En, arguments, b => b.En), Fill(pattern.Ru, arguments, b => b.Ru));
    }

    private static string Fill(string pattern, object[] arguments, Func<Bilingual, string> language) =>
        string.Format(CultureInfo.InvariantCulture, pattern, [.. arguments.Select(a => a is Bilingual b ? language(b) : a)]);

    /// <summary>
    /// The value under <paramref name="key"/> read from exactly <paramref name="culture"/> (no fallback to English for Russian).
    /// </summary>
    internal static string? ReadExact(string key, CultureInfo culture) =>
        Manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)?.GetString(key);

    /// <summary>All keys stored for <paramref name="culture"/>, without fallback.</summary>
    internal static IReadOnlyDictionary<string, string> All(CultureInfo culture)
    {
        var set =
            Manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No resources for culture '{culture.Name}'.");
        return set.Cast<System.Collections.DictionaryEntry>().ToDictionary(e => (string)e.Key, e => e.Value as string ?? "");
    }

    private static string Read(string key, CultureInfo culture) =>
        ReadExact(key, culture) ?? throw new InvalidOperationException($"Resource key '{key}' is missing for culture '{culture.Name}'.");
}
