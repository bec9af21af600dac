using System.Globalization;
using TradeScope.Analyses;
using TradeScope.Core;
using TradeScope.Products;
using TradeScope.Resources;

namespace TradeScope.Reports;

/// <summary>The report of the <c>lead</c> command: a summary in words, then one tidy row per unit and product group
/// (docs/methods/products.md#lead-coefficient).</summary>
public static class LeadReport
{
    /// <summary>The columns <c>member,group,group_name_en,group_name_ru,mutual_t0,…,k_a,k_a3,k_b,k_b3,reason</c>.</summary>
    public static ReportDocument Build(LeadResult result)
    {
        var (t0, t1) = (Bilingual.Same(result.Start.ToString()), Bilingual.Same(result.End.ToString()));
        ReportColumn[] columns =
        [
            ReportColumn.Txt("member", Strings.Member),
            ReportColumn.Txt("group", Strings.ProductGroup),
            new("group_name_en", Strings.GroupNameEnglish, ColumnKind.Text, ""),
            new("group_name_ru", Strings.GroupNameRussian, ColumnKind.Text, ""),
            Money("mutual_t0", nameof(Strings.MutualExportsIn), t0),
            Money("mutual_t1", nameof(Strings.MutualExportsIn), t1),
            Money("total_t0", nameof(Strings.TotalExportsIn), t0),
            Money("total_t1", nameof(Strings.TotalExportsIn), t1),
            Money("third_t0", nameof(Strings.ThirdCountryExportsIn), t0),
            Money("third_t1", nameof(Strings.ThirdCountryExportsIn), t1),
            Share("share_mutual_t0_pct", nameof(Strings.ShareInMutualExportsIn), t0),
            Share("share_mutual_t1_pct", nameof(Strings.ShareInMutualExportsIn), t1),
            Share("share_total_t0_pct", nameof(Strings.ShareInTotalExportsIn), t0),
            Share("share_total_t1_pct", nameof(Strings.ShareInTotalExportsIn), t1),
            Share("share_third_t0_pct", nameof(Strings.ShareInThirdCountryExportsIn), t0),
            Share("share_third_t1_pct", nameof(Strings.ShareInThirdCountryExportsIn), t1),
            ReportColumn.Num("k_a", Bilingual.Same("K_A"), "0.0000"),
            ReportColumn.Num("k_a3", Bilingual.Same("K_A′"), "0.0000"),
            ReportColumn.Num("k_b", Bilingual.Same("K_B"), "0.0000"),
            ReportColumn.Num("k_b3", Bilingual.Same("K_B′"), "0.0000"),
            ReportColumn.Txt("reason", Strings.ReasonForNaN),
        ];
        var rows = result.Rows.Select(Cells).ToList();
        var notes = new List<Bilingual>
        {
            Strings.Format(nameof(Strings.LeadMembersNote), Members(result), Bilingual.Same(Year(result.MembershipYear))),
            Strings.LeadVariantsNote,
        };
        notes.AddRange(result.Sources.Select(s => Strings.Format(nameof(Strings.SourceNote), s.Source, Bilingual.Same(s.Location))));
        notes.AddRange(result.Sources.SelectMany(s => s.Notes));
        var title = Strings.Format(nameof(Strings.LeadTitle), result.BlocName, result.Grouping, t0, t1);
        var table = new ReportTable("lead", title, columns, rows)
        {
            Notes = notes,
            Sheet = Strings.LeadSheet,
            Charts = [LeadBars(columns[^3]), LeadBars(columns[^5])],
        }.Validated();
        return new ReportDocument(title, [.. Summary(result).Select(p => (ReportBlock)new ParagraphBlock(p)), new TableBlock(table)]);
    }

    /// <summary>Grouped bars of a lead coefficient: product groups along the axis, one bar per member and the bloc, the
    /// threshold 1 as a dashed line.</summary>
    private static ChartHint LeadBars(ReportColumn coefficient) =>
        new(ChartKind.Grouped, Strings.Format(nameof(Strings.HtmlChartLead), coefficient.Header))
        {
            Label = ["group"],
            Series = ["member"],
            Value = coefficient.Key,
            Neutral = 1,
            XTitle = Strings.ProductGroup,
            YTitle = Strings.Format(nameof(Strings.HtmlAxisLead), coefficient.Header),
        };

    private static ReportColumn Money(string key, string header, Bilingual period) =>
        ReportColumn.Num(key, Strings.Format(header, period), "#,##0");

    private static ReportColumn Share(string key, string header, Bilingual period) =>
        ReportColumn.Num(key, Strings.Format(header, period), "0.00");

    private static object?[] Cells(LeadRow row)
    {
        var c = row.Coefficient;
        return
        [
            row.Unit,
            row.Group,
            row.GroupName.En,
            row.GroupName.Ru,
            c.Start.Mutual,
            c.End.Mutual,
            c.Start.Total,
            c.End.Total,
            c.Start.Third,
            c.End.Third,
            Cell(c.StartShares.Mutual),
            Cell(c.EndShares.Mutual),
            Cell(c.StartShares.Total),
            Cell(c.EndShares.Total),
            Cell(c.StartShares.Third),
            Cell(c.EndShares.Third),
            Cell(c.A),
            Cell(c.AThird),
            Cell(c.B),
            Cell(c.BThird),
            c.Reason.Code(),
        ];
    }

    // A NaN value is an empty cell in CSV and "NaN" elsewhere; its reason is in the row's reason column.
    private static double Cell(ProductValue value) => value.Value;

    /// <summary>The answer in words: how many member × group cells gained weight in mutual trade (K_B &gt; 1), and the
    /// bloc's groups with the largest K_B.</summary>
    private static IEnumerable<Bilingual> Summary(LeadResult result)
    {
        var members = result.Rows.Where(r => r.Unit != result.BlocId && r.Coefficient.B.HasValue).ToList();
        var bloc = result.Rows.Where(r => r.Unit == result.BlocId && r.Coefficient.B.HasValue).ToList();
        yield return Strings.Format(
            nameof(Strings.LeadSummary),
            Count(members.Count(r => r.Coefficient.B.Value > 1)),
            Count(members.Count),
            Count(bloc.Count(r => r.Coefficient.B.Value > 1)),
            Count(bloc.Count)
        );
        var top = bloc.OrderByDescending(r => r.Coefficient.B.Value).Take(3).ToList();
        if (top.Count > 0)
            yield return Strings.Format(
                nameof(Strings.LeadTopGroups),
                new Bilingual(
                    string.Join("; ", top.Select(r => $"{r.GroupName.En} ({Number(r.Coefficient.B.Value, CultureInfo.InvariantCulture)})")),
                    string.Join("; ", top.Select(r => $"{r.GroupName.Ru} ({Number(r.Coefficient.B.Value, RussianNumbers)})"))
                )
            );
    }

    private static readonly NumberFormatInfo RussianNumbers = new() { NumberDecimalSeparator = "," };

    private static string Number(double value, IFormatProvider format) => value.ToString("0.00", format);

    private static Bilingual Count(int n) => Bilingual.Same(n.ToString(CultureInfo.InvariantCulture));

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static Bilingual Members(LeadResult result) =>
        Bilingual.Same($"{result.BlocId}: {string.Join(", ", result.Members.Select(m => m.Value))}");
}
