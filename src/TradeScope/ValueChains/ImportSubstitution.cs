using System.Globalization;
using TradeScope.Core;
using TradeScope.LinearAlgebra;
using TradeScope.Model;

namespace TradeScope.ValueChains;

/// <summary>
/// What an import-substitution experiment changed in a table: the modified table and the bookkeeping of the move.
/// </summary>
/// <param name="Table">The scenario table: Z = A′·diag(x′), the baseline final demand, x′ = (I − A′)⁻¹·Y·1.</param>
/// <param name="Economy">The economy's country code as the table names it.</param>
/// <param name="Industries">The using industries whose foreign inputs were cut (sector codes, table order).</param>
/// <param name="Cut">The cut share c ∈ [0, 1].</param>
/// <param name="ReplacedAtBaselineOutput">Σ c·z_(r i),(s j) over the cut cells: the foreign inputs moved to domestic
/// suppliers, valued at the baseline output (before the model re-solves output).</param>
/// <param name="SectorsWithoutDomesticSupplier">Supplying sectors whose domestic industry has no output in the using
/// industry's region: their foreign inputs are kept (there is nobody at home to buy them from).</param>
public sealed record SubstitutedTable(
    IcioTable Table,
    string Economy,
    IReadOnlyList<string> Industries,
    double Cut,
    double ReplacedAtBaselineOutput,
    IReadOnlyList<string> SectorsWithoutDomesticSupplier
);

/// <summary>
/// Import substitution in an ICIO table (docs/methods/value-chains.md#import-substitution): the intermediate inputs that
/// chosen industries of economy s buy abroad are cut by a share c and bought from the domestic industry of the same
/// product instead; final demand and the value-added coefficients are kept, and gross output is re-solved from the
/// Leontief model.
/// </summary>
/// <remarks>
/// <para>With A = Z·diag(x)⁻¹ on the baseline output, for every using industry j of s in the chosen set (in its region ρ)
/// and every supplying industry (r, i) of another country r ≠ s:</para>
/// <code>
/// a′_(r i),(ρ j) = (1 − c)·a_(r i),(ρ j)        a′_(ρ i),(ρ j) = a_(ρ i),(ρ j) + c·Σ_(r≠s) a_(r i),(ρ j)
/// x′ = (I − A′)⁻¹·Y·1      Z′ = A′·diag(x′)      w′ = v ∘ x′ (v unchanged: the column sums of A′ are those of A)
/// </code>
/// <para>This is the demand-driven substitution experiment on a modified coefficient matrix (Miller and Blair 2009,
/// ch. 13, hypothetical extraction and its partial variants; Los, Timmer and de Vries 2016 use the same re-solve of a
/// modified world input-output model to measure value added trade). A supplying sector whose domestic industry has no
/// output in ρ is not substituted (its foreign inputs are kept and named).</para>
/// <para>Written here because the substitution is a handful of array moves on the house's column-major Z; the
/// re-solve is the provider's LU solve (LAPACK dgesv).</para>
/// </remarks>
public static class ImportSubstitution
{
    /// <summary>The scenario table of cutting the foreign inputs of <paramref name="industries"/> of
    /// <paramref name="economy"/> by <paramref name="cut"/> and replacing them domestically.</summary>
    /// <param name="industries">Sector codes of the using industries; null or empty = all sectors.</param>
    /// <param name="cut">The share c ∈ [0, 1].</param>
    /// <exception cref="InputException">Unknown or folded economy, unknown sector code, c outside [0, 1].</exception>
    /// <exception cref="NumericalException">I − A′ is singular or the re-solved output is negative.</exception>
    public static SubstitutedTable Apply(
        IcioTable table,
        string economy,
        IReadOnlyCollection<string>? industries,
        double cut,
        ILinearAlgebra provider
    )
    {
        if (!double.IsFinite(cut) || cut < 0 || cut > 1)
            throw InputException.Argument(
                ValueChainParameters.Cut,
                cut.ToString(CultureInfo.InvariantCulture),
                "the cut must be a share between 0 and 1"
            );
        var partition = EconomyPartition.ByCountry(table);
        var s = GvcAnalysis.RequireCountry(partition, table, economy, ValueChainParameters.Economy);
        var country = table.CountryIndex(partition.Names[s]);
        var sectors = ResolveSectors(table, industries);
        var a = Coefficients(table);
        var (moved, skipped) = Substitute(table, a, country, sectors, cut);
        var output = Solve(table, a, provider);
        var scenario = Rebuild(table, a, output);
        return new SubstitutedTable(
            scenario,
            partition.Names[s],
            sectors.Select(k => table.Sectors[k]).ToList(),
            cut,
            moved,
            skipped.Order().Select(k => table.Sectors[k]).ToList()
        );
    }

