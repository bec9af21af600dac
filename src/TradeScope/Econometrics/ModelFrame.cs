using TradeScope.Core;

namespace TradeScope.Econometrics;

/// <summary>Why observations left the estimation sample.</summary>
public enum DropReason
{
    /// <summary>A used variable is missing (NA, empty) in the data.</summary>
    Missing,

    /// <summary>A used variable is ±∞, or its transform is (log of a value ≤ 0).</summary>
    NonFinite,

    /// <summary>PPML: the observation's fixed-effect group has only zero outcomes (fixest "perfect fit" removal).</summary>
    FixedEffectAllZero,

    /// <summary>PPML: separated by the regressors (ReLU certificate of Correia, Guimarães and Zylkin 2019).</summary>
    Separated,
}

/// <summary>How many observations were dropped for one reason, and which (0-based rows of the input data).</summary>
public sealed record DroppedObservations(DropReason Reason, int Count, IReadOnlyList<int> Rows)
{
    /// <summary>Source lines (or 1-based rows) of the dropped observations, as shown in messages.</summary>
    public IReadOnlyList<int> Lines { get; init; } = [];
}

/// <summary>The numeric arrays of one estimation: outcome, regressor columns, fixed-effect codes, on complete rows.</summary>
internal sealed class ModelFrame
{
    public required DataFrame Data { get; init; }
    public required Formula Formula { get; init; }

    /// <summary>Rows of <see cref="Data"/> in the sample.</summary>
    public required int[] Rows { get; init; }
    public required double[] Y { get; init; }
    public required double[][] X { get; init; }
    public required string[] Names { get; init; }
    public required FixedEffectsIndex FixedEffects { get; init; }
    public required List<DroppedObservations> Dropped { get; init; }

    public int N => Y.Length;

    public const string InterceptName = "(Intercept)";

    /// <summary>Complete cases of the formula's variables plus <paramref name="extraColumns"/> (cluster variables).</summary>
    /// <exception cref="InputException">Unknown column, text where a number is needed, no complete row, all-zero outcome.</exception>
    public static ModelFrame Build(DataFrame data, Formula formula, IEnumerable<string> extraColumns)
    {
        var n = data.RowCount;
        var missing = new bool[n];
        var nonFinite = new bool[n];
        foreach (var c in formula.Columns.Concat(extraColumns))
            _ = data[c]; // unknown column → InputException
        double[] Numeric(Variable v, string role)
        {
            var column = data[v.Column];
            if (column is TextColumn text)
            {
                var r = text.FirstNonNumericRow >= 0 ? text.FirstNonNumericRow : 0;
                throw InputException.At(
                    data.Source,
                    data.LineOf(r),
                    $"{role} '{v.Column}' must be numeric, but has the value {InputText.Quote(text.Values[r])}"
                );
            }
            var raw = ((NumericColumn)column).Values;
            var values = new double[n];
            for (var i = 0; i < n; i++)
            {
                if (double.IsNaN(raw[i]))
                {
                    missing[i] = true;
                    continue;
                }
                values[i] = v.Apply(raw[i]);
                if (!double.IsFinite(values[i]))
                    nonFinite[i] = true;
            }
            return values;
        }
        var y = Numeric(formula.Outcome, "outcome");
        var xs = formula.Regressors.Select(v => Numeric(v, "regressor")).ToList();
        var fes = formula.FixedEffects.Select(f => Codes(data, f.Columns, missing)).ToList();
        foreach (var c in extraColumns)
            Codes(data, [c], missing);

        var keep = new List<int>(n);
        var missingRows = new List<int>();
        var nonFiniteRows = new List<int>();
        for (var i = 0; i < n; i++)
        {
            if (missing[i])
                missingRows.Add(i);
            else if (nonFinite[i])
                nonFiniteRows.Add(i);
            else
                keep.Add(i);
        }
        var dropped = new List<DroppedObservations>();
        if (missingRows.Count > 0)
            dropped.Add(Drop(data, DropReason.Missing, missingRows));
        if (nonFiniteRows.Count > 0)
            dropped.Add(Drop(data, DropReason.NonFinite, nonFiniteRows));
        if (keep.Count == 0)
            throw new InputException(
                $"{data.Source}: no complete observation for '{formula}' ({missingRows.Count} with missing, {nonFiniteRows.Count} with " +
                    $"non-finite values)"
            );
        var rows = keep.ToArray();
        var yk = rows.Select(i => y[i]).ToArray();
        if (yk.All(v => v == 0))
            throw new InputException(
                $"{data.Source}: the outcome '{formula.Outcome.Name}' is zero in every one of the {rows.Length} complete observations; " +
                    $"nothing to explain"
            );
        var columns = new List<double[]>();
        var names = new List<string>();
        if (formula.HasInterceptColumn)
        {
            columns.Add(Enumerable.Repeat(1.0, rows.Length).ToArray());
            names.Add(InterceptName);
        }
        for (var j = 0; j < xs.Count; j++)
        {
            columns.Add(rows.Select(i => xs[j][i]).ToArray());
            names.Add(formula.Regressors[j].Name);
        }
        var fe = new FixedEffectsIndex(
            formula.FixedEffects.Select(f => f.Name).ToArray(),
            fes.Select(c => rows.Select(i => c[i]).ToArray()).ToArray(),
            rows.Length
        );
        return new ModelFrame
        {
            Data = data,
            Formula = formula,
            Rows = rows,
            Y = yk,
            X = columns.ToArray(),
            Names = names.ToArray(),
            FixedEffects = fe,
            Dropped = dropped,
        };
    }

