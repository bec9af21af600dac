using TradeScope.Core;
using TradeScope.Data.Products;
using TradeScope.Model;
using Xunit;

namespace TradeScope.Tests.Data.Products;

public sealed class BundledGroupingsTests
{
    private static ProductGrouping Grouping(string id) => ProductGroupings.Find(id) ?? throw new InvalidOperationException(id);

    // The section ranges of the Harmonized System nomenclature (WCO; the same in HS1992–HS2022).
    private static readonly (string Section, int First, int Last)[] SectionRanges =
    [
        ("I", 1, 5),
        ("II", 6, 14),
        ("III", 15, 15),
        ("IV", 16, 24),
        ("V", 25, 27),
        ("VI", 28, 38),
        ("VII", 39, 40),
        ("VIII", 41, 43),
        ("IX", 44, 46),
        ("X", 47, 49),
        ("XI", 50, 63),
        ("XII", 64, 67),
        ("XIII", 68, 70),
        ("XIV", 71, 71),
        ("XV", 72, 83),
        ("XVI", 84, 85),
        ("XVII", 86, 89),
        ("XVIII", 90, 92),
        ("XIX", 93, 93),
        ("XX", 94, 96),
        ("XXI", 97, 97),
    ];

    [Fact]
    public void Bundled_groupings_are_the_seven_documented_ones()
    {
        Assert.Equal(["hs-section", "hs2", "hs4", "sitc-section", "sitc-division", "bec", "tech"], ProductGroupings.Ids);
        Assert.Same(Grouping("sitc-section"), ProductGroupings.Find("SITC-Section"));
        Assert.Null(ProductGroupings.Find("sitc"));
    }

    [Fact]
    public void Every_chapter_lies_in_its_HS_section_and_chapters_77_98_99_in_none()
    {
        var map = Grouping("hs-section").MapFor(null);
        Assert.Equal(2, map.KeyLength);
        foreach (var (section, first, last) in SectionRanges)
            for (var chapter = first; chapter <= last; chapter++)
                if (chapter != 77)
                    Assert.Equal(section, map.GroupOf($"{chapter:D2}0000"));
        Assert.Equal("VI", map.GroupOf("280410"));
        Assert.Equal("VI", map.GroupOf("380899"));
        Assert.Equal("XVI", map.GroupOf("847130"));
        Assert.Equal("XVI", map.GroupOf("854231"));
        Assert.Null(map.GroupOf("770000"));
        Assert.Null(map.GroupOf("980000"));
        Assert.Null(map.GroupOf("999999"));
        Assert.Equal(96, map.GroupByKey.Count); // chapters 01–97 without 77
    }

    [Fact]
    public void The_21_sections_have_English_and_Russian_names_in_order()
    {
        var groups = Grouping("hs-section").Groups;
        Assert.Equal(SectionRanges.Select(r => r.Section), groups.Select(g => g.Code));
        foreach (var group in groups)
        {
            Assert.False(string.IsNullOrWhiteSpace(group.NameEn));
            Assert.NotNull(group.NameRu);
            Assert.Contains(group.NameRu, c => c is >= 'а' and <= 'я');
            Assert.True(char.IsUpper(group.NameEn[0]) && char.IsUpper(group.NameRu[0]), group.Code);
        }
        // Official TN VED EAEU wording of section VI and XVI (sentence case).
        Assert.Equal("Продукция химической и связанных с ней отраслей " +
            "" + "промышленности", groups[5].NameRu);
        Assert.StartsWith("Машины, оборудование и механизмы; электротехническое " +
            "" + "оборудование", groups[15].NameRu);
        Assert.Equal("Live animals; animal products", groups[0].NameEn);
    }

    [Fact]
    public void Chapters_have_names_in_both_languages_and_map_to_themselves()
    {
        var chapters = Grouping("hs2");
        Assert.Equal(97, chapters.Groups.Count); // 01–97 without 77, and 99
        Assert.All(chapters.Groups, g => Assert.False(string.IsNullOrEmpty(g.NameRu)));
        Assert.Equal("Товары, не классифицированные по видам", chapters.Find("99")!.NameRu);
        Assert.Equal("Реакторы ядерные, котлы, оборудование и механические " +
            "" + "устройства; их части", chapters.Find("84")!.NameRu);
        Assert.Equal("84", chapters.MapFor(null).GroupOf("847130"));
        Assert.Null(chapters.MapFor(null).GroupOf("770000"));
    }

