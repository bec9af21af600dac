using ClosedXML.Excel;
using TradeScope.Tests.Cli;
using Xunit;

namespace TradeScope.Tests.Reports;

/// <summary>
/// XLSX reports read back with ClosedXML: sheet names in the report's language, numbers stored as numbers in their column's
/// format (estimates too, with stars in the number format), NaN cells showing their reason, computed column widths, frozen
/// header rows, and an About sheet with the summary and the provenance.
/// </summary>
public sealed class XlsxOutputTests
{
    private static XLWorkbook Workbook(params string[] args)
    {
        var path = Path.Combine(CliRunner.TempFolder(), "report.xlsx");
        var run = CliRunner.Run([.. args, "--out", path]);
        Assert.True(run.ExitCode == 0, run.Error);
        return new XLWorkbook(path);
    }

    private static int Column(IXLWorksheet sheet, string header) =>
        sheet.Row(1).CellsUsed().First(c => c.GetString() == header).Address.ColumnNumber;

    private static IXLRow RowOf(IXLWorksheet sheet, string iso3) => sheet.RowsUsed().First(r => r.Cells().Any(c => c.GetString() == iso3));

    [Theory]
    [InlineData("ru", new[] { "Описание", "ИЭЗ", "ИИТ", "Блоки", "Интроверсия", "Рейтинг", "Не отобраны" })]
    [InlineData("en", new[] { "About", "ESI", "TII", "Blocs", "STI", "Ranking", "Not screened" })]
    public void Screening_sheets_are_named_in_the_report_language_with_frozen_headers_and_computed_widths(string lang, string[] sheets)
    {
        using var book = Workbook("screen", "--reporter", "RUS", "--year", "2019", "--lang", lang);
        Assert.Equal(sheets, book.Worksheets.Select(s => s.Name));
        var esi = book.Worksheet(sheets[1]);
        Assert.Equal(1, esi.SheetView.SplitRow);
        // The partner column is as wide as its longest name (Hong Kong's), not Excel's default 8.43.
        var partner = esi.Column(3);
        var longest = esi.Column(3).CellsUsed().Skip(1).Max(c => c.GetString().Length);
        Assert.True(partner.Width >= Math.Min(longest, 60), $"width {partner.Width}, longest {longest}");
        Assert.True(esi.Column(1).Width < 12);
    }

    [Fact]
    public void Numbers_are_numbers_in_their_column_format_and_nan_cells_show_the_reason()
    {
        using var book = Workbook("indices", "--reporter", "RUS", "--year", "2019");
        var sheet = book.Worksheet("Indices");
        var tiiSym = Column(sheet, "TII symmetric");
        var china = RowOf(sheet, "CHN").Cell(tiiSym);
        Assert.Equal(XLDataType.Number, china.DataType);
        Assert.Equal("0.000", china.Style.NumberFormat.Format);
        Assert.Equal("#,0", RowOf(sheet, "CHN").Cell(Column(sheet, "Exports, US$")).Style.NumberFormat.Format);
        // Algeria did not report: the symmetric TII needs its exports.
        Assert.Equal("NaN: NO_REPORTER_DATA", RowOf(sheet, "DZA").Cell(tiiSym).GetString());
        using var ru = Workbook("indices", "--reporter", "RUS", "--year", "2019", "--lang", "ru");
        var ruSheet = ru.Worksheet("Индексы");
        Assert.Equal(
            "NaN: нет данных об экспорте " + "страны",
            RowOf(ruSheet, "DZA").Cell(Column(ruSheet, "ИИТ симметричный")).GetString()
        );
    }

    [Fact]
    public void Regression_estimates_are_stored_as_numbers_with_the_stars_in_the_number_format()
    {
        var data = Path.Combine(AppContext.BaseDirectory, "Fixtures", "fixest", "fixest_trade.csv.gz");
        using var book = Workbook("regress", "--data", data, "--formula", "log(Euros) ~ log(dist_km) | Origin + Destination + Year");
        var sheet = book.Worksheet("Regression");
        var estimate = sheet.Cell(2, 2);
        var tidy = book.Worksheet("Coefficients");
        Assert.Equal(XLDataType.Number, estimate.DataType);
        Assert.Equal(tidy.Cell(2, 3).GetDouble(), estimate.GetDouble());
        Assert.Equal("0.000\"***\"", estimate.Style.NumberFormat.Format);
        var se = sheet.Cell(3, 2);
        Assert.Equal(XLDataType.Number, se.DataType);
        Assert.Equal("\"(\"0.000\")\"", se.Style.NumberFormat.Format);
        Assert.Equal(XLDataType.Number, sheet.RowsUsed().First(r => r.Cell(1).GetString() == "Observations").Cell(2).DataType);
    }

    [Fact]
    public void About_sheet_has_the_summary_first_and_the_provenance()
    {
        using var book = Workbook("screen", "--reporter", "RUS", "--year", "2019");
        var about = book.Worksheet("About");
        var lines = about.Column(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains("all four indices", lines[1]);
        var provenance = lines.IndexOf("Provenance");
        Assert.True(provenance > 1);
        Assert.Contains(
            lines.Skip(provenance),
            l => l.StartsWith("Command: tradescope screen --reporter RUS --year 2019 --out " + "", StringComparison.Ordinal)
        );
        Assert.Contains(lines.Skip(provenance), l => l.StartsWith("TradeScope version: ", StringComparison.Ordinal));
    }
}
