using TradeScope.ValueChains;
using TradeScope.ValueChains.Decompositions;
using Xunit;
using static TradeScope.Tests.ValueChains.IcioTestSupport;

namespace TradeScope.Tests.ValueChains;

/// <summary>Spec §6.6 and §5.5: 3 countries × 1 industry, every printed value to its printed precision.</summary>
public sealed class WorkedExampleTests
{
    private static readonly string[] Countries = ["P", "Q", "R"];
    private static readonly List<string[]> Rows = Csv(Fixture("spec", "worked_example_6_6.csv")).Skip(1).ToList();

    private static Model.IcioTable Table()
    {
        var z = new double[3, 3];
        var y = new double[3, 3];
        foreach (var r in Rows.Where(r => r[0] is "Z" or "Y"))
            (r[0] == "Z" ? z : y)[Array.IndexOf(Countries, r[1]), Array.IndexOf(Countries, r[2])] = double.Parse(
                r[4],
                System.Globalization.CultureInfo.InvariantCulture
            );
        return IcioTestSupport.Table(Countries, ["all"], z, y);
    }

    private static int C(string c) => Array.IndexOf(Countries, c);

    private static IEnumerable<string[]> Kind(string kind) => Rows.Where(r => r[0] == kind);

    [Fact]
    public void Output_coefficients_and_inverses()
    {
        var system = Leontief(Table());
        var acc = new ValueAddedAccounts(system, EconomyPartition.ByCountry(system.Table));
        foreach (var r in Kind("X"))
            Printed(r[4], system.Table.Output[C(r[1])], $"X {r[1]}");
        foreach (var r in Kind("v"))
            Printed(r[4], system.ValueAddedCoefficients[C(r[1])], $"v {r[1]}");
        foreach (var r in Kind("A"))
            Printed(r[4], system.A(C(r[1]), C(r[2])), $"A {r[1]}{r[2]}");
        foreach (var r in Kind("B"))
            Printed(r[4], system.B(C(r[1]), C(r[2])), $"B {r[1]}{r[2]}");
        foreach (var r in Kind("L"))
            Printed(r[4], acc.LocalInverse(C(r[1]))[0], $"L {r[1]}");
        foreach (var r in Kind("VBE"))
            Printed(r[4], ExportDecomposition.ValueAddedInExports(acc, C(r[1]), C(r[2])), $"VBE {r[1]}{r[2]}");
    }

    [Fact]
    public void Tiva_indicators()
    {
        var result = GvcAnalysis.Run(Leontief(Table()), TivaDecomposition.Method, "all", detail: true);
        double Get(string exporter, string term, string importer = "", string source = "") =>
            result
                .Rows.Single(x =>
                    x.Exporter == exporter && x.Term.Label == term && x.Importer == importer && x.SourceCountry == source && x.Sector == ""
                )
                .Value;
        foreach (var r in Kind("tiva"))
        {
            var value = r[3] == "DDC+IDC" ? Get(r[1], "EXGR_DDC") + Get(r[1], "EXGR_IDC") : Get(r[1], r[3]);
            Printed(r[4], value, $"{r[1]} {r[3]}");
        }
        foreach (var r in Kind("ffd"))
            Printed(r[4], Get(r[1], "FFD_DVA", importer: r[2]), $"FFD_DVA {r[1]}→{r[2]}");
        foreach (var r in Kind("part"))
        {
            var value = r[3] switch
            {
                "DEXFVAPSH" => Get(r[1], "DEXFVAPSH", source: r[2]),
                "FEXDVAPSH" => Get(r[1], "FEXDVAPSH", importer: r[2]),
                "EXGR_DVAFX" => Get(r[1], "EXGR_DVAFX"),
                _ => double.NaN,
            };
            if (!double.IsNaN(value))
                Printed(r[4], value, $"{r[1]} {r[3]} {r[2]}");
        }
        // Identities of §6.1 on every exporter.
        foreach (var c in Countries)
        {
            Relative(Get(c, "EXGR"), Get(c, "EXGR_DVA") + Get(c, "EXGR_FVA"), 1e-12, $"{c} DVA + FVA = EXGR");
            Relative(Get(c, "EXGR_DVA"), Get(c, "EXGR_DDC") + Get(c, "EXGR_IDC") + Get(c, "EXGR_RIM"), 1e-12, $"{c} DDC + IDC + RIM = DVA");
        }
    }

    [Fact]
    public void Kww_terms()
    {
        var result = GvcAnalysis.Run(Leontief(Table()), KwwDecomposition.Method, "P", detail: true);
        foreach (var r in Kind("kww"))
        {
            var term = Term.Of((KwwTerm)(int.Parse(r[3]) - 1)).Label; // KWW numbers terms 1–9 as Figure 1
            Printed(r[4], result.Rows.Single(x => x.Term.Label == term && x.Exporter == "P").Value, $"KWW {r[3]} {term}");
        }
    }

    [Fact]
    public void Wwz_terms()
    {
        var system = Leontief(Table());
        var acc = new ValueAddedAccounts(system, EconomyPartition.ByCountry(system.Table));
        var w = ExportDecomposition.Wwz(acc, C("P"));
        foreach (var r in Kind("wwz"))
            Printed(r[4], w[C(r[2]), (WwzTerm)(int.Parse(r[3][1..]) - 1), 0], $"WWZ {r[1]}→{r[2]} {r[3]}");
        for (var s = 0; s < 3; s++)
        {
            var ws = ExportDecomposition.Wwz(acc, s);
            for (var r = 0; r < 3; r++)
            {
                if (r == s)
                    continue;
                var sum = Enum.GetValues<WwzTerm>().Sum(t => ws[r, t, 0]);
                Relative(ws.ExportsTo(r, 0), sum, 1e-12, $"WWZ terms add up for {Countries[s]}→{Countries[r]}");
            }
        }
    }

    [Fact]
    public void Participation()
    {
        var result = GvcAnalysis.Run(Leontief(Table()), ParticipationDecomposition.Method, "P", detail: false);
        double Get(string term, string importer = "", string source = "") =>
            result.Rows.Single(x => x.Term.Label == term && x.Importer == importer && x.SourceCountry == source && x.Sector == "").Value;
        foreach (var r in Kind("part"))
        {
            switch (r[3])
            {
                case "FVA":
                    Printed(r[4], Get("FVA", source: r[2]), $"FVA {r[2]}");
                    break;
                case "BP":
                    Printed(r[4], Get("BP", source: r[2]), $"BP {r[2]}");
                    break;
                case "FP":
                    Printed(r[4], Get("FP", importer: r[2]), $"FP {r[2]}");
                    break;
                case "FP_share_of_forward":
                    Printed(
                        r[4],
                        Get("FP", importer: r[2]) / (Get("FP", importer: "Q") + Get("FP", importer: "R")),
                        "Q share of forward linkages"
                    );
                    break;
            }
        }
        Relative(1, Get("BP", source: "Q") + Get("BP", source: "R"), 1e-12, "Σ BP = 1");
    }
}