    [Fact]
    public void Headings_cover_every_vintage_including_HS2022_only_headings()
    {
        var headings = Grouping("hs4");
        var map = headings.MapFor(null);
        Assert.Equal(4, map.KeyLength);
        Assert.Equal("2709", map.GroupOf("270900"));
        Assert.Equal("Unmanned aircraft", headings.Find("8806")!.NameEn); // new in HS2022
        Assert.StartsWith("Petroleum oils and oils obtained from bituminous minerals; crude", headings.Find("2709")!.NameEn);
        Assert.All(headings.Groups, g => Assert.Null(g.NameRu));
    }

    [Theory]
    // SITC Rev.3/Rev.4 of UN concordances; the SITC sections and divisions are those of the products' descriptions.
    [InlineData(HsRevision.Hs1992, "270900", "3", "33")] // crude petroleum
    [InlineData(HsRevision.Hs2002, "270900", "3", "33")]
    [InlineData(HsRevision.Hs2017, "270900", "3", "33")]
    [InlineData(HsRevision.Hs2002, "300490", "5", "54")] // medicaments
    [InlineData(HsRevision.Hs2017, "870323", "7", "78")] // passenger cars
    [InlineData(HsRevision.Hs2002, "100190", "0", "04")] // wheat, HS2002 code
    [InlineData(HsRevision.Hs2017, "100199", "0", "04")] // wheat, HS2017 code
    [InlineData(HsRevision.Hs2017, "640399", "8", "85")] // footwear
    [InlineData(HsRevision.Hs2022, "880240", "7", "79")] // aeroplanes
    public void SITC_section_and_division_of_known_products(HsRevision revision, string product, string section, string division)
    {
        Assert.Equal(section, Grouping("sitc-section").MapFor(revision).GroupOf(product));
        Assert.Equal(division, Grouping("sitc-division").MapFor(revision).GroupOf(product));
    }

    [Fact]
    public void A_code_of_another_vintage_is_outside_the_map()
    {
        // 100190 (wheat) was split into 100191/100199 in HS2012; 100199 did not exist in HS2002.
        Assert.Null(Grouping("sitc-section").MapFor(HsRevision.Hs2017).GroupOf("100190"));
        Assert.Null(Grouping("sitc-section").MapFor(HsRevision.Hs2002).GroupOf("100199"));
    }

    [Fact]
    public void SITC_has_10_sections_and_67_divisions_with_Russian_names()
    {
        Assert.Equal(10, Grouping("sitc-section").Groups.Count);
        Assert.Equal(67, Grouping("sitc-division").Groups.Count);
        Assert.DoesNotContain(Grouping("sitc-division").Groups, g => g.Code is "10" or "30" or "90" or "0X");
        Assert.All(Grouping("sitc-division").Groups, g => Assert.Contains(g.NameRu!, c => c is >= 'а' and <= 'я'));
        Assert.Equal("Medicinal and pharmaceutical products", Grouping("sitc-division").Find("54")!.NameEn);
        Assert.Equal("Machinery and transport equipment", Grouping("sitc-section").Find("7")!.NameEn);
    }

