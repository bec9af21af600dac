using System.Globalization;

namespace TradeScope.Tests.Products;

/// <summary>Reads the small comma-separated fixtures of Fixtures/wits and Fixtures/ecomplexity (double-quoted fields
/// may hold commas).</summary>
internal static class FixtureCsv
{
    public static string Path(string folder, string file) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", folder, file);

    /// <summary>The rows as dictionaries keyed by the header's column names.</summary>
    public static IReadOnlyList<Dictionary<string, string>> Read(string folder, string file)
    {
        var lines = File.ReadAllLines(Path(folder, file)).Where(l => l.Length > 0).ToList();
        var header = Split(lines[0]);
        return lines.Skip(1).Select(l => header.Zip(Split(l)).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    public static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var ch in line)
        {
            if (ch == '"')
                quoted = !quoted;
            else if (ch == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
                field.Append(ch);
        }
        fields.Add(field.ToString());
        return fields;
    }
}
