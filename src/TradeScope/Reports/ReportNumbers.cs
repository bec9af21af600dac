using System.Globalization;

namespace TradeScope.Reports;

/// <summary>
/// The one place where human-readable reports format numbers: English uses the decimal point and comma grouping
/// (invariant culture), Russian the decimal comma and a no-break space for grouping (as GOST 8.417 and Russian
/// typesetting write numbers). Machine formats (CSV, JSON) never use this: they are invariant.
/// </summary>
public static class ReportNumbers
{
    /// <summary>Russian number format built explicitly so it does not depend on the ICU data of the machine.</summary>
    private static readonly NumberFormatInfo Russian = CreateRussian();

    /// <summary>The number format of a report language.</summary>
    public static NumberFormatInfo Of(Language language) => language == Language.Ru ? Russian : NumberFormatInfo.InvariantInfo;

    /// <summary>A number in a .NET numeric format for a report in <paramref name="language"/>; NaN is "NaN".</summary>
    public static string Format(double value, string format, Language language) =>
        double.IsNaN(value) ? "NaN" : value.ToString(format, Of(language));

    /// <summary>An integer for a report in <paramref name="language"/>.</summary>
    public static string Format(long value, string format, Language language) => value.ToString(format, Of(language));

    private static NumberFormatInfo CreateRussian()
    {
        var info = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        info.NumberDecimalSeparator = ",";
        info.NumberGroupSeparator = "\u00A0";
        info.PercentDecimalSeparator = ",";
        info.PercentGroupSeparator = "\u00A0";
        return NumberFormatInfo.ReadOnly(info);
    }
}
