using System.Globalization;
using TradeScope.Core;
using TradeScope.Data;
using TradeScope.Data.Products;
using TradeScope.Data.Reference;
using TradeScope.Model;
using TradeScope.Potential.ExportPotential;
using TradeScope.Products;

namespace TradeScope.Analyses;

/// <summary>How a pillar of the export-potential index was obtained in a run.</summary>
/// <param name="Pillar">The pillar.</param>
/// <param name="Computed">True when at least one of its indicators has a value for some unit.</param>
/// <param name="From">What it was computed from, or why not (English and Russian).</param>
public sealed record PillarSourceNote(PotentialPillar Pillar, bool Computed, Bilingual From);

/// <summary>
/// The indicators of the export-potential index for every unit: the engine's wide layout (units × indicator codes, NaN
/// with a reason where a value cannot be computed), the indicators' definitions, and which pillars were computed from what.
/// </summary>
/// <param name="Year">The data year.</param>
/// <param name="Units">Unit codes (ISO3 for countries, the user's codes for regions).</param>
/// <param name="Indicators">The indicators, one per column, in report order.</param>
/// <param name="Values">Values[unit][indicator]; NaN where <paramref name="Reasons"/> says why.</param>
/// <param name="Reasons">Reasons[unit][indicator]: null where there is a value.</param>
/// <param name="Pillars">Per pillar: computed or not, and from what.</param>
/// <param name="Sources">The data read.</param>
/// <param name="Excluded">Units left out for lack of data, with the reason.</param>
public sealed record PotentialIndicatorTable(
    int Year,
    IReadOnlyList<string> Units,
    IReadOnlyList<PotentialIndicator> Indicators,
    IReadOnlyList<double[]> Values,
    IReadOnlyList<string?[]> Reasons,
    IReadOnlyList<PillarSourceNote> Pillars,
    IReadOnlyList<Provenance> Sources,
    IReadOnlyList<string> Excluded
)
{
    /// <summary>The column of an indicator, or -1.</summary>
    public int IndexOf(string code) => Indicators.ToList().FindIndex(i => i.Code == code);

    /// <summary>The value of one unit's indicator (NaN when missing or unknown).</summary>
    public double Value(string unit, string code)
    {
        var u = Units.ToList().IndexOf(unit);
        var j = IndexOf(code);
        return u < 0 || j < 0 ? double.NaN : Values[u][j];
    }

    /// <summary>The pillars that have at least one indicator column, in framework order.</summary>
    public IReadOnlyList<PotentialPillar> PillarsPresent =>
        [.. PotentialFramework.Pillars.Where(p => Indicators.Any(i => i.Pillar == p.Code))];

    /// <summary>Writes the values in the composite engine's data layout: <c>unit,CODE…</c>, an empty cell for a missing
    /// value (its reason is in the report, not in this file).</summary>
    public void WriteData(TextWriter writer)
    {
        writer.WriteLine(string.Join(',', new[] { "unit" }.Concat(Indicators.Select(i => Csv(i.Code)))));
        for (var u = 0; u < Units.Count; u++)
            writer.WriteLine(
                string.Join(
                    ',',
                    new[] { Csv(Units[u]) }.Concat(
                        Values[u].Select(v => double.IsFinite(v) ? v.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "")
                    )
                )
            );
    }

    /// <summary>Writes the hierarchy in the composite engine's metadata layout
    /// <c>code,name,parent,level,direction,weight,unit,source</c>: the indicators of the table (level 1), the pillars that
    /// have at least one (level 2; their <c>source</c> says what they were computed from), the index (level 3, no parent).
    /// Every weight is 1 (relative: re-scaled over the children that have a value).</summary>
    public void WriteMeta(TextWriter writer)
    {
        writer.WriteLine("code,name,parent,level,direction,weight,unit,source");
        foreach (var i in Indicators)
            writer.WriteLine(
                string.Join(
                    ',',
                    Csv(i.Code),
                    Csv(i.Name.En),
                    i.Pillar,
                    "1",
                    i.Direction.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    "1",
                    Csv(i.Unit),
                    Csv(i.Source.ToString())
                )
            );
        foreach (var p in PillarsPresent)
        {
            var note = Pillars.FirstOrDefault(n => n.Pillar.Code == p.Code)?.From.En ?? "";
            writer.WriteLine(string.Join(',', p.Code, Csv(p.Name.En), PotentialFramework.Root, "2", "1", "1", "", Csv(note)));
        }
        writer.WriteLine(string.Join(',', PotentialFramework.Root, "Export potential index", "", "3", "1", "1", "", ""));
    }

    private static string Csv(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    /// <summary>The same table with <paramref name="code"/> raised by <paramref name="delta"/> for <paramref name="units"/>
    /// (every unit when null) that have a value (a "what if" shift; no clipping, a missing value stays missing).</summary>
    /// <exception cref="InputException">The indicator is not a column of the table, or a unit is not in it.</exception>
    public PotentialIndicatorTable Shifted(string code, double delta, IReadOnlyCollection<string>? units = null)
    {
        var j = IndexOf(code);
        if (j < 0)
            throw new InputException($"indicator '{code}' is not computed in this run; it cannot be shifted");
        foreach (var unit in units ?? [])
            if (!Units.Contains(unit))
                throw new InputException($"unit '{unit}' is not in the table of {Year}; it cannot be shifted");
        var values = Values
            .Select(
                (row, u) =>
                {
                    var copy = (double[])row.Clone();
                    if (units is null || units.Contains(Units[u]))
                        copy[j] += delta;
                    return copy;
                }
            )
            .ToList();
        return this with { Values = values };
    }
}

/// <summary>What the export-potential indicators are computed from.</summary>
/// <param name="Year">The data year.</param>
/// <param name="SanctionsGroup">The sanctioning group's ID (default RU_UNFRIENDLY, as of its latest list date).</param>
/// <param name="GrowthYears">The window w of export growth (years).</param>
/// <param name="PersistenceYears">The number of years (ending with <paramref name="Year"/>) a partner must have been served.</param>
/// <param name="DbPath">The product store; null = the product-store indicators are not computed.</param>
/// <param name="Source">The store's source (baci, comtrade, tidy); null = the one holding the year.</param>
/// <param name="GroupsPath">A file of extra country groups (e.g. another sanctioning group), or null.</param>
public sealed record PotentialDataRequest(
    int Year,
    string SanctionsGroup = "RU_UNFRIENDLY",
    int GrowthYears = 5,
    int PersistenceYears = 5,
    string? DbPath = null,
    string? Source = null,
    string? GroupsPath = null
);

/// <summary>
/// Computes the default export-potential indicators for every country with data (docs/methods/export-potential-index.md):
/// from the bundled Comtrade exports, the Atlas ECI, the WTO RTA pairs and the sanctions list; from the product store when
/// one is given. Pure given its inputs: the data sets are parameters so tests pass small hand-made ones.
/// </summary>
public static class PotentialIndicatorTables
{
    /// <summary>Reads the bundled data (and the store) and computes the table for every country that reported exports
    /// in the year.</summary>
    /// <exception cref="InputException">A year outside the bundled data, an unknown sanctions group, a bad store.</exception>
    public static PotentialIndicatorTable FromData(PotentialDataRequest request)
    {
        var trade = ComtradeBundled.Default;
        var registry = request.GroupsPath is null ? GroupRegistry.Default : GroupRegistry.Default.WithUserGroups(request.GroupsPath);
        var group = Sanctions(request.SanctionsGroup, registry, request.Year);
        ProductExports? products = null;
        if (request.DbPath is not null)
        {
            using var store = ProductStore.Open(request.DbPath);
            products = ProductExports.Read(store, request.Year, request.Source);
        }
        return Compute(request, trade, AtlasComplexity.Bundled, RtaPairs.Bundled, group, products);
    }

    /// <summary>The sanctioning group's members for the year (an as-of group such as RU_UNFRIENDLY: its latest list).</summary>
    /// <exception cref="InputException">Unknown group.</exception>
    public static DatedGroup Sanctions(string id, GroupRegistry registry, int year) =>
        GroupResolution.Resolve(id, PotentialParameters.Sanctions, year, registry);

    /// <summary>Computes the table from the given data.</summary>
    /// <param name="products">Exports by country and HS6 product, or null (the product-store indicators are then not
    /// computed and the pillars say so).</param>
    public static PotentialIndicatorTable Compute(
        PotentialDataRequest request,
        TradeDataset trade,
        AtlasComplexity atlas,
        RtaPairs rta,
        DatedGroup sanctions,
        ProductExports? products
    )
    {
        var year = request.Year;
        var matrix = trade.ForYear(year, PotentialParameters.Year);
        var units = Enumerable
            .Range(0, matrix.Count)
            .Where(i => matrix.Source(i) != FlowSource.Missing && matrix.TotalExports(i) > 0)
            .Select(i => matrix.Economies[i].Value)
            .ToList();
        var indicators = PotentialFramework.Indicators.Where(i => Computable(i, products)).ToList();
        var members = sanctions.Members.Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        var values = new List<double[]>();
        var reasons = new List<string?[]>();
        foreach (var unit in units)
        {
            var row = new Dictionary<string, IndicatorValue>(StringComparer.Ordinal);
            var i = matrix.IndexOf(new CountryCode(unit));
            var total = matrix.TotalExports(i);
            row[PotentialFramework.ExportSize] = PotentialIndicators.LogExports(total);
            row[PotentialFramework.ExportGrowth] = PotentialIndicators.Growth(
                Total(trade, unit, year - request.GrowthYears),
                total,
                request.GrowthYears
            );
            var partners = Partners(matrix, i);
            row[PotentialFramework.MarketHhi] = PotentialIndicators.Herfindahl(partners.Values);
            row[PotentialFramework.Persistence] = PotentialIndicators.Persistence([
                .. Enumerable.Range(year - request.PersistenceYears + 1, request.PersistenceYears).Select(y => PartnersIn(trade, unit, y)),
            ]);
            row[PotentialFramework.FtaShare] = PotentialIndicators.Share(
                partners.Where(p => rta.InForce(unit, p.Key, year)).Sum(p => p.Value),
                total
            );
            row[PotentialFramework.SanctionsExports] = members.Contains(unit)
                ? IndicatorValue.Missing(PotentialReasons.SanctioningMember)
                : PotentialIndicators.Share(partners.Where(p => members.Contains(p.Key)).Sum(p => p.Value), total);
            row[PotentialFramework.SanctionsImports] = members.Contains(unit)
                ? IndicatorValue.Missing(PotentialReasons.SanctioningMember)
                : MirrorImportShare(matrix, i, members);
            row[PotentialFramework.Eci] = atlas.Eci(unit, year) is { } eci
                ? IndicatorValue.Of(eci)
                : IndicatorValue.Missing(PotentialReasons.NotInSource);
            if (products is not null)
                foreach (var (code, value) in products.Indicators(unit, atlas, year))
                    row[code] = value;
            values.Add([.. indicators.Select(d => row.TryGetValue(d.Code, out var v) ? v.Value : double.NaN)]);
            reasons.Add([.. indicators.Select(d => row.TryGetValue(d.Code, out var v) ? v.Reason : PotentialReasons.NotInSource)]);
        }
        var sources = new List<Provenance> { matrix.Provenance, atlas.Provenance, rta.Provenance };
        if (products is not null)
            sources.Add(products.Provenance);
        var pillars = Notes(indicators, values, sanctions, products, year);
        return new PotentialIndicatorTable(year, units, indicators, values, reasons, pillars, sources, []);
    }

    /// <summary>The table of a user file of units (regions): its columns are the indicators (a default code keeps its
    /// definition; any other column is a user indicator of the institutions pillar).</summary>
    public static PotentialIndicatorTable FromUnits(IndicatorValues file, int year)
    {
        var indicators = file.Indicators.Select(Definition).ToList();
        var reasons = file
            .Values.Select(row => row.Select(v => double.IsFinite(v) ? null : PotentialReasons.NotInSource).ToArray())
            .ToList();
        var source = new Provenance(
            new Bilingual(
                "User file of units' indicator values",
                "Файл пользователя: значения индикаторов"
            ),
            file.File
        );
        var table = new PotentialIndicatorTable(year, file.Units, indicators, file.Values, reasons, [], [source], []);
        return table with { Pillars = UserNotes(table, file.File, fromUnitsFile: true) };
    }

    /// <summary>The table with the user's columns added: a default code replaces that indicator's values where the file
    /// gives one (e.g. value-chain indicators from an ICIO table of the year); any other column is a user indicator of
    /// the institutions pillar. Units of the file that are not in the table are listed in <see
    /// cref="PotentialIndicatorTable.Excluded"/>.</summary>
    public static PotentialIndicatorTable WithUserValues(PotentialIndicatorTable table, IndicatorValues file)
    {
        var indicators = table.Indicators.ToList();
        var values = table.Values.Select(r => r.ToList()).ToList();
        var reasons = table.Reasons.Select(r => r.ToList()).ToList();
        foreach (var code in file.Indicators.Where(c => indicators.All(i => i.Code != c)))
        {
            indicators.Add(Definition(code));
            foreach (var (row, why) in values.Zip(reasons))
            {
                row.Add(double.NaN);
                why.Add(PotentialReasons.NotInSource);
            }
        }
        var excluded = table.Excluded.ToList();
        for (var f = 0; f < file.Units.Count; f++)
        {
            var u = table.Units.ToList().IndexOf(file.Units[f]);
            if (u < 0)
            {
                excluded.Add($"{file.Units[f]} ({file.File}:{file.Lines[f]}: not a unit with data in {table.Year})");
                continue;
            }
            for (var k = 0; k < file.Indicators.Count; k++)
            {
                var v = file.Values[f][k];
                if (!double.IsFinite(v))
                    continue;
                var j = indicators.FindIndex(i => i.Code == file.Indicators[k]);
                values[u][j] = v;
                reasons[u][j] = null;
            }
        }
        var source = new Provenance(
            new Bilingual(
                "User file of indicator values",
                "Файл пользователя: значения индикаторов"
            ),
            file.File
        );
        var merged = table with
        {
            Indicators = indicators,
            Values = [.. values.Select(r => r.ToArray())],
            Reasons = [.. reasons.Select(r => r.ToArray())],
            Sources = [.. table.Sources, source],
            Excluded = excluded,
        };
        return merged with { Pillars = UserNotes(merged, file.File, fromUnitsFile: false) };
    }

    private static PotentialIndicator Definition(string code) =>
        PotentialFramework.FindIndicator(code) ?? PotentialFramework.UserIndicator(code);

    /// <summary>Pillar notes after user columns: a pillar fed by the file says so; the others keep their note.</summary>
    private static IReadOnlyList<PillarSourceNote> UserNotes(PotentialIndicatorTable table, string file, bool fromUnitsFile)
    {
        var notes = new List<PillarSourceNote>();
        foreach (var pillar in PotentialFramework.Pillars)
        {
            var columns = table.Indicators.Select((d, j) => (d, j)).Where(p => p.d.Pillar == pillar.Code).ToList();
            var computed = columns.Any(c => table.Values.Any(row => double.IsFinite(row[c.j])));
            var old = table.Pillars.FirstOrDefault(n => n.Pillar.Code == pillar.Code);
            var fromFile = columns
                .Where(c => fromUnitsFile || c.d.Source is PotentialSource.UserFile or PotentialSource.ValueChainTable)
                .Select(c => c.d.Code)
                .ToList();
            var codes = string.Join(", ", fromFile);
            // The file's name (its path is in the provenance): the table reads the same wherever it runs.
            var name = Path.GetFileName(file);
            var from =
                fromFile.Count > 0 && computed
                    ? old is { Computed: true } && !fromUnitsFile
                        ? new Bilingual($"{old.From.En}; {codes} from {name}", $"{old.From.Ru}; {codes} из {name}")
                        : new Bilingual($"user file {name} ({codes})", $"файл пользователя {name} ({codes})")
                    : old?.From
                        ?? new Bilingual(
                            "not computed: no column of this pillar in the " + "file",
                            "не рассчитан: в файле нет столбцов этой опоры"
                        );
            notes.Add(new PillarSourceNote(pillar, computed, from));
        }
        return notes;
    }

    private static bool Computable(PotentialIndicator indicator, ProductExports? products) =>
        indicator.Source switch
        {
            PotentialSource.Comtrade or PotentialSource.Atlas => true,
            PotentialSource.ProductStore => products is not null,
            _ => false,
        };

    /// <summary>The unit's total exports X_i in a year (NaN when the year or the unit's row is not in the data).</summary>
    private static double Total(TradeDataset trade, string unit, int year)
    {
        if (!trade.Contains(year))
            return double.NaN;
        var m = trade.ForYear(year);
        var i = m.IndexOf(new CountryCode(unit));
        return i < 0 || m.Source(i) == FlowSource.Missing ? double.NaN : m.TotalExports(i);
    }

    private static Dictionary<string, double>? PartnersIn(TradeDataset trade, string unit, int year)
    {
        if (!trade.Contains(year))
            return null;
        var m = trade.ForYear(year);
        var i = m.IndexOf(new CountryCode(unit));
        return i < 0 || m.Source(i) == FlowSource.Missing ? null : Partners(m, i);
    }

    /// <summary>The unit's exports by country partner (X_ij &gt; 0).</summary>
    private static Dictionary<string, double> Partners(TradeMatrix matrix, int i)
    {
        var row = matrix.ExportsRow(i);
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var j = 0; j < row.Length; j++)
            if (j != i && row[j] > 0)
                result[matrix.Economies[j].Value] = row[j];
        return result;
    }

    /// <summary>Imports of unit i from the group, mirrored: Σ_{j∈G} X_ji / Σ_j X_ji over reporters j (the bundled data
    /// hold exports only, so i's imports are its partners' reported exports to i).</summary>
    private static IndicatorValue MirrorImportShare(TradeMatrix matrix, int i, IReadOnlySet<string> members)
    {
        double fromGroup = 0,
            all = 0;
        for (var j = 0; j < matrix.Count; j++)
        {
            if (j == i || matrix.Source(j) != FlowSource.Reported)
                continue;
            var x = matrix.Exports(j, i);
            if (!(x > 0))
                continue;
            all += x;
            if (members.Contains(matrix.Economies[j].Value))
                fromGroup += x;
        }
        return all > 0 ? IndicatorValue.Of(fromGroup / all) : IndicatorValue.Missing(PotentialReasons.NoMirrorImports);
    }

    private static IReadOnlyList<PillarSourceNote> Notes(
        IReadOnlyList<PotentialIndicator> indicators,
        IReadOnlyList<double[]> values,
        DatedGroup sanctions,
        ProductExports? products,
        int year
    )
    {
        var y = year.ToString(CultureInfo.InvariantCulture);
        var date = sanctions.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var store = products is null
            ? null
            : new Bilingual(
                $"product store {products.Provenance.Location}",
                $"хранилище товарных данных {products.Provenance.Location}"
            );
        var notes = new List<PillarSourceNote>();
        foreach (var pillar in PotentialFramework.Pillars)
        {
            var columns = indicators.Select((d, j) => (d, j)).Where(p => p.d.Pillar == pillar.Code).ToList();
            var computed = columns.Any(c => values.Any(row => double.IsFinite(row[c.j])));
            var from = pillar.Code switch
            {
                PotentialFramework.Production when store is null => new Bilingual(
                    $"UN Comtrade {y} (size, growth); resource share not computed: needs the product store (db option)",
                    $"UN Comtrade {y} (объём, рост); доля ренты не рассчитана: "
                        + "нужно хранилище (параметр db)"
                ),
                PotentialFramework.Production => new Bilingual(
                    $"UN Comtrade {y}; {store!.En}",
                    $"UN Comtrade {y}; {store!.Ru}"
                ),
                PotentialFramework.Competitiveness when store is null => new Bilingual(
                    "not computed: needs the product store (db option)",
                    "не рассчитан: нужно хранилище товарных данных (параметр db)"
                ),
                PotentialFramework.Competitiveness => store!,
                PotentialFramework.Technology when store is null => new Bilingual(
                    $"Atlas ECI {y} only; product complexity and technology share need the product store (db option)",
                    $"только ECI Атласа {y}; сложность товаров и доля "
                        + "технологий требуют хранилища (параметр db)"
                ),
                PotentialFramework.Technology => new Bilingual(
                    $"Atlas ECI and PCI {y}; {store!.En}",
                    $"ECI и PCI Атласа {y}; {store!.Ru}"
                ),
                PotentialFramework.ValueChains => new Bilingual(
                    "not computed from bundled data: WIOD 2013 ends in 2011; give gvc_participation and dva_share in the pillars file",
                    "не рассчитан по встроенным данным: WIOD 2013 "
                        + "заканчивается 2011 годом; задайте gvc_participation и dva_share в "
                        + "файле опор (pillars)"
                ),
                PotentialFramework.Markets => new Bilingual(
                    $"UN Comtrade {y} and earlier years; WTO RTA pairs in force on {y}-07-01",
                    $"UN Comtrade {y} и предыдущие годы; пары ВТО РТС, действующие на {y}-07-01"
                ),
                PotentialFramework.Sanctions => new Bilingual(
                    $"UN Comtrade {y}: exports to and mirror imports from {sanctions.Label} as of {date}",
                    $"UN Comtrade {y}: экспорт в {sanctions.Label} и зеркальный импорт из неё на {date}"
                ),
                _ => new Bilingual(
                    "not computed: user-supplied indicators only (pillars file)",
                    "не рассчитан: только данные пользователя (файл pillars)"
                ),
            };
            notes.Add(new PillarSourceNote(pillar, computed, from));
        }
        return notes;
    }
}

