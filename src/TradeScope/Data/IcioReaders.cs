using System.Globalization;
using System.IO.Compression;
using TradeScope.Core;
using TradeScope.Model;

namespace TradeScope.Data;

/// <summary>ICIO file layouts TradeScope reads (docs/icio-generic-layout.md describes them).</summary>
public enum IcioLayout
{
    /// <summary>WIOD 2013 release as CSV: wiot_YYYY_Z.csv, wiot_YYYY_F.csv, wiot_YYYY_X.csv (optionally .gz) in one directory.</summary>
    Wiod2013,
    /// <summary>exvatools test layout: one CSV, label column, Z columns CCC_SEC then final-demand columns CCC_CAT (OECD ICIO style, CN1/CN2 and MX1/MX2 split allowed).</summary>
    Exvatools,
    /// <summary>Generic long CSV: from_region,from_sector,to_region,to_use,value.</summary>
    Generic,
}

/// <summary>Reads ICIO tables from the supported layouts into a validated <see cref="IcioTable"/>.</summary>
public static class IcioReader
{
    /// <summary>Layout names on the command line.</summary>
    public static readonly IReadOnlyList<string> LayoutNames = ["wiod2013", "exvatools", "generic"];

    /// <summary>Parses a layout name (wiod2013|exvatools|generic).</summary>
    /// <exception cref="InputException">Unknown layout.</exception>
    public static IcioLayout ParseLayout(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "wiod2013" or "wiod" => IcioLayout.Wiod2013,
        "exvatools" or "icio" => IcioLayout.Exvatools,
        "generic" => IcioLayout.Generic,
        _ => throw InputException.Argument("--layout", text, "unknown layout; use wiod2013|exvatools|generic"),
    };

    /// <summary>
    /// The layout of <paramref name="table"/>: wiod2013 for <c>bundled:…</c> tables; for a file or directory the
    /// <c>--layout</c> value, which is then required (layouts are not guessed from file contents).
    /// </summary>
    /// <exception cref="InputException">"--layout: required with --table PATH (a file or directory): wiod2013|exvatools|generic", or an unknown layout.</exception>
    public static IcioLayout LayoutFor(string table, string? layout, string tableOption)
    {
        if (table.StartsWith("bundled:", StringComparison.OrdinalIgnoreCase))
        {
            var parsed = string.IsNullOrWhiteSpace(layout) ? IcioLayout.Wiod2013 : ParseLayout(layout);
            return parsed == IcioLayout.Wiod2013 ? parsed
                : throw InputException.Argument("--layout", layout, $"the bundled tables ({table}) are in the wiod2013 layout; omit --layout");
        }
        if (string.IsNullOrWhiteSpace(layout))
            throw InputException.Argument("--layout", null, $"required with {tableOption} {table} (a file or directory): wiod2013|exvatools|generic");
        return ParseLayout(layout);
    }

