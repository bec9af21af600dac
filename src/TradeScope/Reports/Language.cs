using TradeScope.Core;

namespace TradeScope.Reports;

/// <summary>The language of a rendered report. Machine-readable formats (CSV, JSON) always use column keys.</summary>
public enum Language
{
    En,
    Ru,
}

/// <summary>Picks the language of a <see cref="Bilingual"/> phrase when a report is rendered.</summary>
public static class BilingualLanguage
{
    /// <summary>The phrase in <paramref name="language"/>.</summary>
    public static string In(this Bilingual phrase, Language language) => language == Language.Ru ? phrase.Ru : phrase.En;

    /// <summary>A phrase built once per language, e.g. a list of numbers formatted by <see cref="ReportNumbers"/>.</summary>
    public static Bilingual InEach(Func<Language, string> text) => new(text(Language.En), text(Language.Ru));
}
