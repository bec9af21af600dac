using TradeScope.Core;
using TradeScope.Data;
using TradeScope.Indices;
using TradeScope.Model;

namespace TradeScope.Analyses;

/// <summary>One partner of a reporter: flows, every pair index (docs/methods/trade-indices.md) and year-on-year growth of the
/// flows.</summary>
/// <param name="Partner">The partner economy with its names.</param>
/// <param name="PartnerSource">Where the partner's export row comes from (reported, mirror, missing).</param>
/// <param name="Exports">X_RP, the reporter's exports to the partner (US$).</param>
/// <param name="Imports">X_PR, the partner's exports to the reporter (mirror imports of the reporter; NaN with NO_REPORTER_DATA when the
/// partner has no export row).</param>
/// <param name="Indices">Every pair index of the reporter with the partner.</param>
/// <param name="ExportsYoyPct">Growth of X_RP over the previous year (%), NaN with NO_PREVIOUS_YEAR when the data do not hold it.</param>
/// <param name="ImportsYoyPct">Growth of X_PR over the previous year (%).</param>
public sealed record PartnerIndexRow(
    CountryInfo Partner,
    FlowSource PartnerSource,
    double Exports,
    IndexValue Imports,
    PairIndices Indices,
    IndexValue ExportsYoyPct,
    IndexValue ImportsYoyPct
)
{
    /// <summary>Growth of the flows from <see cref="ReporterIndices.FromYear"/> to the year; null when no base year was asked
    /// for.</summary>
    public PeriodGrowth? Period { get; init; }
}

/// <summary>Growth of the reporter's exports to and mirror imports from a partner over a period t₀–t₁
/// (docs/methods/trade-indices.md#growth), in percent.</summary>
/// <param name="ExportsPct">100·(X_RP(t₁)/X_RP(t₀) − 1).</param>
/// <param name="ExportsAnnualPct">Compound annual rate 100·((X_RP(t₁)/X_RP(t₀))^(1/(t₁−t₀)) − 1).</param>
/// <param name="ImportsPct">The same for X_PR.</param>
/// <param name="ImportsAnnualPct">The same for X_PR, annualised.</param>
public readonly record struct PeriodGrowth(
    IndexValue ExportsPct,
    IndexValue ExportsAnnualPct,
    IndexValue ImportsPct,
    IndexValue ImportsAnnualPct
);

/// <summary>One bloc as partner of the reporter, with the membership rule applied.</summary>
public sealed record BlocIndexRow(CountryGroup Group, GroupDating Dating, DateOnly MembershipDate, BlocIndexResult Result);

