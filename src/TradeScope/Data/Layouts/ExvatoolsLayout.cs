using System.Globalization;
using TradeScope.Core;
using TradeScope.Model;

namespace TradeScope.Data;

/// <summary>
/// exvatools' test layout (iciotest, wiodtest; OECD ICIO style): one CSV with a label column, n intermediate-use
/// columns labelled like the rows (CCC_SEC), then final-demand columns CCC_CATEGORY. Split blocks CN1/CN2 (MX1/MX2)
/// are regions of CHN (MEX); the aggregate CHN/MEX blocks may be present and empty (docs/methods/value-chains.md#table-conventions). No
/// published output.
/// </summary>
public static class ExvatoolsLayout
{
    /// <summary>The layout: one file per table; a series is a directory of YYYY.csv(.gz).</summary>
    public static IcioLayout Layout { get; } =
        new(
            "exvatools",
            ["icio"],
            "exvatools test layout, one CSV: label column, CCC_SEC intermediate-use columns, then CCC_CAT final demand",
            "a file in the exvatools layout (.gz allowed)",
            "a directory of YYYY.csv(.gz) files in the exvatools layout",
            Read,
            IcioLayout.YearCsv
        );

    /// <summary>Reads one table (no published output; year as given).</summary>
    public static IcioTable Read(string path, int? year)
    {
        using var stream = CsvTable.OpenFile(path);
        var csv = LabelledCsv.Read(stream, path);
        var (regions, sectors, index) = IcioReader.IndexRows(csv.RowLabels, path, '_', r => r.ToUpperInvariant());
        var n = regions.Count * sectors.Count;
        var zColumns = new List<(int Csv, int Industry)>();
        var fdLabels = new List<string>();
        var fdCsv = new List<int>();
        var seen = new bool[n];
        for (var k = 0; k < csv.ColumnLabels.Count; k++)
        {
            var label = csv.ColumnLabels[k];
            if (index.TryGetValue(label, out var j))
            {
                if (seen[j])
                    throw InputException.At(path, 1, $"duplicate column label '{label}'");
                seen[j] = true;
                zColumns.Add((k, j));
            }
            else
            {
                var split = IcioReader.SplitLabel(label);
                if (split is { } s && sectors.Contains(s.Suffix))
                    throw InputException.At(path, 1, $"unknown column label '{label}': region {s.Region} has no rows");
                fdLabels.Add(label);
                fdCsv.Add(k);
            }
        }
        var missing = Enumerable.Range(0, n).FirstOrDefault(j => !seen[j], -1);
        if (missing >= 0)
            throw InputException.At(
                path,
                1,
                $"no intermediate-use column for industry {regions[missing / sectors.Count]}_{sectors[missing % sectors.Count]}"
            );
        var (countries, fdColumn) = Wiod2013.FinalDemandColumns(fdLabels, path, regions);
        var builder = new IcioTableBuilder(path, regions, regions.Select(IcioReader.CountryOfRegion), sectors, countries)
        {
            Year = year,
            Provenance = new Provenance(
                new Bilingual(
                    "ICIO table, exvatools test layout",
                    "межстрановая таблица «затраты — выпуск» (МТЗВ), тестовый " +
                        "" + "формат exvatools"
                ),
                path
            ).WithNote(
                "split regions (CN1/CN2, MX1/MX2) computed as parts of one country (docs/methods/value-chains.md#table-conventions)",
                "разделённые регионы (CN1/CN2, MX1/MX2) рассчитаны как части одной страны "
                    + "(docs/methods/value-chains.md#table-conventions)"
            ),
        };
        for (var r = 0; r < csv.RowLabels.Count; r++)
        {
            var i = index[csv.RowLabels[r]];
            foreach (var (k, j) in zColumns)
                builder.Intermediate[i + j * n] = csv.Intermediate(r, k);
            for (var m = 0; m < fdCsv.Count; m++)
                builder.FinalDemand[i + fdColumn[m] * n] += csv[r, fdCsv[m]];
        }
        return builder.Build();
    }
}
