using System.Globalization;
using System.IO.Compression;
using TradeScope.Core;
using TradeScope.Model;

namespace TradeScope.Data;

/// <summary>Where the WIOD 2013 tables bundled with TradeScope live (embedded resources; see data/wiod2013/README.md).</summary>
public static class BundledData
{
    public const int DefaultWiodYear = 2011;
    public const int FirstWiodYear = 1995,
        LastWiodYear = 2011;

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
    /// <summary>The layout: wiot_YYYY_{Z,F,X}.csv(.gz) in one directory (a year's table is the directory itself); the
    /// bundled tables are <c>bundled:wiod2013[:YEAR]</c>.</summary>
    public static IcioLayout Layout { get; } =
        new(
            "wiod2013",
            ["wiod"],
            "WIOD 2013 release, wiot_YYYY_{Z,F,X}.csv(.gz) in one directory, one table per year",
            "a directory with wiot_YYYY_{Z,F,X}.csv(.gz) (wiod2013 layout, a year)",
            "a wiod2013 directory with wiot_YYYY_{Z,F,X}.csv(.gz)",
            (directory, year) =>
                ReadDirectory(
                    directory,
                    year
                        ?? throw InputException.Argument(
                            DataParameters.Year,
                            null,
                            $"required with {InputException.Mention(DataParameters.Layout)} wiod2013 (the directory holds one table per " +
                                $"year)"
                        )
                ),
            LocateYear,
            new BundledIcioTables(
                "wiod2013",
                "WIOD 2013",
                BundledData.FirstWiodYear,
                BundledData.LastWiodYear,
                BundledData.DefaultWiodYear,
                BundledData.HasWiod,
                ReadBundled
            )
        );

