using System.Globalization;
using TradeScope.Core;
using TradeScope.Model;

namespace TradeScope.Data;

/// <summary>How a group's membership is dated (docs/methods/trade-indices.md#group-membership).</summary>
public enum GroupDating
{
    /// <summary>Members in year t are the members on the reference day of t (1 July by default).</summary>
    Annual,

    /// <summary>A list applied at an as-of date independent of the data year (default: the latest list), e.g. the sanctions list.</summary>
    AsOf,
}

/// <summary>A country or a group, as named on the command line (<c>ISO3|GROUP</c>).</summary>
public readonly record struct EconomyOrGroup
{
    private EconomyOrGroup(CountryCode? country, CountryGroup? group)
    {
        Country = country;
        Group = group;
    }

    /// <summary>The country, when the name resolved to one.</summary>
    public CountryCode? Country { get; }

    /// <summary>The group, when the name resolved to one.</summary>
    public CountryGroup? Group { get; }

    /// <summary>True for a group.</summary>
    public bool IsGroup => Group is not null;

    public static EconomyOrGroup Of(CountryCode country) => new(country, null);

    public static EconomyOrGroup Of(CountryGroup group) => new(null, group);

    public override string ToString() => Group is { } g ? "group:" + g.Id : Country?.ToString() ?? "";
}

