using TradeScope.Core;
using TradeScope.Econometrics;
using Xunit;

namespace TradeScope.Tests.Econometrics;

/// <summary>Tidy CSV read with the library's one CSV tokenizer (Data/CsvTable): quoting, line numbers, file:line errors.</summary>
public sealed class TidyDataTests
{
    private static DataFrame Read(string text) => TidyData.ReadCsv(new StringReader(text), "t.csv");

    [Fact]
    public void Quoted_fields_with_commas_quotes_and_line_breaks_and_the_physical_line_of_each_row()
    {
        var frame = Read("y,exporter,x\n1,\"Korea, Rep.\",2\n\n3,\"say \"\"hi\"\"\nthere\",NA\n5,RUS,4\n");
        Assert.Equal(3, frame.RowCount);
        var exporter = Assert.IsType<TextColumn>(frame["exporter"]);
        Assert.Equal(["Korea, Rep.", "say \"hi\"\nthere", "RUS"], exporter.Values);
        var x = Assert.IsType<NumericColumn>(frame["x"]);
        Assert.Equal(2, x.Values[0]);
        Assert.True(double.IsNaN(x.Values[1]));
        Assert.Equal([2, 4, 6], Enumerable.Range(0, 3).Select(frame.LineOf)); // blank line 3 skipped; row 2 spans lines 4-5
    }

    [Theory]
    [InlineData("", "t.csv:1: empty file")]
    [InlineData("y,,x\n1,2,3\n", "t.csv:1: column 2 has an empty name")]
    [InlineData("y,x,y\n1,2,3\n", "t.csv:1: column 'y' appears twice")]
    [InlineData("y,x\n1,2\n1,2,3\n", "t.csv:3: malformed line: 3 fields, the header has 2")]
    [InlineData("y,x\n1,2\n1,\"2\n", "t.csv:3: malformed line: a quoted field is never closed")]
    [InlineData("y,x\n1,\"2\"3\n", "t.csv:2: malformed line: text after a closing quote")]
    public void Bad_csv_is_an_input_error_naming_file_and_line(string text, string message)
    {
        var e = Assert.Throws<InputException>(() => Read(text));
        Assert.StartsWith(message, e.Message);
    }

    [Fact]
    public void Gzip_files_are_read_and_a_missing_file_is_an_input_error()
    {
        var folder = Directory.CreateTempSubdirectory("tradescope-tidy-").FullName;
        try
        {
            var path = Path.Combine(folder, "d.csv.gz");
            using (var gz = new System.IO.Compression.GZipStream(File.Create(path), System.IO.Compression.CompressionLevel.Fastest))
            using (var w = new StreamWriter(gz))
                w.Write("y,x\n1,2\n3,4\n");
            Assert.Equal([1.0, 3.0], Assert.IsType<NumericColumn>(TidyData.Read(path)["y"]).Values);
            var e = Assert.Throws<InputException>(() => TidyData.Read(Path.Combine(folder, "none.csv")));
            Assert.Contains("file not found", e.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Parquet_reads_the_same_numbers_as_csv()
    {
        var dir = Directory.CreateTempSubdirectory("ts-parquet-").FullName;
        try
        {
            var parquet = Path.Combine(dir, "d.parquet");
            using (var connection = new DuckDB.NET.Data.DuckDBConnection("DataSource=:memory:"))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText =
                    $"COPY (SELECT * FROM (VALUES (1.0, 2, 'a'), (3.5, 4, 'b'), (2.0, 7, 'a')) t(y, x, g)) TO '{parquet}' (FORMAT PARQUET)";
                command.ExecuteNonQuery();
            }
            var frame = TidyData.Read(parquet);
            Assert.Equal([1.0, 3.5, 2.0], ((NumericColumn)frame["y"]).Values);
            Assert.Equal([2.0, 4.0, 7.0], ((NumericColumn)frame["x"]).Values);
            Assert.Equal(["a", "b", "a"], ((TextColumn)frame["g"]).Values);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