    /// <summary>Sector indices of the codes (all sectors when none).</summary>
    /// <exception cref="InputException">A code that is not a sector of the table.</exception>
    public static IReadOnlyList<int> ResolveSectors(IcioTable table, IReadOnlyCollection<string>? codes)
    {
        if (codes is null || codes.Count == 0)
            return Enumerable.Range(0, table.SectorCount).ToList();
        var indices = new SortedSet<int>();
        foreach (var code in codes)
        {
            var k = table.SectorIndex(code.Trim());
            if (k < 0)
                throw InputException.Argument(
                    ValueChainParameters.Industries,
                    code,
                    $"not a sector of the table; its sectors are {string.Join(" ", table.Sectors)}"
                );
            indices.Add(k);
        }
        return [.. indices];
    }

    /// <summary>A = Z·diag(x)⁻¹, n×n column-major (columns of zero-output industries are 0).</summary>
    private static double[] Coefficients(IcioTable table)
    {
        var n = table.Size;
        var a = new double[n * n];
        var z = table.Intermediate;
        var x = table.Output;
        for (var j = 0; j < n; j++)
        {
            if (x[j] <= 0)
                continue;
            for (var i = 0; i < n; i++)
                a[i + j * n] = z[i + j * n] / x[j];
        }
        return a;
    }

    /// <summary>Moves c of every foreign input coefficient of the chosen columns of the economy to the domestic supplier
    /// of the same sector in the column's region (in place). Returns the moved flows at baseline output and the
    /// supplying sectors left unsubstituted for want of a domestic supplier.</summary>
    private static (double Moved, HashSet<int> Skipped) Substitute(
        IcioTable table,
        double[] a,
        int country,
        IReadOnlyList<int> sectors,
        double cut
    )
    {
        int n = table.Size,
            k = table.SectorCount;
        var x = table.Output;
        double moved = 0;
        var skipped = new HashSet<int>();
        for (var region = 0; region < table.RegionCount; region++)
        {
            if (table.CountryOfRegion(region) != country)
                continue;
            foreach (var sector in sectors)
            {
                var j = region * k + sector;
                if (x[j] <= 0)
                    continue;
                for (var i = 0; i < n; i++)
                {
                    if (table.CountryOfRow(i) == country || a[i + j * n] == 0)
                        continue;
                    var domestic = region * k + i % k;
                    if (x[domestic] <= 0)
                    {
                        skipped.Add(i % k);
                        continue;
                    }
                    var shift = cut * a[i + j * n];
                    a[i + j * n] -= shift;
                    a[domestic + j * n] += shift;
                    moved += shift * x[j];
                }
            }
        }
        return (moved, skipped);
    }

    /// <summary>x′ = (I − A′)⁻¹·Y·1 by one LU solve.</summary>
    private static double[] Solve(IcioTable table, double[] a, ILinearAlgebra provider)
    {
        var n = table.Size;
        var m = new double[n * n];
        for (var i = 0; i < m.Length; i++)
            m[i] = -a[i];
        for (var i = 0; i < n; i++)
            m[i + i * n] += 1;
        var output = new double[n];
        for (var c = 0; c < table.CountryCount; c++)
            for (var i = 0; i < n; i++)
                output[i] += table.Y(i, c);
        try
        {
            provider.Solve(n, 1, m, output);
        }
        catch (NumericalException e)
        {
            throw new NumericalException($"I − A of the import-substitution scenario is singular ({e.Message})");
        }
        var total = table.Output.ToArray().Where(v => v > 0).Sum();
        for (var i = 0; i < n; i++)
            if (!double.IsFinite(output[i]) || output[i] < -1e-6 * total)
                throw new NumericalException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"the import-substitution scenario gives {table.RowLabel(i)} the output {output[i]:G6}: the table is not productive"
                    )
                );
        return output;
    }

    /// <summary>The scenario table: Z′ = A′·diag(x′), the baseline final demand; the builder recomputes output and
    /// value added from them (w′_j = x′_j·(1 − Σ_i a′_ij) = v_j·x′_j).</summary>
    private static IcioTable Rebuild(IcioTable table, double[] a, double[] output)
    {
        var n = table.Size;
        var builder = new IcioTableBuilder(
            table.Provenance.Location.Length > 0 ? table.Provenance.Location : "import-substitution scenario",
            table.Regions,
            table.RegionCountries,
            table.Sectors,
            table.Countries
        )
        {
            Provenance = table.Provenance,
            Year = table.Year,
        };
        var z = builder.Intermediate;
        for (var j = 0; j < n; j++)
        {
            var xj = Math.Max(output[j], 0);
            for (var i = 0; i < n; i++)
                z[i + j * n] = a[i + j * n] * xj;
        }
        var finalDemand = builder.FinalDemand;
        table.FinalDemand.CopyTo(finalDemand);
        return builder.Build();
    }
}