    /// <summary>
    /// Reads a table. <paramref name="table"/> is a path, or <c>bundled:wiod2013[:YEAR]</c> for the WIOD 2013 tables
    /// bundled in TradeScope (1995–2011; layout wiod2013 implied).
    /// </summary>
    /// <exception cref="InputException">Missing file, malformed table (spec §7.3), year not available.</exception>
    public static IcioTable Read(string table, IcioLayout layout, int? year = null)
    {
        if (table.StartsWith("bundled:", StringComparison.OrdinalIgnoreCase))
        {
            var parts = table.Split(':');
            if (parts.Length is < 2 or > 3 || !parts[1].Equals("wiod2013", StringComparison.OrdinalIgnoreCase))
                throw InputException.Argument("--table", table, "bundled tables are bundled:wiod2013[:YEAR]");
            if (parts.Length == 3)
            {
                if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var y)) throw InputException.Argument("--table", table, "year is not a number");
                if (year is not null && year != y) throw InputException.Argument("--year", year.ToString(), $"differs from the year in --table {table}");
                year = y;
            }
            return Wiod2013.ReadBundled(year ?? BundledData.DefaultWiodYear);
        }
        return layout switch
        {
            IcioLayout.Wiod2013 => Wiod2013.ReadDirectory(table, year ?? throw InputException.Argument("--year", null, "required with --layout wiod2013 (the directory holds one table per year)")),
            IcioLayout.Exvatools => ExvatoolsLayout.Read(table, year),
            IcioLayout.Generic => GenericIcioLayout.Read(table, year),
            _ => throw new ArgumentOutOfRangeException(nameof(layout)),
        };
    }

    /// <summary>Country of a region label: OECD ICIO split blocks CN1–CN4 → CHN, MX1–MX3 → MEX; WIOD ROM → ROU, RoW → ROW (spec §7.3, §9.4).</summary>
    public static string CountryOfRegion(string region)
    {
        var r = region.ToUpperInvariant();
        if (r.Length == 3 && r.StartsWith("CN", StringComparison.Ordinal) && r[2] is >= '1' and <= '4') return "CHN";
        if (r.Length == 3 && r.StartsWith("MX", StringComparison.Ordinal) && r[2] is >= '1' and <= '3') return "MEX";
        return NormaliseCountry(r);
    }

    /// <summary>WIOD's ROM is Romania (ISO3 ROU); RoW → ROW.</summary>
    public static string NormaliseCountry(string code)
    {
        var c = code.Trim().ToUpperInvariant();
        return c == "ROM" ? "ROU" : c;
    }

    /// <summary>Splits "REGION_SECTOR" at the first separator (sector codes may contain underscores; pymrio #157).</summary>
    internal static (string Region, string Suffix)? SplitLabel(string label, char separator = '_')
    {
        var k = label.IndexOf(separator);
        return k <= 0 || k == label.Length - 1 ? null : (label[..k], label[(k + 1)..]);
    }

    /// <summary>
    /// Builds the industry index from row labels: regions and sectors in order of first appearance; every region must
    /// have every sector exactly once. Returns the table index of each label.
    /// </summary>
    internal static (List<string> Regions, List<string> Sectors, Dictionary<string, int> Index) IndexRows(IReadOnlyList<string> rowLabels, string source, char separator, Func<string, string> regionName)
    {
        var regions = new List<string>(); var sectors = new List<string>();
        var parsed = new List<(string R, string S)>();
        for (var i = 0; i < rowLabels.Count; i++)
        {
            var split = SplitLabel(rowLabels[i], separator) ?? throw InputException.At(source, i + 2, $"row label '{rowLabels[i]}' is not REGION{separator}SECTOR");
            var region = regionName(split.Region);
            if (!regions.Contains(region)) regions.Add(region);
            if (!sectors.Contains(split.Suffix)) sectors.Add(split.Suffix);
            parsed.Add((region, split.Suffix));
        }
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        for (var i = 0; i < parsed.Count; i++)
        {
            if (!seen.Add(parsed[i])) throw InputException.At(source, i + 2, $"duplicate row label '{rowLabels[i]}'");
            index[rowLabels[i]] = regions.IndexOf(parsed[i].R) * sectors.Count + sectors.IndexOf(parsed[i].S);
        }
        foreach (var r in regions)
            foreach (var s in sectors)
                if (!seen.Contains((r, s))) throw InputException.At(source, 1, $"region {r} lacks sector {s} (every region needs every sector)");
        return (regions, sectors, index);
    }
}

/// <summary>Where the WIOD 2013 tables bundled with TradeScope live (embedded resources; see data/wiod2013/README.md).</summary>
public static class BundledData
{
    public const int DefaultWiodYear = 2011;
    public const int FirstWiodYear = 1995, LastWiodYear = 2011;

    /// <summary>Opens an embedded gzip file such as <c>wiot_2011_Z.csv.gz</c>, decompressed.</summary>
    internal static Stream? OpenWiod(string fileName)
    {
        return Bundled.Exists("wiod2013", fileName) ? new GZipStream(Bundled.Open("wiod2013", fileName), CompressionMode.Decompress) : null;
    }

    /// <summary>True when the year's bundled WIOD 2013 table is present.</summary>
    public static bool HasWiod(int year) => Bundled.Exists("wiod2013", $"wiot_{year}_Z.csv.gz");
}