    internal static DroppedObservations Drop(DataFrame data, DropReason reason, IReadOnlyList<int> rows) =>
        new(reason, rows.Count, rows) { Lines = rows.Select(data.LineOf).ToArray() };

    /// <summary>Integer codes of the (interacted) categorical columns on all rows; missing cells flag the row.</summary>
    internal static int[] Codes(DataFrame data, IReadOnlyList<string> columns, bool[]? missing)
    {
        var n = data.RowCount;
        int[]? combined = null;
        foreach (var name in columns)
        {
            var column = data[name];
            var codes = new int[n];
            switch (column)
            {
                case NumericColumn num:
                    {
                        var map = new Dictionary<double, int>();
                        for (var i = 0; i < n; i++)
                        {
                            var v = num.Values[i];
                            if (!double.IsFinite(v))
                            {
                                if (missing is not null)
                                    missing[i] = true;
                                codes[i] = -1;
                                continue;
                            }
                            if (!map.TryGetValue(v, out var c))
                            {
                                c = map.Count;
                                map.Add(v, c);
                            }
                            codes[i] = c;
                        }
                        break;
                    }
                case TextColumn text:
                    {
                        var map = new Dictionary<string, int>(StringComparer.Ordinal);
                        for (var i = 0; i < n; i++)
                        {
                            var v = text.Values[i];
                            if (string.IsNullOrEmpty(v))
                            {
                                if (missing is not null)
                                    missing[i] = true;
                                codes[i] = -1;
                                continue;
                            }
                            if (!map.TryGetValue(v, out var c))
                            {
                                c = map.Count;
                                map.Add(v, c);
                            }
                            codes[i] = c;
                        }
                        break;
                    }
            }
            if (combined is null)
            {
                combined = codes;
                continue;
            }
            var pairs = new Dictionary<long, int>();
            for (var i = 0; i < n; i++)
            {
                if (combined[i] < 0 || codes[i] < 0)
                {
                    combined[i] = -1;
                    continue;
                }
                var key = ((long)combined[i] << 32) | (uint)codes[i];
                if (!pairs.TryGetValue(key, out var c))
                {
                    c = pairs.Count;
                    pairs.Add(key, c);
                }
                combined[i] = c;
            }
        }
        return combined!;
    }

    /// <summary>The same frame restricted to positions <paramref name="keep"/> of the current sample.</summary>
    public ModelFrame Subset(int[] keep, DroppedObservations? drop) =>
        new()
        {
            Data = Data,
            Formula = Formula,
            Rows = keep.Select(i => Rows[i]).ToArray(),
            Y = keep.Select(i => Y[i]).ToArray(),
            X = X.Select(c => keep.Select(i => c[i]).ToArray()).ToArray(),
            Names = Names,
            FixedEffects = FixedEffects.Subset(keep),
            Dropped = drop is null ? Dropped : [.. Dropped, drop],
        };

    /// <summary>Cluster codes (compacted) of a column on the sample.</summary>
    public int[] ClusterCodes(IReadOnlyList<string> columns)
    {
        var all = Codes(Data, columns, null);
        return FixedEffectsIndex.Compact(Rows.Select(i => all[i]).ToArray()).Codes;
    }
}
