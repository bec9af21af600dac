using System.Globalization;
using TradeScope.Core;
using TradeScope.Model;

namespace TradeScope.Data;

/// <summary>How the date of a <see cref="DatedGroup"/> was chosen (rendered in both languages by the reports).</summary>
public enum GroupDateRule
{
    /// <summary>A fixed composition alias: EU27 = the EU on 2020-02-01 (EU27_2020), EU28 = the EU on 2019-07-01.</summary>
    FixedComposition,

    /// <summary>The user gave the date: <c>group:ID@YYYY-MM-DD</c>.</summary>
    GivenDate,

    /// <summary>Annual group: members on 1 July of the (last) data year.</summary>
    ReferenceDay,

    /// <summary>As-of group (e.g. a sanctions list): its latest list.</summary>
    LatestList,

    /// <summary>Annual group and no data year (undated table): its latest composition.</summary>
    LatestComposition,
}

/// <summary>
/// A country group fixed at one date: the members that <c>group:ID[@YYYY-MM-DD]</c> means for every year of a sample.
/// </summary>
/// <param name="Label">As in outputs: <c>EU27</c>, <c>EAEU</c>, <c>EU@2011-07-01</c>.</param>
/// <param name="Id">The registry group behind the label (EU for the EU27/EU28 aliases).</param>
/// <param name="Date">The membership date.</param>
/// <param name="Members">Members on <paramref name="Date"/>, sorted.</param>
/// <param name="Rule">How <paramref name="Date"/> was chosen.</param>
/// <param name="Source">The group's source (data/ref/groups.csv or the user file).</param>
public sealed record DatedGroup(
    string Label,
    GroupId Id,
    DateOnly Date,
    IReadOnlyList<CountryCode> Members,
    GroupDateRule Rule,
    string Source
)
{
    /// <summary>The members matched against the countries of a table (<see cref="GroupResolution.InTable"/>).</summary>
    public GroupInTable InTable(IReadOnlyList<string> tableCountries) =>
        GroupResolution.InTable(Members.Select(m => m.Value), tableCountries);

    /// <summary>English one-line definition (logs and tests; reports render <see cref="Rule"/> in both languages).</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Label} = {Id} on {Date:yyyy-MM-dd} ({Rule}): {string.Join(" ", Members)}");
}

/// <summary>Members of a group that are separate countries of a table, and those the table folds into ROW (or lacks).</summary>
public sealed record GroupInTable(IReadOnlyList<string> Present, IReadOnlyList<string> Folded);

/// <summary>
/// The one resolver of <c>group:ID</c> names for every command (indices use <see cref="GroupRegistry.MembersIn"/> per
/// year; the value-chain commands fix a group at one date): <c>group:EU27</c> = the EU on <see cref="Eu27Date"/>
/// (EU27_2020, as Eurostat and exvatools), <c>group:EU28</c> = the EU on <see cref="Eu28Date"/>,
/// <c>group:ID@YYYY-MM-DD</c> = members on that date, <c>group:ID</c> = members on 1 July of the data year (annual
/// groups), the latest list (as-of groups) or, without a data year, the latest composition
/// (docs/methods/trade-indices.md#group-membership).
/// </summary>
public static class GroupResolution
{
    /// <summary>The prefix that marks a group on the command line.</summary>
    public const string Prefix = "group:";

    /// <summary><c>group:EU27</c> = the bundled EU on this date: EU27_2020 (the 27 members after the UK's withdrawal
    /// on 2020-01-31; Croatia included), the composition Eurostat and exvatools call EU27.</summary>
    public static readonly DateOnly Eu27Date = new(2020, 2, 1);

    /// <summary><c>group:EU28</c> = the bundled EU on this date (2013-07-01 to 2020-01-31 composition).</summary>
    public static readonly DateOnly Eu28Date = new(2019, 7, 1);

