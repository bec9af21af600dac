namespace TradeScope.Core;

/// <summary>
/// An ISO 3166-1 alpha-3 code (upper case), e.g. <c>RUS</c>. Also used for the few statistical
/// economies that have an agreed alpha-3 code (e.g. <c>TWN</c>). Groups have their own type, never an ISO3 code.
/// </summary>
public readonly record struct CountryCode : IComparable<CountryCode>
{
    /// <summary>The three upper-case letters.</summary>
    public string Value { get; }

    private CountryCode(string value, bool trusted) => Value = value;

    /// <summary>Validates and normalises (trims, upper-cases) a three-letter code.</summary>
    /// <exception cref="ArgumentException">The text is not three ASCII letters.</exception>
    public CountryCode(string value)
        : this(Normalise(value) ?? throw new ArgumentException($"'{value}' is not a three-letter ISO3 code", nameof(value)), true) { }

    /// <summary>Parses a code; returns false when the text is not three ASCII letters.</summary>
    public static bool TryParse(string? text, out CountryCode code)
    {
        var normalised = Normalise(text);
        code = normalised is null ? default : new CountryCode(normalised, true);
        return normalised is not null;
    }

    private static string? Normalise(string? text)
    {
        if (text is null)
            return null;
        var trimmed = text.Trim();
        if (trimmed.Length != 3)
            return null;
        foreach (var c in trimmed)
            if (!char.IsAsciiLetter(c))
                return null;
        return trimmed.ToUpperInvariant();
    }

    public int CompareTo(CountryCode other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value ?? "";
}