/// <summary>
/// WIOD 2013 release (41 regions × 35 industries, 5 final-demand categories per country, US$ million), in the CSV
/// form of data/wiod2013: Z (1435×1435, label column <c>row</c>), F (1435×205, columns CTY_CAT), X (<c>row,output</c>).
/// Romania's ROM is read as ROU and RoW as ROW. Reference: Timmer et al. (2015), Review of International Economics 23: 575–605.
/// </summary>
public static class Wiod2013
{
    /// <summary>Reads wiot_YYYY_{Z,F,X}.csv(.gz) from a directory.</summary>
    public static IcioTable ReadDirectory(string directory, int year)
    {
        if (!Directory.Exists(directory)) throw InputException.Argument("--table", directory, "directory not found (layout wiod2013 expects a directory with wiot_YYYY_Z.csv, _F.csv, _X.csv)");
        string Find(string part)
        {
            foreach (var ext in new[] { ".csv", ".csv.gz" })
            {
                var p = Path.Combine(directory, $"wiot_{year}_{part}{ext}");
                if (File.Exists(p)) return p;
            }
            throw InputException.Argument("--year", year.ToString(CultureInfo.InvariantCulture), $"{Path.Combine(directory, $"wiot_{year}_{part}.csv")} not found");
        }
        string zp = Find("Z"), fp = Find("F"), xp = Find("X");
        using var z = CsvTable.OpenFile(zp); using var f = CsvTable.OpenFile(fp); using var x = CsvTable.OpenFile(xp);
        return Build(LabelledCsv.Read(z, zp), LabelledCsv.Read(f, fp), LabelledCsv.Read(x, xp), year, new Provenance(new Bilingual("WIOD 2013 release (Timmer et al. 2015), US$ million", "WIOD, выпуск 2013 г. (Timmer et al. 2015), млн долл. США"), directory));
    }

    /// <summary>Reads a bundled year (1995–2011).</summary>
    /// <exception cref="InputException">Year not bundled.</exception>
    public static IcioTable ReadBundled(int year)
    {
        if (!BundledData.HasWiod(year))
            throw InputException.Argument("--year", year.ToString(CultureInfo.InvariantCulture), $"no bundled WIOD 2013 table for this year ({BundledData.FirstWiodYear}–{BundledData.LastWiodYear} are bundled)");
        LabelledCsv Part(string p)
        {
            var name = $"wiot_{year}_{p}.csv.gz";
            using var s = BundledData.OpenWiod(name)!;
            return LabelledCsv.Read(s, $"bundled:wiod2013/{name}");
        }
        return Build(Part("Z"), Part("F"), Part("X"), year, new Provenance(new Bilingual("WIOD 2013 release (Timmer et al. 2015), US$ million; bundled with TradeScope", "WIOD, выпуск 2013 г. (Timmer et al. 2015), млн долл. США; входит в поставку TradeScope"), $"bundled:wiod2013:{year}"));
    }

