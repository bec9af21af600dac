using TradeScope.Core;
using TradeScope.Data.Composite;
using TradeScope.Tests.Cli;
using Xunit;

namespace TradeScope.Tests.Data.Composite;

/// <summary>Reading the data and metadata of a composite indicator: COINr spellings, and one file:line error per problem.</summary>
public class CompositeFilesTests
{
    private const string Meta = "code,name,parent,level,direction,weight\nIDX,Index,,2,1,1\na,A,IDX,1,1,1\nb,B,IDX,1,-1,2\n";
    private const string Data = "unit,group,a,b\nX,g1,1,2\nY,g1,,4\nZ,g2,3,6\n";

    private static (string Data, string Meta) Write(string data, string meta)
    {
        var folder = CliRunner.TempFolder();
        var d = Path.Combine(folder, "data.csv");
        var m = Path.Combine(folder, "meta.csv");
        File.WriteAllText(d, data);
        File.WriteAllText(m, meta);
        return (d, m);
    }

    private static string Error(string data, string meta)
    {
        var (d, m) = Write(data, meta);
        return Assert.Throws<InputException>(() => CompositeFiles.Read(d, m)).Message;
    }

    [Fact]
    public void Reads_the_hierarchy_the_values_missing_cells_and_groups()
    {
        var (d, m) = Write(Data, Meta);
        var input = CompositeFiles.Read(d, m);
        Assert.Equal("IDX", input.Hierarchy.Root.Code);
        Assert.Equal(-1, input.Hierarchy["b"].Direction);
        Assert.Equal(2, input.Hierarchy["b"].Weight);
        Assert.Equal(["X", "Y", "Z"], input.Data.Units);
        Assert.True(double.IsNaN(input.Data.Values[1][0]));
        Assert.Equal(6, input.Data.Values[2][1]);
        Assert.Equal(["g1", "g1", "g2"], input.Data.Groups);
    }

    [Fact]
    public void Accepts_COINr_spellings_and_ignores_rows_of_other_types()
    {
        const string meta =
            "iCode,iName,Parent,Level,Direction,Weight,Type\nIDX,Index,,2,,1,Aggregate\na,A,IDX,1,1,1,Indicator\n"
            + "b,B,IDX,1,1,1,Indicator\npop,Population,,,,,Denominator\nGDP_group,Group,,,,,Group\n";
        var (d, m) = Write("uCode,uName,a,b,pop\nX,Ex,1,2,10\nY,Why,3,4,20\n", meta);
        var input = CompositeFiles.Read(d, m);
        Assert.Equal(["a", "b"], input.Hierarchy.Indicators.Select(i => i.Code));
        Assert.Equal(["X", "Y"], input.Data.Units);
    }

    [Theory]
    [InlineData(
        "code,name,parent,level,direction,weight\nIDX,Index,,2,1,1\na,A,NOPE,1,1,1\nb,B,IDX,1,1,1\n",
        "meta.csv:3:",
        "parent 'NOPE'"
    )]
    [InlineData("code,name,parent,level,direction,weight\nIDX,Index,,2,1,1\na,A,,1,1,1\nb,B,IDX,1,1,1\n", "meta.csv:3:", "no parent")]
    [InlineData("code,name,parent,level,direction,weight\nIDX,Index,,2,1,1\na,A,IDX,1,1,-1\nb,B,IDX,1,1,1\n", "meta.csv:3:", "negative")]
    [InlineData("code,name,parent,level,direction,weight\nIDX,Index,,2,1,1\na,A,IDX,1,2,1\nb,B,IDX,1,1,1\n", "meta.csv:3:", "direction")]
    [InlineData(
        "code,name,parent,level,direction,weight\nIDX,Index,,3,1,1\nP,P,Q,2,1,1\nQ,Q,P,2,1,1\na,A,P,1,1,1\nb,B,Q,1,1,1\n",
        "meta.csv:3:",
        "higher level"
    )]
    [InlineData("code,name,parent,level,direction,weight\nIDX,Index,,2,1,1\na,A,IDX,1,1,1\na,B,IDX,1,1,1\n", "meta.csv:4:", "twice")]
    [InlineData(
        "code,name,parent,level,direction,weight\nIDX,Index,,2,1,1\na,A,IDX,1,1,1\nc,C,IDX,1,1,1\n",
        "meta.csv:4:",
        "'c' is not a column"
    )]
    [InlineData("code,name,parent,level\nIDX,Index,,2\nP,P,IDX,2\na,A,IDX,1\nb,B,IDX,1\n", "meta.csv:3:", "higher level")]
    [InlineData("code,name,parent,level\nIDX,Index,,3\nP,P,IDX,2\na,A,IDX,1\nb,B,IDX,1\n", "meta.csv:3:", "no children")]
    public void A_bad_metadata_file_is_one_error_naming_file_and_line(string meta, string at, string what)
    {
        var message = Error(Data, meta);
        Assert.Contains(at, message);
        Assert.Contains(what, message);
        Assert.DoesNotContain("\n", message);
    }

    [Theory]
    [InlineData("unit,a,b\nX,1,2\nX,3,4\n", "data.csv:3:", "appears twice")]
    [InlineData("unit,a,b\nX,1,2\nY,abc,4\n", "data.csv:3:", "'abc' in column a is not a number")]
    [InlineData("country,a,b\nX,1,2\n", "data.csv:1:", "missing column 'unit'")]
    [InlineData("unit,a,b\n", "data.csv:1:", "no units")]
    public void A_bad_data_file_is_one_error_naming_file_and_line(string data, string at, string what)
    {
        var message = Error(data, Meta);
        Assert.Contains(at, message);
        Assert.Contains(what, message);
    }

    [Fact]
    public void Weights_file_is_read_and_checked()
    {
        var folder = CliRunner.TempFolder();
        var path = Path.Combine(folder, "w.csv");
        File.WriteAllText(path, "code,weight\na,2\nb,0.5\n");
        Assert.Equal(2, CompositeFiles.ReadWeights(path)["a"]);
        File.WriteAllText(path, "code,weight\na,2\nb,-1\n");
        Assert.Contains("w.csv:3:", Assert.Throws<InputException>(() => CompositeFiles.ReadWeights(path)).Message);
    }
}
