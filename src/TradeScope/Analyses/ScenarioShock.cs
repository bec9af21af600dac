using System.Globalization;
using System.Text.Json;
using TradeScope.Core;
using TradeScope.Data;

namespace TradeScope.Analyses;

/// <summary>Where the exports lost in closed markets go (docs/scenarios.md#market-closure).</summary>
public enum Reallocation
{
    /// <summary>To open markets in proportion to their positive untapped potential max(predicted − actual, 0), at most that
    /// potential in total (default).</summary>
    Untapped,

    /// <summary>To open markets in proportion to their current exports.</summary>
    Shares,

    /// <summary>Nowhere: the lost exports are lost.</summary>
    None,
}

/// <summary>Markets closed or cut (sanctions, counter-sanctions, embargoes).</summary>
/// <param name="Group">A group id (<c>RU_UNFRIENDLY</c>, <c>EU</c>, a user group), optionally <c>ID@YYYY-MM-DD</c>; null when
/// <paramref name="Partners"/> lists the markets.</param>
/// <param name="Partners">ISO3 codes of the closed markets; null when <paramref name="Group"/> names them.</param>
/// <param name="CutPct">How much of the exports to them is lost, percent (default 100: closed).</param>
/// <param name="Reallocation">Where the lost exports go.</param>
/// <param name="ReallocatedSharePct">The share of the lost exports that looks for new markets, percent (default 100).</param>
public sealed record MarketClosure(
    string? Group,
    IReadOnlyList<string>? Partners,
    double CutPct = 100,
    Reallocation Reallocation = Reallocation.Untapped,
    double ReallocatedSharePct = 100
);

/// <summary>Lower (or higher) trade costs between the reporter and a bloc, both directions.</summary>
/// <param name="Bloc">A group id (EAEU, CIS_FTA, a user group); null when <paramref name="Partners"/> lists the members.</param>
/// <param name="TariffEquivalentPct">Change of bilateral trade costs as an ad-valorem tariff equivalent, percent (−5: costs 5 %
/// lower); the trade factor is (1 + τ/100)^(−θ).</param>
/// <param name="TradeElasticity">θ = σ − 1 (default <see cref="ScenarioShock.DefaultTradeElasticity"/>).</param>
/// <param name="RtaMultiple">Alternatively, the change of ln trade costs as a multiple m of the estimated RTA coefficient β_RTA: the
/// trade factor is exp(m·β_RTA) (1 = the average effect of an RTA).</param>
/// <param name="GeneralEquilibrium">False to report the partial effect even when the data allow the conditional GE effect.</param>
public sealed record Regionalisation(
    string? Bloc,
    IReadOnlyList<string>? Partners,
    double? TariffEquivalentPct,
    double TradeElasticity,
    double? RtaMultiple,
    bool GeneralEquilibrium = true
);

/// <summary>The technology-shift scenario (docs/scenarios.md#technology-shift): the reporter's share of medium- and high-technology
/// exports raised by <paramref name="Points"/> percentage points, shown as its effect on the export-potential index.</summary>
public sealed record TechnologyShift(double Points);

/// <summary>The import-substitution scenario (ICIO tables; docs/scenarios.md#import-substitution): foreign intermediate inputs of
/// <paramref name="Industries"/> cut by <paramref name="CutPct"/> percent and replaced domestically.</summary>
/// <param name="Industries">Sector codes of the table; empty = every sector.</param>
/// <param name="Table">A table path (relative to the shock file) or <c>bundled:NAME[:YEAR]</c>; null = the bundled tables.</param>
/// <param name="Layout">The layout of a table path (wiod2013, oecd, exvatools, generic); null for bundled tables.</param>
/// <param name="Year">The table's year; null = the scenario's year when the tables have it, else the latest available.</param>
public sealed record ImportSubstitutionShock(
    IReadOnlyList<string> Industries,
    double CutPct,
    string? Table,
    string? Layout = null,
    int? Year = null
);

