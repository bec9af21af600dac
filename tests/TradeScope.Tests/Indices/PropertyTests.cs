using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeScope.Core;
using TradeScope.Indices;
using TradeScope.Model;

namespace TradeScope.Tests.Indices;

/// <summary>Identities of docs/methods/trade-indices.md#conventions and bounds of §3, on random worlds drawn by FsCheck (seed,
/// size).</summary>
public class PropertyTests
{
    /// <summary>A random world of 3–14 economies: about 25 % zero flows, log-normal values over six orders of magnitude,
    /// World rows at or above the sum over partners (areas n.e.s.), the diagonal zero.</summary>
    internal static TradeMatrix RandomWorld(int seed, int size, TotalsBasis basis = TotalsBasis.WorldRow)
    {
        var random = new Random(seed);
        var n = 3 + Math.Abs(size) % 12;
        var builder = new TradeMatrixBuilder(2019, basis, new Provenance("random", "memory"));
        for (var i = 0; i < n; i++)
        {
            double total = 0;
            for (var j = 0; j < n; j++)
            {
                var value = i == j || random.NextDouble() < 0.25 ? 0 : Math.Exp(random.NextDouble() * 14);
                builder.AddExport(Code(i), Code(j), value);
                total += i == j ? 0 : value;
            }
            builder.AddWorldExports(Code(i), total * (1 + 0.2 * random.NextDouble()));
        }
        return builder.Build();
    }

    private static CountryCode Code(int i) => new($"A{(char)('A' + i / 26)}{(char)('A' + i % 26)}");

    private static bool Close(double a, double b, double rel = 1e-9) =>
        double.IsNaN(a) ? double.IsNaN(b) : Math.Abs(a - b) <= rel * Math.Max(1e-300, Math.Max(Math.Abs(a), Math.Abs(b)));

    [Property(MaxTest = 200)]
    public bool Weighted_esi_sums_to_the_partner_share_of_exports(int seed, int size)
    {
        // Σ_d ESI_sd·(X_wd/X_w) = Σ_d X_sd / X_s  (docs/methods/trade-indices.md#conventions; = 1 only when partners cover all of X_s)
        var m = RandomWorld(seed, size);
        for (var s = 0; s < m.Count; s++)
        {
            if (m.TotalExports(s) == 0)
            { // an exporter with no exports: the identity is undefined, every ESI is NaN with ZERO_DENOM
                if (Enumerable.Range(0, m.Count).Any(d => d != s && PairIndices.Compute(m, s, d).Esi.Reason != IndexReason.ZeroDenominator))
                    return false;
                continue;
            }
            double left = 0,
                right = 0;
            for (var d = 0; d < m.Count; d++)
            {
                if (d == s)
                    continue;
                var esi = PairIndices.Compute(m, s, d).Esi;
                if (esi.HasValue)
                    left += esi.Value * m.WorldExportsTo(d) / m.WorldExports;
                else if (m.Exports(s, d) != 0)
                    return false; // NaN only where X_wd = 0, hence X_sd = 0
                right += m.Exports(s, d) / m.TotalExports(s);
            }
            if (!Close(left, right, 1e-12))
                return false;
        }
        return true;
    }

    [Property(MaxTest = 200)]
    public bool Sti_is_bounded_for_pairs_groups_and_blocs_on_both_bases(int seed, int size)
    {
        var m = RandomWorld(seed, size);
        static bool InRange(IndexValue v) => !v.HasValue || v.Value is >= -1 - 1e-12 and <= 1 + 1e-12;
        var computed = 0;
        for (var s = 0; s < m.Count; s++)
            for (var d = 0; d < m.Count; d++)
            {
                var p = PairIndices.Compute(m, s, d);
                if (!InRange(p.StiTurnover.Sti) || !InRange(p.StiExports.Sti) || !InRange(p.Directional.Sti))
                    return false;
                if (p.StiTurnover.Sti.HasValue)
                    computed++;
            }
        if (m.Count >= 4 && computed == 0)
            return false; // the bound must not hold vacuously
        var random = new Random(seed ^ 0x5bd1e995);
        var members = m.Economies.Where(_ => random.NextDouble() < 0.4).ToList();
        if (members.Count == 0)
            return true;
        var bloc = new CountryGroup(
            new GroupId("RANDOM"),
            "r",
            "r",
            members.Select(c => new Membership(c, new DateOnly(2000, 1, 1), null)).ToList(),
            "test"
        );
        foreach (var reporter in m.Economies)
        {
            var r = BlocIndexResult.Compute(m, reporter, bloc);
            if (
                !InRange(r.StiTurnover.Sti)
                || !InRange(r.StiExports.Sti)
                || !InRange(r.StiTurnoverBlocAsUnit.Sti)
                || !InRange(r.StiExportsBlocAsUnit.Sti)
            )
                return false;
        }
        var group = GroupIndexResult.Compute(m, members);
        return InRange(group.StiTurnover.Sti) && InRange(group.StiExports.Sti);
    }

