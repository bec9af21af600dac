// Writes a SYNTHETIC series in the OECD ICIO 2023 small layout (YYYY_SML.csv, 1995-2020): the 77 economies of the
// 2023 edition, but only 9 of its 45 industries and random flows (SyntheticIcio.Oecd2023Small), to try
// `rvc-regress --layout oecd` without the OECD files. Its numbers mean nothing.
// Usage (from the repository root): dotnet run docs/rvc/oecd-synthetic.cs -- DIR
#:project ../../src/TradeScope/TradeScope.csproj
using TradeScope.Data;

string[] industries = ["C10T12", "C20", "C21", "C26", "C29", "C30", "C31T33", "D", "G"];
var dir = args.Length == 1 ? args[0] : throw new ArgumentException("usage: dotnet run docs/rvc/oecd-synthetic.cs -- DIR");
Directory.CreateDirectory(dir);
for (var year = 1995; year <= 2020; year++)
{
    var table = SyntheticIcio.Oecd2023Small(seed: year, industries, foreignDensity: 0.3);
    using var writer = new StreamWriter(Path.Combine(dir, $"{year}_SML.csv"));
    OecdIcioLayout.Write(table, writer, OecdIcioEdition.Edition2023, numberFormat: "G10");
}
Console.Error.WriteLine($"wrote 26 synthetic tables (1995-2020) to {dir}");