    /// <summary>True when <paramref name="text"/> starts with <c>group:</c>.</summary>
    public static bool IsGroup(string? text) => text?.TrimStart().StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>
    /// Resolves <c>group:ID[@YYYY-MM-DD]</c> (the prefix may be omitted) to its members on one date: the alias EU27 (EU on
    /// <see cref="Eu27Date"/>) or EU28 (EU on <see cref="Eu28Date"/>) unless the registry defines such a group; the given
    /// date; for annual groups 1 July of <paramref name="year"/>; for as-of groups their latest list; with no year the
    /// latest composition (members the day after the last change, or on the last day of a group that ended).
    /// </summary>
    /// <param name="year">The data year (a sample's last year); null for an undated table.</param>
    /// <exception cref="InputException">Unknown group, bad date, no members on the date: "OPTION TEXT: message".</exception>
    public static DatedGroup Resolve(string? text, string option, int? year, GroupRegistry? registry = null)
    {
        registry ??= GroupRegistry.Default;
        var name = (text ?? "").Trim();
        if (IsGroup(name))
            name = name[Prefix.Length..];
        if (name.Length == 0)
            throw InputException.Argument(option, text, "give group:ID[@YYYY-MM-DD], e.g. group:EU27");
        var at = name.IndexOf('@');
        DateOnly? date = null;
        if (at >= 0)
        {
            if (!DateOnly.TryParseExact(name[(at + 1)..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                throw InputException.Argument(option, text, "the date after @ must be YYYY-MM-DD");
            date = d;
            name = name[..at];
        }
        CountryGroup group;
        string label;
        GroupDateRule rule;
        var alias = name.ToUpperInvariant() switch
        {
            "EU27" => Eu27Date,
            "EU28" => Eu28Date,
            _ => (DateOnly?)null,
        };
        if (alias is { } aliasDate && date is null && !registry.TryGet(new GroupId(name.ToUpperInvariant()), out _))
        {
            group = registry.Get(new GroupId("EU"));
            date = aliasDate;
            label = name.ToUpperInvariant();
            rule = GroupDateRule.FixedComposition;
        }
        else
        {
            group = registry.Resolve(Prefix + name, option).Group!;
            label = group.Id.Value;
            if (date is not null)
            {
                label = string.Create(CultureInfo.InvariantCulture, $"{group.Id}@{date:yyyy-MM-dd}");
                rule = GroupDateRule.GivenDate;
            }
            else if (registry.DatingOf(group.Id) == GroupDating.AsOf)
            {
                date = registry.LatestListDate(group.Id);
                rule = GroupDateRule.LatestList;
            }
            else if (year is { } y)
            {
                date = new DateOnly(y, CountryGroup.DefaultReferenceDay.Month, CountryGroup.DefaultReferenceDay.Day);
                rule = GroupDateRule.ReferenceDay;
            }
            else
            {
                date = LatestComposition(group);
                rule = GroupDateRule.LatestComposition;
            }
        }
        var members = group.MembersOn(date.Value);
        if (members.Count == 0)
            throw InputException.Argument(
                option,
                text,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"group {group.Id} has no members on {date:yyyy-MM-dd}; give a date: group:{group.Id}@YYYY-MM-DD"
                )
            );
        return new DatedGroup(label, group.Id, date.Value, members, rule, group.Source);
    }

    /// <summary>The day after the group's last change, or the last day of a group whose members all left.</summary>
    internal static DateOnly LatestComposition(CountryGroup group)
    {
        var changes = group
            .Memberships.Select(m => m.From)
            .Concat(group.Memberships.Where(m => m.Until is not null).Select(m => m.Until!.Value.AddDays(1)));
        var latest = changes.Max();
        if (group.MembersOn(latest).Count > 0)
            return latest;
        return group.Memberships.Where(m => m.Until is not null).Max(m => m.Until!.Value);
    }

    /// <summary>
    /// Members (ISO3) that are separate countries of a table (<paramref name="tableCountries"/>; codes normalised as the
    /// readers do, WIOD's ROM is ROU) and those it folds into ROW or lacks, both in member order.
    /// </summary>
    public static GroupInTable InTable(IEnumerable<string> members, IReadOnlyList<string> tableCountries)
    {
        var present = new List<string>();
        var folded = new List<string>();
        foreach (var m in members.Select(IcioReader.NormaliseCountry).Distinct(StringComparer.OrdinalIgnoreCase))
            (tableCountries.Contains(m, StringComparer.OrdinalIgnoreCase) ? present : folded).Add(m);
        return new GroupInTable(present, folded);
    }
}
