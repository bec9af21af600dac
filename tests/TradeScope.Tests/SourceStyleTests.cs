using Xunit;

namespace TradeScope.Tests;

/// <summary>
/// House style that the formatter cannot enforce (<c>.editorconfig</c> sets <c>max_line_length = 140</c>, but
/// <c>dotnet format</c> does not wrap lines), and references the repository must not make.
/// </summary>
public sealed class SourceStyleTests
{
    private const int MaxLineLength = 140;

    private static IEnumerable<string> SourceFiles()
    {
        var root = Cli.ReadmeCommandsTests.RepositoryRoot();
        return new[] { "src", "tests", "bench" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(path =>
                !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            );
    }

    [Fact]
    public void No_source_line_is_longer_than_140_characters()
    {
        var root = Cli.ReadmeCommandsTests.RepositoryRoot();
        var files = SourceFiles().ToList();
        Assert.True(files.Count > 100, $"only {files.Count} source files found under {root}");
        var long_ = files
            .SelectMany(path => File.ReadLines(path).Select((line, i) => (path, line: i + 1, length: line.Length)))
            .Where(x => x.length > MaxLineLength)
            .Select(x => $"{Path.GetRelativePath(root, x.path)}:{x.line}: {x.length} characters")
            .ToList();
        Assert.True(long_.Count == 0, $"{long_.Count} lines over {MaxLineLength} characters:\n{string.Join("\n", long_.Take(30))}");
    }

    [Fact]
    public void Nothing_cites_the_method_specification_outside_the_repository()
    {
        var root = Cli.ReadmeCommandsTests.RepositoryRoot();
        // Built from parts so that this file does not itself contain the references it forbids.
        const string section = "\u00a7";
        string[] forbidden = ["spec " + section, "спец. " + section, "formulas" + ".md", ".." + "/shared"];
        var texts = SourceFiles()
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.*", SearchOption.AllDirectories))
            .Append(Path.Combine(root, "README.md"))
            .Where(path =>
                path.EndsWith(".cs", StringComparison.Ordinal)
                || path.EndsWith(".md", StringComparison.Ordinal)
                || path.EndsWith(".py", StringComparison.Ordinal)
            );
        var hits = texts
            .SelectMany(path => File.ReadLines(path).Select((line, i) => (path, line: i + 1, text: line)))
            .Where(x =>
                forbidden.Any(f => x.text.Contains(f, StringComparison.Ordinal))
            )
            .Select(x => $"{Path.GetRelativePath(root, x.path)}:{x.line}: {x.text.Trim()}")
            .ToList();
        Assert.True(hits.Count == 0, $"{hits.Count} references:\n{string.Join("\n", hits.Take(30))}");
    }
}
