using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Xunit;
using TradeScope.Data.Products;
using Xunit;

namespace TradeScope.Tests.Data.Products;

/// <summary>
/// The strict check beside DuckDB's typed read on an import's fast path: it passes only canonical fields (anything DuckDB
/// would cast leniently is a doubt), counts what the catalogue records, and proves a file free of duplicates only when its
/// keys increase and each country has one code.
/// </summary>
public sealed class ProductFileCheckTests
{
    private const short World = 99;

    // 4 (AFG) and 8 (ALB) are countries; 250 and 251 are both France (id 3); 899 is an area that may only be a partner.
    private static readonly ProductFileCheck.Codes Codes = ProductFileCheck.Codes.Numeric([
        (4, 1, true),
        (8, 2, true),
        (250, 3, true),
        (251, 3, true),
        (899, 4, false),
    ]);

    private static readonly ProductFileCheck.Columns Baci = new(6, 0, 1, 2, 3, 4, 5);

    private static ProductFileCheck.Result? Check(string text, ProductFileCheck.Columns? columns = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return ProductFileCheck.Run(stream, columns ?? Baci, Codes, World);
    }

    [Fact]
    public void A_clean_file_is_counted_by_year_and_found_in_key_order()
    {
        var result = Check("t,i,j,k,v,q\n2020,4,8,10110,1.5,NA\n2021,4,8,10110,2,\n\n2021,4,899,850110,3.25e2,7\n2021,8,4,10110,.5,0\n\n");
        Assert.NotNull(result);
        Assert.True(result.InKeyOrder);
        Assert.Equal(
            [new ProductFileCheck.YearCounts(2020, 1, 0, 1, 1, 1), new ProductFileCheck.YearCounts(2021, 3, 0, 2, 3, 2)],
            result.Years
        );
    }

    [Theory]
    [InlineData("2021,4.5,8,10110,1,", "a code DuckDB would round")]
    [InlineData("2021,4,1e3,10110,1,", "a code in exponent form")]
    [InlineData("2021,04,8,10110,1,", "a code with a leading zero")]
    [InlineData("2021, 4,8,10110,1,", "a padded code")]
    [InlineData("2021,999,8,10110,1,", "an unknown code")]
    [InlineData("2021,899,8,10110,1,", "an area as reporter")]
    [InlineData("2021.5,4,8,10110,1,", "a fractional year")]
    [InlineData("2.021e3,4,8,10110,1,", "a year in exponent form")]
    [InlineData("1899,4,8,10110,1,", "a year out of range")]
    [InlineData("2021,4,8,1011,1,", "a four-digit product")]
    [InlineData("2021,4,8,+10110,1,", "a signed product")]
    [InlineData("2021,4,8,1e5,1,", "a product in exponent form")]
    [InlineData("2021,4,8,10110,-1,", "a negative value")]
    [InlineData("2021,4,8,10110,1_000,", "a value with an underscore")]
    [InlineData("2021,4,8,10110,0x10,", "a hexadecimal value")]
    [InlineData("2021,4,8,10110, 1,", "a padded value")]
    [InlineData("2021,4,8,10110,,", "a blank value")]
    [InlineData("2021,4,8,10110,inf,", "an infinite value")]
    [InlineData("2021,4,8,10110,1e,", "an exponent without digits")]
    [InlineData("2021,4,8,10110,1, NA", "a padded NA")]
    [InlineData("2021,4,8,10110,1,x", "a quantity that is not a number")]
    [InlineData("\"2021\",4,8,10110,1,", "a quoted field")]
    [InlineData("2021,4,8,10110,1,,extra", "an extra field")]
    [InlineData("2021,4,8,10110,1", "a missing field")]
    public void A_field_that_is_not_canonical_is_a_doubt(string row, string what)
    {
        Assert.True(Check("t,i,j,k,v,q\n2021,4,8,10120,1,\n" + row + "\n") is null, what);
    }

    [Fact]
    public void A_file_with_only_a_header_is_a_doubt() => Assert.Null(Check("t,i,j,k,v,q\n"));

    [Theory]
    [InlineData("2021,4,8,10120,1,\n2021,4,8,10110,1,", "products out of order")]
    [InlineData("2021,4,8,10110,1,\n2021,4,8,10110,1,", "a repeated key")]
    [InlineData("2021,8,4,10110,1,\n2021,4,8,10110,1,", "reporters out of order")]
    [InlineData("2021,4,250,10110,1,\n2021,4,251,10110,1,", "two codes of one country")]
    public void Keys_that_do_not_increase_or_two_codes_of_one_country_leave_the_duplicate_check_to_the_store(string rows, string what)
    {
        var result = Check("t,i,j,k,v,q\n" + rows + "\n");
        Assert.NotNull(result);
        Assert.False(result.InKeyOrder, what);
    }

    [Fact]
    public void A_file_without_partners_counts_every_row_as_exports_to_the_world()
    {
        var result = Check("t,i,k,v\n2019,4,10110,1\n2019,8,10110,2\n", new ProductFileCheck.Columns(4, 0, 1, null, 2, 3, null));
        Assert.NotNull(result);
        Assert.Equal([new ProductFileCheck.YearCounts(2019, 2, 2, 2, 1, 1)], result.Years);
    }

    [Fact]
    public void Text_codes_are_ranked_in_ordinal_order_and_matched_exactly()
    {
        var codes = ProductFileCheck.Codes.Text([("KAZ", 1, true), ("RUS", 2, true), ("W00", World, false)]);
        var columns = new ProductFileCheck.Columns(5, 0, 1, 2, 3, 4, null);
        ProductFileCheck.Result? Run(string text)
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
            return ProductFileCheck.Run(stream, columns, codes, World);
        }
        var result = Run("y,r,p,k,v\n2021,KAZ,RUS,10110,1\n2021,KAZ,W00,10110,1\n2021,RUS,KAZ,10110,1\n");
        Assert.NotNull(result);
        Assert.True(result.InKeyOrder);
        Assert.Equal(1, result.Years.Single().World);
        Assert.Null(Run("y,r,p,k,v\n2021,kaz,RUS,10110,1\n"));
        Assert.Null(Run("y,r,p,k,v\n2021,W00,RUS,10110,1\n"));
    }

    /// <summary>Every non-negative finite number as .NET, R or pandas write it is a plain decimal.</summary>
    [Property]
    public bool Non_negative_numbers_as_written_are_plain_decimals(NormalFloat number)
    {
        var value = Math.Abs(number.Get);
        return new[] { "R", "G17", "E3", "F2", "0.###" }.All(f =>
            ProductFileCheck.PlainDecimal(value.ToString(f, CultureInfo.InvariantCulture))
        );
    }
}