/// <summary>
/// Country groups with membership by date: the bundled blocs and sanctions list (data/ref/groups.csv) plus user
/// groups from a CSV or JSON file. Group IDs never collide with ISO3 codes (docs/methods/trade-indices.md#group-membership; the Andean
/// Community is ANDEAN).
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed class GroupRegistry
{
    /// <summary>The bundled group of states and territories on Russia's "unfriendly" list (order 430-r and additions).</summary>
    public static readonly GroupId Sanctions = new("RU_UNFRIENDLY");

    private static readonly Lazy<GroupRegistry> Bundle = new(() =>
    {
        using var reader = new StreamReader(Bundled.Open("ref", "groups.csv"));
        var table = CsvTable.Parse(reader, Bundled.Location("ref", "groups.csv"));
        return new GroupRegistry([], new Dictionary<GroupId, GroupDating>()).Add(
            Rows(table),
            table.File,
            CountryRegistry.Default,
            userFile: false
        );
    });

    private readonly IReadOnlyList<CountryGroup> _groups;
    private readonly IReadOnlyDictionary<GroupId, GroupDating> _dating;

    private GroupRegistry(IReadOnlyList<CountryGroup> groups, IReadOnlyDictionary<GroupId, GroupDating> dating)
    {
        _groups = groups;
        _dating = dating;
    }

    /// <summary>The bundled groups (data/ref/groups.csv; sources and corrections in docs/groups.md).</summary>
    public static GroupRegistry Default => Bundle.Value;

    /// <summary>All groups in file order.</summary>
    public IReadOnlyList<CountryGroup> Groups => _groups;

    /// <summary>Looks up a group.</summary>
    public bool TryGet(GroupId id, out CountryGroup group)
    {
        group = _groups.FirstOrDefault(g => g.Id == id)!;
        return group is not null;
    }

    /// <summary>Looks up a group.</summary>
    /// <exception cref="KeyNotFoundException">Unknown group (resolve user input with <see cref="Resolve"/>).</exception>
    public CountryGroup Get(GroupId id) => TryGet(id, out var g) ? g : throw new KeyNotFoundException($"unknown group {id}");

    /// <summary>How the group's membership is dated.</summary>
    public GroupDating DatingOf(GroupId id) => _dating.TryGetValue(id, out var d) ? d : GroupDating.Annual;

    /// <summary>The latest date in a group's list (last entry or exit): the default as-of date of an <see cref="GroupDating.AsOf"/>
    /// group.</summary>
    public DateOnly LatestListDate(GroupId id) => Get(id).Memberships.Select(m => m.Until is { } u && u > m.From ? u : m.From).Max();

    /// <summary>
    /// Members of a group for data year <paramref name="year"/>: for <see cref="GroupDating.Annual"/> groups the members on
    /// the reference day of the year (1 July by default; docs/methods/trade-indices.md#group-membership); for <see
    /// cref="GroupDating.AsOf"/> groups the members
    /// on <paramref name="asOf"/> (default: <see cref="LatestListDate"/>), whatever the year.
    /// </summary>
    public IReadOnlyList<CountryCode> MembersIn(GroupId id, int year, DateOnly? asOf = null, (int Month, int Day)? referenceDay = null)
    {
        var group = Get(id);
        return DatingOf(id) == GroupDating.AsOf ? group.MembersOn(asOf ?? LatestListDate(id)) : group.MembersIn(year, referenceDay);
    }

    /// <summary>The members without the reporter (docs/methods/trade-indices.md#group-membership: a reporter's indices against its own
    /// group use the group without it).</summary>
    public static IReadOnlyList<CountryCode> WithoutMember(IReadOnlyList<CountryCode> members, CountryCode reporter) =>
        members.Where(m => m != reporter).ToList();

    /// <summary>
    /// Resolves a command-line name (docs/methods/trade-indices.md#group-membership): <c>group:ID</c> is always a group; a known ISO3 code
    /// is a country
    /// (so CAN is Canada); any other name is looked up among the groups.
    /// </summary>
    /// <exception cref="InputException">Unknown country or group: "OPTION VALUE: message".</exception>
    public EconomyOrGroup Resolve(string? text, string option, CountryRegistry? countries = null)
    {
        countries ??= CountryRegistry.Default;
        var name = text?.Trim() ?? "";
        if (name.StartsWith("group:", StringComparison.OrdinalIgnoreCase))
            return EconomyOrGroup.Of(FindGroup(name["group:".Length..], option, text));
        if (CountryCode.TryParse(name, out var code) && countries.Contains(code))
            return EconomyOrGroup.Of(code);
        if (IsGroupName(name, out var id) && TryGet(id, out var group))
            return EconomyOrGroup.Of(group);
        if (name.Length == 3)
            throw InputException.Argument(
                option,
                text,
                $"unknown ISO3 code or group; groups: {string.Join(", ", _groups.Select(g => g.Id))}"
            );
        throw InputException.Argument(option, text, $"unknown group; groups: {string.Join(", ", _groups.Select(g => g.Id))}");
    }

    private CountryGroup FindGroup(string name, string option, string? text) =>
        IsGroupName(name, out var id) && TryGet(id, out var g)
            ? g
            : throw InputException.Argument(option, text, $"unknown group; groups: {string.Join(", ", _groups.Select(x => x.Id))}");

    private static bool IsGroupName(string name, out GroupId id)
    {
        try
        {
            id = new GroupId(name);
            return true;
        }
        catch (ArgumentException)
        {
            id = default;
            return false;
        }
    }

    /// <summary>
    /// Adds user groups from a file: CSV (<c>group_id, member_iso3</c> and optional <c>name_en, name_ru, from, until,
    /// source, dating</c>) or, for a <c>.json</c> file, the JSON schema of docs/groups.md (<c>{"groups": [{"id", "members":
    /// ["ISO3" | {"iso3", "from", "until"}], ...}]}</c>). Dates are yyyy-MM-dd; a missing <c>from</c> means "always";
    /// <c>dating</c> is annual (default) or as_of. Both formats go through the same validation.
    /// </summary>
    /// <exception cref="InputException">Missing file, malformed line or JSON, bad date, unknown ISO3, an ID equal to an
    /// ISO3 code or to an existing group, a duplicate member: "file:line: message" (JSON: with the element's path).</exception>
    public GroupRegistry WithUserGroups(string path, CountryRegistry? countries = null) =>
        Add(
            path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? UserGroupsJson.Load(path) : Rows(CsvTable.Load(path)),
            path,
            countries ?? CountryRegistry.Default,
            userFile: true
        );

    /// <summary>One membership row of a group file, as text, with where it came from (for errors).</summary>
    /// <param name="Error">Builds the located error for a message ("file:line: message", JSON with the element's path).</param>
    /// <param name="MemberField">The name of the member field in the file's format (named in errors).</param>
    internal sealed record GroupRow(
        Func<string, InputException> Error,
        string Id,
        string Member,
        string MemberField,
        string NameEn = "",
        string NameRu = "",
        string From = "",
        string Until = "",
        string Source = "",
        string Dating = ""
    );

    /// <summary>The rows of a CSV group table (columns group_id, member_iso3 and optional name_en, name_ru, from, until, source,
    /// dating).</summary>
    private static IEnumerable<GroupRow> Rows(CsvTable table)
    {
        int gid = table.Require("group_id"),
            member = table.Require("member_iso3");
        int en = table.IndexOf("name_en"),
            ru = table.IndexOf("name_ru"),
            from = table.IndexOf("from"),
            until = table.IndexOf("until"),
            source = table.IndexOf("source"),
            dating = table.IndexOf("dating");
        return table
            .Rows.Select(row => new GroupRow(
                message => InputException.At(table.File, row.Line, message),
                row[gid],
                row[member],
                "member_iso3",
                row[en],
                row[ru],
                row[from],
                row[until],
                row[source],
                row[dating]
            ))
            .ToList();
    }

    private GroupRegistry Add(IEnumerable<GroupRow> groupRows, string file, CountryRegistry countries, bool userFile)
    {
        var order = new List<GroupId>();
        var rows = new Dictionary<GroupId, List<(GroupRow Row, Membership M)>>();
        var datingOf = new Dictionary<GroupId, GroupDating>(_dating);
        var seen = new HashSet<(GroupId, CountryCode, DateOnly)>();
        foreach (var row in groupRows)
        {
            if (!IsGroupName(row.Id, out var id))
                throw row.Error($"'{row.Id}' is not a group ID (2-32 letters, digits or underscores)");
            if (CountryCode.TryParse(id.Value, out var clash) && countries.Contains(clash))
                throw row.Error($"group ID {id} is the ISO3 code of {countries.NameEn(clash)}; choose another ID (e.g. ANDEAN, not CAN)");
            if (TryGet(id, out _))
                throw row.Error($"group {id} already exists; choose another ID");
            if (!CountryCode.TryParse(row.Member, out var code) || !countries.Contains(code))
                throw row.Error($"unknown ISO3 code '{row.Member}' in {row.MemberField}; see data/ref/countries.csv");
            var start = row.From.Length > 0 ? ParseDate(row, row.From) : DateOnly.MinValue;
            DateOnly? end = row.Until.Length > 0 ? ParseDate(row, row.Until) : null;
            if (end < start)
                throw row.Error($"until {end:yyyy-MM-dd} is before from {start:yyyy-MM-dd}");
            if (!seen.Add((id, code, start)))
                throw row.Error($"duplicate row for {code} in group {id}");
            var d =
                row.Dating.Length > 0
                    ? row.Dating.ToLowerInvariant() switch
                    {
                        "annual" => GroupDating.Annual,
                        "as_of" => GroupDating.AsOf,
                        _ => throw row.Error($"dating '{row.Dating}' must be annual or as_of"),
                    }
                    : GroupDating.Annual;
            if (!rows.TryGetValue(id, out var list))
            {
                rows[id] = list = [];
                order.Add(id);
                datingOf[id] = d;
            }
            else if (datingOf[id] != d)
                throw row.Error($"group {id} mixes annual and as_of dating");
            list.Add((row, new Membership(code, start, end)));
        }
        var added = order.Select(id =>
        {
            var first = rows[id][0].Row;
            var nameEn = first.NameEn.Length > 0 ? first.NameEn : id.Value;
            var nameRu = first.NameRu.Length > 0 ? first.NameRu : nameEn;
            var sources = rows[id].Select(r => r.Row.Source).Where(s => s.Length > 0).Distinct().ToList();
            var sourceText = userFile
                ? $"user file {file}" + (sources.Count > 0 ? ": " + string.Join("; ", sources) : "")
                : string.Join("; ", sources);
            return new CountryGroup(id, nameEn, nameRu, rows[id].Select(r => r.M).ToList(), sourceText);
        });
        return new GroupRegistry([.. _groups, .. added], datingOf);
    }

    private static DateOnly ParseDate(GroupRow row, string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw row.Error($"'{text}' is not a date (yyyy-MM-dd)");
}
