using TradeScope.Core;

namespace TradeScope.Potential.Composite;

/// <summary>
/// One node of a composite indicator's hierarchy (OECD/JRC Handbook 2008, step 1 "theoretical framework"): an indicator
/// (level 1) or an aggregate (pillar, sub-index, index) of its children.
/// </summary>
/// <param name="Code">The node's code, unique in the hierarchy (an indicator's code is its data column).</param>
/// <param name="Name">A readable name.</param>
/// <param name="Parent">The parent's code; null for the root (the index).</param>
/// <param name="Level">1 for indicators, larger for aggregates (COINr's Level).</param>
/// <param name="Weight">The node's weight within its parent (relative: weights are re-scaled to sum to one over the
/// children that have a value, as COINr's a_amean does).</param>
/// <param name="Direction">+1 when a higher value is better, −1 when lower is better (indicators only; 1 for aggregates).</param>
/// <param name="Unit">The unit of measurement (indicators), or null.</param>
/// <param name="Source">The data source (indicators), or null.</param>
/// <param name="GoalLow">The lower goalpost in the indicator's own units, or NaN.</param>
/// <param name="GoalHigh">The upper goalpost in the indicator's own units, or NaN.</param>
public sealed record CompositeNode(
    string Code,
    string Name,
    string? Parent,
    int Level,
    double Weight,
    int Direction = 1,
    string? Unit = null,
    string? Source = null,
    double GoalLow = double.NaN,
    double GoalHigh = double.NaN
)
{
    /// <summary>True for a level-1 node (a column of the data).</summary>
    public bool IsIndicator => Level == 1;
}

/// <summary>
/// A validated tree of <see cref="CompositeNode"/>s of any depth: one root, every parent an aggregate one level up or more,
/// every aggregate with at least one child, no cycles. Indicators keep the order given; aggregates are ordered bottom-up
/// (children before parents), the order in which they are computed.
/// </summary>
public sealed class CompositeHierarchy
{
    private readonly Dictionary<string, CompositeNode> _byCode;
    private readonly Dictionary<string, IReadOnlyList<CompositeNode>> _children;

    private CompositeHierarchy(
        IReadOnlyList<CompositeNode> nodes,
        CompositeNode root,
        IReadOnlyList<CompositeNode> indicators,
        IReadOnlyList<CompositeNode> aggregates,
        Dictionary<string, IReadOnlyList<CompositeNode>> children
    )
    {
        Nodes = nodes;
        Root = root;
        Indicators = indicators;
        Aggregates = aggregates;
        _children = children;
        _byCode = nodes.ToDictionary(n => n.Code, StringComparer.Ordinal);
    }

    /// <summary>Every node, as given.</summary>
    public IReadOnlyList<CompositeNode> Nodes { get; }

    /// <summary>The index: the one node without a parent.</summary>
    public CompositeNode Root { get; }

    /// <summary>The level-1 nodes in the order given.</summary>
    public IReadOnlyList<CompositeNode> Indicators { get; }

    /// <summary>The aggregates bottom-up: by level, then in the order given; the root is last.</summary>
    public IReadOnlyList<CompositeNode> Aggregates { get; }

    /// <summary>The node with this code.</summary>
    public CompositeNode this[string code] => _byCode[code];

    /// <summary>True when a node has this code.</summary>
    public bool Contains(string code) => _byCode.ContainsKey(code);

    /// <summary>The children of an aggregate, in the order given.</summary>
    public IReadOnlyList<CompositeNode> Children(string code) => _children.TryGetValue(code, out var c) ? c : [];

    /// <summary>The same tree with each node's weight replaced where <paramref name="weights"/> names it.</summary>
    public CompositeHierarchy WithWeights(IReadOnlyDictionary<string, double> weights) =>
        Create(Nodes.Select(n => weights.TryGetValue(n.Code, out var w) ? n with { Weight = w } : n));