/// <summary>
/// A scenario's shock file (JSON; schema in docs/scenarios.md). Every part is optional; unknown keys are errors; errors read
/// "file:line: $.path: message".
/// </summary>
/// <param name="File">The file read, or null for the default shock.</param>
public sealed record ScenarioShock(
    string? File,
    string? Description,
    MarketClosure? Closure,
    Regionalisation? Regional,
    TechnologyShift? Technology,
    ImportSubstitutionShock? ImportSubstitution
)
{
    /// <summary>Default trade elasticity θ = σ − 1 = 4 (Simonovska and Waugh 2014; the default of the gravityGE package).</summary>
    public const double DefaultTradeElasticity = 4;

    /// <summary>The scenario without a shock file: every market of the Russian order 430-r list and its additions (as of the list's
    /// latest date) closed, lost exports reallocated by untapped potential.</summary>
    public static ScenarioShock DefaultSanctions { get; } =
        new(null, null, new MarketClosure(GroupRegistry.Sanctions.Value, null), null, null, null);

    private static readonly string[] RootFields =
    [
        "description",
        "market_closure",
        "regionalisation",
        "technology_shift",
        "import_substitution",
    ];
    private static readonly string[] ClosureFields = ["group", "partners", "cut_pct", "reallocation", "reallocated_share_pct"];
    private static readonly string[] RegionalFields =
    [
        "bloc",
        "partners",
        "tariff_equivalent_pct",
        "trade_elasticity",
        "rta_multiple",
        "general_equilibrium",
    ];
    private static readonly string[] TechnologyFields = ["points"];
    private static readonly string[] SubstitutionFields = ["industries", "cut_pct", "table", "layout", "year"];

    /// <summary>Reads and validates a shock file.</summary>
    /// <exception cref="InputException">Missing file, invalid JSON, unknown key, wrong type, value out of range, no shock:
    /// "file:line: $.path: message".</exception>
    public static ScenarioShock Load(string path)
    {
        return JsonFile.Read(path, (root, lines) => new Reader(path, lines).Read(root) with { Lines = lines });
    }

    private sealed class Reader(string file, IReadOnlyDictionary<string, long> lines)
    {
        private InputException Error(string at, string message) =>
            InputException.At(file, lines.GetValueOrDefault(at, 1), $"{at}: {message}");

        public ScenarioShock Read(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
                throw Error("$", "expected an object with market_closure, regionalisation, technology_shift or import_substitution");
            Fields(root, "$", RootFields);
            var description = Text(root, "description", "$");
            var closure = Part(root, "market_closure", "$", Closure);
            var regional = Part(root, "regionalisation", "$", Regional);
            var technology = Part(root, "technology_shift", "$", Technology);
            var substitution = Part(root, "import_substitution", "$", Substitution);
            if (closure is null && regional is null && technology is null && substitution is null)
                throw Error(
                    "$",
                    "no shock: give market_closure, regionalisation, technology_shift or import_substitution (docs/scenarios.md)"
                );
            return new ScenarioShock(file, description, closure, regional, technology, substitution);
        }

        private MarketClosure Closure(JsonElement e, string at)
        {
            Fields(e, at, ClosureFields);
            var group = Text(e, "group", at);
            var partners = Codes(e, "partners", at);
            if (group is not null && partners is not null)
                throw Error(at, "give either \"group\" or \"partners\", not both");
            var cut = Number(e, "cut_pct", at, 0, 100) ?? 100;
            var mode = Text(e, "reallocation", at) switch
            {
                null or "untapped" => Reallocation.Untapped,
                "shares" => Reallocation.Shares,
                "none" => Reallocation.None,
                var other => throw Error($"{at}.reallocation", $"'{other}': expected untapped, shares or none"),
            };
            var share = Number(e, "reallocated_share_pct", at, 0, 100) ?? 100;
            return new MarketClosure(group, partners, cut, mode, share);
        }

        private Regionalisation Regional(JsonElement e, string at)
        {
            Fields(e, at, RegionalFields);
            var bloc = Text(e, "bloc", at);
            var partners = Codes(e, "partners", at);
            if ((bloc is null) == (partners is null))
                throw Error(at, "give either \"bloc\" (a group id such as EAEU) or \"partners\" (ISO3 codes)");
            var tariff = Number(e, "tariff_equivalent_pct", at, -99, 1000);
            var multiple = Number(e, "rta_multiple", at, -10, 10);
            if ((tariff is null) == (multiple is null))
                throw Error(at, "give either \"tariff_equivalent_pct\" (e.g. -5) or \"rta_multiple\" (e.g. 1), not both or neither");
            var theta = Number(e, "trade_elasticity", at, 0.01, 50) ?? DefaultTradeElasticity;
            if (multiple is not null && e.TryGetProperty("trade_elasticity", out _))
                throw Error($"{at}.trade_elasticity", "applies to tariff_equivalent_pct only; remove it");
            var ge = true;
            if (e.TryGetProperty("general_equilibrium", out var g))
                ge = g.ValueKind switch
                {
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    _ => throw Error($"{at}.general_equilibrium", "expected true or false"),
                };
            return new Regionalisation(bloc, partners, tariff, theta, multiple, ge);
        }

        private TechnologyShift Technology(JsonElement e, string at)
        {
            Fields(e, at, TechnologyFields);
            return new TechnologyShift(Number(e, "points", at, -100, 100) ?? throw Error(at, "missing \"points\" (percentage points)"));
        }

        private ImportSubstitutionShock Substitution(JsonElement e, string at)
        {
            Fields(e, at, SubstitutionFields);
            var industries = Codes(e, "industries", at, upper: false) ?? [];
            var cut = Number(e, "cut_pct", at, 0, 100) ?? throw Error(at, "missing \"cut_pct\" (percent)");
            var table = Text(e, "table", at);
            var layout = Text(e, "layout", at);
            if (table is not null && !IcioSource.IsBundled(table))
            {
                if (layout is null)
                    throw Error(at, $"give \"layout\" ({IcioLayouts.Choices}) with the table {table}");
                // A path in the shock file is relative to the file, so that a scenario and its table travel together.
                table = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file)) ?? "", table);
            }
            else if (layout is not null)
                throw Error($"{at}.layout", "applies to a table path only; the bundled tables have their own layout; remove it");
            if (layout is not null && IcioLayouts.Find(layout) is null)
                throw Error($"{at}.layout", $"'{layout}': expected {IcioLayouts.Choices}");
            var year = Number(e, "year", at, 1900, 2100);
            if (year is { } y && y != Math.Floor(y))
                throw Error($"{at}.year", "expected a whole year such as 2011");
            return new ImportSubstitutionShock(industries, cut, table, layout, (int?)year);
        }

        private T? Part<T>(JsonElement parent, string name, string at, Func<JsonElement, string, T> read)
            where T : class
        {
            if (!parent.TryGetProperty(name, out var e))
                return null;
            var path = $"{at}.{name}";
            if (e.ValueKind != JsonValueKind.Object)
                throw Error(path, "expected an object { ... } (docs/scenarios.md)");
            return read(e, path);
        }

        private void Fields(JsonElement e, string at, string[] allowed)
        {
            foreach (var p in e.EnumerateObject())
                if (!allowed.Contains(p.Name, StringComparer.Ordinal))
                    throw Error($"{at}.{p.Name}", $"unknown key; expected one of {string.Join(", ", allowed)}");
        }

        private string? Text(JsonElement e, string name, string at)
        {
            if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
                return null;
            if (v.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(v.GetString()))
                throw Error($"{at}.{name}", "expected a non-empty string");
            return v.GetString()!.Trim();
        }

        private double? Number(JsonElement e, string name, string at, double min, double max)
        {
            if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
                return null;
            if (v.ValueKind != JsonValueKind.Number || !v.TryGetDouble(out var x) || !double.IsFinite(x))
                throw Error($"{at}.{name}", "expected a number");
            if (x < min || x > max)
                throw Error($"{at}.{name}", string.Create(CultureInfo.InvariantCulture, $"{x} is out of range; expected {min} to {max}"));
            return x;
        }

        private IReadOnlyList<string>? Codes(JsonElement e, string name, string at, bool upper = true)
        {
            if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
                return null;
            var path = $"{at}.{name}";
            if (v.ValueKind != JsonValueKind.Array || v.GetArrayLength() == 0)
                throw Error(path, "expected a non-empty array of codes, e.g. [\"KAZ\", \"BLR\"]");
            var codes = new List<string>();
            var i = 0;
            foreach (var item in v.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
                    throw Error($"{path}[{i}]", "expected a code string");
                var code = item.GetString()!.Trim();
                codes.Add(upper ? code.ToUpperInvariant() : code);
                i++;
            }
            return codes;
        }
    }

    /// <summary>An error about an element of the shock file found after reading (an unknown code or group), located by its path.</summary>
    public InputException ErrorAt(string path, string message) =>
        File is null ? new InputException(message) : InputException.At(File, LineOf(path), $"{path}: {message}");

    /// <summary>Lines of the file's elements by JSON path (empty for the default shock).</summary>
    public IReadOnlyDictionary<string, long> Lines { get; init; } = new Dictionary<string, long>();

    private long LineOf(string path) => Lines.GetValueOrDefault(path, 1);
}
