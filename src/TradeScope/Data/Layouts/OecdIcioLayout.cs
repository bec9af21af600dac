using System.Globalization;
using System.Text.RegularExpressions;
using TradeScope.Core;
using TradeScope.Model;

namespace TradeScope.Data;

/// <summary>The OECD ICIO editions whose file layout TradeScope knows (docs/methods/value-chains.md#oecd-icio).</summary>
public enum OecdIcioEdition
{
    /// <summary>2018 edition (2005–2015): industries <c>01T03</c>, final demand HFCE … P33, rows CCC_TAXSUB, VALU,
    /// OUTPUT, column TOTAL.</summary>
    Edition2018,

    /// <summary>2021 edition (1995–2018): industries <c>01T02</c>, final demand HFCE … DPABR, rows CCC_TAXSUB, VALU,
    /// OUTPUT, column TOTAL.</summary>
    Edition2021,

    /// <summary>2023 edition (1995–2020): industries <c>A01_02</c>, final demand HFCE … DPABR, rows TLS, VA, OUT, column
    /// OUT.</summary>
    Edition2023,
}

/// <summary>
/// OECD Inter-Country Input-Output tables (docs/methods/value-chains.md#oecd-icio): one CSV per year, a label column,
/// industry rows <c>CCC_IND</c> (split at the first underscore: 2023 industry codes such as <c>A01_02</c> contain one),
/// then tax rows (<c>TLS</c>, or one <c>CCC_TAXSUB</c> per country), value added (<c>VA</c> or <c>VALU</c>) and output
/// (<c>OUT</c> or <c>OUTPUT</c>); intermediate-use columns labelled like the rows, six final-demand columns
/// <c>CCC_HFCE</c> … per country, and the output column (<c>OUT</c> or <c>TOTAL</c>). Read by label, never by position,
/// so aggregated or partial tables in the same layout read too. Extended tables keep China's and Mexico's parts
/// (CN1/CN2, MX1/MX2) as regions of CHN and MEX next to their empty aggregate blocks, as <see cref="ExvatoolsLayout"/>
/// does; small (<c>_SML</c>) tables have them merged. Files are <c>.csv</c>, <c>.csv.gz</c> or the distributed
/// <c>.zip</c> bundles (one member per year).
/// </summary>
public static class OecdIcioLayout
{
    /// <summary>The layout: a CSV, gzip or ZIP file; a series is a directory whose file or member names carry the year.</summary>
    public static IcioLayout Layout { get; } =
        new(
            "oecd",
            ["oecd-icio"],
            "OECD ICIO tables, editions 2023, 2021 and 2018, small or extended (CN1/CN2, MX1/MX2): CCC_IND labels, "
                + "TLS/VA/OUT rows, six final-demand columns per country",
            "a file in the OECD ICIO layout (.csv, .csv.gz, or a .zip bundle: the year picks the member)",
            "a directory of OECD ICIO files or .zip bundles (the year is read from the file or member name, e.g. 2019_SML.csv)",
            Read,
            LocateYear
        );

    /// <summary>Final-demand components of the 2018–2023 editions (2018 has P33 where later editions have DPABR): household
    /// consumption, non-profit institutions, government, fixed capital formation, inventories, direct purchases abroad.</summary>
    public static IReadOnlyList<string> FinalDemandCodes { get; } = ["HFCE", "NPISH", "GGFC", "GFCF", "INVNT", "DPABR", "P33"];