    /// <summary>Builds and validates the tree.</summary>
    /// <exception cref="InputException">No or two roots, duplicate code, unknown parent, a parent that is an indicator or
    /// not above its child, an aggregate without children, a cycle, a negative or non-finite weight, a direction other
    /// than ±1, no indicator.</exception>
    public static CompositeHierarchy Create(IEnumerable<CompositeNode> nodes)
    {
        var list = nodes.ToList();
        var byCode = new Dictionary<string, CompositeNode>(StringComparer.Ordinal);
        foreach (var node in list)
        {
            if (!byCode.TryAdd(node.Code, node))
                throw new InputException($"code '{node.Code}' appears twice in the hierarchy; give every node its own code");
            if (!double.IsFinite(node.Weight) || node.Weight < 0)
                throw new InputException($"node '{node.Code}': weight {node.Weight} is negative or not a number; give a weight ≥ 0");
            if (node.Direction is not (1 or -1))
                throw new InputException($"node '{node.Code}': direction must be 1 or -1");
            if (node.Level < 1)
                throw new InputException($"node '{node.Code}': level must be 1 (indicator) or more (aggregate)");
        }
        var roots = list.Where(n => n.Parent is null).ToList();
        if (roots.Count != 1)
            throw new InputException(
                roots.Count == 0
                    ? "the hierarchy has no root: exactly one node (the index) must have no parent"
                    : $"the hierarchy has {roots.Count} roots ({string.Join(", ", roots.Select(r => r.Code))}): give all but one a parent"
            );
        foreach (var node in list.Where(n => n.Parent is not null))
        {
            if (!byCode.TryGetValue(node.Parent!, out var parent))
                throw new InputException($"node '{node.Code}': unknown parent '{node.Parent}'; add it or correct the code");
            if (parent.Level <= node.Level)
                throw new InputException(
                    $"node '{node.Code}' (level {node.Level}) has parent '{parent.Code}' at level {parent.Level}: a parent must be higher"
                );
        }
        var children = list.Where(n => n.Parent is not null)
            .GroupBy(n => n.Parent!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<CompositeNode>)g.ToList(), StringComparer.Ordinal);
        foreach (var node in list.Where(n => !n.IsIndicator && !children.ContainsKey(n.Code)))
            throw new InputException($"aggregate '{node.Code}' has no children; remove it or give it children");
        var indicators = list.Where(n => n.IsIndicator).ToList();
        if (indicators.Count == 0)
            throw new InputException("the hierarchy has no indicator (level 1)");
        // Levels strictly increase toward the parent, so there is no cycle and every node reaches the root.
        var aggregates = list.Where(n => !n.IsIndicator).OrderBy(n => n.Level).ToList();
        return new CompositeHierarchy(list, roots[0], indicators, aggregates, children);
    }
}

/// <summary>
/// The indicator data: one row per unit (country, region), one column per indicator; NaN marks a missing value.
/// </summary>
/// <param name="Units">The unit codes, unique.</param>
/// <param name="Indicators">The indicator codes of the columns.</param>
/// <param name="Values">Values[unit][indicator]; NaN = missing.</param>
/// <param name="Groups">Each unit's group for group-mean imputation, or null for none.</param>
public sealed record CompositeData(
    IReadOnlyList<string> Units,
    IReadOnlyList<string> Indicators,
    IReadOnlyList<double[]> Values,
    IReadOnlyList<string?> Groups
)
{
    /// <summary>The column of one indicator (a copy).</summary>
    public double[] Column(string indicator)
    {
        var j = IndexOf(indicator);
        return Values.Select(row => row[j]).ToArray();
    }

    /// <summary>The column index of an indicator.</summary>
    /// <exception cref="InputException">The indicator is not a column of the data.</exception>
    public int IndexOf(string indicator)
    {
        for (var j = 0; j < Indicators.Count; j++)
            if (string.Equals(Indicators[j], indicator, StringComparison.Ordinal))
                return j;
        throw new InputException($"indicator '{indicator}' is not a column of the data; add the column or remove it from the metadata");
    }

    /// <summary>Data without groups from a unit × indicator matrix.</summary>
    public static CompositeData Of(IReadOnlyList<string> units, IReadOnlyList<string> indicators, double[][] values) =>
        new(units, indicators, values, [.. units.Select(_ => (string?)null)]);
}
