using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;
using DuckDB.NET.Data;
using TradeScope.Data;
using TradeScope.Tests.Cli;
using Xunit;
using Xunit.Abstractions;

namespace TradeScope.Tests.Data;

/// <summary>
/// Seeded fuzzing of every input reader through the command line (issue 8): small valid files are damaged by bit flips,
/// truncation, inserted bytes and shuffled lines, and each run must end without an internal error (exit 70), without a
/// stack trace, without an output file left behind on failure, and never with exit 0 on a damaged gzip archive (judged
/// here independently: the decompressed bytes must match the member's CRC-32 and length in its last 8 bytes).
/// Parquet cases run in a child process (a native crash in DuckDB must not take the test host down).
/// </summary>
public sealed class FuzzTests(ITestOutputHelper log) : IDisposable
{
    private const int Seed = 20261130;
    private readonly string _dir = CliRunner.TempFolder();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Trade = "year,reporter_iso3,partner_iso3,value\n2019,RUS,KAZ,10\n2019,KAZ,RUS,5\n2019,CHN,RUS,7\n2019,RUS,CHN,3\n";
    private const string Baci = "t,i,j,k,v,q\n2021,398,643,10110,1.5,NA\n2021,398,156,010120,2.5,  3.0\n2021,643,398,850110,7,\n";
    private const string Regression = "y,x,g\n1,0.5,a\n0,1.5,a\n3,2.5,b\n2,1.0,b\n5,3.0,c\n4,2.0,c\n7,3.5,a\n";
    private const string Generic =
        "from_region,from_sector,to_region,to_use,value\n"
        + "AAA,s1,AAA,s1,20\nAAA,s1,BBB,s1,10\nAAA,s1,AAA,FD,50\nAAA,s1,BBB,FD,10\n"
        + "BBB,s1,AAA,s1,8\nBBB,s1,BBB,s1,30\nBBB,s1,AAA,FD,5\nBBB,s1,BBB,FD,70\n";
    private const string Exvatools = "\"\",AAA_s1,BBB_s1,AAA_FD,BBB_FD\nAAA_s1,20,10,50,10\nBBB_s1,8,30,5,70\n";
    private const string Oecd =
        "V1,AAA_A01_02,BBB_A01_02,AAA_HFCE,AAA_GFCF,BBB_HFCE,BBB_GFCF,OUT\n"
        + "AAA_A01_02,20,10,40,10,10,0,90\nBBB_A01_02,8,30,5,0,60,10,113\n"
        + "TLS,0,0,0,0,0,0,0\nVA,62,73,0,0,0,0,0\nOUT,90,113,0,0,0,0,0\n";
    private const string WiodZ = "row,AAA_c1,BBB_c1\nAAA_c1,20,10\nBBB_c1,8,30\n";
    private const string WiodF = "row,AAA_CONS,BBB_CONS\nAAA_c1,50,10\nBBB_c1,5,70\n";
    private const string WiodX = "row,output\nAAA_c1,90\nBBB_c1,113\n";
    private const string GroupsCsv = "group_id,member_iso3,name_en\nNEAR,KAZ,Neighbours\nNEAR,CHN,Neighbours\n";
    private const string GroupsJson =
        "{ \"groups\": [ { \"id\": \"NEAR\", \"name_en\": \"Neighbours\",\n"
        + "  \"members\": [\"KAZ\", { \"iso3\": \"CHN\", \"from\": \"2001-01-01\" }] } ] }\n";

    /// <summary>A reader under test: the seed file's name and bytes, and the command line given its path and an output path.</summary>
    private sealed record Target(string Name, string File, byte[] Seed, Func<string, string, string[]> Args, int Cases, bool Child = false);

    private static readonly string[] Indices = ["indices", "--reporter", "RUS", "--year", "2019"];

