using System.Text.RegularExpressions;
using TradeScope.Core;

namespace TradeScope.Econometrics;

/// <summary>How a variable enters the model: as is, or as its natural logarithm.</summary>
/// <remarks>Reference: the formula syntax of fixest, Bergé (2018), "Efficient estimation of maximum likelihood models with multiple fixed-
/// effects: the R package FENmlm", CREA Discussion Paper 13 (docs/methods/econometrics.md#formula).</remarks>
public enum Transform
{
    Identity,
    Log,
}

/// <summary>A variable of the formula: a data column, possibly transformed (<c>log(dist_km)</c>).</summary>
/// <param name="Column">The data column.</param>
/// <param name="Transform">Identity or natural log; log of a non-positive value is non-finite and the row is dropped.</param>
public readonly record struct Variable(string Column, Transform Transform = Transform.Identity)
{
    /// <summary>The name printed in tables: <c>x</c> or <c>log(x)</c>.</summary>
    public string Name => Transform == Transform.Log ? $"log({Column})" : Column;

    /// <summary>Applies the transform: x or ln x.</summary>
    public double Apply(double x) => Transform == Transform.Log ? Math.Log(x) : x;

    public override string ToString() => Name;
}

/// <summary>A fixed-effect dimension: one column, or the interaction of several (<c>exporter^year</c>),
/// whose level is the combination of the columns' values.</summary>
public sealed record FixedEffect(IReadOnlyList<string> Columns)
{
    public string Name => string.Join('^', Columns);

    public override string ToString() => Name;
}

/// <summary>
/// A regression formula in fixest syntax: <c>y ~ x1 + log(x2) + x3 | fe1 + exporter^year</c>.
/// Terms are variables or <c>log(variable)</c>; <c>0</c> or <c>-1</c> removes the intercept; the part after
/// <c>|</c> lists fixed effects absorbed by the estimator (an intercept is never estimated next to them).
/// </summary>
/// <remarks>Not supported (rejected with a message): interactions of regressors (<c>x1:x2</c>, <c>x1*x2</c>),
/// other functions, arithmetic inside terms.</remarks>
public sealed record Formula(Variable Outcome, IReadOnlyList<Variable> Regressors, IReadOnlyList<FixedEffect> FixedEffects, bool Intercept)
{
    /// <summary>The formula's source text, normalised.</summary>
    public override string ToString()
    {
        var rhs = new List<string>();
        if (!Intercept && FixedEffects.Count == 0)
            rhs.Add("0");
        rhs.AddRange(Regressors.Select(r => r.Name));
        var text = $"{Outcome.Name} ~ {(rhs.Count == 0 ? "1" : string.Join(" + ", rhs))}";
        return FixedEffects.Count == 0 ? text : $"{text} | {string.Join(" + ", FixedEffects.Select(f => f.Name))}";
    }

    /// <summary>True when the model estimates an explicit intercept (no fixed effects and not removed).</summary>
    public bool HasInterceptColumn => Intercept && FixedEffects.Count == 0;

    /// <summary>Every data column the formula reads.</summary>
    public IEnumerable<string> Columns =>
        new[] { Outcome.Column }
            .Concat(Regressors.Select(r => r.Column))
            .Concat(FixedEffects.SelectMany(f => f.Columns))
            .Distinct(StringComparer.Ordinal);

    private static readonly Regex Name = new(@"^[A-Za-z_.][A-Za-z0-9_.]*$", RegexOptions.CultureInvariant);
    private static readonly Regex Function = new(@"^([A-Za-z_][A-Za-z0-9_]*)\s*\(\s*(.*?)\s*\)$", RegexOptions.CultureInvariant);

