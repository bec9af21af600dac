using System.Reflection;
using System.Security.Cryptography;

namespace TradeScope.Data;

/// <summary>
/// The data bundled with the library (data/ in the repository), embedded as manifest resources so that they are
/// available from any working directory. See data/README.md for sources and licences.
/// </summary>
internal static class Bundled
{
    private const string Prefix = "TradeScope.Bundled.";
    private static readonly Assembly Assembly = typeof(Bundled).Assembly;

    /// <summary>Names of the bundled resources below a folder, e.g. "comtrade" → "exports_2014A.csv.gz", ...</summary>
    public static IReadOnlyList<string> List(string folder) =>
        Assembly
            .GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix + folder + ".", StringComparison.Ordinal))
            .Select(n => n[(Prefix.Length + folder.Length + 1)..])
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();

    /// <summary>Opens a bundled resource, e.g. Open("ref", "countries.csv").</summary>
    public static Stream Open(string folder, string name) =>
        Assembly.GetManifestResourceStream(Prefix + folder + "." + name)
        ?? throw new InvalidOperationException($"bundled resource {folder}/{name} is missing from the TradeScope assembly");

    /// <summary>True when the resource is bundled, e.g. Exists("wiod2013", "wiot_2011_Z.csv.gz").</summary>
    public static bool Exists(string folder, string name) => Assembly.GetManifestResourceInfo(Prefix + folder + "." + name) is not null;

    /// <summary>A display location for provenance, e.g. "bundled:data/ref/countries.csv".</summary>
    public static string Location(string folder, string name) => $"bundled:data/{folder}/{name}";

    /// <summary>
    /// A file-system copy of a bundled resource (for DuckDB, which reads files): written once per content hash into
    /// the temporary directory, atomically, so concurrent processes never see a partial file.
    /// </summary>
    public static string Materialise(string folder, string name)
    {
        byte[] bytes;
        using (var s = Open(folder, name))
        using (var ms = new MemoryStream())
        {
            s.CopyTo(ms);
            bytes = ms.ToArray();
        }
        var hash = Convert.ToHexString(SHA256.HashData(bytes))[..16].ToLowerInvariant();
        var dir = Path.Combine(Path.GetTempPath(), "tradescope-bundled", hash);
        var path = Path.Combine(dir, name);
        if (File.Exists(path) && new FileInfo(path).Length == bytes.Length)
            return path;
        Directory.CreateDirectory(dir);
        var tmp = Path.Combine(dir, $".{name}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        File.WriteAllBytes(tmp, bytes);
        try
        {
            File.Move(tmp, path, overwrite: true);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(tmp);
        }
        return path;
    }
}