    private List<Target> Targets()
    {
        var trade = Write("seed_trade.csv", Encoding.UTF8.GetBytes(Trade));
        string[] Groups(string file, string output) => [.. Indices, "--data", trade, "--groups", file, "--out", output];
        var (tables, gdp) = RvcTables();
        return
        [
            new("trade csv", "t.csv", Encoding.UTF8.GetBytes(Trade), (f, o) => [.. Indices, "--data", f, "--out", o], 45),
            new("trade csv.gz", "t.csv.gz", Gzip(Trade), (f, o) => [.. Indices, "--data", f, "--out", o], 60),
            new("trade parquet", "t.parquet", Parquet(Trade), (f, o) => [.. Indices, "--data", f, "--out", o], 4, Child: true),
            new("product import csv", "b.csv", Encoding.UTF8.GetBytes(Baci), (f, o) => Import(f, o), 30),
            new("product import csv.gz", "b.csv.gz", Gzip(Baci), (f, o) => Import(f, o), 30),
            new("icio generic", "g.csv", Encoding.UTF8.GetBytes(Generic), (f, o) => Gvc(f, "generic", o), 60),
            new("icio generic gz", "g.csv.gz", Gzip(Generic), (f, o) => Gvc(f, "generic", o), 50),
            new("icio exvatools", "e.csv", Encoding.UTF8.GetBytes(Exvatools), (f, o) => Gvc(f, "exvatools", o), 60),
            new("icio oecd", "2019_SML.csv", Encoding.UTF8.GetBytes(Oecd), (f, o) => Gvc(f, "oecd", o), 40),
            new("icio wiod2013 Z", "wiot_2011_Z.csv.gz", Gzip(WiodZ), (f, o) => Wiod(f, o), 40),
            new("icio wiod2013 F", "wiot_2011_F.csv", Encoding.UTF8.GetBytes(WiodF), (f, o) => Wiod(f, o), 20),
            new("regress csv", "r.csv", Encoding.UTF8.GetBytes(Regression), Regress, 60),
            new("regress csv.gz", "r.csv.gz", Gzip(Regression), Regress, 60),
            new("regress parquet", "r.parquet", Parquet(Regression), Regress, 4, Child: true),
            new("groups csv", "groups.csv", Encoding.UTF8.GetBytes(GroupsCsv), Groups, 40),
            new("groups json", "groups.json", Encoding.UTF8.GetBytes(GroupsJson), Groups, 40),
            new(
                "gdp csv",
                "gdp.csv",
                File.ReadAllBytes(gdp),
                (f, o) =>
                    [
                        "rvc-regress",
                        "--tables",
                        tables,
                        "--layout",
                        "generic",
                        "--years",
                        "2000-2004",
                        "--countries",
                        "XAA",
                        "--group",
                        "XAB,XAC",
                        "--sectors",
                        "s01",
                        "--gdp",
                        f,
                        "--out",
                        o,
                    ],
                30
            ),
        ];
    }

    private static string[] Regress(string data, string output) => ["regress", "--data", data, "--formula", "y ~ x", "--out", output];

    private static string[] Gvc(string table, string layout, string output) =>
        ["gvc", "--table", table, "--layout", layout, "--method", "oecd", "--exporter", "AAA", "--out", output];

    /// <summary>A wiod2013 directory: the mutated part next to the other two parts, valid.</summary>
    private static string[] Wiod(string part, string output)
    {
        var directory = Path.GetDirectoryName(part)!;
        foreach (var (name, text) in new[] { ("Z", WiodZ), ("F", WiodF), ("X", WiodX) })
            if (!Path.GetFileName(part).StartsWith($"wiot_2011_{name}", StringComparison.Ordinal))
                File.WriteAllText(Path.Combine(directory, $"wiot_2011_{name}.csv"), text);
        return
        [
            "gvc",
            "--table",
            directory,
            "--layout",
            "wiod2013",
            "--year",
            "2011",
            "--method",
            "oecd",
            "--exporter",
            "AAA",
            "--out",
            output,
        ];
    }

    /// <summary>An import into a new store beside the output (a failed import must leave no store behind).</summary>
    private static string[] Import(string file, string output) =>
        ["import", "--source", "baci", file, "--db", Path.ChangeExtension(output, ".duckdb")];