    /// <summary>Parses <c>y ~ x1 + log(x2) | fe1 + fe2^fe3</c>.</summary>
    /// <exception cref="InputException">The text is not a formula of this grammar (the message names the culprit).</exception>
    public static Formula Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        InputException Bad(string message) => InputException.Argument(EconometricsParameters.Formula, text, message);
        var sides = text.Split('~');
        if (sides.Length != 2)
            throw Bad("expected exactly one '~' between the outcome and the regressors");
        var outcome = ParseVariable(sides[0].Trim(), Bad);
        var parts = sides[1].Split('|');
        if (parts.Length > 2)
            throw Bad("at most one '|' (regressors | fixed effects)");
        var intercept = true;
        var regressors = new List<Variable>();
        foreach (var (raw, sign) in SplitTerms(parts[0], Bad))
        {
            if (raw is "0" || (raw is "1" && sign < 0))
            {
                intercept = false;
                continue;
            }
            if (raw is "1")
            {
                intercept = true;
                continue;
            }
            if (sign < 0)
                throw Bad($"cannot remove term '{raw}'; only '-1' is allowed");
            var v = ParseVariable(raw, Bad);
            if (regressors.Contains(v))
                throw Bad($"term '{v.Name}' appears twice");
            regressors.Add(v);
        }
        var fixedEffects = new List<FixedEffect>();
        if (parts.Length == 2)
        {
            foreach (var (raw, sign) in SplitTerms(parts[1], Bad))
            {
                if (sign < 0)
                    throw Bad("fixed effects cannot be subtracted");
                var columns = raw.Split('^').Select(c => c.Trim()).ToList();
                foreach (var c in columns)
                    if (!Name.IsMatch(c))
                        throw Bad($"fixed effect '{raw}' is not a column name or an interaction a^b");
                if (columns.Distinct(StringComparer.Ordinal).Count() != columns.Count)
                    throw Bad($"fixed effect '{raw}' repeats a column");
                var fe = new FixedEffect(columns);
                if (fixedEffects.Any(f => f.Name == fe.Name))
                    throw Bad($"fixed effect '{raw}' appears twice");
                fixedEffects.Add(fe);
            }
            if (fixedEffects.Count == 0)
                throw Bad("no fixed effect after '|'");
        }
        if (regressors.Count == 0 && !(intercept && fixedEffects.Count == 0))
            throw Bad("no regressor to estimate");
        return new Formula(outcome, regressors, fixedEffects, intercept);
    }

    private static IEnumerable<(string Term, int Sign)> SplitTerms(string side, Func<string, InputException> bad)
    {
        var terms = new List<(string, int)>();
        var depth = 0;
        var start = 0;
        var sign = 1;
        for (var i = 0; i <= side.Length; i++)
        {
            var ch = i < side.Length ? side[i] : '+';
            if (ch == '(')
                depth++;
            else if (ch == ')')
            {
                depth--;
                if (depth < 0)
                    throw bad("unbalanced parentheses");
            }
            else if (depth == 0 && (ch == '+' || ch == '-'))
            {
                var term = side[start..i].Trim();
                if (term.Length > 0)
                    terms.Add((term, sign));
                else if (i < side.Length && ch == '+' && terms.Count > 0)
                    throw bad("empty term between '+' signs");
                sign = ch == '-' ? -1 : 1;
                start = i + 1;
            }
        }
        if (depth != 0)
            throw bad("unbalanced parentheses");
        if (terms.Count == 0)
            throw bad("empty side of the formula");
        foreach (var (t, _) in terms)
            if (t.Contains(':') || t.Contains('*'))
                throw bad($"interaction '{t}' of regressors is not supported; build the product column in the data");
        return terms;
    }

    private static Variable ParseVariable(string raw, Func<string, InputException> bad)
    {
        if (Name.IsMatch(raw))
            return new Variable(raw);
        var m = Function.Match(raw);
        if (m.Success)
        {
            var f = m.Groups[1].Value;
            var arg = m.Groups[2].Value;
            if (f != "log")
                throw bad($"function '{f}' is not supported; only log(x) is");
            if (!Name.IsMatch(arg))
                throw bad($"log() takes a column name, not '{arg}'");
            return new Variable(arg, Transform.Log);
        }
        throw bad(raw.Length == 0 ? "missing outcome before '~'" : $"'{raw}' is not a column name or log(column)");
    }
}
