using TradeScope.Core;
using TradeScope.Model;

namespace TradeScope.Indices;

/// <summary>A bloc with its members for one data year (membership already resolved by the caller's rule: annual, or as of a
/// date).</summary>
public sealed record BlocDefinition(GroupId Id, IReadOnlyList<CountryCode> Members)
{
    /// <summary>The members of <paramref name="group"/> in <paramref name="year"/> under the annual rule
    /// (docs/methods/trade-indices.md#group-membership).</summary>
    public static BlocDefinition InYear(CountryGroup group, int year, (int Month, int Day)? referenceDay = null) =>
        new(group.Id, group.MembersIn(year, referenceDay));
}

/// <summary>
/// The members of a bloc that enter the indices of one reporter in one year: members in the year (annual rule,
/// docs/methods/trade-indices.md#group-membership),
/// minus the reporter (docs/methods/trade-indices.md#group-membership, "reporter inside a group"), minus members absent from the data or
/// without an export row.
/// Nothing is dropped silently: the removed members are listed.
/// </summary>
/// <param name="Bloc">The bloc's identifier.</param>
/// <param name="Year">The data year (membership by the annual rule).</param>
/// <param name="Codes">ISO3 codes of the members used.</param>
/// <param name="Members">Matrix indices of the members used.</param>
/// <param name="ReporterRemoved">True when the reporter is a member and was taken out of the bloc.</param>
/// <param name="WithoutData">Members in the year that have no export row in the data (not reported, no mirror) or are absent.</param>
public sealed record BlocMembers(
    GroupId Bloc,
    int Year,
    IReadOnlyList<CountryCode> Codes,
    int[] Members,
    bool ReporterRemoved,
    IReadOnlyList<CountryCode> WithoutData
)
{
    /// <summary>Resolves the members of <paramref name="group"/> in the matrix's year by the annual rule
    /// (docs/methods/trade-indices.md#group-membership) for
    /// <paramref name="reporter"/> (null: no reporter to remove).</summary>
    public static BlocMembers Resolve(
        TradeMatrix matrix,
        CountryGroup group,
        CountryCode? reporter,
        (int Month, int Day)? referenceDay = null
    ) => Resolve(matrix, new BlocDefinition(group.Id, group.MembersIn(matrix.Year, referenceDay)), reporter);

    /// <summary>Resolves a bloc whose members for the matrix's year are already known (e.g. an as-of list such as the sanctions
    /// group).</summary>
    public static BlocMembers Resolve(TradeMatrix matrix, BlocDefinition bloc, CountryCode? reporter)
    {
        var removed = reporter is { } r && bloc.Members.Contains(r);
        var used = new List<int>();
        var codes = new List<CountryCode>();
        var without = new List<CountryCode>();
        foreach (var member in bloc.Members.Distinct().Order())
        {
            if (removed && member == reporter)
                continue;
            var i = matrix.IndexOf(member);
            if (i < 0 || matrix.Source(i) == FlowSource.Missing)
            {
                without.Add(member);
                continue;
            }
            used.Add(i);
            codes.Add(member);
        }
        return new(bloc.Id, matrix.Year, codes, used.ToArray(), removed, without);
    }

    /// <summary>I_K = Σ_{k≠k'} X_kk': intra-bloc exports (O(|K|²)).</summary>
    public double IntraExports(TradeMatrix matrix)
    {
        double sum = 0;
        foreach (var k in Members)
            foreach (var j in Members)
                sum += k == j ? 0 : matrix.Exports(k, j);
        return sum;
    }

    /// <summary>The sums of reporter <paramref name="reporter"/> with this bloc (<see cref="BlocAggregates"/>); <paramref
    /// name="intraExports"/> from <see cref="IntraExports"/>.</summary>
    public BlocAggregates Aggregate(TradeMatrix matrix, int reporter, double intraExports)
    {
        double toBloc = 0,
            fromBloc = 0,
            blocTotal = 0,
            worldToBloc = 0;
        foreach (var k in Members)
        {
            toBloc += matrix.Exports(reporter, k);
            fromBloc += matrix.Exports(k, reporter);
            blocTotal += matrix.TotalExports(k);
            worldToBloc += matrix.WorldExportsTo(k);
        }
        return new(
            toBloc,
            fromBloc,
            matrix.TotalExports(reporter),
            blocTotal,
            matrix.WorldExportsTo(reporter),
            worldToBloc,
            intraExports,
            matrix.WorldExports
        );
    }
}