    [Theory]
    // End use of the BEC Rev.4 basic categories (UN BEC Rev.4 manual): 22 processed industrial supplies, 31 primary
    // fuels, 111 primary food for industry, 42 parts of capital goods → intermediate; 41 and 521 → capital; 62, 63 →
    // consumption; 51 passenger cars: not assigned to an end use.
    [InlineData(HsRevision.Hs2017, "720839", "intermediate")]
    [InlineData(HsRevision.Hs2017, "270900", "intermediate")]
    [InlineData(HsRevision.Hs2017, "100199", "intermediate")]
    [InlineData(HsRevision.Hs2017, "843149", "intermediate")]
    [InlineData(HsRevision.Hs2002, "843280", "capital")]
    [InlineData(HsRevision.Hs2017, "880240", "capital")]
    [InlineData(HsRevision.Hs2017, "620342", "consumption")]
    [InlineData(HsRevision.Hs2017, "300490", "consumption")]
    [InlineData(HsRevision.Hs2017, "870323", "mixed")]
    public void BEC_end_use_of_known_products(HsRevision revision, string product, string endUse) =>
        Assert.Equal(endUse, Grouping("bec").MapFor(revision).GroupOf(product));

    [Fact]
    public void A_product_whose_BEC_categories_disagree_on_end_use_is_mixed()
    {
        // HS2017 854231 (processors) is listed under BEC 21, 22, 41, 42, 61, 62, 63 and 7 in the concordance.
        Assert.Equal("mixed", Grouping("bec").MapFor(HsRevision.Hs2017).GroupOf("854231"));
        // HS1992 300490 (medicaments) is listed under 21 (industrial supplies) and 63 (non-durable consumer goods).
        Assert.Equal("mixed", Grouping("bec").MapFor(HsRevision.Hs1992).GroupOf("300490"));
        // HS2002 120710 (palm nuts) is listed under 111 and 21, both intermediate: categories that agree are no mixture.
        Assert.Equal("intermediate", Grouping("bec").MapFor(HsRevision.Hs2002).GroupOf("120710"));
    }

    [Fact]
    public void HS2022_goes_through_its_HS2017_counterpart_for_BEC_and_technology()
    {
        // HS2022 880610 (unmanned aircraft for passengers) corresponds to HS2017 880240 (aeroplanes > 15 t, BEC 521,
        // ISIC 3530 aircraft).
        Assert.Equal("capital", Grouping("bec").MapFor(HsRevision.Hs2022).GroupOf("880610"));
        Assert.Equal("high", Grouping("tech").MapFor(HsRevision.Hs2022).GroupOf("880610"));
        Assert.Null(Grouping("bec").MapFor(HsRevision.Hs2017).GroupOf("880610"));
    }

    [Theory]
    // OECD classes (Hatzichronoglou 1997) of the ISIC Rev.3 industry of each product.
    [InlineData(HsRevision.Hs2017, "300490", "high")] // 2423 pharmaceuticals
    [InlineData(HsRevision.Hs2017, "880240", "high")] // 3530 aircraft
    [InlineData(HsRevision.Hs2002, "847130", "high")] // 3000 office machinery and computers
    [InlineData(HsRevision.Hs2017, "870323", "medium-high")] // 3410 motor vehicles
    [InlineData(HsRevision.Hs2012, "843280", "medium-high")] // 2921 agricultural machinery
    [InlineData(HsRevision.Hs2017, "280410", "medium-high")] // 24 excluding 2423: chemicals
    [InlineData(HsRevision.Hs2017, "720839", "medium-low")] // 2710 basic iron and steel
    [InlineData(HsRevision.Hs2007, "620342", "low")] // 1810 wearing apparel
    [InlineData(HsRevision.Hs1992, "270900", "non-manufacturing")] // 1110 crude petroleum extraction
    [InlineData(HsRevision.Hs2017, "100199", "non-manufacturing")] // 0111 growing of cereals
    public void Technology_class_of_known_products(HsRevision revision, string product, string tech) =>
        Assert.Equal(tech, Grouping("tech").MapFor(revision).GroupOf(product));

    [Fact]
    public void Where_the_all_vintage_concordance_lists_two_industries_the_first_is_taken()
    {
        // HS1996 848510 is listed under ISIC 2899 (medium-low) and then 2922 (medium-high); 852491 under 2213 (low)
        // and then 3220 (high).
        var tech = Grouping("tech").MapFor(HsRevision.Hs1996);
        Assert.Equal("medium-low", tech.GroupOf("848510"));
        Assert.Equal("low", tech.GroupOf("852491"));
    }

