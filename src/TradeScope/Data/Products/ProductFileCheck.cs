using nietras.SeparatedValues;

namespace TradeScope.Data.Products;

/// <summary>
/// A strict check of a CSV product file in one streaming pass, run beside DuckDB's typed read on an import's fast path
/// (<see cref="ProductImport"/>). DuckDB's casts are lenient (a code <c>4.5</c> reads as 5, <c>1e3</c> as 1000, <c>0x1F</c>
/// as 31), so the typed read alone cannot tell a clean file; this pass accepts only the canonical forms: a year of four
/// digits in range, a known country code (a reporter that is a country), a product of five or six digits, a value and a
/// quantity written as plain non-negative decimals (a quantity may be blank or <c>NA</c>), and as many fields as the
/// header. Anything else — including quotes or spaces around a field — is a doubt, and the import takes its staged path,
/// which names the problem. The pass also counts what the catalogue records and tells whether the file's keys are
/// strictly increasing, which proves it has no duplicate key without a query over the stored rows.
/// </summary>
/// <remarks>Sep splits the records (RFC 4180 quoting); the field checks are plain loops over characters, which no library
/// offers for these particular forms.</remarks>
internal static class ProductFileCheck
{
    /// <summary>A country code's store id, whether it may be a reporter, and its rank in the file's natural order.</summary>
    internal readonly record struct CodeInfo(short Id, bool Reporter, int Rank);

    /// <summary>The accepted codes of a file: BACI's numbers (0–999) or ISO3-style text.</summary>
    internal sealed class Codes
    {
        private readonly CodeInfo?[]? _numeric;
        private readonly Dictionary<string, CodeInfo>.AlternateLookup<ReadOnlySpan<char>> _text;

        private Codes(CodeInfo?[]? numeric, Dictionary<string, CodeInfo> text)
        {
            _numeric = numeric;
            _text = text.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        /// <summary>BACI: codes written as numbers without leading zeros, ranked by value.</summary>
        public static Codes Numeric(IEnumerable<(int Code, short Id, bool Reporter)> codes)
        {
            var table = new CodeInfo?[1000];
            foreach (var (code, id, reporter) in codes)
                if (code is >= 0 and < 1000)
                    table[code] = new CodeInfo(id, reporter, code);
            return new Codes(table, new Dictionary<string, CodeInfo>(StringComparer.Ordinal));
        }

        /// <summary>Comtrade and tidy files: codes as text, ranked in ordinal order.</summary>
        public static Codes Text(IEnumerable<(string Code, short Id, bool Reporter)> codes)
        {
            var list = codes.OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
            var table = new Dictionary<string, CodeInfo>(StringComparer.Ordinal);
            for (var i = 0; i < list.Count; i++)
                table[list[i].Code] = new CodeInfo(list[i].Id, list[i].Reporter, i);
            return new Codes(null, table);
        }

        public bool TryGet(ReadOnlySpan<char> field, out CodeInfo info)
        {
            info = default;
            if (_numeric is null)
                return _text.TryGetValue(field, out info);
            if (!Digits(field, 1, 3) || (field.Length > 1 && field[0] == '0'))
                return false;
            var code = 0;
            foreach (var c in field)
                code = code * 10 + (c - '0');
            if (_numeric[code] is not { } found)
                return false;
            info = found;
            return true;
        }
    }

    /// <summary>The positions of the columns read (null = absent).</summary>
    internal sealed record Columns(int Count, int Year, int Reporter, int? Partner, int Product, int Value, int? Quantity);

    /// <summary>What the pass learned of one year of a clean file.</summary>
    /// <param name="World">Rows whose partner is the world (all of them for a file without a partner column).</param>
    internal sealed record YearCounts(int Year, long Rows, long World, long Reporters, long Partners, long Products);

    /// <summary>A clean file's counts by year, and whether its keys are in strictly increasing order.</summary>
    internal sealed record Result(IReadOnlyList<YearCounts> Years, bool InKeyOrder);

    /// <summary>Checks the file; null at the first doubt.</summary>
    /// <param name="world">The store id of the world (the partner of a file without a partner column).</param>
    public static Result? Run(Stream stream, Columns columns, Codes codes, short world, CancellationToken cancel = default)
    {
        try
        {
            using var reader = Sep.Reader(o => o with { Sep = new Sep(','), HasHeader = true, DisableColCountCheck = true }).From(stream);
            return reader.Header.ColNames.Count == columns.Count ? Check(reader, columns, codes, world, cancel) : null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or OperationCanceledException or ArgumentException)
        {
            return null;
        }
    }

    private sealed class YearTally(int year)
    {
        public int Year { get; } = year;
        public long Rows;
        public long World;

        // Bitmaps of the ids and products seen (ulong words: several times cheaper per row than BitArray's indexer).
        public readonly ulong[] Reporters = new ulong[(1 << 15) / 64];
        public readonly ulong[] Partners = new ulong[(1 << 15) / 64];
        public readonly ulong[] Products = new ulong[1_000_000 / 64 + 1];
    }