/// <summary>Indices of a reporter with one bloc as partner (docs/methods/trade-indices.md#tii-bloc,
/// docs/methods/trade-indices.md#sti-pair-bloc), with the members used.</summary>
/// <param name="Reporter">The reporter R.</param>
/// <param name="Members">The bloc's members used.</param>
/// <param name="Sums">The sums the indices were computed from.</param>
/// <param name="ExportSharePct">Share of the bloc in the reporter's exports, 100·X_RK/X_R.</param>
/// <param name="ImportSharePct">Share of the bloc in the reporter's (mirror) imports, 100·X_KR/X_wR.</param>
/// <param name="Tii">TII under H1, H2, H3, H4 (index = (int)<see cref="BlocConvention"/>).</param>
/// <param name="TiiH2Neutral">Neutral value of the H2 index (symmetric formula with the bloc as one unit).</param>
/// <param name="StiTurnover">STI, turnover basis, enlarged group {R} ∪ K (Iapadre's standard, docs/methods/trade-indices.md#sti-pair-bloc
/// (i)).</param>
/// <param name="StiExports">STI, exports basis, enlarged group {R} ∪ K.</param>
/// <param name="StiTurnoverBlocAsUnit">STI, turnover basis, bloc as one unit (intra-bloc trade removed everywhere,
/// docs/methods/trade-indices.md#sti-pair-bloc (ii)).</param>
/// <param name="StiExportsBlocAsUnit">STI, exports basis, bloc as one unit.</param>
public sealed record BlocIndexResult(
    CountryCode Reporter,
    BlocMembers Members,
    BlocAggregates Sums,
    IndexValue ExportSharePct,
    IndexValue ImportSharePct,
    IReadOnlyList<IndexValue> Tii,
    IndexValue TiiH2Neutral,
    IntroversionValue StiTurnover,
    IntroversionValue StiExports,
    IntroversionValue StiTurnoverBlocAsUnit,
    IntroversionValue StiExportsBlocAsUnit
)
{
    public IndexValue TiiUnder(BlocConvention convention) => Tii[(int)convention];

    /// <summary>
    /// Indices of reporter <paramref name="reporter"/> (matrix index) with the bloc <paramref name="members"/>, whose intra-bloc exports
    /// are
    /// <paramref name="intraExports"/>. NaN reasons: <c>NO_REPORTER_DATA</c> (reporter's row missing), <c>EMPTY_GROUP</c> (no member with
    /// data), <c>ZERO_DENOM</c>.
    /// </summary>
    public static BlocIndexResult Compute(TradeMatrix matrix, int reporter, BlocMembers members, double intraExports)
    {
        var code = matrix.Economies[reporter];
        var sums = members.Aggregate(matrix, reporter, intraExports);
        var reason =
            matrix.Source(reporter) == FlowSource.Missing ? IndexReason.NoReporterData
            : members.Members.Length == 0 ? IndexReason.EmptyGroup
            : IndexReason.None;
        if (reason != IndexReason.None)
        {
            var v = IndexValue.NaN(reason);
            var sti = new IntroversionValue(v, v, v, StiBasis.Turnover);
            var stiX = sti with { Basis = StiBasis.Exports };
            return new(code, members, sums, v, v, [v, v, v, v], v, sti, stiX, sti, stiX);
        }
        var tii = new IndexValue[4];
        foreach (var c in Enum.GetValues<BlocConvention>())
            tii[(int)c] = TradeIntensity.Bloc(sums, c);
        return new(
            code,
            members,
            sums,
            TradeShares.Export(sums.ReporterToBloc, sums.ReporterTotal),
            TradeShares.Import(sums.BlocToReporter, sums.WorldToReporter),
            tii,
            TradeIntensity.SymmetricNeutral(sums.ReporterTotal, sums.BlocTotal, sums.WorldToReporter, sums.WorldToBloc, sums.WorldTotal),
            Introversion.Bloc(sums, StiBlocConvention.EnlargedGroup, StiBasis.Turnover),
            Introversion.Bloc(sums, StiBlocConvention.EnlargedGroup, StiBasis.Exports),
            Introversion.Bloc(sums, StiBlocConvention.BlocAsUnit, StiBasis.Turnover),
            Introversion.Bloc(sums, StiBlocConvention.BlocAsUnit, StiBasis.Exports)
        );
    }

    /// <summary>Indices of reporter <paramref name="reporter"/> with <paramref name="group"/> in the matrix's year under the annual
    /// membership rule (reporter removed from the group if a member, docs/methods/trade-indices.md#group-membership).</summary>
    /// <exception cref="ArgumentException">The reporter is not in the matrix.</exception>
    public static BlocIndexResult Compute(
        TradeMatrix matrix,
        CountryCode reporter,
        CountryGroup group,
        (int Month, int Day)? referenceDay = null
    ) => Compute(matrix, reporter, BlocDefinition.InYear(group, matrix.Year, referenceDay));

    /// <summary>Indices of reporter <paramref name="reporter"/> with a bloc whose members in the year are given (reporter removed if a
    /// member).</summary>
    /// <exception cref="ArgumentException">The reporter is not in the matrix.</exception>
    public static BlocIndexResult Compute(TradeMatrix matrix, CountryCode reporter, BlocDefinition bloc)
    {
        var r = matrix.IndexOf(reporter);
        if (r < 0)
            throw new ArgumentException($"{reporter} is not in the trade matrix of {matrix.Year}", nameof(reporter));
        var members = BlocMembers.Resolve(matrix, bloc, reporter);
        return Compute(matrix, r, members, members.IntraExports(matrix));
    }
}