/// <summary>
/// All indices of one reporter in one year against every partner economy and every bloc of a group registry, with the
/// conventions used (the result behind the <c>indices</c>, <c>blocs</c> and <c>screen</c> commands).
/// </summary>
public sealed record ReporterIndices(
    CountryInfo Reporter,
    FlowSource ReporterSource,
    IndexConventions Conventions,
    int? PreviousYear,
    IReadOnlyList<PartnerIndexRow> Partners,
    IReadOnlyList<BlocIndexRow> Blocs
)
{
    public int Year => Conventions.Year;

    /// <summary>The base year t₀ of <see cref="PartnerIndexRow.Period"/> growth, or null.</summary>
    public int? FromYear { get; init; }

    /// <summary>Warnings of the data read (e.g. rows with partner = reporter dropped from a user file), for the console.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>
    /// Computes the reporter's indices for <paramref name="year"/> from <paramref name="data"/>. Partners are all economies of the
    /// year's matrix except the reporter, sorted by ISO3. Blocs: every group of <paramref name="groups"/>; annual groups take the
    /// members on 1 July of the year, as-of groups (the sanctions list) their latest list; a reporter inside a bloc is removed from it.
    /// </summary>
    /// <param name="fromYear">Base year t₀ &lt; <paramref name="year"/> of period and annualised growth (<see
    /// cref="PartnerIndexRow.Period"/>); null for none.</param>
    /// <exception cref="InputException">The year or the base year is not in the data, the base year is not before the year,
    /// or the reporter has no exports in the year.</exception>
    public static ReporterIndices Compute(
        TradeDataset data,
        CountryCode reporter,
        int year,
        CountryRegistry countries,
        GroupRegistry groups,
        string reporterOption = AnalysesParameters.Reporter,
        string yearOption = AnalysesParameters.Year,
        int? fromYear = null,
        string fromOption = AnalysesParameters.From
    )
    {
        if (fromYear is { } f && f >= year)
            throw InputException.Argument(
                fromOption,
                f.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"the base year must be before {InputException.Mention(yearOption)} {year}"
            );
        var matrix = data.ForYear(year, yearOption);
        var r = TradeDataset.RequireReporter(matrix, reporter, reporterOption);
        var previous = data.Contains(year - 1) ? data.ForYear(year - 1, yearOption) : null;
        int rPrev = previous?.IndexOf(reporter) ?? -1;
        var start = fromYear is { } from ? data.ForYear(from, fromOption) : null;
        int rStart = start?.IndexOf(reporter) ?? -1;

        var partners = new List<PartnerIndexRow>(matrix.Count - 1);
        for (var p = 0; p < matrix.Count; p++)
        {
            if (p == r)
                continue;
            var code = matrix.Economies[p];
            var info = countries.TryGet(code, out var known) ? known : new CountryInfo(code, 0, code.Value, code.Value);
            var exports = matrix.Exports(r, p);
            var imports =
                matrix.Source(p) == FlowSource.Missing ? IndexValue.NaN(IndexReason.NoReporterData) : IndexValue.Of(matrix.Exports(p, r));
            IndexValue exportsYoy,
                importsYoy;
            if (previous is null)
                exportsYoy = importsYoy = IndexValue.NaN(IndexReason.NoPreviousYear);
            else
            {
                var pPrev = previous.IndexOf(code);
                exportsYoy = Growth.Percent(Flow(previous, rPrev, pPrev), exports);
                importsYoy = imports.HasValue ? Growth.Percent(Flow(previous, pPrev, rPrev), imports.Value) : imports;
            }
            PeriodGrowth? period = null;
            if (start is not null)
            {
                var pStart = start.IndexOf(code);
                double x0 = Flow(start, rStart, pStart),
                    m0 = Flow(start, pStart, rStart);
                var years = year - start.Year;
                period = new PeriodGrowth(
                    Growth.Percent(x0, exports),
                    Growth.CompoundAnnualPercent(x0, exports, years),
                    imports.HasValue ? Growth.Percent(m0, imports.Value) : imports,
                    imports.HasValue ? Growth.CompoundAnnualPercent(m0, imports.Value, years) : imports
                );
            }
            partners.Add(
                new(info, matrix.Source(p), exports, imports, PairIndices.Compute(matrix, r, p), exportsYoy, importsYoy) { Period = period }
            );
        }

        var blocs = new List<BlocIndexRow>(groups.Groups.Count);
        foreach (var group in groups.Groups)
        {
            var dating = groups.DatingOf(group.Id);
            var date =
                dating == GroupDating.AsOf
                    ? groups.LatestListDate(group.Id)
                    : new DateOnly(year, CountryGroup.DefaultReferenceDay.Month, CountryGroup.DefaultReferenceDay.Day);
            var definition = new BlocDefinition(group.Id, groups.MembersIn(group.Id, year));
            blocs.Add(new(group, dating, date, BlocIndexResult.Compute(matrix, reporter, definition)));
        }
        var reporterInfo = countries.TryGet(reporter, out var ri) ? ri : new CountryInfo(reporter, 0, reporter.Value, reporter.Value);
        return new(reporterInfo, matrix.Source(r), IndexConventions.Of(matrix), previous?.Year, partners, blocs)
        {
            Warnings = data.Warnings,
            FromYear = start?.Year,
        };
    }

    /// <summary>X_ij of a matrix, NaN (→ MISSING growth) when either economy is absent or the exporter's row is missing.</summary>
    private static double Flow(TradeMatrix m, int exporter, int importer) =>
        exporter < 0 || importer < 0 || m.Source(exporter) == FlowSource.Missing ? double.NaN : m.Exports(exporter, importer);
}
