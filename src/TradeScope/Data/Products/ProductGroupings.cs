using System.Collections.Frozen;
using System.Text.RegularExpressions;
using TradeScope.Core;
using TradeScope.Model;

namespace TradeScope.Data.Products;

/// <summary>
/// The product groupings TradeScope knows (HS sections, chapters and headings, SITC sections and divisions, BEC end use,
/// OECD technology classes), user groupings from CSV files, and the parser of product specifications such as
/// <c>hs-section:VI</c> or <c>groups.csv:chem</c> (docs/classifications.md).
/// </summary>
public static partial class ProductGroupings
{
    /// <summary>
    /// The library's name of the parameter that states the HS vintage of the data, mentioned in the message of a
    /// grouping that needs it (<see cref="ProductGrouping.MapFor"/>). Not yet a constant of a <c>*Parameters</c> class
    /// because no command takes the option yet: move it there when one does.
    /// </summary>
    public const string HsRevisionParameter = "hs-revision";

    /// <summary>The bundled groupings: <c>hs-section</c>, <c>hs2</c>, <c>hs4</c>, <c>sitc-section</c>,
    /// <c>sitc-division</c>, <c>bec</c>, <c>tech</c>.</summary>
    public static IReadOnlyList<ProductGrouping> Bundled => BundledGroupings.All.Value;

    /// <summary>The ids of the bundled groupings, in order.</summary>
    public static IReadOnlyList<string> Ids => [.. Bundled.Select(g => g.Id)];