    private static IcioTable Build(LabelledCsv z, LabelledCsv f, LabelledCsv x, int year, Provenance provenance)
    {
        var (regions, sectors, index) = IcioReader.IndexRows(z.RowLabels, z.Source, '_', IcioReader.NormaliseCountry);
        var n = regions.Count * sectors.Count;
        var columnIndex = new int[z.ColumnLabels.Count];
        var seenColumns = new bool[n];
        for (var k = 0; k < z.ColumnLabels.Count; k++)
        {
            if (!index.TryGetValue(z.ColumnLabels[k], out var j)) throw InputException.At(z.Source, 1, $"unknown column label '{z.ColumnLabels[k]}' (not a row label)");
            if (seenColumns[j]) throw InputException.At(z.Source, 1, $"duplicate column label '{z.ColumnLabels[k]}'");
            seenColumns[j] = true; columnIndex[k] = j;
        }
        if (z.ColumnLabels.Count != n) throw InputException.At(z.Source, 1, $"{z.ColumnLabels.Count} intermediate-use columns for {n} industries");
        var (countries, fdColumn) = FinalDemandColumns(f.ColumnLabels, f.Source, regions);
        var builder = new IcioTableBuilder(z.Source, regions, regions.Select(IcioReader.CountryOfRegion), sectors, countries)
        { Year = year, Provenance = provenance.WithNote("ROM read as ROU; RoW is ROW (rest of the world: includes KAZ, BLR, ARM, KGZ)", "ROM считается ROU; RoW — ROW (остальной мир, включая KAZ, BLR, ARM, KGZ)") };
        for (var r = 0; r < z.RowLabels.Count; r++)
        {
            var i = index[z.RowLabels[r]];
            for (var k = 0; k < columnIndex.Length; k++) builder.Intermediate[i + columnIndex[k] * n] = z.Intermediate(r, k);
        }
        if (f.RowLabels.Count != n) throw InputException.At(f.Source, 1, $"{f.RowLabels.Count} final-demand rows for {n} industries");
        for (var r = 0; r < f.RowLabels.Count; r++)
        {
            if (!index.TryGetValue(f.RowLabels[r], out var i)) throw InputException.At(f.Source, r + 2, $"unknown row label '{f.RowLabels[r]}'");
            for (var k = 0; k < f.ColumnLabels.Count; k++) builder.FinalDemand[i + fdColumn[k] * n] += f[r, k];
        }
        if (x.RowLabels.Count != n || x.ColumnLabels.Count != 1) throw InputException.At(x.Source, 1, $"expected {n} rows and one output column");
        var published = new double[n];
        for (var r = 0; r < n; r++)
        {
            if (!index.TryGetValue(x.RowLabels[r], out var i)) throw InputException.At(x.Source, r + 2, $"unknown row label '{x.RowLabels[r]}'");
            published[i] = x[r, 0];
        }
        builder.PublishedOutput = published;
        return builder.Build();
    }

    /// <summary>Maps final-demand columns CTY_CATEGORY to countries (categories summed). Every country must have the same categories.</summary>
    internal static (List<string> Countries, int[] Column) FinalDemandColumns(IReadOnlyList<string> labels, string source, IReadOnlyList<string> regions)
    {
        var countries = new List<string>();
        var categories = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var column = new int[labels.Count];
        var regionCountries = regions.Select(IcioReader.CountryOfRegion).ToHashSet(StringComparer.Ordinal);
        for (var k = 0; k < labels.Count; k++)
        {
            var split = IcioReader.SplitLabel(labels[k]) ?? throw InputException.At(source, 1, $"final-demand column '{labels[k]}' is not COUNTRY_CATEGORY");
            var country = IcioReader.NormaliseCountry(split.Region);
            if (!regionCountries.Contains(country)) throw InputException.At(source, 1, $"unknown country in final-demand column '{labels[k]}'");
            if (!countries.Contains(country)) { countries.Add(country); categories[country] = []; }
            if (!categories[country].Add(split.Suffix)) throw InputException.At(source, 1, $"duplicate final-demand column '{labels[k]}'");
            column[k] = countries.IndexOf(country);
        }
        var first = categories.Values.FirstOrDefault() ?? [];
        foreach (var (country, set) in categories)
            if (!set.SetEquals(first))
            {
                var odd = set.Except(first).Concat(first.Except(set)).First();
                throw InputException.At(source, 1, $"unknown label: final-demand category '{odd}' of {country} is not used by every country");
            }
        foreach (var rc in regionCountries)
            if (!countries.Contains(rc)) throw InputException.At(source, 1, $"country {rc} has no final-demand columns");
        return (countries, column);
    }
}

