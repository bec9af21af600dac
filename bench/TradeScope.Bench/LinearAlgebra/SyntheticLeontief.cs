namespace TradeScope.Bench.LinearAlgebra;

/// <summary>
/// A synthetic but realistically structured inter-country technical-coefficient matrix A (column-major,
/// (countries·sectors)²): each column buys 35–75 % of its output as intermediates, 60–90 % of that from its own
/// country (strong domestic blocks, heavy own-sector diagonal), the rest from other countries in proportion to random
/// "size" weights, so every column sum is below 1 and I − A is an M-matrix, like a real ICIO table.
/// </summary>
public static class SyntheticLeontief
{
    public static double[] Create(int countries, int sectors, int seed)
    {
        var random = new Random(seed);
        var n = countries * sectors;
        var a = new double[(long)n * n > int.MaxValue ? throw new ArgumentOutOfRangeException(nameof(countries)) : n * n];
        var size = new double[countries];
        for (var c = 0; c < countries; c++)
            size[c] = Math.Exp(2 * random.NextDouble() * 2); // sizes spread over e⁴ ≈ 55×
        var sectorWeight = new double[sectors];
        for (var s = 0; s < sectors; s++)
            sectorWeight[s] = Math.Exp(1.5 * Gaussian(random));
        var totalSize = size.Sum();
        var weights = new double[sectors];
        for (var column = 0; column < n; column++)
        {
            int country = column / sectors,
                sector = column % sectors;
            var intermediate = 0.35 + 0.40 * random.NextDouble();
            var domestic = 0.60 + 0.30 * random.NextDouble();
            var col = a.AsSpan(column * n, n);
            // Domestic block: sector weights with a heavy own-sector entry.
            Fill(random, sectorWeight, weights, sector);
            for (var s = 0; s < sectors; s++)
                col[country * sectors + s] = intermediate * domestic * weights[s];
            // Imports: split by partner size, then by sector weights.
            var foreign = intermediate * (1 - domestic);
            var others = totalSize - size[country];
            for (var partner = 0; partner < countries; partner++)
            {
                if (partner == country)
                    continue;
                Fill(random, sectorWeight, weights, -1);
                var share = foreign * size[partner] / others;
                for (var s = 0; s < sectors; s++)
                    col[partner * sectors + s] = share * weights[s];
            }
        }
        return a;
    }

    /// <summary>Random positive weights summing to 1, shaped by the sector weights, with a heavy <paramref name="own"/> entry.</summary>
    private static void Fill(Random random, double[] sectorWeight, double[] weights, int own)
    {
        var sum = 0.0;
        for (var s = 0; s < weights.Length; s++)
        {
            weights[s] = sectorWeight[s] * random.NextDouble() * (s == own ? 8 : 1);
            sum += weights[s];
        }
        for (var s = 0; s < weights.Length; s++)
            weights[s] /= sum;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
