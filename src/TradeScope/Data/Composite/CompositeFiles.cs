using System.Globalization;
using TradeScope.Core;
using TradeScope.Potential.Composite;

namespace TradeScope.Data.Composite;

/// <summary>The indicator data and the hierarchy of a composite indicator, read and cross-checked.</summary>
/// <param name="Hierarchy">The hierarchy of the metadata.</param>
/// <param name="Data">The values of the hierarchy's indicators (columns in metadata order).</param>
/// <param name="Sources">Where they were read.</param>
public sealed record CompositeInput(CompositeHierarchy Hierarchy, CompositeData Data, IReadOnlyList<Provenance> Sources);

/// <summary>
/// Reads the two files of a composite indicator (docs/methods/potential.md#composite-indicator-engine):
/// <list type="bullet">
/// <item>data: a wide CSV, first column <c>unit</c> (or COINr's <c>uCode</c>), one column per indicator, an empty cell or
/// <c>NA</c> = missing, an optional <c>group</c> column (for group-mean imputation); <c>name</c>/<c>uName</c> columns and
/// columns that are not indicators of the metadata are ignored;</item>
/// <item>metadata: <c>code,name,parent,level,direction,weight</c> plus optional <c>unit,source,goal_low,goal_high</c>, or
/// COINr's spellings <c>iCode,iName,Parent,Level,Direction,Weight,Type</c>; rows whose Type is not Indicator or Aggregate
/// (COINr's Group, Denominator, Other) are ignored; level 1 = indicators; the top node has no parent; an empty
/// direction is 1 and an empty weight 1.</item>
/// </list>
/// Every problem is one <see cref="InputException"/> naming the file and line and what to do.
/// </summary>
public static class CompositeFiles
{
    /// <summary>Reads and cross-checks both files.</summary>
    /// <exception cref="InputException">A malformed file, or data and metadata that disagree.</exception>
    public static CompositeInput Read(string dataPath, string metaPath)
    {
        var meta = CsvTable.Load(metaPath);
        var (nodes, lines) = ReadMeta(meta);
        var table = CsvTable.Load(dataPath);
        var data = ReadData(table, nodes.Where(n => n.IsIndicator).ToList(), lines, metaPath);
        var hierarchy = CompositeHierarchy.Create(nodes);
        return new(
            hierarchy,
            data,
            [
                new Provenance(
                    new Bilingual("Composite indicator data", "Данные составного индикатора"),
                    dataPath
                ),
                new Provenance(
                    new Bilingual("Composite indicator metadata", "Метаданные составного индикатора"),
                    metaPath
                ),
            ]
        );
    }

    private static int Column(CsvTable table, params string[] names) => names.Select(table.IndexOf).FirstOrDefault(i => i >= 0, -1);

    private static int Required(CsvTable table, string name, string coinr)
    {
        var i = Column(table, name, coinr);
        return i >= 0
            ? i
            : throw InputException.At(
                table.File,
                1,
                $"missing column '{name}' (COINr: '{coinr}'); the metadata needs code,name,parent,level,direction,weight"
            );
    }

    /// <summary>The nodes of the metadata and the line of each code.</summary>
    private static (List<CompositeNode> Nodes, Dictionary<string, long> Lines) ReadMeta(CsvTable meta)
    {
        var file = meta.File;
        var code = Required(meta, "code", "iCode");
        var name = Column(meta, "name", "iName");
        var parent = Required(meta, "parent", "Parent");
        var level = Required(meta, "level", "Level");
        var direction = Column(meta, "direction", "Direction");
        var weight = Column(meta, "weight", "Weight");
        var type = Column(meta, "type", "Type");
        var unit = Column(meta, "unit");
        var source = Column(meta, "source");
        var goalLow = Column(meta, "goal_low");
        var goalHigh = Column(meta, "goal_high");
        var nodes = new List<CompositeNode>();
        var lines = new Dictionary<string, long>(StringComparer.Ordinal);
        long? rootLine = null;
        foreach (var row in meta.Rows)
        {
            var kind = row[type];
            if (
                type >= 0
                && kind.Length > 0
                && !kind.Equals("Indicator", StringComparison.OrdinalIgnoreCase)
                && !kind.Equals("Aggregate", StringComparison.OrdinalIgnoreCase)
            )
                continue;
            var id = row[code];
            if (id.Length == 0)
                throw InputException.At(file, row.Line, "empty code; give every node a code");
            if (!lines.TryAdd(id, row.Line))
                throw InputException.At(
                    file,
                    row.Line,
                    $"code '{id}' appears twice (first at line {lines[id]}); give every node its own code"
                );
            if (!int.TryParse(row[level], NumberStyles.None, CultureInfo.InvariantCulture, out var lv) || lv < 1)
                throw InputException.At(file, row.Line, $"level '{row[level]}' of '{id}' is not a whole number ≥ 1 (1 = indicator)");
            var dir = row[direction] switch
            {
                "" or "NA" => 1,
                "1" or "+1" => 1,
                "-1" => -1,
                var other => throw InputException.At(file, row.Line, $"direction '{other}' of '{id}' must be 1 or -1"),
            };
            var w = Number(row[weight], 1.0, file, row.Line, "weight", id);
            if (w < 0)
                throw InputException.At(file, row.Line, $"weight {row[weight]} of '{id}' is negative; give a weight ≥ 0");
            var up = row[parent] is "" or "NA" ? null : row[parent];
            if (up is null)
            {
                if (rootLine is { } first)
                    throw InputException.At(
                        file,
                        row.Line,
                        $"'{id}' has no parent, and neither has the node at line {first}: only the index may have none; give it a parent"
                    );
                rootLine = row.Line;
            }
            nodes.Add(
                new CompositeNode(
                    id,
                    row[name] is { Length: > 0 } n ? n : id,
                    up,
                    lv,
                    w,
                    dir,
                    row[unit] is { Length: > 0 } u ? u : null,
                    row[source] is { Length: > 0 } s ? s : null,
                    Number(row[goalLow], double.NaN, file, row.Line, "goal_low", id),
                    Number(row[goalHigh], double.NaN, file, row.Line, "goal_high", id)
                )
            );
        }
        if (rootLine is null)
            throw InputException.At(file, 1, "no node without a parent: leave the parent of the index (the top node) empty");
        var byCode = nodes.ToDictionary(n => n.Code, StringComparer.Ordinal);
        foreach (var node in nodes.Where(n => n.Parent is not null))
        {
            if (!byCode.TryGetValue(node.Parent!, out var up))
                throw InputException.At(
                    file,
                    lines[node.Code],
                    $"parent '{node.Parent}' of '{node.Code}' is not a code of the file; add it or correct it"
                );
            if (up.Level <= node.Level)
                throw InputException.At(
                    file,
                    lines[node.Code],
                    $"parent '{up.Code}' (level {up.Level}) of '{node.Code}' (level {node.Level}) must be at a higher level (a cycle or " +
                        $"a level error)"
                );
        }
        var parents = nodes.Where(n => n.Parent is not null).Select(n => n.Parent!).ToHashSet(StringComparer.Ordinal);
        foreach (var node in nodes.Where(n => !n.IsIndicator && !parents.Contains(n.Code)))
            throw InputException.At(
                file,
                lines[node.Code],
                $"aggregate '{node.Code}' (level {node.Level}) has no children; remove it or set level 1"
            );
        if (!nodes.Any(n => n.IsIndicator))
            throw InputException.At(file, 1, "no indicator (level 1) in the metadata");
        return (nodes, lines);
    }