    [Property(MaxTest = 200)]
    public bool Symmetric_tii_equals_its_neutral_value_in_a_proportional_world_with_the_diagonal_kept(int seed, int size)
    {
        // X_ij = X_i·m_j for all i, j including i = j (docs/methods/trade-indices.md#conventions). TradeMatrixBuilder drops self-trade by
        // design (docs/methods/trade-indices.md#conventions
        // rule 2), so the kept-diagonal world is a TradeMatrix built through its internal constructor: totals X_s and
        // X_wd (computed by the matrix) include the diagonal. The indices are the library's, read from the matrix.
        var random = new Random(seed);
        var n = 2 + Math.Abs(size) % 12;
        var exports = Enumerable.Range(0, n).Select(_ => Math.Exp(random.NextDouble() * 10)).ToArray();
        var weights = Enumerable.Range(0, n).Select(_ => Math.Exp(random.NextDouble() * 10)).ToArray();
        var m = weights.Select(w => w / weights.Sum()).ToArray();
        double Flow(int i, int j) => exports[i] * m[j];
        var codes = Enumerable.Range(0, n).Select(Code).ToArray();
        var flows = new double[n * n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                flows[i * n + j] = Flow(i, j);
        var kept = new TradeMatrix(
            2019,
            codes,
            flows,
            Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Sum(j => Flow(i, j))).ToArray(),
            Enumerable.Repeat(double.NaN, n).ToArray(),
            Enumerable.Repeat(FlowSource.Reported, n).ToArray(),
            TotalsBasis.SumOfPartners,
            new Provenance("proportional world, diagonal kept", "memory")
        );
        if (!Close(kept.WorldExportsTo(0), exports.Sum() * m[0], 1e-12))
            return false; // X_wd includes X_dd
        for (var a = 0; a < n; a++)
            for (var b = 0; b < n; b++)
            {
                if (a == b)
                    continue;
                var p = PairIndices.Compute(kept, a, b);
                if (!p.TiiSymmetric.HasValue || !Close(p.TiiSymmetric.Value, p.TiiSymmetricNeutral.Value, 1e-10))
                    return false;
            }
        // The group version: TII_G equals its neutral value for any subset.
        var subset = Enumerable.Range(0, n).Where(i => (seed >> (i % 31) & 1) == 1 || i == 0).ToArray();
        if (subset.Length < 2)
            subset = [0, 1];
        var group = GroupIndexResult.Compute(kept, subset.Select(i => codes[i]));
        if (!group.Tii.HasValue || !Close(group.Tii.Value, group.TiiNeutral.Value, 1e-10))
            return false;

        // The same world through TradeMatrixBuilder: the diagonal is dropped and the identity fails (the converse,
        // docs/methods/trade-indices.md#conventions), so the kept diagonal above is what makes it hold.
        var builder = new TradeMatrixBuilder(2019, TotalsBasis.SumOfPartners, new Provenance("proportional world", "memory"));
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                builder.AddExport(codes[i], codes[j], Flow(i, j));
        var zero = builder.Build();
        if (Enumerable.Range(0, n).Any(i => zero.Exports(i, i) != 0))
            return false;
        var p01 = PairIndices.Compute(zero, 0, 1);
        return Math.Abs(p01.TiiSymmetric.Value - p01.TiiSymmetricNeutral.Value) > 1e-9 * p01.TiiSymmetricNeutral.Value;
    }

    [Property(MaxTest = 100)]
    public bool Indices_are_invariant_to_a_common_scale_factor(int seed, int size, PositiveInt exponent)
    {
        var m = RandomWorld(seed, size);
        var factor = Math.Pow(10, exponent.Get % 9 - 3) * 1.37;
        var scaled = m.Scaled(factor);
        var a = PairIndexMatrices.Compute(m).All.ToList();
        var b = PairIndexMatrices.Compute(scaled).All.ToList();
        for (var k = 0; k < a.Count; k++)
            for (var s = 0; s < m.Count; s++)
                for (var d = 0; d < m.Count; d++)
                    if (a[k][s, d].Reason != b[k][s, d].Reason || !Close(a[k][s, d].Value, b[k][s, d].Value))
                        return false;
        var bloc = new CountryGroup(
            new GroupId("FIRST3"),
            "f",
            "f",
            m.Economies.Take(3).Select(c => new Membership(c, new DateOnly(2000, 1, 1), null)).ToList(),
            "test"
        );
        var x = BlocIndexMatrix.Compute(m, [bloc]);
        var y = BlocIndexMatrix.Compute(scaled, [bloc]);
        for (var r = 0; r < m.Count; r++)
        {
            for (var c = 0; c < 4; c++)
                if (!Close(x[r][0].Tii[c].Value, y[r][0].Tii[c].Value))
                    return false;
            if (
                !Close(x[r][0].StiTurnover.Sti.Value, y[r][0].StiTurnover.Sti.Value)
                || !Close(x[r][0].StiExportsBlocAsUnit.Sti.Value, y[r][0].StiExportsBlocAsUnit.Sti.Value)
            )
                return false;
            if (!Close(x[r][0].ExportSharePct.Value, y[r][0].ExportSharePct.Value))
                return false;
        }
        return true;
    }

    [Property(MaxTest = 100)]
    public bool With_a_zero_diagonal_the_symmetric_index_departs_from_its_neutral_value(int seed)
    {
        // The converse of the identity above (docs/methods/trade-indices.md#conventions): drop the diagonal of a proportional world and
        // TII_sym ≠ neutral.
        var random = new Random(seed);
        const int n = 4;
        var exports = Enumerable.Range(0, n).Select(_ => 1 + random.NextDouble() * 100).ToArray();
        var weights = Enumerable.Range(0, n).Select(_ => 1 + random.NextDouble() * 100).ToArray();
        var builder = new TradeMatrixBuilder(2019, TotalsBasis.SumOfPartners, new Provenance("proportional", "memory"));
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                builder.AddExport(Code(i), Code(j), exports[i] * weights[j] / weights.Sum());
        var m = builder.Build();
        var p = PairIndices.Compute(m, 0, 1);
        return Math.Abs(p.TiiSymmetric.Value - p.TiiSymmetricNeutral.Value) > 1e-9 * p.TiiSymmetricNeutral.Value;
    }
}
