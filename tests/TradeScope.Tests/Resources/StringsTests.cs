using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using TradeScope.Core;
using TradeScope.Resources;
using TradeScope.Tests.Cli;
using Xunit;

namespace TradeScope.Tests.Resources;

/// <summary>
/// The resource files Strings.resx (English) and Strings.ru.resx (Russian): the same keys, no empty value, the same
/// placeholders in both languages, one accessor property per key, and the Russian satellite assembly found at run time.
/// </summary>
public sealed partial class StringsTests
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru");
    private static IReadOnlyDictionary<string, string> English => Strings.All(CultureInfo.InvariantCulture);
    private static IReadOnlyDictionary<string, string> RussianValues => Strings.All(Russian);

    [Fact]
    public void Both_languages_have_exactly_the_same_keys()
    {
        var onlyEnglish = English.Keys.Except(RussianValues.Keys).Order(StringComparer.Ordinal).ToList();
        var onlyRussian = RussianValues.Keys.Except(English.Keys).Order(StringComparer.Ordinal).ToList();
        Assert.True(onlyEnglish.Count == 0, "keys only in Strings.resx: " + string.Join(", ", onlyEnglish));
        Assert.True(onlyRussian.Count == 0, "keys only in Strings.ru.resx: " + string.Join(", ", onlyRussian));
        Assert.NotEmpty(English);
    }

    [Fact]
    public void No_value_is_empty()
    {
        var empty = English
            .Where(e => string.IsNullOrWhiteSpace(e.Value))
            .Select(e => "en " + e.Key)
            .Concat(RussianValues.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => "ru " + e.Key))
            .ToList();
        Assert.True(empty.Count == 0, "empty values: " + string.Join(", ", empty));
    }

    [Fact]
    public void Placeholders_agree_between_English_and_Russian()
    {
        var disagreeing = English
            .Keys.Intersect(RussianValues.Keys)
            .Where(k => !Placeholders(English[k]).SetEquals(Placeholders(RussianValues[k])))
            .Select(k => $"{k}: en {string.Join(',', Placeholders(English[k]))} ru {string.Join(',', Placeholders(RussianValues[k]))}")
            .ToList();
        Assert.True(disagreeing.Count == 0, string.Join("\n", disagreeing));
    }

    [Fact]
    public void Placeholders_are_recognised_by_the_check()
    {
        Assert.Equal(["0", "1"], Placeholders("from {0} to {1:0.0} {{literal}}").Order());
        Assert.False(Placeholders("{0}").SetEquals(Placeholders("{1}")));
    }

    [Fact]
    public void Russian_is_read_from_the_satellite_assembly_not_the_English_fallback()
    {
        // Every key holding a word in English letters must have a Russian value in Cyrillic or one that is a code (ISO3,
        // BP, R², ...): a missing satellite assembly would silently give English for every key.
        var translated = RussianValues.Count(e => Cyrillic().IsMatch(e.Value));
        Assert.True(translated > RussianValues.Count / 2, $"only {translated} of {RussianValues.Count} Russian values are in Cyrillic");
        Assert.Matches(Cyrillic(), Strings.Exporter.Ru);
        Assert.DoesNotMatch(Cyrillic(), Strings.Exporter.En);
    }

    [Fact]
    public void Every_accessor_property_names_a_key_and_every_key_has_a_property()
    {
        var properties = typeof(Strings)
            .GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(Bilingual))
            .Select(p => p.Name)
            .ToHashSet(StringComparer.Ordinal);
        Assert.Empty(properties.Except(English.Keys).Order(StringComparer.Ordinal));
        Assert.Empty(English.Keys.Except(properties).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Format_fills_each_language_with_its_own_argument()
    {
        var phrase = Strings.Format(nameof(Strings.PartnerGroupG), [new Bilingual("a", "б")]);
        Assert.StartsWith(Strings.PartnerGroupG.En, phrase.En, StringComparison.Ordinal);
        Assert.StartsWith(Strings.PartnerGroupG.Ru, phrase.Ru, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_is_a_bug_not_an_empty_string()
    {
        Assert.Throws<InvalidOperationException>(() => Strings.Phrase("NoSuchKey"));
    }

    /// <summary>
    /// Architecture: user-facing Russian text of Reports lives in the resource files, not in Reports/*.cs. Files still
    /// holding inline Russian are listed here; the list may only shrink (a listed file without Cyrillic fails too).
    /// </summary>
    [Fact]
    public void No_Cyrillic_in_Reports_sources_outside_the_allow_list()
    {
        string[] stillInline = ["IndicesTables.cs", "RegressionTables.cs", "ScreeningReport.cs", "ValueChainNotes.cs"];
        var folder = Path.Combine(ReadmeCommandsTests.RepositoryRoot(), "src", "TradeScope", "Reports");
        var withCyrillic = Directory
            .GetFiles(folder, "*.cs")
            .Where(f => Cyrillic().IsMatch(File.ReadAllText(f)))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Empty(withCyrillic.Except(stillInline));
        Assert.Empty(stillInline.Except(withCyrillic));
    }

    private static HashSet<string> Placeholders(string format) =>
        Placeholder().Matches(format.Replace("{{", "").Replace("}}", "")).Select(m => m.Groups[1].Value).ToHashSet();

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[\u0400-\u04FF]")]
    private static partial Regex Cyrillic();
}