    private static double Number(string text, double empty, string file, long line, string column, string code)
    {
        if (text is "" or "NA")
            return empty;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v
            : throw InputException.At(file, line, $"{column} '{InputText.Clip(text, 40)}' of '{code}' is not a number");
    }

    private static CompositeData ReadData(
        CsvTable table,
        List<CompositeNode> indicators,
        Dictionary<string, long> metaLines,
        string metaFile
    )
    {
        var file = table.File;
        var unit = Column(table, "unit", "uCode");
        if (unit < 0)
            throw InputException.At(file, 1, "missing column 'unit' (COINr: 'uCode'): the first column names the units");
        var group = Column(table, "group");
        var columns = new int[indicators.Count];
        for (var k = 0; k < indicators.Count; k++)
        {
            columns[k] = table.IndexOf(indicators[k].Code);
            if (columns[k] < 0)
                throw InputException.At(
                    metaFile,
                    metaLines[indicators[k].Code],
                    $"indicator '{indicators[k].Code}' is not a column of {file}; add the column or remove the indicator"
                );
        }
        var units = new List<string>();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        var values = new List<double[]>();
        var groups = new List<string?>();
        foreach (var row in table.Rows)
        {
            var id = row[unit];
            if (id.Length == 0)
                throw InputException.At(file, row.Line, "empty unit code; name every unit");
            if (!seen.TryAdd(id, row.Line))
                throw InputException.At(file, row.Line, $"unit '{id}' appears twice (first at line {seen[id]}); keep one row per unit");
            var x = new double[indicators.Count];
            for (var k = 0; k < x.Length; k++)
            {
                var cell = row[columns[k]];
                if (cell is "" or "NA")
                {
                    x[k] = double.NaN;
                    continue;
                }
                if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out x[k]) || !double.IsFinite(x[k]))
                    throw InputException.At(
                        file,
                        row.Line,
                        $"'{InputText.Clip(cell, 40)}' in column {indicators[k].Code} is not a number; write a number, or leave the cell " +
                            $"empty if missing"
                    );
            }
            units.Add(id);
            values.Add(x);
            groups.Add(group >= 0 && row[group].Length > 0 ? row[group] : null);
        }
        if (units.Count == 0)
            throw InputException.At(file, 1, "no units: add one row per unit under the header");
        return new CompositeData(units, [.. indicators.Select(i => i.Code)], values, groups);
    }

    /// <summary>Reads a weights file <c>code,weight</c> (or COINr's <c>iCode,Weight</c>): weights by node code.</summary>
    /// <exception cref="InputException">Missing column, duplicate code, a weight that is not a number ≥ 0.</exception>
    public static IReadOnlyDictionary<string, double> ReadWeights(string path)
    {
        var table = CsvTable.Load(path);
        var code = Required(table, "code", "iCode");
        var weight = Required(table, "weight", "Weight");
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var id = row[code];
            if (!double.TryParse(row[weight], NumberStyles.Float, CultureInfo.InvariantCulture, out var w) || !double.IsFinite(w) || w < 0)
                throw InputException.At(path, row.Line, $"weight '{InputText.Clip(row[weight], 40)}' of '{id}' is not a number ≥ 0");
            if (!weights.TryAdd(id, w))
                throw InputException.At(path, row.Line, $"code '{id}' appears twice; give each node one weight");
        }
        return weights;
    }
}