    public static TheoryData<string, HsRevision> GroupingsAndVintages()
    {
        var data = new TheoryData<string, HsRevision>();
        foreach (var id in new[] { "sitc-section", "sitc-division", "bec", "tech" })
        {
            foreach (var revision in Enum.GetValues<HsRevision>())
                data.Add(id, revision);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(GroupingsAndVintages))]
    public void Every_product_of_a_vintage_maps_to_one_listed_group(string id, HsRevision revision)
    {
        var grouping = Grouping(id);
        var map = grouping.MapFor(revision);
        Assert.Equal(6, map.KeyLength);
        var codes = grouping.Groups.Select(g => g.Code).ToHashSet();
        Assert.All(map.GroupByKey, p => Assert.Contains(p.Value, codes));
        Assert.All(map.GroupByKey.Keys, k => Assert.True(k.All(char.IsAsciiDigit), k));
        // At least 97 % of the vintage's subheadings are classified (about 5,000–5,600 codes per vintage).
        Assert.InRange(map.GroupByKey.Count, 4900, 5700);
    }

    [Fact]
    public void HS2017_SITC_map_covers_the_5387_subheadings_of_the_WCO_nomenclature()
    {
        var map = Grouping("sitc-section").MapFor(HsRevision.Hs2017);
        Assert.InRange(map.GroupByKey.Count, 5380, 5387);
    }

    [Theory]
    [InlineData("sitc-section")]
    [InlineData("sitc-division")]
    [InlineData("bec")]
    [InlineData("tech")]
    public void Groupings_through_six_digit_codes_need_the_vintage(string id)
    {
        Assert.True(Grouping(id).DependsOnRevision);
        var error = Assert.Throws<InputException>(() => Grouping(id).MapFor(null));
        Assert.Contains(id, error.Message);
        Assert.Contains("hs-revision HS2002", error.Message);
        Assert.Contains("--hs-revision HS2002", error.MessageFor(p => "--" + p));
    }

    [Theory]
    [InlineData("hs-section")]
    [InlineData("hs2")]
    [InlineData("hs4")]
    public void Groupings_by_HS_digits_work_without_the_vintage(string id)
    {
        Assert.False(Grouping(id).DependsOnRevision);
        Assert.Same(Grouping(id).MapFor(null), Grouping(id).MapFor(HsRevision.Hs1992));
    }

    [Fact]
    public void Every_grouping_states_its_source_and_names_its_groups()
    {
        foreach (var grouping in ProductGroupings.Bundled)
        {
            Assert.False(string.IsNullOrWhiteSpace(grouping.Source));
            Assert.Contains(grouping.NameRu, c => c is >= 'а' and <= 'я');
            Assert.Equal(grouping.Groups.Count, grouping.Groups.Select(g => g.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.All(grouping.Groups, g => Assert.False(string.IsNullOrWhiteSpace(g.NameEn)));
        }
    }

    [Fact]
    public void Every_bundled_table_is_documented_in_the_data_README()
    {
        var names = TradeScope.Data.Bundled.List("products");
        Assert.Contains("hs_chapters_sections_en_ru.csv.gz", names);
        Assert.Equal(23, names.Count);
        var readme = File.ReadAllText(Path.Combine(Cli.ReadmeCommandsTests.RepositoryRoot(), "data", "ref", "products", "README.md"));
        // The README names families of files by their first and last member ("hs1_sitc4.csv.gz … hs6_sitc4.csv.gz").
        foreach (var name in names.Where(n => !System.Text.RegularExpressions.Regex.IsMatch(n, @"^hs([2-5]_sitc4|[1-4]_bec4)")))
            Assert.Contains($"`{name}`", readme);
    }

    [Theory]
    [InlineData("ЖИВЫЕ ЖИВОТНЫЕ; ПРОДУКТЫ ЖИВОТНОГО " +
        "" + "ПРОИСХОЖДЕНИЯ", "Живые животные; продукты животного происхождения")]
    [InlineData("", "")]
    public void Russian_names_are_shown_in_sentence_case(string upper, string expected) =>
        Assert.Equal(expected, BundledGroupings.SentenceCase(upper));
}