/// <summary>
/// exvatools' test layout (iciotest, wiodtest; OECD ICIO style): one CSV with a label column, n intermediate-use
/// columns labelled like the rows (CCC_SEC), then final-demand columns CCC_CATEGORY. Split blocks CN1/CN2 (MX1/MX2)
/// are regions of CHN (MEX); the aggregate CHN/MEX blocks may be present and empty (spec §7.3). No published output.
/// </summary>
public static class ExvatoolsLayout
{
    public static IcioTable Read(string path, int? year)
    {
        using var stream = CsvTable.OpenFile(path);
        var csv = LabelledCsv.Read(stream, path);
        var (regions, sectors, index) = IcioReader.IndexRows(csv.RowLabels, path, '_', r => r.ToUpperInvariant());
        var n = regions.Count * sectors.Count;
        var zColumns = new List<(int Csv, int Industry)>();
        var fdLabels = new List<string>(); var fdCsv = new List<int>();
        var seen = new bool[n];
        for (var k = 0; k < csv.ColumnLabels.Count; k++)
        {
            var label = csv.ColumnLabels[k];
            if (index.TryGetValue(label, out var j))
            {
                if (seen[j]) throw InputException.At(path, 1, $"duplicate column label '{label}'");
                seen[j] = true; zColumns.Add((k, j));
            }
            else
            {
                var split = IcioReader.SplitLabel(label);
                if (split is { } s && sectors.Contains(s.Suffix)) throw InputException.At(path, 1, $"unknown column label '{label}': region {s.Region} has no rows");
                fdLabels.Add(label); fdCsv.Add(k);
            }
        }
        var missing = Enumerable.Range(0, n).FirstOrDefault(j => !seen[j], -1);
        if (missing >= 0) throw InputException.At(path, 1, $"no intermediate-use column for industry {regions[missing / sectors.Count]}_{sectors[missing % sectors.Count]}");
        var (countries, fdColumn) = Wiod2013.FinalDemandColumns(fdLabels, path, regions);
        var builder = new IcioTableBuilder(path, regions, regions.Select(IcioReader.CountryOfRegion), sectors, countries)
        { Year = year, Provenance = new Provenance(new Bilingual("ICIO table, exvatools test layout", "межстрановая таблица «затраты — выпуск» (МТЗВ), тестовый формат exvatools"), path).WithNote("split regions (CN1/CN2, MX1/MX2) computed as parts of one country (spec §7.3)", "разделённые регионы (CN1/CN2, MX1/MX2) рассчитаны как части одной страны (спец. §7.3)") };
        for (var r = 0; r < csv.RowLabels.Count; r++)
        {
            var i = index[csv.RowLabels[r]];
            foreach (var (k, j) in zColumns) builder.Intermediate[i + j * n] = csv.Intermediate(r, k);
            for (var m = 0; m < fdCsv.Count; m++) builder.FinalDemand[i + fdColumn[m] * n] += csv[r, fdCsv[m]];
        }
        return builder.Build();
    }
}

/// <summary>
/// Generic long CSV (docs/icio-generic-layout.md): header <c>from_region,from_sector,to_region,to_use,value</c>;
/// <c>to_use</c> is a sector code (intermediate use), <c>FD</c> or <c>FD_*</c> (final demand of to_region, categories
/// summed) or <c>OUT</c> (published output of the row industry; to_region empty). Missing cells are zero; duplicates
/// are errors.
/// </summary>
public static class GenericIcioLayout
{
    public static readonly string Header = "from_region,from_sector,to_region,to_use,value";

