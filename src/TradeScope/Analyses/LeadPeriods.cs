using System.Globalization;
using TradeScope.Core;

namespace TradeScope.Analyses;

/// <summary>A period of the lead coefficient: one year, or a span of years whose values are averaged
/// (docs/methods/products.md#lead-coefficient: the same averaging applies to every term).</summary>
/// <param name="First">The first year.</param>
/// <param name="Last">The last year (equal to <paramref name="First"/> for one year).</param>
public sealed record LeadPeriod(int First, int Last)
{
    /// <summary>The years of the period, ascending.</summary>
    public IReadOnlyList<int> Years => Enumerable.Range(First, Last - First + 1).ToList();

    /// <summary>"2015" or "2015-2017".</summary>
    public override string ToString() =>
        First == Last
            ? First.ToString(CultureInfo.InvariantCulture)
            : $"{First.ToString(CultureInfo.InvariantCulture)}-{Last.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Parses "YYYY" or "YYYY-YYYY" (first ≤ last).</summary>
    /// <param name="text">The text typed by the user.</param>
    /// <param name="parameter">The parameter named in the error (see <see cref="AnalysesParameters"/>).</param>
    /// <exception cref="InputException">Not a year or a span of years.</exception>
    public static LeadPeriod Parse(string? text, string parameter)
    {
        var trimmed = text?.Trim() ?? "";
        var parts = trimmed.Split('-');
        if (parts.Length is 1 or 2 && parts.All(IsYear))
        {
            var first = int.Parse(parts[0], CultureInfo.InvariantCulture);
            var last = int.Parse(parts[^1], CultureInfo.InvariantCulture);
            if (first <= last)
                return new LeadPeriod(first, last);
        }
        throw InputException.Argument(parameter, text, "expected a year YYYY or a span YYYY-YYYY with the first year not after the last");
    }

    private static bool IsYear(string part) =>
        part.Length == 4 && int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100;
}
