using System.Globalization;
using TradeScope.Core;
using TradeScope.Model;

namespace TradeScope.Data;

/// <summary>
/// The bundled UN Comtrade data: merchandise exports by reporter × partner, all goods (HS TOTAL), current US$,
/// 2014–2022, reporter-reported (data/comtrade; provenance and licence in data/README.md). Read per spec §7.2 by
/// <see cref="TradeFile"/>: codes trimmed, S19 → TWN, non-country partners out of bilateral tables, X_s = World row.
/// </summary>
public static class ComtradeBundled
{
    /// <summary>The source line printed in reports.</summary>
    public const string Source = "UN Comtrade, merchandise exports, all goods (HS TOTAL), reporter-reported, current US$ (vintage mid-2023)";

    /// <summary>The bundled years, ascending.</summary>
    public static IReadOnlyList<int> Years { get; } = Bundled.List("comtrade")
        .Select(n => int.Parse(n.AsSpan(8, 4), CultureInfo.InvariantCulture)).Order().ToList();

    /// <summary>Loads the bundled years (all by default) into one matrix per year.</summary>
    /// <exception cref="InputException">A requested year is not bundled: "--year 2030: year not in the bundled data (2014-2022)".</exception>
    public static TradeDataset Load(TradeLoadOptions? options = null)
    {
        options ??= TradeLoadOptions.Default;
        var years = options.Years ?? Years;
        foreach (var y in years)
            if (!Years.Contains(y))
                throw InputException.Argument("--year", y.ToString(CultureInfo.InvariantCulture), $"year not in the bundled data ({Years[0]}-{Years[^1]})");
        var acc = new TradeAccumulator(options);
        foreach (var year in years.Distinct().Order())
        {
            var name = $"exports_{year}A.csv.gz";
            TradeFile.Read(Bundled.Materialise("comtrade", name), Bundled.Location("comtrade", name), acc);
        }
        return acc.Build(new Provenance(Source, "bundled:data/comtrade/exports_YYYYA.csv.gz"));
    }
}
