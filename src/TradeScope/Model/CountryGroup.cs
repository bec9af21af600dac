using TradeScope.Core;

namespace TradeScope.Model;

/// <summary>
/// Identifier of a country group (bloc, agreement, user group), e.g. <c>EU</c>, <c>EAEU</c>, <c>ANDEAN</c>.
/// Never equal to an ISO3 code (docs/methods/trade-indices.md#group-membership): the Andean Community is <c>ANDEAN</c>, not CAN (Canada).
/// </summary>
public readonly record struct GroupId
{
    public string Value { get; }

    /// <summary>Upper-case letters, digits and underscores, 2–32 characters.</summary>
    /// <exception cref="ArgumentException">Malformed identifier.</exception>
    public GroupId(string value)
    {
        var v = value?.Trim().ToUpperInvariant() ?? "";
        if (v.Length is < 2 or > 32 || !v.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            throw new ArgumentException($"'{value}' is not a group identifier (2-32 letters, digits or underscores)", nameof(value));
        Value = v;
    }

    public override string ToString() => Value ?? "";
}

/// <summary>A country's membership of a group from <paramref name="From"/> to <paramref name="Until"/> (inclusive; null = still a
/// member).</summary>
public sealed record Membership(CountryCode Member, DateOnly From, DateOnly? Until)
{
    public bool IsMemberOn(DateOnly date) => date >= From && (Until is null || date <= Until);
}

/// <summary>
/// A group of countries with membership by date. Annual rule (docs/methods/trade-indices.md#group-membership): a country belongs to the
/// group in year t
/// when it is a member on the reference day of t (1 July by default).
/// </summary>
/// <param name="Source">Where the membership list comes from and corrections applied (printed in reports).</param>
public sealed record CountryGroup(GroupId Id, string NameEn, string NameRu, IReadOnlyList<Membership> Memberships, string Source)
{
    /// <summary>The default reference day of the annual membership rule.</summary>
    public static readonly (int Month, int Day) DefaultReferenceDay = (7, 1);

    /// <summary>Members on a date.</summary>
    public IReadOnlyList<CountryCode> MembersOn(DateOnly date) =>
        Memberships.Where(m => m.IsMemberOn(date)).Select(m => m.Member).Distinct().OrderBy(c => c).ToList();

    /// <summary>Members in year t under the annual rule (member on the reference day of t).</summary>
    public IReadOnlyList<CountryCode> MembersIn(int year, (int Month, int Day)? referenceDay = null)
    {
        var (month, day) = referenceDay ?? DefaultReferenceDay;
        return MembersOn(new DateOnly(year, month, day));
    }
}

/// <summary>A country with its codes and names in English and Russian.</summary>
public sealed record CountryInfo(CountryCode Iso3, int M49, string NameEn, string NameRu);