    /// <summary>The bundled grouping with this id (case-insensitive), or null.</summary>
    public static ProductGrouping? Find(string id) =>
        Bundled.FirstOrDefault(g => string.Equals(g.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Parses a product specification: a bundled grouping's id (<c>hs-section</c>), optionally followed by ':' and one
    /// or more comma-separated group codes (<c>hs-section:VI</c>, <c>sitc-division:54</c>, <c>hs2:84,85</c>,
    /// <c>bec:capital</c>, <c>tech:high</c>); or the path of a user CSV (<see cref="LoadCsv"/>), optionally followed by
    /// ':' and groups of that file (<c>groups.csv:chem</c>). HS sections are also accepted by number (<c>hs-section:6</c>
    /// = VI) and one-digit chapters without the leading zero (<c>hs2:8</c> = 08).
    /// </summary>
    /// <param name="spec">The specification as the user wrote it.</param>
    /// <param name="parameter">The parameter that carried it (e.g. the front end's name of <c>--by</c> or
    /// <c>--products</c>), named in errors.</param>
    /// <param name="groupsAllowed">False where only a whole grouping makes sense (e.g. <c>--by</c>).</param>
    /// <exception cref="InputException">An unknown grouping or group, an empty specification, a missing or invalid
    /// user file (file:line), or groups where <paramref name="groupsAllowed"/> is false.</exception>
    public static ProductSelection Parse(string spec, string parameter, bool groupsAllowed = true)
    {
        var text = spec.Trim();
        if (text.Length == 0)
            throw InputException.Argument(parameter, spec, $"empty product specification; expected one of {Expected}");
        var colon = text.IndexOf(':');
        var head = colon < 0 ? text : text[..colon];
        ProductGrouping grouping;
        string? groups;
        if (Find(head) is { } bundled)
        {
            grouping = bundled;
            groups = colon < 0 ? null : text[(colon + 1)..];
        }
        else if (File.Exists(text))
        {
            grouping = LoadCsv(text);
            groups = null;
        }
        else if (text.LastIndexOf(':') is var last and > 0 && File.Exists(text[..last]))
        {
            grouping = LoadCsv(text[..last]);
            groups = text[(last + 1)..];
        }
        else if (LooksLikePath(text))
            throw InputException.Argument(parameter, spec, "file not found; give the path of a CSV file with columns product,group");
        else
            throw InputException.Argument(parameter, spec, $"unknown product grouping '{head}'; expected one of {Expected}");
        if (groups is null)
            return new ProductSelection(grouping, []);
        if (!groupsAllowed)
            throw InputException.Argument(parameter, spec, $"name a whole grouping here, without ':' and groups, e.g. {grouping.Id}");
        return new ProductSelection(grouping, ChosenGroups(grouping, groups, spec, parameter));
    }

    private static string Expected =>
        string.Join(", ", Ids) + " (optionally with ':' and groups, e.g. hs-section:VI, hs2:84,85), or a CSV file product,group";

    private static bool LooksLikePath(string text) =>
        text.Contains('/')
        || text.Contains('\\')
        || text.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
        || text.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
        || text.Contains(".csv:", StringComparison.OrdinalIgnoreCase);

    private static List<ProductGroup> ChosenGroups(ProductGrouping grouping, string list, string spec, string parameter)
    {
        var chosen = new List<ProductGroup>();
        var codes = list.Split(',', StringSplitOptions.TrimEntries);
        if (codes.All(c => c.Length == 0))
            throw InputException.Argument(
                parameter,
                spec,
                $"name at least one group after ':', e.g. {grouping.Id}:{grouping.Groups[0].Code}"
            );
        foreach (var code in codes)
        {
            if (code.Length == 0)
                throw InputException.Argument(parameter, spec, "empty group between commas; separate group codes by one comma");
            var group =
                Lookup(grouping, code)
                ?? throw InputException.Argument(
                    parameter,
                    spec,
                    $"{grouping.Id} has no group '{code}'; expected one of {GroupList(grouping)}"
                );
            if (!chosen.Contains(group))
                chosen.Add(group);
        }
        return chosen;
    }

    private static ProductGroup? Lookup(ProductGrouping grouping, string code)
    {
        if (grouping.Find(code) is { } group)
            return group;
        if (grouping.Id == BundledGroupings.HsSectionId && int.TryParse(code, out var number) && number is >= 1 and <= 21)
            return grouping.Find(BundledGroupings.SectionNumerals[number - 1]);
        if (grouping.Id == BundledGroupings.HsChapterId && code.Length == 1 && char.IsAsciiDigit(code[0]))
            return grouping.Find("0" + code);
        return null;
    }

    /// <summary>"I, II, …" for short lists; the first ten and a count for long ones (HS headings).</summary>
    private static string GroupList(ProductGrouping grouping) =>
        grouping.Groups.Count <= 25
            ? string.Join(", ", grouping.Groups.Select(g => g.Code))
            : string.Join(", ", grouping.Groups.Take(10).Select(g => g.Code)) + $", … ({grouping.Groups.Count} groups)";

    // ------------------------------------------------------------------ HS vintage of a file

    [GeneratedRegex(@"(?<![A-Za-z0-9])HS(\d{4}|\d{2})(?![0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RevisionInName();

    /// <summary>
    /// The HS vintage a file's name states, as BACI names its files (<c>BACI_HS02_Y2021_V202401.csv</c> → HS2002;
    /// also <c>HS2017</c>); null when the name states none or names two different vintages.
    /// </summary>
    public static HsRevision? HsRevisionFromFileName(string path)
    {
        var found = new HashSet<HsRevision>();
        foreach (Match match in RevisionInName().Matches(Path.GetFileName(path)))
            if (HsRevisions.TryParse(match.Groups[1].Value, out var revision))
                found.Add(revision);
        return found.Count == 1 ? found.First() : null;
    }

    // ------------------------------------------------------------------ user groupings

    /// <summary>
    /// A user grouping from a CSV file with columns <c>product,group</c> and optionally <c>name_en,name_ru</c>: one row
    /// per HS code prefix of 2, 4 or 6 digits (a chapter, heading or subheading) and its group. A product takes the group
    /// of its longest listed prefix (<c>28 → chem</c> with <c>2804 → gases</c> puts 280410 in gases). Group names default
    /// to the group code. The grouping does not depend on the HS vintage: prefixes are read as written.
    /// </summary>
    /// <exception cref="InputException">Missing file or column, a prefix that is not 2, 4 or 6 digits, an empty group, a
    /// prefix listed twice, or two different names for one group: file:line and what to do.</exception>
    public static ProductGrouping LoadCsv(string path)
    {
        var table = CsvTable.Load(path);
        int product = table.Require("product"),
            group = table.Require("group"),
            nameEn = table.IndexOf("name_en"),
            nameRu = table.IndexOf("name_ru");
        if (table.Rows.Count == 0)
            throw InputException.At(path, 1, "no rows: expected one row per HS code prefix, e.g. 28,chem");
        var groupOf = new Dictionary<string, (string Group, long Line)>(StringComparer.Ordinal);
        var names = new Dictionary<string, GroupNames>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var row in table.Rows)
        {
            var prefix = row[product];
            if (prefix.Length is not (2 or 4 or 6) || !prefix.All(char.IsAsciiDigit))
                throw InputException.At(
                    path,
                    row.Line,
                    $"product {InputText.Quote(prefix)} is not an HS code prefix of 2, 4 or 6 digits; " + PrefixHint(prefix)
                );
            var code = row[group];
            if (code.Length == 0)
                throw InputException.At(path, row.Line, $"product {prefix} has an empty group; give the group's code");
            if (code.Contains(',') || code.Contains(':'))
                throw InputException.At(path, row.Line, $"group {InputText.Quote(code)} contains ',' or ':'; use a code without them");
            if (groupOf.TryGetValue(prefix, out var earlier))
                throw InputException.At(path, row.Line, $"product {prefix} is listed twice (also on line {earlier.Line}); keep one row");
            groupOf[prefix] = (code, row.Line);
            if (!names.TryGetValue(code, out var known))
            {
                if (names.Keys.FirstOrDefault(c => string.Equals(c, code, StringComparison.OrdinalIgnoreCase)) is { } other)
                    throw InputException.At(
                        path,
                        row.Line,
                        $"group {InputText.Quote(code)} differs from group {InputText.Quote(other)} only in case; spell each group one way"
                    );
                known = new GroupNames();
                names[code] = known;
                order.Add(code);
            }
            known.En = Named(known.En, Name(row, nameEn), path, row.Line, code);
            known.Ru = Named(known.Ru, Name(row, nameRu), path, row.Line, code);
        }
        var map = UserMap(groupOf.ToDictionary(p => p.Key, p => p.Value.Group, StringComparer.Ordinal));
        var name = Path.GetFileName(path);
        return new ProductGrouping(
            path,
            $"Product groups of {name}",
            $"Группы товаров из {name}",
            order.Select(c => new ProductGroup(c, names[c].En?.Name ?? c, names[c].Ru?.Name)).ToList(),
            dependsOnRevision: false,
            $"user file {path}",
            _ => map
        );
    }

    private static string? Name(CsvRecord row, int column) => column >= 0 && row[column].Length > 0 ? row[column] : null;

    /// <summary>[Mutable, local to <see cref="LoadCsv"/>] The names a group was given so far and where.</summary>
    private sealed class GroupNames
    {
        public (string Name, long Line)? En;
        public (string Name, long Line)? Ru;
    }

    /// <summary>The name kept for a group: the first one given; a different one on a later row is an error (an empty
    /// name never conflicts).</summary>
    private static (string Name, long Line)? Named((string Name, long Line)? first, string? name, string path, long line, string group)
    {
        if (name is null)
            return first;
        if (first is null)
            return (name, line);
        return first.Value.Name == name
            ? first
            : throw InputException.At(
                path,
                line,
                $"group {group} is named {InputText.Quote(name)} here but {InputText.Quote(first.Value.Name)} on line "
                    + $"{first.Value.Line}; give each group one name (or leave it empty after the first row)"
            );
    }

    private static string PrefixHint(string prefix) =>
        prefix.Length is 1 or 3 or 5 && prefix.All(char.IsAsciiDigit)
            ? $"a leading zero may have been lost (write 0{prefix}; save the column as text)"
            : "write a chapter (28), heading (2804) or subheading (280410)";

    /// <summary>
    /// The map of a user's prefixes: keyed by the longest prefix length in the file; shorter prefixes are expanded to
    /// every key they cover (a chapter to 100 headings or 10,000 subheadings, by digits alone, so no vintage's code list
    /// is needed), and a longer listed prefix overrides the expansion of a shorter one.
    /// </summary>
    internal static ProductGroupMap UserMap(IReadOnlyDictionary<string, string> groupByPrefix)
    {
        var keyLength = groupByPrefix.Keys.Max(k => k.Length);
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (prefix, group) in groupByPrefix.OrderBy(p => p.Key.Length))
        {
            var width = keyLength - prefix.Length;
            var count = (int)Math.Pow(10, width);
            for (var i = 0; i < count; i++)
                byKey[prefix + (width == 0 ? "" : i.ToString("D" + width, System.Globalization.CultureInfo.InvariantCulture))] = group;
        }
        return new ProductGroupMap(keyLength, byKey.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