    /// <summary>Labels of the rows that are not industries: taxes less subsidies, value added, output.</summary>
    private static readonly HashSet<string> SpecialRows = new(["TLS", "VA", "OUT", "VALU", "OUTPUT"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Labels of the output (row total) column.</summary>
    private static readonly HashSet<string> OutputColumns = new(["OUT", "TOTAL"], StringComparer.OrdinalIgnoreCase);

    private static readonly Regex YearPattern = new(@"(?<![0-9])(19[0-9]{2}|20[0-9]{2})(?![0-9])", RegexOptions.CultureInvariant);

    /// <summary>The year in a file or member name: the last four-digit year in it (<c>ICIO2021_2018.csv</c> → 2018,
    /// <c>2019_SML.csv</c> → 2019), or null.</summary>
    public static int? YearOfName(string name)
    {
        var matches = YearPattern.Matches(Path.GetFileName(name));
        return matches.Count == 0 ? null : int.Parse(matches[^1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>True for a table file name: <c>.csv</c> or <c>.csv.gz</c>, any case.</summary>
    private static bool IsCsvName(string name) =>
        name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".csv.gz", StringComparison.OrdinalIgnoreCase);

    private static bool IsZipName(string name) => name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// In a directory of OECD files: the <c>.csv</c>/<c>.csv.gz</c> file whose name carries the year, or the <c>.zip</c>
    /// bundle with a member for it (read with the year, which picks the member).
    /// </summary>
    /// <exception cref="InputException">Two tables for the year.</exception>
    public static (string? Source, string Expected) LocateYear(string directory, int year)
    {
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal))
        {
            if (IsCsvName(file) && YearOfName(file) == year)
                found.Add(file);
            else if (IsZipName(file) && IcioZip.TryMembers(file) is { } members && members.Any(m => YearOfName(m) == year))
                found.Add(file);
        }
        var y = year.ToString(CultureInfo.InvariantCulture);
        if (found.Count > 1)
            throw InputException.Argument(
                DataParameters.Tables,
                directory,
                $"{found.Count} tables for {y} ({string.Join(", ", found.Select(Path.GetFileName))}); keep one"
            );
        var expected = $"{Path.Combine(directory, $"*{y}*.csv")} (or .csv.gz, or a .zip bundle with such a member)";
        return (found.Count == 1 ? found[0] : null, expected);
    }

    /// <summary>Reads one table: a CSV or gzip file, or the member of a ZIP bundle for <paramref name="year"/> (the only
    /// member when no year is given). The table's year is the one given, else the one in the file or member name.</summary>
    /// <exception cref="InputException">Missing or damaged file, no member for the year, malformed table (one line naming
    /// the file, the member and the label).</exception>
    public static IcioTable Read(string path, int? year)
    {
        if (IsZipName(path))
        {
            using var archive = IcioZip.OpenArchive(path);
            var member = IcioZip.Member(archive, path, year, YearOfName);
            IcioZip.Verify(archive, path, member);
            using var entry = archive.GetEntry(member)!.Open();
            return Read(entry, IcioZip.Display(path, member), year ?? YearOfName(member));
        }
        using var stream = CsvTable.OpenFile(path);
        return Read(stream, path, year ?? YearOfName(path));
    }

    /// <summary>Reads a table from CSV text; <paramref name="source"/> names it in messages.</summary>
    public static IcioTable Read(Stream stream, string source, int? year)
    {
        var csv = LabelledCsv.Read(stream, source);
        var rows = IndustryRows(csv);
        var (regions, sectors) = (rows.Regions, rows.Sectors);
        var n = regions.Count * sectors.Count;
        var columns = ClassifyColumns(csv, rows);
        var (countries, fdColumn) = Wiod2013.FinalDemandColumns(
            columns.FinalDemand.Select(k => csv.ColumnLabels[k]).ToList(),
            source,
            regions
        );
        var edition = EditionOf(csv, sectors);
        var extended = regions.Any(r => IcioReader.CountryOfRegion(r) != r);
        var builder = new IcioTableBuilder(source, regions, regions.Select(IcioReader.CountryOfRegion), sectors, countries)
        {
            Year = year,
            Provenance = Provenance(source, edition, extended),
        };
        var published = columns.Output is null ? null : new double[n];
        CopyIntermediate(csv, rows, columns, builder.Intermediate, n);
        for (var r = 0; r < csv.RowLabels.Count; r++)
        {
            var i = rows.IndexOfRow[r];
            if (i < 0)
                continue;
            for (var m = 0; m < columns.FinalDemand.Count; m++)
                builder.FinalDemand[i + fdColumn[m] * n] += csv[r, columns.FinalDemand[m]];
            if (published is not null)
                published[i] = csv[r, columns.Output!.Value];
        }
        builder.PublishedOutput = published;
        return builder.Build();
    }

    /// <summary>Z from the row-major cells into the column-major matrix, in blocks of rows so that the writes into each
    /// column stay together (a cell-by-cell transposition of a full-size table misses the cache on every write).</summary>
    /// <exception cref="InputException">A negative intermediate flow (file:line, row and column).</exception>
    private static void CopyIntermediate(LabelledCsv csv, Rows rows, Columns columns, Span<double> z, int n)
    {
        const int block = 32;
        var values = csv.Values;
        var width = csv.ColumnLabels.Count;
        var industryRows = Enumerable.Range(0, csv.RowLabels.Count).Where(r => rows.IndexOfRow[r] >= 0).ToArray();
        var source = columns.Intermediate.Select(c => c.Csv).ToArray();
        var target = columns.Intermediate.Select(c => c.Industry * n).ToArray();
        for (var first = 0; first < industryRows.Length; first += block)
        {
            var end = Math.Min(first + block, industryRows.Length);
            for (var c = 0; c < source.Length; c++)
                for (var t = first; t < end; t++)
                {
                    var r = industryRows[t];
                    var value = values[r * width + source[c]];
                    z[rows.IndexOfRow[r] + target[c]] = value < 0 ? csv.Intermediate(r, source[c]) : value;
                }
        }
    }

    /// <summary>The industry rows (in file order of first appearance of each economy and industry), the index of each CSV
    /// row in the table (−1 for tax, value-added and output rows).</summary>
    private sealed record Rows(List<string> Regions, List<string> Sectors, int[] IndexOfRow, Dictionary<string, int> IndexOfLabel);

    private static Rows IndustryRows(LabelledCsv csv)
    {
        var regions = new List<string>();
        var sectors = new List<string>();
        var parsed = new (string Region, string Sector)?[csv.RowLabels.Count];
        for (var r = 0; r < csv.RowLabels.Count; r++)
        {
            var label = csv.RowLabels[r];
            if (SpecialRows.Contains(label) || label.EndsWith("_TAXSUB", StringComparison.OrdinalIgnoreCase))
                continue;
            var split =
                IcioReader.SplitLabel(label)
                ?? throw InputException.At(
                    csv.Source,
                    csv.RowLines[r],
                    $"row label {InputText.Quote(label)} is neither COUNTRY_INDUSTRY nor TLS, VA, OUT (VALU, OUTPUT, CCC_TAXSUB)"
                );
            var region = split.Region.ToUpperInvariant();
            if (!regions.Contains(region))
                regions.Add(region);
            if (!sectors.Contains(split.Suffix))
                sectors.Add(split.Suffix);
            parsed[r] = (region, split.Suffix);
        }
        if (regions.Count == 0)
            throw new InputException($"{csv.Source}: no industry rows (labels COUNTRY_INDUSTRY such as AUS_A01_02)");
        var index = new int[csv.RowLabels.Count];
        var byLabel = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        for (var r = 0; r < parsed.Length; r++)
        {
            index[r] = -1;
            if (parsed[r] is not { } p)
                continue;
            if (!seen.Add(p))
                throw InputException.At(csv.Source, csv.RowLines[r], $"duplicate row label {InputText.Quote(csv.RowLabels[r])}");
            index[r] = regions.IndexOf(p.Region) * sectors.Count + sectors.IndexOf(p.Sector);
            byLabel[$"{p.Region}_{p.Sector}"] = index[r];
        }
        foreach (var region in regions)
            foreach (var sector in sectors)
                if (!seen.Contains((region, sector)))
                    throw new InputException(
                        $"{csv.Source}: no row {region}_{sector}: the industry block of {region} lacks {sector} "
                            + "(every economy needs every industry)"
                    );
        return new Rows(regions, sectors, index, byLabel);
    }

    /// <summary>CSV column indices: intermediate use (with the industry), final demand, output.</summary>
    private sealed record Columns(List<(int Csv, int Industry)> Intermediate, List<int> FinalDemand, int? Output);

    private static Columns ClassifyColumns(LabelledCsv csv, Rows rows)
    {
        var n = rows.Regions.Count * rows.Sectors.Count;
        var intermediate = new List<(int, int)>();
        var finalDemand = new List<int>();
        int? output = null;
        var seen = new bool[n];
        for (var k = 0; k < csv.ColumnLabels.Count; k++)
        {
            var label = csv.ColumnLabels[k];
            var split = IcioReader.SplitLabel(label);
            var key = split is { } s ? $"{s.Region.ToUpperInvariant()}_{s.Suffix}" : label;
            if (OutputColumns.Contains(label))
            {
                if (output is not null)
                    throw DuplicateColumn(csv, label);
                output = k;
            }
            else if (rows.IndexOfLabel.TryGetValue(key, out var j))
            {
                if (seen[j])
                    throw DuplicateColumn(csv, label);
                seen[j] = true;
                intermediate.Add((k, j));
            }
            else if (split is { } fd && FinalDemandCodes.Contains(fd.Suffix, StringComparer.OrdinalIgnoreCase))
                finalDemand.Add(k);
            else if (split is { } other && rows.Sectors.Contains(other.Suffix))
                throw InputException.At(
                    csv.Source,
                    1,
                    $"unknown column label {InputText.Quote(label)}: economy {other.Region} has no industry rows"
                );
            else
                throw InputException.At(
                    csv.Source,
                    1,
                    $"unknown column label {InputText.Quote(InputText.Clip(label, 40))}: neither an industry of the rows, "
                        + $"final demand COUNTRY_{string.Join("|", FinalDemandCodes)}, nor OUT/TOTAL"
                );
        }
        var missing = Array.IndexOf(seen, false);
        if (missing >= 0)
        {
            var (region, sector) = (rows.Regions[missing / rows.Sectors.Count], rows.Sectors[missing % rows.Sectors.Count]);
            throw InputException.At(csv.Source, 1, $"no intermediate-use column {region}_{sector} (the row exists)");
        }
        return new Columns(intermediate, finalDemand, output);
    }

    private static InputException DuplicateColumn(LabelledCsv csv, string label) =>
        InputException.At(csv.Source, 1, $"duplicate column label {InputText.Quote(label)}");

    /// <summary>The edition from the content (labels), not the file name; null when the labels do not tell.</summary>
    private static OecdIcioEdition? EditionOf(LabelledCsv csv, IReadOnlyList<string> sectors)
    {
        bool Row(string label) => csv.RowLabels.Contains(label, StringComparer.OrdinalIgnoreCase);
        bool FdCode(string code) => csv.ColumnLabels.Any(c => c.EndsWith("_" + code, StringComparison.OrdinalIgnoreCase));
        if (Row("TLS") || Row("VA") || sectors.Any(s => s.Length > 0 && char.IsAsciiLetter(s[0])))
            return OecdIcioEdition.Edition2023;
        if (FdCode("P33"))
            return OecdIcioEdition.Edition2018;
        return FdCode("DPABR") || Row("VALU") ? OecdIcioEdition.Edition2021 : null;
    }

    private static Provenance Provenance(string source, OecdIcioEdition? edition, bool extended)
    {
        var year = edition switch
        {
            OecdIcioEdition.Edition2018 => "2018",
            OecdIcioEdition.Edition2021 => "2021",
            OecdIcioEdition.Edition2023 => "2023",
            _ => null,
        };
        var en = year is null ? "OECD ICIO table (edition not identified from the labels)" : $"OECD ICIO table, {year} edition";
        var ru = year is null ? "МТЗВ ОЭСР (ICIO; выпуск по меткам не " +
            "" + "определён)" : $"МТЗВ ОЭСР (ICIO), выпуск {year} г.";
        var provenance = new Provenance(new Bilingual(en + ", US$ million", ru + ", млн долл. США"), source);
        return extended
            ? provenance.WithNote(
                "extended table: China's and Mexico's parts (CN1/CN2, MX1/MX2) computed as parts of one country "
                    + "(docs/methods/value-chains.md#china-mexico-split)",
                "расширенная таблица: части Китая и Мексики (CN1/CN2, MX1/MX2) рассчитаны "
                    + "как части одной страны "
                    + "(docs/methods/value-chains.md#china-mexico-split)"
            )
            : provenance.WithNote(
                "small table: China and Mexico merged (docs/methods/value-chains.md#china-mexico-split)",
                "малая таблица: Китай и Мексика без разделения " +
                    "" + "(docs/methods/value-chains.md#china-mexico-split)"
            );
    }

    /// <summary>
    /// Writes a table in the OECD ICIO layout of <paramref name="edition"/> (for tests, benchmarks and the synthetic
    /// full-size table): a label column, the industry rows in table order, the tax rows (all zero: the table has no
    /// tax detail), value added (X − 1'Z) and output rows; intermediate-use columns, six final-demand columns per
    /// country (the country's final demand in HFCE, the other five zero) and the output column (recomputed X). A table
    /// with split regions (CN1/CN2, MX1/MX2) gives the extended layout, one without them the small one.
    /// </summary>
    /// <param name="industryCode">Industry code written for each sector (default: the sector code as it is).</param>
    /// <param name="numberFormat">Format of the numbers: "R" (round trip, the default) or e.g. "G15".</param>
    public static void Write(
        IcioTable table,
        TextWriter writer,
        OecdIcioEdition edition,
        Func<string, string>? industryCode = null,
        string numberFormat = "R"
    )
    {
        var n = table.Size;
        var k = table.SectorCount;
        var codes = FinalDemandCodesOf(edition);
        var label = (int i) => $"{table.Regions[i / k]}_{(industryCode ?? (s => s))(table.Sectors[i % k])}";
        var modern = edition == OecdIcioEdition.Edition2023;
        var buffer = new char[64];
        void Cell(double value)
        {
            writer.Write(',');
            if (!value.TryFormat(buffer, out var written, numberFormat, CultureInfo.InvariantCulture))
                throw new InvalidOperationException("number format too long");
            writer.Write(buffer, 0, written);
        }
        writer.Write(modern ? "V1" : "\"\"");
        for (var j = 0; j < n; j++)
            writer.Write("," + label(j));
        foreach (var country in table.Countries)
            foreach (var code in codes)
                writer.Write($",{country}_{code}");
        writer.WriteLine(modern ? ",OUT" : ",TOTAL");
        for (var i = 0; i < n; i++)
        {
            writer.Write(label(i));
            for (var j = 0; j < n; j++)
                Cell(table.Z(i, j));
            for (var c = 0; c < table.CountryCount; c++)
            {
                Cell(table.Y(i, c));
                for (var m = 1; m < codes.Count; m++)
                    writer.Write(",0");
            }
            Cell(table.Output[i]);
            writer.WriteLine();
        }
        void Special(string name, ReadOnlySpan<double> values)
        {
            writer.Write(name);
            foreach (var v in values)
                Cell(v);
            for (var m = 0; m <= table.CountryCount * codes.Count; m++)
                writer.Write(",0");
            writer.WriteLine();
        }
        var zeros = new double[n];
        if (modern)
            Special("TLS", zeros);
        else
            foreach (var country in table.Countries)
                Special($"{country}_TAXSUB", zeros);
        Special(modern ? "VA" : "VALU", table.ValueAdded);
        Special(modern ? "OUT" : "OUTPUT", table.Output);
    }

    /// <summary>The six final-demand codes of an edition, in file order.</summary>
    public static IReadOnlyList<string> FinalDemandCodesOf(OecdIcioEdition edition) =>
        edition == OecdIcioEdition.Edition2018
            ? ["HFCE", "NPISH", "GGFC", "GFCF", "INVNT", "P33"]
            : ["HFCE", "NPISH", "GGFC", "GFCF", "INVNT", "DPABR"];
}