    /// <summary>A year's table is the directory itself when it holds wiot_YYYY_Z.csv(.gz).</summary>
    private static (string? Source, string Expected) LocateYear(string directory, int year)
    {
        var z = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"wiot_{year}_Z.csv"));
        return (File.Exists(z) || File.Exists(z + ".gz") ? directory : null, z);
    }

    /// <summary>Reads wiot_YYYY_{Z,F,X}.csv(.gz) from a directory.</summary>
    public static IcioTable ReadDirectory(string directory, int year)
    {
        if (!Directory.Exists(directory))
            throw InputException.Argument(
                DataParameters.Table,
                directory,
                "directory not found (layout wiod2013 expects a directory with wiot_YYYY_Z.csv, _F.csv, _X.csv)"
            );
        string Find(string part)
        {
            foreach (var ext in new[] { ".csv", ".csv.gz" })
            {
                var p = Path.Combine(directory, $"wiot_{year}_{part}{ext}");
                if (File.Exists(p))
                    return p;
            }
            throw InputException.Argument(
                DataParameters.Year,
                year.ToString(CultureInfo.InvariantCulture),
                $"{Path.Combine(directory, $"wiot_{year}_{part}.csv")} not found"
            );
        }
        string zp = Find("Z"),
            fp = Find("F"),
            xp = Find("X");
        using var z = CsvTable.OpenFile(zp);
        using var f = CsvTable.OpenFile(fp);
        using var x = CsvTable.OpenFile(xp);
        return Build(
            LabelledCsv.Read(z, zp),
            LabelledCsv.Read(f, fp),
            LabelledCsv.Read(x, xp),
            year,
            new Provenance(
                new Bilingual(
                    "WIOD 2013 release (Timmer et al. 2015), US$ million",
                    "WIOD, выпуск 2013 г. (Timmer et al. 2015), млн долл. США"
                ),
                directory
            )
        );
    }

    /// <summary>Reads a bundled year (1995–2011).</summary>
    /// <exception cref="InputException">Year not bundled.</exception>
    public static IcioTable ReadBundled(int year)
    {
        if (!BundledData.HasWiod(year))
            throw InputException.Argument(
                DataParameters.Year,
                year.ToString(CultureInfo.InvariantCulture),
                $"no bundled WIOD 2013 table for this year ({BundledData.FirstWiodYear}–{BundledData.LastWiodYear} are bundled)"
            );
        LabelledCsv Part(string p)
        {
            var name = $"wiot_{year}_{p}.csv.gz";
            using var s = BundledData.OpenWiod(name)!;
            return LabelledCsv.Read(s, $"bundled:wiod2013/{name}");
        }
        return Build(
            Part("Z"),
            Part("F"),
            Part("X"),
            year,
            new Provenance(
                new Bilingual(
                    "WIOD 2013 release (Timmer et al. 2015), US$ million; bundled with TradeScope",
                    "WIOD, выпуск 2013 г. (Timmer et al. 2015), млн долл. США; входит в поставку TradeScope"
                ),
                $"bundled:wiod2013:{year}"
            )
        );
    }

    private static IcioTable Build(LabelledCsv z, LabelledCsv f, LabelledCsv x, int year, Provenance provenance)
    {
        var (regions, sectors, index) = IcioReader.IndexRows(z.RowLabels, z.Source, '_', IcioReader.NormaliseCountry);
        var n = regions.Count * sectors.Count;
        var columnIndex = new int[z.ColumnLabels.Count];
        var seenColumns = new bool[n];
        for (var k = 0; k < z.ColumnLabels.Count; k++)
        {
            if (!index.TryGetValue(z.ColumnLabels[k], out var j))
                throw InputException.At(z.Source, 1, $"unknown column label '{z.ColumnLabels[k]}' (not a row label)");
            if (seenColumns[j])
                throw InputException.At(z.Source, 1, $"duplicate column label '{z.ColumnLabels[k]}'");
            seenColumns[j] = true;
            columnIndex[k] = j;
        }
        if (z.ColumnLabels.Count != n)
            throw InputException.At(z.Source, 1, $"{z.ColumnLabels.Count} intermediate-use columns for {n} industries");
        var (countries, fdColumn) = FinalDemandColumns(f.ColumnLabels, f.Source, regions);
        var builder = new IcioTableBuilder(z.Source, regions, regions.Select(IcioReader.CountryOfRegion), sectors, countries)
        {
            Year = year,
            Provenance = provenance.WithNote(
                "ROM read as ROU; RoW is ROW (rest of the world: includes KAZ, BLR, ARM, KGZ)",
                "ROM считается ROU; RoW — ROW (остальной мир, включая KAZ, BLR, ARM, KGZ)"
            ),
        };
        for (var r = 0; r < z.RowLabels.Count; r++)
        {
            var i = index[z.RowLabels[r]];
            for (var k = 0; k < columnIndex.Length; k++)
                builder.Intermediate[i + columnIndex[k] * n] = z.Intermediate(r, k);
        }
        if (f.RowLabels.Count != n)
            throw InputException.At(f.Source, 1, $"{f.RowLabels.Count} final-demand rows for {n} industries");
        for (var r = 0; r < f.RowLabels.Count; r++)
        {
            if (!index.TryGetValue(f.RowLabels[r], out var i))
                throw InputException.At(f.Source, r + 2, $"unknown row label '{f.RowLabels[r]}'");
            for (var k = 0; k < f.ColumnLabels.Count; k++)
                builder.FinalDemand[i + fdColumn[k] * n] += f[r, k];
        }
        if (x.RowLabels.Count != n || x.ColumnLabels.Count != 1)
            throw InputException.At(x.Source, 1, $"expected {n} rows and one output column");
        var published = new double[n];
        for (var r = 0; r < n; r++)
        {
            if (!index.TryGetValue(x.RowLabels[r], out var i))
                throw InputException.At(x.Source, r + 2, $"unknown row label '{x.RowLabels[r]}'");
            published[i] = x[r, 0];
        }
        builder.PublishedOutput = published;
        return builder.Build();
    }

    /// <summary>Maps final-demand columns CTY_CATEGORY to countries (categories summed). Every country must have the same
    /// categories.</summary>
    internal static (List<string> Countries, int[] Column) FinalDemandColumns(
        IReadOnlyList<string> labels,
        string source,
        IReadOnlyList<string> regions
    )
    {
        var countries = new List<string>();
        var categories = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var column = new int[labels.Count];
        var regionCountries = regions.Select(IcioReader.CountryOfRegion).ToHashSet(StringComparer.Ordinal);
        for (var k = 0; k < labels.Count; k++)
        {
            var split =
                IcioReader.SplitLabel(labels[k])
                ?? throw InputException.At(source, 1, $"final-demand column '{labels[k]}' is not COUNTRY_CATEGORY");
            var country = IcioReader.NormaliseCountry(split.Region);
            if (!regionCountries.Contains(country))
                throw InputException.At(source, 1, $"unknown country in final-demand column '{labels[k]}'");
            if (!countries.Contains(country))
            {
                countries.Add(country);
                categories[country] = [];
            }
            if (!categories[country].Add(split.Suffix))
                throw InputException.At(source, 1, $"duplicate final-demand column '{labels[k]}'");
            column[k] = countries.IndexOf(country);
        }
        var first = categories.Values.FirstOrDefault() ?? [];
        foreach (var (country, set) in categories)
            if (!set.SetEquals(first))
            {
                var odd = set.Except(first).Concat(first.Except(set)).First();
                throw InputException.At(
                    source,
                    1,
                    $"unknown label: final-demand category '{odd}' of {country} is not used by every country"
                );
            }
        foreach (var rc in regionCountries)
            if (!countries.Contains(rc))
                throw InputException.At(source, 1, $"country {rc} has no final-demand columns");
        return (countries, column);
    }
}