    public static IcioTable Read(string path, int? year)
    {
        using var stream = CsvTable.OpenFile(path);
        using var reader = new StreamReader(stream);
        var header = reader.ReadLine() ?? throw InputException.At(path, 1, "empty file");
        var columns = LabelledCsv.Split(header).Select(c => c.ToLowerInvariant()).ToList();
        if (CsvTable.ForeignSeparator(path, columns) is { } separated) throw separated;
        if (!columns.SequenceEqual(Header.Split(','))) throw InputException.At(path, 1, $"header must be '{Header}'");
        var cells = new List<(string FromRegion, string FromSector, string ToRegion, string ToUse, double Value, long Line)>();
        var regions = new List<string>(); var sectors = new List<string>();
        var regionIndex = new Dictionary<string, int>(StringComparer.Ordinal); var sectorIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        string? line; long lineNo = 1;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Length == 0) continue;
            var f = LabelledCsv.Split(line);
            if (f.Count != 5) throw CsvTable.FieldCount(path, lineNo, f.Count, 5);
            var value = LabelledCsv.ParseNumber(f[4], path, lineNo, "value");
            var fromRegion = f[0].ToUpperInvariant();
            if (fromRegion.Length == 0 || f[1].Length == 0) throw InputException.At(path, lineNo, "empty from_region or from_sector");
            if (regionIndex.TryAdd(fromRegion, regions.Count)) regions.Add(fromRegion);
            if (sectorIndex.TryAdd(f[1], sectors.Count)) sectors.Add(f[1]);
            cells.Add((fromRegion, f[1], f[2].ToUpperInvariant(), f[3], value, lineNo));
        }
        if (cells.Count == 0) throw InputException.At(path, 1, "no data rows");
        var countries = new List<string>();
        foreach (var r in regions.Select(IcioReader.CountryOfRegion)) if (!countries.Contains(r)) countries.Add(r);
        var k = sectors.Count; var n = regions.Count * k;
        var builder = new IcioTableBuilder(path, regions, regions.Select(IcioReader.CountryOfRegion), sectors, countries)
        { Year = year, Provenance = new Provenance(new Bilingual("ICIO table, generic long layout", "межстрановая таблица «затраты — выпуск» (МТЗВ), универсальный длинный формат"), path) };
        var published = new double[n]; var hasPublished = new bool[n];
        var seen = new HashSet<(int, string, string)>();
        foreach (var c in cells)
        {
            var i = regionIndex[c.FromRegion] * k + sectorIndex[c.FromSector];
            if (!seen.Add((i, c.ToRegion, c.ToUse.ToUpperInvariant())))
                throw InputException.At(path, c.Line, $"duplicate cell {c.FromRegion}_{c.FromSector} → {c.ToRegion} {c.ToUse}");
            if (c.ToUse.Equals("OUT", StringComparison.OrdinalIgnoreCase))
            {
                published[i] = c.Value; hasPublished[i] = true;
            }
            else if (c.ToUse.Equals("FD", StringComparison.OrdinalIgnoreCase) || c.ToUse.StartsWith("FD_", StringComparison.OrdinalIgnoreCase))
            {
                var country = countries.IndexOf(IcioReader.NormaliseCountry(c.ToRegion));
                if (country < 0) throw InputException.At(path, c.Line, $"unknown label: final-demand country '{c.ToRegion}' is not a region of the table");
                builder.FinalDemand[i + country * n] += c.Value;
            }
            else
            {
                if (!regionIndex.TryGetValue(c.ToRegion, out var region)) throw InputException.At(path, c.Line, $"unknown label: region '{c.ToRegion}' has no rows");
                if (!sectorIndex.TryGetValue(c.ToUse, out var sector)) throw InputException.At(path, c.Line, $"unknown label: sector '{c.ToUse}' has no rows");
                if (c.Value < 0) throw NegativeFlow(path, c);
                builder.Intermediate[i + (region * k + sector) * n] = c.Value;
            }
        }
        if (hasPublished.Any(h => h))
        {
            var missing = Array.IndexOf(hasPublished, false);
            if (missing >= 0) throw InputException.At(path, 1, $"OUT given for some industries but not for {regions[missing / k]}_{sectors[missing % k]}");
            builder.PublishedOutput = published;
        }
        return builder.Build();
    }

    /// <summary>"file:line: negative intermediate flow -10 from AAA_s1 to BBB_s1; ..." at the cell's own line.</summary>
    private static InputException NegativeFlow(string path,
        (string FromRegion, string FromSector, string ToRegion, string ToUse, double Value, long Line) c) =>
        InputException.At(path, c.Line, string.Create(CultureInfo.InvariantCulture,
            $"negative intermediate flow {c.Value} from {c.FromRegion}_{c.FromSector} to {c.ToRegion}_{c.ToUse}; ") +
            "intermediate flows cannot be negative");

    /// <summary>Writes a table in the generic layout (zero cells omitted; OUT rows from the recomputed output).</summary>
    public static void Write(IcioTable table, TextWriter writer)
    {
        writer.WriteLine(Header);
        var n = table.Size; var k = table.SectorCount;
        for (var i = 0; i < n; i++)
        {
            var from = $"{table.Regions[i / k]},{table.Sectors[i % k]}";
            for (var j = 0; j < n; j++)
            {
                var z = table.Intermediate[i + j * n];
                if (z != 0) writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{from},{table.Regions[j / k]},{table.Sectors[j % k]},{z:R}"));
            }
            for (var c = 0; c < table.CountryCount; c++)
            {
                var y = table.FinalDemand[i + c * n];
                if (y != 0) writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{from},{table.Countries[c]},FD,{y:R}"));
            }
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{from},,OUT,{table.Output[i]:R}"));
        }
    }
}