    [Fact]
    public void Damaged_inputs_to_every_reader_never_crash_never_pass_as_archives_and_leave_no_output()
    {
        var clock = Stopwatch.StartNew();
        var random = new Random(Seed);
        var outcomes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();
        var cases = 0;
        var seconds = new List<string>();
        foreach (var target in Targets())
        {
            var started = clock.Elapsed;
            for (var k = 0; k < target.Cases; k++)
            {
                var (kind, bytes) = Mutate(target, k, random);
                var folder = Path.Combine(_dir, $"case{cases++}");
                Directory.CreateDirectory(folder);
                var input = Path.Combine(folder, target.File);
                File.WriteAllBytes(input, bytes);
                var outFolder = Directory.CreateDirectory(Path.Combine(folder, "out")).FullName;
                var args = target.Args(input, Path.Combine(outFolder, "result.csv"));
                var (code, error) = target.Child ? RunChild(args) : Run(args);
                var damagedArchive = target.File.EndsWith(".gz", StringComparison.Ordinal) && !GzipIsIntact(bytes);
                var key = $"{target.Name}: exit {code}{(damagedArchive ? " (damaged archive)" : "")}";
                outcomes[key] = outcomes.GetValueOrDefault(key) + 1;
                var problem = Problem(code, error, damagedArchive, outFolder);
                if (problem is not null)
                    failures.Add($"{target.Name} case {k} ({kind}): {problem}: {error.Trim()}");
            }
            seconds.Add($"{target.Name} {(clock.Elapsed - started).TotalSeconds:F1} s");
        }
        log.WriteLine($"{cases} cases (seed {Seed}) in {clock.Elapsed.TotalSeconds:F1} s");
        log.WriteLine("time by reader: " + string.Join("; ", seconds));
        foreach (var (key, count) in outcomes)
            log.WriteLine($"  {count,4}  {key}");
        foreach (var failure in failures.Take(30))
            log.WriteLine("FAILED " + failure);
        Assert.True(cases >= 500, $"only {cases} cases");
        Assert.True(failures.Count == 0, $"{failures.Count} failures; first: {failures.FirstOrDefault()}");
    }

    /// <summary>What is wrong with one run, or null.</summary>
    private static string? Problem(int code, string error, bool damagedArchive, string outFolder)
    {
        if (code == 70)
            return "internal error (exit 70)";
        if (code is not (0 or 2 or 3))
            return $"exit {code}";
        if (damagedArchive && code == 0)
            return "a damaged gzip archive was read (exit 0)";
        if (error.Contains("   at ", StringComparison.Ordinal) || error.Contains("Exception", StringComparison.Ordinal))
            return "stack trace or exception name";
        if (code != 0 && Directory.EnumerateFileSystemEntries(outFolder).Any())
            return "output file left behind";
        if (code == 2)
        {
            var lines = error
                .Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Where(l => l.StartsWith("error:", StringComparison.Ordinal))
                .ToList();
            if (lines.Count != 1)
                return "not exactly one error line";
            if (lines[0].Any(c => char.IsControl(c) && c != '\r'))
                return "control character in the message";
            if (lines[0].Contains("LINE 1", StringComparison.Ordinal) || lines[0].Contains("SELECT", StringComparison.Ordinal))
                return "SQL in the message";
            if (lines[0].Contains("System.", StringComparison.Ordinal) || lines[0].Contains("(Parameter", StringComparison.Ordinal))
                return ".NET names in the message";
            if (lines[0].Length > 1200)
                return "message too long";
        }
        return null;
    }

