using TradeScope.Core;

namespace TradeScope.ValueChains.Decompositions;

/// <summary>
/// The registry of decomposition methods of <c>tradescope gvc</c>. <c>--method</c> parsing, its choices, the help
/// texts and the report titles are generated from <see cref="All"/>: adding a method is one line here plus its own
/// file (docs/methods/value-chains.md lists the methods).
/// </summary>
public static class GvcMethods
{
    /// <summary>Every method, in the order of the help.</summary>
    public static IReadOnlyList<GvcMethod> All { get; } =
        Checked([
            OecdDecomposition.Method,
            TivaDecomposition.Method,
            KwwDecomposition.Method,
            WwzDecomposition.Method,
            ParticipationDecomposition.Method,
            BorinManciniDecomposition.Source,
            BorinManciniDecomposition.Sink,
        ]);

    /// <summary>The <c>--method</c> names, in registry order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(m => m.Name)];

    /// <summary>Every accepted <c>--method</c> value (names, then aliases).</summary>
    public static IReadOnlyList<string> Accepted { get; } = [.. Names, .. All.SelectMany(m => m.Aliases)];

    /// <summary>The <c>--method</c> help: <c>oecd (…) | tiva (…) | …</c>.</summary>
    public static string Choices => string.Join(" | ", All.Select(m => $"{m.Name} ({m.Summary})"));

    /// <summary>The <c>--detail</c> help: what it adds for each method.</summary>
    public static string DetailChoices => string.Join("; ", All.Select(m => $"{m.Name}: {m.DetailSummary}"));

    /// <summary>The method of a name or alias (case and surrounding spaces ignored).</summary>
    /// <exception cref="InputException">Unknown method (the message lists the names).</exception>
    public static GvcMethod Parse(string? text)
    {
        var key = text?.Trim() ?? "";
        return All.FirstOrDefault(m => Matches(m, key))
            ?? throw InputException.Argument(ValueChainParameters.Method, text, $"unknown method; use {string.Join("|", Names)}");
    }

    private static bool Matches(GvcMethod method, string key) =>
        method.Aliases.Prepend(method.Name).Any(a => a.Equals(key, StringComparison.OrdinalIgnoreCase));

    /// <summary>Names and aliases are lower case and unique, and every method names a term type (a bug otherwise).</summary>
    private static IReadOnlyList<GvcMethod> Checked(IReadOnlyList<GvcMethod> methods)
    {
        var keys = methods.SelectMany(m => m.Aliases.Prepend(m.Name)).ToList();
        var duplicate = keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException($"method '{duplicate.Key}' is registered twice");
        var upper = keys.FirstOrDefault(k => k != k.ToLowerInvariant() || k.Length == 0);
        if (upper is not null)
            throw new InvalidOperationException($"method name '{upper}' must be lower case and not empty");
        var untyped = methods.FirstOrDefault(m => m.TermTypes.Count == 0 || m.TermTypes.Any(t => !t.IsEnum));
        if (untyped is not null)
            throw new InvalidOperationException($"method {untyped.Name}: its term types must be term enums");
        return methods;
    }
}
