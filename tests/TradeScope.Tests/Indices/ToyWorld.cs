using TradeScope.Core;
using TradeScope.Model;

namespace TradeScope.Tests.Indices;

/// <summary>The toy 6-country world of docs/methods/trade-indices.md#toy-world (X_ij, US$ bn; rows are exporters), built with <see
/// cref="TradeMatrixBuilder"/>.
/// The economies are named SSS, AAA, BBB, CCC, DDD, EEE (three-letter codes for S, A, B, C, D, E).</summary>
internal static class ToyWorld
{
    public static readonly string[] Names = ["S", "A", "B", "C", "D", "E"];

    public static readonly double[,] Flows =
    {
        { 0, 30, 20, 10, 25, 15 },
        { 10, 0, 20, 20, 30, 20 },
        { 15, 20, 0, 100, 60, 55 },
        { 5, 25, 90, 0, 50, 30 },
        { 10, 30, 70, 60, 0, 230 },
        { 20, 25, 60, 40, 205, 0 },
    };

    public static CountryCode Code(string name) => new(new string(name[0], 3));

    public static TradeMatrix Build(TotalsBasis basis = TotalsBasis.WorldRow)
    {
        var builder = new TradeMatrixBuilder(2019, basis, new Provenance("docs/methods/trade-indices.md#toy-world toy world", "in-memory"));
        for (var i = 0; i < 6; i++)
        {
            double total = 0;
            for (var j = 0; j < 6; j++)
            {
                builder.AddExport(Code(Names[i]), Code(Names[j]), Flows[i, j]);
                total += Flows[i, j];
            }
            builder.AddWorldExports(Code(Names[i]), total);
        }
        return builder.Build();
    }

    public static int Index(this TradeMatrix matrix, string name) => matrix.IndexOf(Code(name));

    public static CountryGroup Group(string id, params string[] members) =>
        new(new GroupId(id), id, id, members.Select(m => new Membership(Code(m), new DateOnly(2000, 1, 1), null)).ToList(), "test");
}
