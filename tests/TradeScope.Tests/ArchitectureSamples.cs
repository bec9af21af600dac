// Types for ArchitectureTests' self-test: each hides a reference in one place the scanner must look.
namespace TradeScope.Tests.ArchitectureSamples;

/// <summary>References other namespaces only inside method bodies (a call, a static field read).</summary>
public static class BodyOnly
{
    public static double Call() => TradeScope.Indices.TradeIntensity.OneDirectional(1, 2, 3, 4).Value;

    public static string Field() => TradeScope.Data.GroupRegistry.Sanctions.Value;
}

/// <summary>References a namespace only inside a lambda (a compiler-generated closure class or static lambda cache).</summary>
public static class InLambda
{
    public static Func<int, string> Lambda() => i => TradeScope.ValueChains.Term.Of((TradeScope.ValueChains.KwwTerm)i).Label;
}

/// <summary>References namespaces only in a signature and a generic argument.</summary>
public static class InSignature
{
    public static int Count(TradeScope.Econometrics.Formula formula, IReadOnlyList<TradeScope.Model.GroupId> ids) =>
        ids.Count + (formula is null ? 0 : 1);
}
