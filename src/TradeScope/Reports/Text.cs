using TradeScope.Core;

namespace TradeScope.Reports;

/// <summary>The language of a rendered report. Machine-readable formats (CSV, JSON) always use column keys.</summary>
public enum Language { En, Ru }

/// <summary>A user-facing string in English and Russian.</summary>
public sealed record Text(string En, string Ru)
{
    public string In(Language language) => language == Language.Ru ? Ru : En;
    public static Text Same(string both) => new(both, both);
    public override string ToString() => En;

    /// <summary>The library's bilingual phrases (provenance sources and notes) as report text.</summary>
    public static implicit operator Text(Bilingual phrase) => new(phrase.En, phrase.Ru);
}
