using Xunit;

namespace TradeScope.Tests.Products;

/// <summary>The product methods are a method folder: they use only the library's Core and Model (and no other method
/// folder, no data layer, no workflow, no report, no command line), scanned like <see cref="ArchitectureTests"/>.</summary>
public sealed class ProductsLayeringTests
{
    [Fact]
    public void Products_reference_only_Core_and_Model()
    {
        var library = typeof(TradeScope.Products.ProductValue).Assembly;
        var references = DependencyScanner
            .Scan(library)
            .Where(r => DependencyScanner.InArea(r.FromNamespace, "TradeScope.Products"))
            .ToList();
        Assert.NotEmpty(references);
        var violations = references
            .Where(r =>
                r.ToNamespace.StartsWith("TradeScope", StringComparison.Ordinal)
                && !DependencyScanner.InArea(r.ToNamespace, "TradeScope.Products")
                && !DependencyScanner.InArea(r.ToNamespace, "TradeScope.Core")
                && !DependencyScanner.InArea(r.ToNamespace, "TradeScope.Model")
            )
            .Select(r => r.ToString())
            .Distinct()
            .ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations.Take(30)));
    }
}
