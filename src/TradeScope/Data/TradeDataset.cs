using TradeScope.Core;
using TradeScope.Model;

namespace TradeScope.Data;

/// <summary>Options for reading trade data.</summary>
/// <param name="Basis">How reporter totals X_s are taken (docs/methods/trade-indices.md#conventions; default: the reporter's World
/// row).</param>
/// <param name="Years">Read only these years (null = all years in the data).</param>
/// <param name="Countries">The country registry that validates ISO3 codes (null = <see cref="CountryRegistry.Default"/>).</param>
public sealed record TradeLoadOptions(
    TotalsBasis Basis = TotalsBasis.WorldRow,
    IReadOnlyCollection<int>? Years = null,
    CountryRegistry? Countries = null
)
{
    /// <summary>World-row totals, all years, bundled countries.</summary>
    public static TradeLoadOptions Default { get; } = new();
}

/// <summary>
/// Bilateral merchandise exports by year: one <see cref="TradeMatrix"/> per year, all read with the same conventions
/// (stated in <see cref="Provenance"/> and in each matrix's provenance notes).
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed class TradeDataset
{
    private readonly SortedDictionary<int, TradeMatrix> _matrices;

    internal TradeDataset(
        IEnumerable<TradeMatrix> matrices,
        TotalsBasis basis,
        Provenance provenance,
        IReadOnlyList<string>? warnings = null
    )
    {
        Warnings = warnings ?? [];
        _matrices = new SortedDictionary<int, TradeMatrix>(matrices.ToDictionary(m => m.Year));
        TotalsBasis = basis;
        Provenance = provenance;
    }

    /// <summary>
    /// The data behind a command: the file given with <c>--data</c> (tidy or Comtrade layout, see <see cref="TradeFile"/>),
    /// or the bundled Comtrade exports when <paramref name="path"/> is null.
    /// </summary>
    /// <param name="progress">Progress of reading the bundled years (see <see cref="ComtradeBundled.Load"/>); not reported for a user
    /// file.</param>
    /// <exception cref="InputException">Bad file or year (see <see cref="TradeFile.Load"/>, <see
    /// cref="ComtradeBundled.Load"/>).</exception>
    public static TradeDataset Open(string? path, TradeLoadOptions? options = null, IProgress<ProgressStep>? progress = null) =>
        path is null
            ? options is null || options == TradeLoadOptions.Default
                ? ComtradeBundled.Default
                : ComtradeBundled.Load(options, progress)
            : TradeFile.Load(path, options);

    /// <summary>The years in the data, ascending.</summary>
    public IReadOnlyList<int> Years => _matrices.Keys.ToList();

    /// <summary>How reporter totals X_s are defined in every matrix.</summary>
    public TotalsBasis TotalsBasis { get; }

    /// <summary>Source, location and reading conventions of the whole data set.</summary>
    public Provenance Provenance { get; }

    /// <summary>What the reader dropped from a user file and the user should see (e.g. rows with partner = reporter);
    /// the command line prints them on the error stream. Empty for the bundled data (its conventions are in the notes).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>All matrices, by ascending year.</summary>
    public IEnumerable<TradeMatrix> Matrices => _matrices.Values;

    /// <summary>True when the data hold the year.</summary>
    public bool Contains(int year) => _matrices.ContainsKey(year);

    /// <summary>The matrix of a year.</summary>
    /// <param name="year">The data year.</param>
    /// <param name="option">The parameter that supplied the year (named in the error; see <see cref="DataParameters"/>).</param>
    /// <exception cref="InputException">The year is not in the data: "year 2030: year not in the data (2014-2022)".</exception>
    public TradeMatrix ForYear(int year, string option = DataParameters.Year) =>
        _matrices.TryGetValue(year, out var m)
            ? m
            : throw InputException.Argument(
                option,
                year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"year not in the data ({DescribeYears()}); choose one of these years"
            );

    /// <summary>
    /// The reporter's index in the year's matrix, checking that the data hold its exports (reported, or mirrored
    /// from partners' imports).
    /// </summary>
    /// <exception cref="InputException">The year is not in the data, or the reporter has no exports in it.</exception>
    public int RequireReporter(
        CountryCode reporter,
        int year,
        string reporterOption = DataParameters.Reporter,
        string yearOption = DataParameters.Year
    ) =>
        RequireReporter(ForYear(year, yearOption), reporter, reporterOption);

    /// <summary>The reporter's index in the matrix; throws when the matrix holds no exports of the reporter.</summary>
    /// <exception cref="InputException">"reporter XXX: no exports of XXX in YEAR (...)".</exception>
    public static int RequireReporter(TradeMatrix matrix, CountryCode reporter, string option = DataParameters.Reporter)
    {
        var i = matrix.IndexOf(reporter);
        if (i < 0)
            throw InputException.Argument(
                option,
                reporter.Value,
                $"not in the data for {matrix.Year} (neither reporter nor partner); check the code or the year"
            );
        if (matrix.Source(i) == FlowSource.Missing)
            throw InputException.Argument(
                option,
                reporter.Value,
                $"no exports of {reporter} in {matrix.Year}: it did not report and the data hold no partner imports from it " +
                    $"(NO_REPORTER_DATA); choose another year or supply imports (flow M)"
            );
        return i;
    }

    private string DescribeYears()
    {
        var years = Years;
        if (years.Count == 0)
            return "no years";
        var contiguous = years[^1] - years[0] + 1 == years.Count;
        return contiguous && years.Count > 2 ? $"{years[0]}-{years[^1]}" : string.Join(", ", years);
    }
}
