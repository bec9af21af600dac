using System.Text.Json;
using TradeScope.Core;

namespace TradeScope.Data;

/// <summary>
/// Reads a user group file in JSON (schema in docs/groups.md) into the membership rows that
/// <see cref="GroupRegistry"/> validates, so CSV and JSON files follow the same rules. Errors name the file, the line
/// and the JSON path of the offending element: "groups.json:7: $.groups[0].members[1]: message".
/// </summary>
/// <example><code>
/// { "groups": [ { "id": "NEIGHBOURS", "name_en": "Neighbours", "members": ["KAZ", { "iso3": "CHN", "from": "2018-01-01" }] } ] }
/// </code></example>
internal static class UserGroupsJson
{
    private static readonly string[] GroupFields = ["id", "name_en", "name_ru", "source", "dating", "members"];
    private static readonly string[] MemberFields = ["iso3", "from", "until"];

    /// <summary>Reads the file; every membership becomes one row carrying its group's fields.</summary>
    /// <exception cref="InputException">Missing file, invalid JSON, a field of the wrong type, an unknown field, a group
    /// without members or defined twice: "file:line: path: message".</exception>
    public static IReadOnlyList<GroupRegistry.GroupRow> Load(string path)
    {
        return JsonFile.Read(
            path,
            (root, lines) => Read(root, path, lines),
            "empty file: expected {\"groups\": [...]}; see docs/groups.md"
        );
    }

    private static List<GroupRegistry.GroupRow> Read(JsonElement root, string file, IReadOnlyDictionary<string, long> lines)
    {
        InputException Error(string at, string message) => InputException.At(file, lines.GetValueOrDefault(at, 1), $"{at}: {message}");
        if (root.ValueKind != JsonValueKind.Object)
            throw Error("$", "expected an object {\"groups\": [...]}; see docs/groups.md");
        CheckFields(root, "$", ["groups"], Error);
        if (!root.TryGetProperty("groups", out var groups) || groups.ValueKind != JsonValueKind.Array)
            throw Error(
                root.TryGetProperty("groups", out _) ? "$.groups" : "$",
                "expected \"groups\": an array of groups; see docs/groups.md"
            );
        if (groups.GetArrayLength() == 0)
            throw Error("$.groups", $"no groups; add at least one group or leave out {InputException.Mention(DataParameters.Groups)}");
        var rows = new List<GroupRegistry.GroupRow>();
        var firstAt = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        var g = 0;
        foreach (var group in groups.EnumerateArray())
        {
            var at = $"$.groups[{g++}]";
            if (group.ValueKind != JsonValueKind.Object)
                throw Error(at, "expected a group object {\"id\": ..., \"members\": [...]}");
            CheckFields(group, at, GroupFields, Error);
            var id = Text(group, "id", at, Error) ?? throw Error(at, "missing \"id\" (the group ID, e.g. \"NEIGHBOURS\")");
            if (firstAt.TryGetValue(id.Trim(), out var first))
                throw Error(at, $"group {id.Trim()} is defined twice (first at line {first}); merge the two definitions");
            firstAt[id.Trim()] = lines.GetValueOrDefault(at, 1);
            string nameEn = Text(group, "name_en", at, Error) ?? "",
                nameRu = Text(group, "name_ru", at, Error) ?? "",
                source = Text(group, "source", at, Error) ?? "",
                dating = Text(group, "dating", at, Error) ?? "";
            if (!group.TryGetProperty("members", out var members) || members.ValueKind != JsonValueKind.Array)
                throw Error(
                    group.TryGetProperty("members", out _) ? at + ".members" : at,
                    "expected \"members\": an array of ISO3 codes or {\"iso3\", \"from\", \"until\"} objects"
                );
            if (members.GetArrayLength() == 0)
                throw Error(at + ".members", $"group {id.Trim()} has no members");
            var m = 0;
            foreach (var member in members.EnumerateArray())
            {
                var memberAt = $"{at}.members[{m++}]";
                string iso3,
                    from = "",
                    until = "";
                switch (member.ValueKind)
                {
                    case JsonValueKind.String:
                        iso3 = member.GetString()!;
                        break;
                    case JsonValueKind.Object:
                        CheckFields(member, memberAt, MemberFields, Error);
                        iso3 = Text(member, "iso3", memberAt, Error) ?? throw Error(memberAt, "missing \"iso3\" (the member's ISO3 code)");
                        from = Text(member, "from", memberAt, Error) ?? "";
                        until = Text(member, "until", memberAt, Error) ?? "";
                        break;
                    default:
                        throw Error(
                            memberAt,
                            "expected an ISO3 code (\"KAZ\") or an object {\"iso3\": \"KAZ\", \"from\": \"yyyy-MM-dd\", \"until\": "
                                + "\"yyyy-MM-dd\"}"
                        );
                }
                var located = memberAt;
                rows.Add(
                    new GroupRegistry.GroupRow(
                        message => Error(located, message),
                        id.Trim(),
                        iso3.Trim(),
                        "iso3",
                        nameEn.Trim(),
                        nameRu.Trim(),
                        from.Trim(),
                        until.Trim(),
                        source.Trim(),
                        dating.Trim()
                    )
                );
            }
        }
        return rows;
    }

    /// <summary>A string field, null when absent or null; any other type is an error.</summary>
    private static string? Text(JsonElement element, string name, string at, Func<string, string, InputException> error) =>
        !element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw error($"{at}.{name}", $"\"{name}\" must be a string, not {value.ValueKind.ToString().ToLowerInvariant()}");

    /// <summary>Unknown or repeated fields are errors (a misspelt "memebrs" must not be ignored).</summary>
    private static void CheckFields(JsonElement element, string at, string[] known, Func<string, string, InputException> error)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name))
                throw error($"{at}.{property.Name}", $"unknown field \"{property.Name}\"; expected {string.Join(", ", known)}");
            if (!seen.Add(property.Name))
                throw error($"{at}.{property.Name}", $"field \"{property.Name}\" appears twice");
        }
    }
}
