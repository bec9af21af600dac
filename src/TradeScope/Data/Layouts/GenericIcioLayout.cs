using System.Globalization;
using TradeScope.Core;
using TradeScope.Model;

namespace TradeScope.Data;

/// <summary>
/// Generic long CSV (docs/icio-generic-layout.md): header <c>from_region,from_sector,to_region,to_use,value</c>;
/// <c>to_use</c> is a sector code (intermediate use), <c>FD</c> or <c>FD_*</c> (final demand of to_region, categories
/// summed) or <c>OUT</c> (published output of the row industry; to_region empty). Missing cells are zero; duplicates
/// are errors.
/// </summary>
public static class GenericIcioLayout
{
    public static readonly string Header = "from_region,from_sector,to_region,to_use,value";

    /// <summary>The layout: one file per table; a series is a directory of YYYY.csv(.gz).</summary>
    public static IcioLayout Layout { get; } =
        new(
            "generic",
            [],
            "long CSV from_region,from_sector,to_region,to_use,value; docs/icio-generic-layout.md",
            "a file in the generic layout (.gz allowed)",
            "a directory of YYYY.csv(.gz) files in the generic layout",
            Read,
            IcioLayout.YearCsv
        );

    /// <summary>Reads one table (year as given).</summary>
    public static IcioTable Read(string path, int? year)
    {
        using var stream = CsvTable.OpenFile(path);
        using var reader = TableCsv.Open(stream);
        if (!reader.MoveNext())
            throw InputException.At(path, 1, "empty file");
        var columns = TableCsv.Fields(reader.Current).Select(c => c.ToLowerInvariant()).ToList();
        if (CsvTable.ForeignSeparator(path, columns) is { } separated)
            throw separated;
        if (!columns.SequenceEqual(Header.Split(',')))
            throw InputException.At(path, 1, $"header must be '{Header}'");
        var cells = new List<(string FromRegion, string FromSector, string ToRegion, string ToUse, double Value, long Line)>();
        var regions = new List<string>();
        var sectors = new List<string>();
        var regionIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var sectorIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.MoveNext())
        {
            var row = reader.Current;
            if (TableCsv.IsBlank(row))
                continue;
            long lineNo = row.LineNumberFrom;
            if (row.ColCount != 5)
                throw CsvTable.FieldCount(path, lineNo, row.ColCount, 5);
            var value = TableCsv.Number(row[4].Span, path, lineNo, "value");
            var fromRegion = row[0].ToString().ToUpperInvariant();
            var fromSector = row[1].ToString();
            if (fromRegion.Length == 0 || fromSector.Length == 0)
                throw InputException.At(path, lineNo, "empty from_region or from_sector");
            if (regionIndex.TryAdd(fromRegion, regions.Count))
                regions.Add(fromRegion);
            if (sectorIndex.TryAdd(fromSector, sectors.Count))
                sectors.Add(fromSector);
            cells.Add((fromRegion, fromSector, row[2].ToString().ToUpperInvariant(), row[3].ToString(), value, lineNo));
        }
        if (cells.Count == 0)
            throw InputException.At(path, 1, "no data rows");
        var countries = new List<string>();
        foreach (var r in regions.Select(IcioReader.CountryOfRegion))
            if (!countries.Contains(r))
                countries.Add(r);
        var k = sectors.Count;
        var n = regions.Count * k;
        var builder = new IcioTableBuilder(path, regions, regions.Select(IcioReader.CountryOfRegion), sectors, countries)
        {
            Year = year,
            Provenance = new Provenance(
                new Bilingual(
                    "ICIO table, generic long layout",
                    "межстрановая таблица «затраты — выпуск» (МТЗВ), универсальный " +
                        "" + "длинный формат"
                ),
                path
            ),
        };
        var published = new double[n];
        var hasPublished = new bool[n];
        var seen = new HashSet<(int, string, string)>();
        foreach (var c in cells)
        {
            var i = regionIndex[c.FromRegion] * k + sectorIndex[c.FromSector];
            if (!seen.Add((i, c.ToRegion, c.ToUse.ToUpperInvariant())))
                throw InputException.At(path, c.Line, $"duplicate cell {c.FromRegion}_{c.FromSector} → {c.ToRegion} {c.ToUse}");
            if (c.ToUse.Equals("OUT", StringComparison.OrdinalIgnoreCase))
            {
                published[i] = c.Value;
                hasPublished[i] = true;
            }
            else if (
                c.ToUse.Equals("FD", StringComparison.OrdinalIgnoreCase) || c.ToUse.StartsWith("FD_", StringComparison.OrdinalIgnoreCase)
            )
            {
                var country = countries.IndexOf(IcioReader.NormaliseCountry(c.ToRegion));
                if (country < 0)
                    throw InputException.At(
                        path,
                        c.Line,
                        $"unknown label: final-demand country '{c.ToRegion}' is not a region of the table"
                    );
                builder.FinalDemand[i + country * n] += c.Value;
            }
            else
            {
                if (!regionIndex.TryGetValue(c.ToRegion, out var region))
                    throw InputException.At(path, c.Line, $"unknown label: region '{c.ToRegion}' has no rows");
                if (!sectorIndex.TryGetValue(c.ToUse, out var sector))
                    throw InputException.At(path, c.Line, $"unknown label: sector '{c.ToUse}' has no rows");
                if (c.Value < 0)
                    throw NegativeFlow(path, c);
                builder.Intermediate[i + (region * k + sector) * n] = c.Value;
            }
        }
        if (hasPublished.Any(h => h))
        {
            var missing = Array.IndexOf(hasPublished, false);
            if (missing >= 0)
                throw InputException.At(
                    path,
                    1,
                    $"OUT given for some industries but not for {regions[missing / k]}_{sectors[missing % k]}"
                );
            builder.PublishedOutput = published;
        }
        return builder.Build();
    }

    /// <summary>"file:line: negative intermediate flow -10 from AAA_s1 to BBB_s1; ..." at the cell's own line.</summary>
    private static InputException NegativeFlow(
        string path,
        (string FromRegion, string FromSector, string ToRegion, string ToUse, double Value, long Line) c
    ) =>
        InputException.At(
            path,
            c.Line,
            string.Create(
                CultureInfo.InvariantCulture,
                $"negative intermediate flow {c.Value} from {c.FromRegion}_{c.FromSector} to {c.ToRegion}_{c.ToUse}; "
            ) + "intermediate flows cannot be negative"
        );

    /// <summary>Writes a table in the generic layout (zero cells omitted; OUT rows from the recomputed output).</summary>
    public static void Write(IcioTable table, TextWriter writer)
    {
        writer.WriteLine(Header);
        var n = table.Size;
        var k = table.SectorCount;
        for (var i = 0; i < n; i++)
        {
            var from = $"{table.Regions[i / k]},{table.Sectors[i % k]}";
            for (var j = 0; j < n; j++)
            {
                var z = table.Intermediate[i + j * n];
                if (z != 0)
                    writer.WriteLine(
                        string.Create(CultureInfo.InvariantCulture, $"{from},{table.Regions[j / k]},{table.Sectors[j % k]},{z:R}")
                    );
            }
            for (var c = 0; c < table.CountryCount; c++)
            {
                var y = table.FinalDemand[i + c * n];
                if (y != 0)
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{from},{table.Countries[c]},FD,{y:R}"));
            }
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{from},,OUT,{table.Output[i]:R}"));
        }
    }
}
