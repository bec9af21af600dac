using TradeScope.Core;
using TradeScope.Data.Products;
using TradeScope.Model;
using Xunit;

namespace TradeScope.Tests.Data.Products;

public sealed class ProductGroupingsTests : IDisposable
{
    private const string Option = "products";
    private readonly string _dir = Directory.CreateTempSubdirectory("tradescope-groupings-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    // ------------------------------------------------------------------ specifications

    [Theory]
    [InlineData("hs-section:VI", "hs-section", "VI")]
    [InlineData("hs-section:vi", "hs-section", "VI")]
    [InlineData("hs-section:6", "hs-section", "VI")]
    [InlineData("sitc-section:5", "sitc-section", "5")]
    [InlineData("sitc-division:54", "sitc-division", "54")]
    [InlineData("hs2:84", "hs2", "84")]
    [InlineData("hs2:8", "hs2", "08")]
    [InlineData("bec:capital", "bec", "capital")]
    [InlineData("tech:HIGH", "tech", "high")]
    [InlineData(" HS4:2709 ", "hs4", "2709")]
    public void A_grouping_and_one_group(string spec, string grouping, string group)
    {
        var selection = ProductGroupings.Parse(spec, Option);
        Assert.Equal(grouping, selection.Grouping.Id);
        Assert.Equal([group], selection.Groups.Select(g => g.Code));
        Assert.False(selection.IsWholeGrouping);
        Assert.Equal($"{grouping}:{group}", selection.ToString());
    }

    [Fact]
    public void Several_groups_keep_their_order_without_duplicates()
    {
        var selection = ProductGroupings.Parse("hs2:85,84, 85", Option);
        Assert.Equal(["85", "84"], selection.Groups.Select(g => g.Code));
        var map = selection.MapFor(null);
        Assert.Equal("84", map.GroupOf("847130"));
        Assert.Equal("85", map.GroupOf("854231"));
        Assert.Null(map.GroupOf("870323"));
    }

    [Fact]
    public void A_grouping_alone_is_the_whole_grouping()
    {
        var selection = ProductGroupings.Parse("hs-section", Option, groupsAllowed: false);
        Assert.True(selection.IsWholeGrouping);
        Assert.Equal(21, selection.EffectiveGroups.Count);
        Assert.Equal("XVII", selection.MapFor(null).GroupOf("870323"));
    }

    [Fact]
    public void A_filter_through_a_concordance_keeps_only_the_chosen_groups()
    {
        var map = ProductGroupings.Parse("sitc-section:3", Option).MapFor(HsRevision.Hs2002);
        Assert.Equal("3", map.GroupOf("270900"));
        Assert.Null(map.GroupOf("300490"));
        Assert.All(
            map.GroupByKey.Keys,
            k => Assert.True(string.CompareOrdinal(k, "250000") >= 0 && string.CompareOrdinal(k, "280000") < 0, k)
        );
    }

    [Theory]
    [InlineData("sitc:5", "unknown product grouping 'sitc'; expected one of hs-section, hs2, hs4, sitc-section")]
    [InlineData("hs-section:XXII", "hs-section has no group 'XXII'; expected one of I, II, III")]
    [InlineData("hs2:77", "hs2 has no group '77'; expected one of 01, 02")]
    [InlineData("bec:durable", "bec has no group 'durable'; expected one of intermediate, capital, consumption, mixed")]
    [InlineData("tech:", "name at least one group after ':', e.g. tech:high")]
    [InlineData("hs2:84,,85", "empty group between commas")]
    [InlineData("  ", "empty product specification; expected one of hs-section")]
    [InlineData("nowhere/groups.csv", "file not found")]
    [InlineData("groups.csv:chem", "file not found")]
    public void Errors_name_the_parameter_and_the_value(string spec, string detail)
    {
        var error = Assert.Throws<InputException>(() => ProductGroupings.Parse(spec, Option));
        Assert.Equal(Option, error.Parameter);
        Assert.Equal(spec, error.Value);
        Assert.Contains(detail, error.Message);
        Assert.StartsWith($"--{Option} {spec}: ", error.MessageFor(p => "--" + p));
    }

    [Fact]
    public void Long_group_lists_are_cut_in_the_message()
    {
        var error = Assert.Throws<InputException>(() => ProductGroupings.Parse("hs4:9800", Option));
        Assert.Contains("hs4 has no group '9800'; expected one of 0101, 0102", error.Message);
        Assert.Contains("groups)", error.Message);
        Assert.True(error.Message.Length < 300, error.Message);
    }

    [Fact]
    public void Groups_are_refused_where_a_whole_grouping_is_expected()
    {
        var error = Assert.Throws<InputException>(() => ProductGroupings.Parse("hs-section:VI", "by", groupsAllowed: false));
        Assert.Equal("by", error.Parameter);
        Assert.Contains("name a whole grouping here, without ':' and groups, e.g. hs-section", error.Message);
    }

    [Fact]
    public void A_user_file_and_a_user_file_with_groups()
    {
        var path = Write(
            "chem.csv",
            "product,group,name_en,name_ru\n28,inorganic,Inorganic chemicals,Неорганическая химия\n29,organic,,\n"
        );
        var whole = ProductGroupings.Parse(path, Option);
        Assert.Equal(path, whole.Grouping.Id);
        Assert.Equal(["inorganic", "organic"], whole.EffectiveGroups.Select(g => g.Code));
        var one = ProductGroupings.Parse(path + ":organic", Option);
        Assert.Equal(["organic"], one.Groups.Select(g => g.Code));
        Assert.Equal("organic", one.MapFor(null).GroupOf("290110"));
        Assert.Null(one.MapFor(null).GroupOf("280410"));
        var error = Assert.Throws<InputException>(() => ProductGroupings.Parse(path + ":fuels", Option));
        Assert.Contains("has no group 'fuels'; expected one of inorganic, organic", error.Message);
    }

    // ------------------------------------------------------------------ HS vintage of a file name

    [Theory]
    [InlineData("BACI_HS02_Y2021_V202401.csv", HsRevision.Hs2002)]
    [InlineData("/data/baci/BACI_HS92_Y1995_V202401.csv.gz", HsRevision.Hs1992)]
    [InlineData("BACI_HS17_Y2020_V202501.csv", HsRevision.Hs2017)]
    [InlineData("baci_hs22_y2023.csv", HsRevision.Hs2022)]
    [InlineData("exports_HS2012.csv", HsRevision.Hs2012)]
    public void The_HS_vintage_is_read_from_a_BACI_file_name(string path, HsRevision expected) =>
        Assert.Equal(expected, ProductGroupings.HsRevisionFromFileName(path));

    [Theory]
    [InlineData("exports_2021.csv")]
    [InlineData("/data/HS02/exports_2021.csv")] // a folder's name is not the file's
    [InlineData("THS02_2021.csv")]
    [InlineData("BACI_HS02_HS17.csv")] // two different vintages
    [InlineData("BACI_HS05_Y2021.csv")] // no such vintage
    public void A_name_that_states_no_single_vintage_gives_null(string path) => Assert.Null(ProductGroupings.HsRevisionFromFileName(path));

    // ------------------------------------------------------------------ user CSV files

    [Fact]
    public void A_user_grouping_takes_the_group_of_the_longest_listed_prefix()
    {
        var path = Write("g.csv", "product,group\n28,chem\n2804,gases\n280410,hydrogen\n38,chem\n");
        var grouping = ProductGroupings.LoadCsv(path);
        Assert.False(grouping.DependsOnRevision);
        Assert.Equal(["chem", "gases", "hydrogen"], grouping.Groups.Select(g => g.Code));
        Assert.Equal("chem", grouping.Find("chem")!.NameEn); // no name given: the code
        Assert.Null(grouping.Find("chem")!.NameRu);
        var map = grouping.MapFor(HsRevision.Hs2017);
        Assert.Equal(6, map.KeyLength);
        Assert.Equal("hydrogen", map.GroupOf("280410"));
        Assert.Equal("gases", map.GroupOf("280421"));
        Assert.Equal("chem", map.GroupOf("281000"));
        Assert.Equal("chem", map.GroupOf("380891"));
        Assert.Null(map.GroupOf("290110"));
    }

    [Fact]
    public void A_file_of_chapters_only_is_keyed_by_two_digits()
    {
        var map = ProductGroupings.LoadCsv(Write("c.csv", "product,group\n84,machinery\n85,machinery\n")).MapFor(null);
        Assert.Equal(2, map.KeyLength);
        Assert.Equal(2, map.GroupByKey.Count);
        Assert.Equal("machinery", map.GroupOf("854231"));
    }

    [Fact]
    public void Names_may_be_given_on_any_row_of_a_group()
    {
        var path = Write("n.csv", "product,group,name_en,name_ru\n28,chem,,\n29,chem,Chemicals,\n38,chem,,Химия\n");
        var chem = ProductGroupings.LoadCsv(path).Find("chem")!;
        Assert.Equal(new ProductGroup("chem", "Chemicals", "Химия"), chem);
    }

    [Theory]
    [InlineData("product,group\n28,chem\n2804x,gases\n", 3, "product '2804x' is not an HS code prefix of 2, 4 or 6 digits")]
    [InlineData("product,group\n28,chem\n101,animals\n", 3, "a leading zero may have been lost (write 0101")]
    [InlineData("product,group\n28,chem\n28012,chem\n", 3, "write 028012")]
    [InlineData("product,group\n28,chem\n29,\n", 3, "product 29 has an empty group")]
    [InlineData("product,group\n28,chem\n29,org\n28,other\n", 4, "product 28 is listed twice (also on line 2)")]
    [InlineData("product,group\n28,\"a,b\"\n", 2, "contains ',' or ':'")]
    [InlineData(
        "product,group,name_en\n28,chem,Chemicals\n29,chem,Chemistry\n",
        3,
        "group chem is named 'Chemistry' here but 'Chemicals' on line 2"
    )]
    [InlineData("product,group\n28,chem\n29,Chem\n", 3, "group 'Chem' differs from group 'chem' only in case")]
    [InlineData("code,group\n28,chem\n", 1, "missing column 'product'")]
    [InlineData("product,group\n", 1, "no rows")]
    [InlineData("product,group\n28,chem,extra\n", 2, "malformed line")]
    public void User_file_errors_name_the_file_and_line(string text, int line, string detail)
    {
        var path = Write("bad.csv", text);
        var error = Assert.Throws<InputException>(() => ProductGroupings.LoadCsv(path));
        Assert.StartsWith($"{path}:{line}: ", error.Message);
        Assert.Contains(detail, error.Message);
    }

    [Fact]
    public void A_missing_user_file_is_an_input_error()
    {
        var error = Assert.Throws<InputException>(() => ProductGroupings.LoadCsv(Path.Combine(_dir, "none.csv")));
        Assert.Contains("file not found", error.Message);
    }

    [Fact]
    public void User_prefixes_expand_by_digits_alone()
    {
        var map = ProductGroupings.UserMap(
            new Dictionary<string, string>
            {
                ["84"] = "m",
                ["8501"] = "e",
                ["850440"] = "c",
            }
        );
        Assert.Equal(6, map.KeyLength);
        Assert.Equal(10_000 + 100 + 1, map.GroupByKey.Count);
        Assert.Equal("m", map.GroupOf("840000"));
        Assert.Equal("m", map.GroupOf("849999"));
        Assert.Equal("e", map.GroupOf("850110"));
        Assert.Equal("c", map.GroupOf("850440"));
        Assert.Null(map.GroupOf("850441"));
    }
}