/// <summary>Indices of a group of economies on its own (docs/methods/trade-indices.md#tii-symmetric general group, §3.1): TII_G with its
/// neutral value and STI on both bases.</summary>
public sealed record GroupIndexResult(
    IReadOnlyList<CountryCode> Members,
    IndexValue Tii,
    IndexValue TiiNeutral,
    IntroversionValue StiTurnover,
    IntroversionValue StiExports
)
{
    /// <summary>Computes the group indices over the economies <paramref name="members"/> (duplicates ignored).</summary>
    /// <exception cref="ArgumentException">A member is not in the matrix.</exception>
    public static GroupIndexResult Compute(TradeMatrix matrix, IEnumerable<CountryCode> members)
    {
        var codes = members.Distinct().OrderBy(c => c).ToList();
        var idx = codes
            .Select(c =>
                matrix.IndexOf(c) is var i and >= 0
                    ? i
                    : throw new ArgumentException($"{c} is not in the trade matrix of {matrix.Year}", nameof(members))
            )
            .ToArray();
        if (idx.Any(i => matrix.Source(i) == FlowSource.Missing))
        {
            var v = IndexValue.NaN(IndexReason.NoReporterData);
            return new(codes, v, v, new(v, v, v, StiBasis.Turnover), new(v, v, v, StiBasis.Exports));
        }
        double intra = 0,
            total = 0,
            worldTo = 0;
        var totals = new double[idx.Length];
        var worldToMembers = new double[idx.Length];
        for (var a = 0; a < idx.Length; a++)
        {
            totals[a] = matrix.TotalExports(idx[a]);
            worldToMembers[a] = matrix.WorldExportsTo(idx[a]);
            total += totals[a];
            worldTo += worldToMembers[a];
            foreach (var j in idx)
                intra += j == idx[a] ? 0 : matrix.Exports(idx[a], j);
        }
        return new(
            codes,
            TradeIntensity.Group(intra, total, worldTo, matrix.WorldExports),
            TradeIntensity.GroupNeutral(totals, worldToMembers, matrix.WorldExports),
            Introversion.Group(intra, total, worldTo, matrix.WorldExports, StiBasis.Turnover),
            Introversion.Group(intra, total, worldTo, matrix.WorldExports, StiBasis.Exports)
        );
    }
}

/// <summary>Bloc indices for every reporter of a matrix and every bloc (the reporter removed from blocs it belongs to).</summary>
public static class BlocIndexMatrix
{
    /// <summary>Result[r][b] for reporter index r and bloc b of <paramref name="groups"/>, membership by the annual rule.</summary>
    public static BlocIndexResult[][] Compute(
        TradeMatrix matrix,
        IReadOnlyList<CountryGroup> groups,
        (int Month, int Day)? referenceDay = null
    ) => Compute(matrix, groups.Select(g => BlocDefinition.InYear(g, matrix.Year, referenceDay)).ToList());

    /// <summary>Result[r][b] for reporter index r and bloc b of <paramref name="blocs"/> (members already resolved for the year).</summary>
    public static BlocIndexResult[][] Compute(TradeMatrix matrix, IReadOnlyList<BlocDefinition> blocs)
    {
        var n = matrix.Count;
        var plain = blocs.Select(b => BlocMembers.Resolve(matrix, b, null)).ToArray();
        var plainIntra = plain.Select(m => m.IntraExports(matrix)).ToArray();
        var inBloc = blocs.Select(b => b.Members.ToHashSet()).ToArray();
        var result = new BlocIndexResult[n][];
        for (var r = 0; r < n; r++)
        {
            var row = result[r] = new BlocIndexResult[blocs.Count];
            for (var b = 0; b < blocs.Count; b++)
            {
                var members = plain[b];
                var intra = plainIntra[b];
                if (inBloc[b].Contains(matrix.Economies[r]))
                { // reporter inside the bloc: the bloc without the reporter (docs/methods/trade-indices.md#group-membership)
                    members = BlocMembers.Resolve(matrix, blocs[b], matrix.Economies[r]);
                    intra = members.IntraExports(matrix);
                }
                row[b] = BlocIndexResult.Compute(matrix, r, members, intra);
            }
        }
        return result;
    }
}