    private static Result? Check(SepReader reader, Columns columns, Codes codes, short world, CancellationToken cancel)
    {
        var tallies = new Dictionary<int, YearTally>();
        YearTally? tally = null;
        // The rank of the code that gave each id: two codes for one country (BACI's 250 and 251 for France) break the
        // proof that increasing codes mean distinct keys.
        var rankOfId = new int[1 << 15];
        Array.Fill(rankOfId, -1);
        var injective = true;
        var ordered = true;
        var previous = -1L;
        var partner = new CodeInfo(world, false, 0);
        foreach (var row in reader)
        {
            if ((tally?.Rows & 0xFFFF) == 0)
                cancel.ThrowIfCancellationRequested();
            // A blank line is skipped, as DuckDB and the staged path skip it.
            if (row.ColCount == 1 && row[0].Span.IsEmpty)
                continue;
            if (row.ColCount != columns.Count)
                return null;
            var yearField = row[columns.Year].Span;
            if (!Digits(yearField, 4, 4))
                return null;
            var year = Number(yearField);
            if (year is < CsvTable.FirstYear or > CsvTable.LastYear)
                return null;
            if (!codes.TryGet(row[columns.Reporter].Span, out var reporter) || !reporter.Reporter)
                return null;
            if (columns.Partner is { } p && !codes.TryGet(row[p].Span, out partner))
                return null;
            var productField = row[columns.Product].Span;
            if (!Digits(productField, 5, 6))
                return null;
            var product = Number(productField);
            if (!PlainDecimal(row[columns.Value].Span))
                return null;
            if (
                columns.Quantity is { } q
                && row[q].Span is var quantity
                && !(quantity.IsEmpty || quantity is "NA" || PlainDecimal(quantity))
            )
                return null;
            if (tally?.Year != year && !tallies.TryGetValue(year, out tally))
                tallies[year] = tally = new YearTally(year);
            tally.Rows++;
            if (partner.Id == world)
                tally.World++;
            Set(tally.Reporters, reporter.Id);
            Set(tally.Partners, partner.Id);
            Set(tally.Products, product);
            injective &= Same(rankOfId, reporter) && Same(rankOfId, partner);
            // year < 2^12, ranks < 2^15, product < 2^20: one increasing number per key.
            var key = ((long)year << 50) | ((long)reporter.Rank << 35) | ((long)partner.Rank << 20) | (long)product;
            ordered &= key > previous;
            previous = key;
        }
        if (tallies.Count == 0)
            return null;
        var years = tallies
            .Values.OrderBy(t => t.Year)
            .Select(t => new YearCounts(t.Year, t.Rows, t.World, Count(t.Reporters), Count(t.Partners), Count(t.Products)))
            .ToList();
        return new Result(years, ordered && injective);
    }

    private static bool Same(int[] rankOfId, CodeInfo code)
    {
        ref var rank = ref rankOfId[code.Id];
        if (rank < 0)
            rank = code.Rank;
        return rank == code.Rank;
    }

    private static void Set(ulong[] bits, int index) => bits[index >> 6] |= 1UL << index;

    private static long Count(ulong[] bits) => bits.Sum(w => (long)System.Numerics.BitOperations.PopCount(w));

    /// <summary>Between <paramref name="min"/> and <paramref name="max"/> ASCII digits and nothing else.</summary>
    internal static bool Digits(ReadOnlySpan<char> field, int min, int max)
    {
        if (field.Length < min || field.Length > max)
            return false;
        foreach (var c in field)
            if (!char.IsAsciiDigit(c))
                return false;
        return true;
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        var n = 0;
        foreach (var c in digits)
            n = n * 10 + (c - '0');
        return n;
    }

    /// <summary>Digits with at most one decimal point and an optional exponent (<c>12.5</c>, <c>3e-05</c>, <c>1.2E+06</c>),
    /// no sign and no spaces: how BACI, Comtrade and pandas write non-negative numbers.</summary>
    internal static bool PlainDecimal(ReadOnlySpan<char> field)
    {
        var i = 0;
        var digits = 0;
        while (i < field.Length && char.IsAsciiDigit(field[i]))
        {
            i++;
            digits++;
        }
        if (i < field.Length && field[i] == '.')
        {
            i++;
            while (i < field.Length && char.IsAsciiDigit(field[i]))
            {
                i++;
                digits++;
            }
        }
        if (digits == 0)
            return false;
        if (i < field.Length && field[i] is 'e' or 'E')
        {
            i++;
            if (i < field.Length && field[i] is '+' or '-')
                i++;
            var exponent = 0;
            while (i < field.Length && char.IsAsciiDigit(field[i]))
            {
                i++;
                exponent++;
            }
            if (exponent == 0)
                return false;
        }
        return i == field.Length;
    }
}