    /// <summary>Independent of the program: a single-member gzip file is intact when it decompresses and its last 8 bytes
    /// are the CRC-32 and length of what it decompresses to (RFC 1952 trailer).</summary>
    private static bool GzipIsIntact(byte[] bytes)
    {
        if (bytes.Length < 18 || bytes[0] != 0x1F || bytes[1] != 0x8B || bytes[2] != 8)
            return false;
        byte[] content;
        try
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var copy = new MemoryStream();
            gzip.CopyTo(copy);
            content = copy.ToArray();
        }
        catch (InvalidDataException)
        {
            return false;
        }
        return BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(bytes.Length - 8)) == Crc32.HashToUInt32(content)
            && BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(bytes.Length - 4)) == (uint)content.Length;
    }

    /// <summary>Case k of a target: bit flips, truncation, inserted bytes or shuffled lines, in turn.</summary>
    private static (string Kind, byte[] Bytes) Mutate(Target target, int k, Random random)
    {
        var bytes = (byte[])target.Seed.Clone();
        switch (k % 4)
        {
            case 0:
                for (var flips = random.Next(1, 4); flips > 0; flips--)
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                return ("bit flips", bytes);
            case 1:
                return ("truncation", bytes[..random.Next(bytes.Length)]);
            case 2:
                var at = random.Next(bytes.Length + 1);
                var inserted = new byte[random.Next(1, 9)];
                const string likely = ",\"\n\r-e9.;\t\0\xff";
                for (var i = 0; i < inserted.Length; i++)
                    inserted[i] = random.Next(2) == 0 ? (byte)likely[random.Next(likely.Length)] : (byte)random.Next(256);
                return ("inserted bytes", [.. bytes[..at], .. inserted, .. bytes[at..]]);
            default:
                if (target.File.EndsWith(".parquet", StringComparison.Ordinal))
                    return ("truncation", bytes[..random.Next(bytes.Length)]);
                var gzip = target.File.EndsWith(".gz", StringComparison.Ordinal);
                var text = gzip ? Gunzip(bytes) : Encoding.UTF8.GetString(bytes);
                var lines = text.Split('\n');
                random.Shuffle(lines);
                var shuffled = string.Join('\n', lines);
                return ("shuffled lines", gzip ? Gzip(shuffled) : Encoding.UTF8.GetBytes(shuffled));
        }
    }

    private static (int Code, string Error) Run(string[] args)
    {
        var r = CliRunner.Run(args);
        return (r.ExitCode, r.Error);
    }

    /// <summary>Runs <c>dotnet TradeScope.Cli.dll</c> from the test output folder.</summary>
    private static (int Code, string Error) RunChild(string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "TradeScope.Cli.dll"));
        foreach (var a in args)
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(60_000))
        {
            process.Kill();
            return (-1, "timeout");
        }
        return (process.ExitCode, error.Result);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal))
            gzip.Write(Encoding.UTF8.GetBytes(text));
        return buffer.ToArray();
    }

    private static string Gunzip(byte[] bytes)
    {
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }

    private byte[] Parquet(string csv)
    {
        var source = Write("parquet_source.csv", Encoding.UTF8.GetBytes(csv));
        var target = Path.Combine(_dir, "parquet_seed.parquet");
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            $"COPY (SELECT * FROM read_csv('{source}', header = true, all_varchar = true)) TO '{target}' (FORMAT parquet)";
        command.ExecuteNonQuery();
        return File.ReadAllBytes(target);
    }

    /// <summary>Five tiny generic tables (3 regions × 2 sectors) and a GDP file for them.</summary>
    private (string Tables, string Gdp) RvcTables()
    {
        var tables = Directory.CreateDirectory(Path.Combine(_dir, "tables")).FullName;
        for (var year = 2000; year <= 2004; year++)
        {
            var table = SyntheticIcio.Generate(3, 2, seed: year, foreignDensity: 0.5);
            using var writer = new StreamWriter(Path.Combine(tables, $"{year}.csv"));
            GenericIcioLayout.Write(table, writer);
        }
        var gdp = Path.Combine(_dir, "seed_gdp.csv");
        File.WriteAllLines(
            gdp,
            new[] { "iso3,year,gdppc_usd" }.Concat(
                from c in new[] { "XAA", "XAB", "XAC" }
                from y in Enumerable.Range(2000, 5)
                select $"{c},{y},{1000 + 37 * (y - 2000) + c[2] * 3}"
            )
        );
        return (tables, gdp);
    }
}
