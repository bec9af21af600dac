namespace TradeScope.Core;

/// <summary>
/// A user-facing phrase in English and Russian, carried by library results (Core references no other TradeScope
/// namespace, so it cannot use Reports' <c>Text</c>; Reports converts it implicitly and picks the language when rendering).
/// </summary>
public sealed record Bilingual(string En, string Ru)
{
    /// <summary>A phrase that reads the same in both languages (proper names, codes, file paths).</summary>
    public static Bilingual Same(string both) => new(both, both);

    public override string ToString() => En;
}

/// <summary>Where a data set came from and how it was read: carried by results and printed in report footers,
/// in English and Russian (rendered by Reports in the report's language).</summary>
/// <param name="Source">Human-readable source, e.g. "UN Comtrade, merchandise exports, all goods, US$".</param>
/// <param name="Location">File or resource the data were read from.</param>
/// <param name="Notes">Conventions applied while reading (codes mapped, rows dropped, ...).</param>
public sealed record Provenance(Bilingual Source, string Location, IReadOnlyList<Bilingual> Notes)
{
    public Provenance(Bilingual source, string location)
        : this(source, location, []) { }

    /// <summary>A source named the same in both languages (a proper name such as a release title, or a test label).</summary>
    public Provenance(string source, string location)
        : this(Bilingual.Same(source), location, []) { }

    /// <summary>Adds a note in English and Russian.</summary>
    public Provenance WithNote(string en, string ru) => WithNote(new Bilingual(en, ru));

    public Provenance WithNote(Bilingual note) => this with { Notes = [.. Notes, note] };

    /// <summary>Adds a note in English only; Russian reports would show it untranslated.</summary>
    [Obsolete("Give the Russian text too: WithNote(en, ru).")]
    public Provenance WithNote(string note) => WithNote(Bilingual.Same(note));
}
