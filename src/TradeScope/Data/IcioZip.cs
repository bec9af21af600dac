using System.Globalization;
using System.IO.Compression;
using System.IO.Hashing;
using TradeScope.Core;

namespace TradeScope.Data;

/// <summary>
/// The ZIP bundles in which OECD distributes ICIO tables (one CSV member per year, e.g. <c>2016-2020_SML.zip</c> with
/// <c>2016_SML.csv</c> … <c>2020_SML.csv</c>): finding the member of a year, and checking it (UTF-8 text, CRC-32) before
/// it is parsed, as <see cref="InputFile"/> checks plain and gzip files. Read with System.IO.Compression.
/// </summary>
internal static class IcioZip
{
    /// <summary>"bundle.zip (member 2019_SML.csv)": how a member is named in messages (then ":line: …").</summary>
    public static string Display(string path, string member) => $"{path} (member {member})";

    /// <summary>Opens a ZIP file.</summary>
    /// <exception cref="InputException">Missing file, a directory, or not a readable ZIP archive.</exception>
    public static ZipArchive OpenArchive(string path)
    {
        if (Directory.Exists(path))
            throw new InputException($"{path} is a directory, not a file; give the path of the file");
        if (!File.Exists(path))
            throw new InputException($"{path}: file not found; check the path");
        try
        {
            return ZipFile.OpenRead(path);
        }
        catch (InvalidDataException e)
        {
            throw new InputException($"{path} is not a readable ZIP archive ({InputText.Clip(e.Message, 80)}); download it again");
        }
    }

    /// <summary>The CSV members of a ZIP file, or null when it cannot be read (a series directory skips it).</summary>
    public static IReadOnlyList<string>? TryMembers(string path)
    {
        try
        {
            using var archive = ZipFile.OpenRead(path);
            return CsvMembers(archive);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static List<string> CsvMembers(ZipArchive archive) =>
        archive
            .Entries.Where(e => e.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            .Where(e => !e.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal))
            .Select(e => e.FullName)
            .ToList();

    /// <summary>The member to read: the one whose name carries <paramref name="year"/>, or the only CSV member when no
    /// year is given.</summary>
    /// <exception cref="InputException">No CSV member, no member for the year, several members for it, or several tables
    /// and no year.</exception>
    public static string Member(ZipArchive archive, string path, int? year, Func<string, int?> yearOf)
    {
        var members = CsvMembers(archive);
        if (members.Count == 0)
        {
            var inner = archive
                .Entries.Where(e => e.Name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
                .Select(e => e.Name)
                .ToList();
            throw new InputException(
                inner.Count > 0
                    ? $"{path} holds ZIP archives ({InputText.Clip(string.Join(", ", inner), 80)}), not CSV tables; extract them first"
                    : $"{path}: the ZIP archive holds no CSV table; check that this is an OECD ICIO bundle"
            );
        }
        var listed = InputText.Clip(string.Join(", ", members), 120);
        if (year is not { } y)
            return members.Count == 1
                ? members[0]
                : throw InputException.Argument(
                    DataParameters.Year,
                    null,
                    $"required: {path} holds {members.Count} tables ({listed}); give the year of one"
                );
        var matching = members.Where(m => yearOf(m) == y).ToList();
        var text = y.ToString(CultureInfo.InvariantCulture);
        return matching.Count switch
        {
            1 => matching[0],
            0 => throw new InputException($"{path}: no member for {text} (members: {listed}); give a year the bundle holds"),
            _ => throw new InputException($"{path}: {matching.Count} members for {text} ({string.Join(", ", matching)}); keep one"),
        };
    }

    /// <summary>Reads the member once to check its text and its CRC-32 against the archive's record.</summary>
    /// <exception cref="InputException">Damaged member, not UTF-8 text, or binary data.</exception>
    public static void Verify(ZipArchive archive, string path, string member)
    {
        var entry = archive.GetEntry(member)!;
        var display = Display(path, member);
        var crc = new Crc32();
        try
        {
            using var stream = entry.Open();
            InputFile.VerifyText(stream, display, crc);
        }
        catch (InvalidDataException e)
        {
            throw new InputException($"{display}: the ZIP member is damaged ({InputText.Clip(e.Message, 80)}); download the bundle again");
        }
        if (crc.GetCurrentHashAsUInt32() != entry.Crc32)
            throw new InputException($"{display}: the CRC-32 check of the ZIP member fails; download the bundle again");
    }
}
