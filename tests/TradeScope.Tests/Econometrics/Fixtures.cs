namespace TradeScope.Tests.Econometrics;

internal static class Fixtures
{
    /// <summary>A file copied to the test output folder from tests/TradeScope.Tests/Fixtures.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);
}
