using TradeScope.Core;
using TradeScope.Reports;
using Xunit;

namespace TradeScope.Tests.Reports;

/// <summary>A failure while writing an output (disk full, permission denied) is bad input with one line: the target
/// keeps its old content and no temporary file is left behind.</summary>
public sealed class OutputFileTests
{
    private static string Folder() => Directory.CreateTempSubdirectory("tradescope-out-").FullName;

    private static void Fail(Stream stream)
    {
        stream.Write("half a table"u8);
        throw new IOException("No space left on device", 28);
    }

    [Fact]
    public void A_failing_write_is_an_input_error_and_leaves_the_old_file_and_no_temporary()
    {
        var folder = Folder();
        var target = Path.Combine(folder, "out.csv");
        File.WriteAllText(target, "old");
        var e = Assert.Throws<InputException>(() => OutputFile.Write(target, Fail));
        Assert.Equal($"{target}: cannot write (disk full); nothing was written, choose another folder or free some space", e.Message);
        Assert.Equal("old", File.ReadAllText(target));
        Assert.Equal([target], Directory.GetFiles(folder));
    }

    [Fact]
    public void A_failing_write_of_several_outputs_leaves_none_of_them()
    {
        var folder = Folder();
        var first = Path.Combine(folder, "panel.csv");
        var second = Path.Combine(folder, "table.csv");
        static void Denied(Stream _) => throw new UnauthorizedAccessException("Access to the path is denied.");
        var outputs = new List<(string?, Action<Stream>)> { (first, s => s.Write("ok"u8)), (second, Denied) };
        var e = Assert.Throws<InputException>(() => OutputFiles.WriteAll(outputs, new MemoryStream()));
        Assert.Equal(
            $"{second}: cannot write (permission denied); nothing was written, choose another folder or free some space",
            e.Message
        );
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public void Check_rejects_a_read_only_file_and_a_missing_folder_with_the_option_named()
    {
        var folder = Folder();
        var target = Path.Combine(folder, "locked.csv");
        File.WriteAllText(target, "keep");
        File.SetAttributes(target, FileAttributes.ReadOnly);
        try
        {
            var e = Assert.Throws<InputException>(() => OutputFiles.Check(target, "--out"));
            Assert.Equal($"--out {target}: is a read-only file; choose another name or make it writable", e.Message);
        }
        finally
        {
            File.SetAttributes(target, FileAttributes.Normal);
        }
        var missing = Path.Combine(folder, "no", "x.csv");
        var noFolder = Assert.Throws<InputException>(() => OutputFiles.Check(missing, "--series-out"));
        Assert.StartsWith($"--series-out {missing}: the output folder", noFolder.Message);
        OutputFiles.Check(Path.Combine(folder, "fresh.csv"), "--out");
        Assert.Equal([target], Directory.GetFiles(folder)); // the probe file is gone
    }
}
