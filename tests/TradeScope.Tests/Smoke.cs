namespace TradeScope.Tests; public class Smoke { [Xunit.Fact] public void Ok() => Xunit.Assert.True(1 + 1 == 2); }