/// <summary>One year of exports by country and HS6 product from the product store, with the OECD technology class of each
/// flow, for the product-based indicators.</summary>
/// <param name="Matrix">Exports by country × HS6 product (all partners).</param>
/// <param name="TechShares">By country: exports of the high and medium-high technology classes over all classified exports.</param>
/// <param name="RcaCounts">By country: the number of products with Balassa RCA &gt; 1 (world = all countries of the matrix).</param>
/// <param name="Provenance">The store.</param>
public sealed record ProductExports(
    CountryProductMatrix Matrix,
    IReadOnlyDictionary<string, double> TechShares,
    IReadOnlyDictionary<string, int> RcaCounts,
    Provenance Provenance
)
{
    /// <summary>The product exports with each country's count of products with RCA &gt; 1 computed once.</summary>
    public static ProductExports Of(CountryProductMatrix matrix, IReadOnlyDictionary<string, double> techShares, Provenance provenance)
    {
        var rca = Rca.Balassa(matrix);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < matrix.Countries.Count; c++)
            counts[matrix.Countries[c]] = Enumerable.Range(0, matrix.Products.Count).Count(k => rca[c, k].HasValue && rca[c, k].Value > 1);
        return new ProductExports(matrix, techShares, counts, provenance);
    }

    /// <summary>Reads the year from the store: HS6 totals and totals by technology class.</summary>
    /// <exception cref="InputException">The year is not in the store.</exception>
    public static ProductExports Read(ProductStore store, int year, string? source)
    {
        var rows = store.Totals([year], null, byPartner: false, reporters: null, source);
        var matrix = CountryProductMatrix.FromRows(rows.Select(r => new CountryProductValue(r.Reporter, r.Product, r.Value)));
        var tech = ProductGroupings.Parse(TechGroupingId, PotentialParameters.Db);
        var byClass = store.Totals([year], tech.MapFor, byPartner: false, reporters: null, source);
        var shares = byClass
            .GroupBy(r => r.Reporter)
            .ToDictionary(
                g => g.Key,
                g => g.Where(r => r.Product is "high" or "medium-high").Sum(r => r.Value) / g.Sum(r => r.Value),
                StringComparer.Ordinal
            );
        var provenance = new Provenance(
            new Bilingual(
                $"Product store, exports by HS6 product, {year}, US$",
                $"Хранилище товарных данных, экспорт по ТН ВЭД 6, {year}"
            ),
            store.Location
        );
        return Of(matrix, shares, provenance);
    }

    /// <summary>The bundled OECD technology grouping.</summary>
    public const string TechGroupingId = "tech";

    /// <summary>The product-based indicators of one country: resource share, products with RCA &gt; 1, product HHI,
    /// export-weighted PCI (HS4 headings of the stored codes matched to the Atlas's HS 1992 headings) and the
    /// medium-high and high technology share.</summary>
    public IEnumerable<(string Code, IndicatorValue Value)> Indicators(string unit, AtlasComplexity atlas, int year)
    {
        var c = Matrix.IndexOfCountry(unit);
        if (c < 0 || !(Matrix.CountryTotal(c) > 0))
        {
            foreach (var code in Codes)
                yield return (code, IndicatorValue.Missing(PotentialReasons.NotInSource));
            yield break;
        }
        var row = Matrix.Row(c).ToArray();
        var total = Matrix.CountryTotal(c);
        var resource = Matrix
            .Products.Select((p, k) => (p, k))
            .Where(x => PotentialFramework.ResourceChapters.Contains(x.p[..Math.Min(2, x.p.Length)]))
            .Sum(x => row[x.k]);
        yield return (PotentialFramework.ResourceShare, PotentialIndicators.Share(resource, total));
        yield return (PotentialFramework.RcaCount, IndicatorValue.Of(RcaCounts[unit]));
        yield return (PotentialFramework.ProductHhi, PotentialIndicators.Herfindahl(row));
        var headings = Matrix
            .Products.Select((p, k) => (Heading: p[..Math.Min(4, p.Length)], Value: row[k]))
            .GroupBy(x => x.Heading)
            .Select(g => (g.Sum(x => x.Value), atlas.Pci(g.Key, year)));
        yield return (PotentialFramework.WeightedPci, PotentialIndicators.WeightedComplexity(headings));
        yield return (
            PotentialFramework.TechShare,
            TechShares.TryGetValue(unit, out var share) ? IndicatorValue.Of(share) : IndicatorValue.Missing(PotentialReasons.NotInSource)
        );
    }

    private static readonly string[] Codes =
    [
        PotentialFramework.ResourceShare,
        PotentialFramework.RcaCount,
        PotentialFramework.ProductHhi,
        PotentialFramework.WeightedPci,
        PotentialFramework.TechShare,
    ];
}
