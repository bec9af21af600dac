using TradeScope.Core;
using TradeScope.Data;
using TradeScope.Model;
using TradeScope.Cli;
using Xunit;

namespace TradeScope.Tests.Data;

/// <summary>Bundled countries and groups: lookups, names, membership by year (docs/methods/trade-indices.md#group-membership).</summary>
public sealed class RegistryTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tradescope-groups-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static CountryCode C(string iso3) => new(iso3);

    private static readonly CountryRegistry Countries = CountryRegistry.Default;
    private static readonly GroupRegistry Groups = GroupRegistry.Default;

    private static IReadOnlyList<string> Members(string group, int year) =>
        Groups.MembersIn(new GroupId(group), year).Select(c => c.Value).ToList();

    // ---- countries ----

    [Fact]
    public void Countries_have_English_and_Russian_names()
    {
        var rus = Countries.Get(C("RUS"));
        Assert.Equal((643, "Russian Federation", "Российская Федерация"), (rus.M49, rus.NameEn, rus.NameRu));
        Assert.Equal("Румыния", Countries.NameRu(C("ROU")));
        Assert.Equal("Romania", Countries.NameEn(C("ROU")));
        Assert.Equal("Казахстан", Countries.NameRu(C("KAZ")));
        Assert.All(Countries.All, c => Assert.False(string.IsNullOrWhiteSpace(c.NameRu)));
        Assert.All(Countries.All, c => Assert.Contains(c.NameRu, ch => ch is >= 'А' and <= 'я' or 'ё' or 'Ё'));
    }

    [Fact]
    public void Taiwan_and_Comtrade_numeric_codes_resolve()
    {
        Assert.Equal(("Taiwan", "Тайвань"), (Countries.NameEn(C("TWN")), Countries.NameRu(C("TWN"))));
        Assert.True(Countries.TryGetByM49(490, out var twn));
        Assert.Equal(C("TWN"), twn.Iso3);
        Assert.True(Countries.TryGetByM49(842, out var usa)); // Comtrade's USA code
        Assert.Equal(C("USA"), usa.Iso3);
        Assert.True(Countries.TryGetByM49(840, out usa)); // UN M49
        Assert.Equal(C("USA"), usa.Iso3);
        Assert.True(Countries.TryGetByM49(642, out var rou));
        Assert.Equal(C("ROU"), rou.Iso3);
        Assert.False(Countries.Contains(C("ROM"))); // WIOD's Romania code is not ISO3
        Assert.True(Countries.Contains(C("ATB"))); // Comtrade's British Antarctic Territory
    }

    [Fact]
    public void Parse_rejects_unknown_and_malformed_codes_naming_the_option()
    {
        Assert.Equal(C("RUS"), Countries.Parse(" rus ", "--reporter"));
        Assert.Equal(
            "--reporter XYZ: unknown ISO3 code; see data/ref/countries.csv for the list",
            Assert.Throws<InputException>(() => Countries.Parse("XYZ", "--reporter")).Message
        );
        Assert.Equal(
            "--reporter RU: not an ISO3 code (three letters, e.g. RUS)",
            Assert.Throws<InputException>(() => Countries.Parse("RU", "--reporter")).Message
        );
    }

    // ---- groups ----

    [Fact]
    public void Required_groups_are_bundled_and_no_ID_is_an_ISO3_code()
    {
        foreach (
            var id in new[]
            {
                "EU",
                "EAEU",
                "CIS_FTA",
                "MERCOSUR",
                "ANDEAN",
                "ASEAN",
                "COMESA",
                "CACM",
                "CARICOM",
                "GCC",
                "SACU",
                "EFTA",
                "NAFTA",
                "USMCA",
                "NAFTA_USMCA",
                "RU_UNFRIENDLY",
            }
        )
            Assert.True(Groups.TryGet(new GroupId(id), out _), id);
        Assert.All(Groups.Groups, g => Assert.False(CountryCode.TryParse(g.Id.Value, out var c) && Countries.Contains(c), g.Id.Value));
        Assert.False(Groups.TryGet(new GroupId("CAN"), out _));
        Assert.All(Groups.Groups, g => Assert.All(g.Memberships, m => Assert.True(Countries.Contains(m.Member), $"{g.Id} {m.Member}")));
    }

    [Fact]
    public void EAEU_membership_follows_the_1_July_rule()
    {
        Assert.Equal(["ARM", "BLR", "KAZ", "RUS"], Members("EAEU", 2015)); // KGZ joined 2015-08-12
        Assert.Equal(["ARM", "BLR", "KAZ", "KGZ", "RUS"], Members("EAEU", 2016));
        Assert.Empty(Members("EAEU", 2014));
        Assert.Contains("KGZ", Groups.Get(new GroupId("EAEU")).MembersOn(new DateOnly(2015, 8, 12)).Select(c => c.Value));
    }

    [Fact]
    public void EU_accessions_and_the_UK_exit()
    {
        Assert.DoesNotContain("HRV", Members("EU", 2012));
        Assert.Contains("HRV", Members("EU", 2013)); // joined 2013-07-01
        Assert.Equal(28, Members("EU", 2019).Count);
        Assert.Contains("GBR", Members("EU", 2019));
        Assert.Equal(27, Members("EU", 2020).Count); // EU27_2020 from 2020
        Assert.DoesNotContain("GBR", Members("EU", 2020));
        // The convention holds for any reference day in 2020, not only 1 July.
        Assert.DoesNotContain("GBR", Groups.MembersIn(new GroupId("EU"), 2020, referenceDay: (1, 15)).Select(c => c.Value));
        Assert.Equal(27, Members("EU", 2007).Count); // BGR, ROU from 2007
    }

    [Fact]
    public void NAFTA_is_followed_by_USMCA_on_1_July_2020()
    {
        Assert.Equal(["CAN", "MEX", "USA"], Members("NAFTA", 2019));
        Assert.Empty(Members("NAFTA", 2020));
        Assert.Empty(Members("USMCA", 2019));
        Assert.Equal(["CAN", "MEX", "USA"], Members("USMCA", 2020));
        foreach (var year in new[] { 1994, 2019, 2020, 2022 })
            Assert.Equal(["CAN", "MEX", "USA"], Members("NAFTA_USMCA", year));
        Assert.Empty(Members("NAFTA_USMCA", 1993));
    }

    [Fact]
    public void Corrected_memberships_COMESA_ANDEAN_MERCOSUR_ASEAN_CIS()
    {
        var comesa = Members("COMESA", 2019);
        Assert.Equal(21, comesa.Count); // comesa.int: 21 member states
        Assert.DoesNotContain("AGO", comesa);
        Assert.Contains("SOM", comesa);
        Assert.DoesNotContain("SOM", Members("COMESA", 2018)); // admitted 2018-07-19
        Assert.Equal(["BOL", "COL", "ECU", "PER"], Members("ANDEAN", 2019));
        Assert.Equal(["ARG", "BRA", "PRY", "URY", "VEN"], Members("MERCOSUR", 2016));
        Assert.Equal(["ARG", "BRA", "PRY", "URY"], Members("MERCOSUR", 2017)); // VEN suspended 2016-12-01
        Assert.Equal(10, Members("ASEAN", 2019).Count);
        Assert.Equal(["ARM", "BLR", "KAZ", "KGZ", "MDA", "RUS", "TJK", "UKR"], Members("CIS_FTA", 2016));
        Assert.Empty(Members("CIS_FTA", 2012)); // in force 2012-09-20
        Assert.Equal(["BLR", "RUS", "UKR"], Groups.Get(new GroupId("CIS_FTA")).MembersOn(new DateOnly(2012, 9, 20)).Select(c => c.Value));
    }

    [Fact]
    public void Sanctions_list_uses_an_as_of_date_independent_of_the_data_year()
    {
        var id = GroupRegistry.Sanctions;
        Assert.Equal(GroupDating.AsOf, Groups.DatingOf(id));
        Assert.Equal(GroupDating.Annual, Groups.DatingOf(new GroupId("EU")));
        Assert.Equal(new DateOnly(2022, 10, 30), Groups.LatestListDate(id));
        var latest2019 = Groups.MembersIn(id, 2019);
        Assert.Equal(latest2019, Groups.MembersIn(id, 2021)); // same list for any data year
        Assert.Equal(65, latest2019.Count);
        foreach (var c in new[] { "USA", "GBR", "DEU", "JPN", "TWN", "BHS", "BMU", "ATB" })
            Assert.Contains(C(c), latest2019);
        var march = Groups.MembersIn(id, 2019, asOf: new DateOnly(2022, 3, 5));
        Assert.Equal(52, march.Count);
        Assert.DoesNotContain(C("BHS"), march); // added 2022-07-24
        Assert.Empty(Groups.MembersIn(id, 2019, asOf: new DateOnly(2022, 3, 4)));
    }

    [Fact]
    public void WithoutMember_removes_the_reporter_only()
    {
        var eaeu = Groups.MembersIn(new GroupId("EAEU"), 2019);
        Assert.Equal(["ARM", "BLR", "KAZ", "KGZ"], GroupRegistry.WithoutMember(eaeu, C("RUS")).Select(c => c.Value));
        Assert.Equal(eaeu, GroupRegistry.WithoutMember(eaeu, C("CHN")));
    }

    [Fact]
    public void Resolve_prefers_ISO3_unless_prefixed()
    {
        Assert.Equal(C("CAN"), Groups.Resolve("CAN", "--partner").Country);
        Assert.Equal("ANDEAN", Groups.Resolve("ANDEAN", "--partner").Group!.Id.Value);
        Assert.Equal("EU", Groups.Resolve("eu", "--partner").Group!.Id.Value);
        Assert.Equal("EAEU", Groups.Resolve("group:EAEU", "--partner").Group!.Id.Value);
        Assert.StartsWith(
            "--partner group:CAN: unknown group; groups: EU, EAEU",
            Assert.Throws<InputException>(() => Groups.Resolve("group:CAN", "--partner")).Message
        );
        Assert.StartsWith(
            "--partner XYZ: unknown ISO3 code or group",
            Assert.Throws<InputException>(() => Groups.Resolve("XYZ", "--partner")).Message
        );
        Assert.StartsWith(
            "--partner NOTABLOC: unknown group",
            Assert.Throws<InputException>(() => Groups.Resolve("NOTABLOC", "--partner")).Message
        );
    }

    // ---- user groups ----

    private string Write(string text)
    {
        var path = Path.Combine(_dir, "groups.csv");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void User_groups_are_added_with_dates_and_defaults()
    {
        var path = Write(
            """
            group_id,member_iso3,name_en,from,until
            NEIGHBOURS,KAZ,Neighbours,,
            NEIGHBOURS,CHN,Neighbours,2018-01-01,
            NEIGHBOURS,UKR,Neighbours,,2013-12-31
            """
        );
        var registry = Groups.WithUserGroups(path);
        var id = new GroupId("NEIGHBOURS");
        Assert.Equal(["KAZ"], registry.MembersIn(id, 2017).Select(c => c.Value));
        Assert.Equal(["CHN", "KAZ"], registry.MembersIn(id, 2019).Select(c => c.Value));
        Assert.Equal(["KAZ", "UKR"], registry.MembersIn(id, 2010).Select(c => c.Value));
        var g = registry.Get(id);
        Assert.Equal(("Neighbours", "Neighbours"), (g.NameEn, g.NameRu));
        Assert.StartsWith("user file ", g.Source);
        Assert.Equal("NEIGHBOURS", registry.Resolve("NEIGHBOURS", "--partner").Group!.Id.Value);
        Assert.False(Groups.TryGet(id, out _)); // the default is unchanged
    }

    // The same CSV reader (CsvTable) for every small file: BOM, CRLF, trailing empty lines, quoted fields with commas.
    [Theory]
    [InlineData("group_id,member_iso3,name_en\nPAIR,KAZ,\"Pair, the\"\nPAIR,CHN,\"Pair, the\"\n")]
    [InlineData("\uFEFFgroup_id,member_iso3,name_en\r\nPAIR,KAZ,\"Pair, the\"\r\nPAIR,CHN,\"Pair, the\"\r\n\r\n")]
    [InlineData("\"group_id\",\"member_iso3\",\"name_en\"\nPAIR,KAZ,\"Pair, the\"\n\nPAIR,CHN,\"Pair, the\"\n\n\n")]
    public void User_group_CSV_variants_are_read_alike(string text)
    {
        var registry = Groups.WithUserGroups(Write(text));
        var g = registry.Get(new GroupId("PAIR"));
        Assert.Equal("Pair, the", g.NameEn);
        Assert.Equal(["CHN", "KAZ"], registry.MembersIn(g.Id, 2019).Select(c => c.Value));
    }

    [Theory]
    [InlineData("group_id,member_iso3\nCAN,USA\n", ":2: group ID CAN is the ISO3 code of Canada; choose another ID (e.g. ANDEAN, not CAN)")]
    [InlineData("group_id,member_iso3\nEU,USA\n", ":2: group EU already exists; choose another ID")]
    [InlineData("group_id,member_iso3\nMINE,USA\nMINE,XYZ\n", ":3: unknown ISO3 code 'XYZ' in member_iso3; see data/ref/countries.csv")]
    [InlineData("group_id,member_iso3,from\nMINE,USA,2019-13-01\n", ":2: '2019-13-01' is not a date (yyyy-MM-dd)")]
    [InlineData("group_id,member_iso3\nMINE,USA\nMINE,USA\n", ":3: duplicate row for USA in group MINE")]
    [InlineData(
        "group_id,member_iso3\r\nMINE,USA\r\nMINE\r\n",
        ":3: malformed line: 1 field, the header has 2; add the missing field (an empty value still needs its comma)"
    )]
    [InlineData("group_id,member_iso3\nMINE,\"USA\n", ":2: malformed line: a quoted field is never closed; fix the quoting")]
    [InlineData(
        "group_id,member_iso3\nMINE,USA,1\n",
        ":2: malformed line: 3 fields, the header has 2; remove the extra field or quote fields that contain commas"
    )]
    [InlineData("group,member\nMINE,USA\n", ":1: missing column 'group_id' (header: group,member)")]
    [InlineData("group_id,member_iso3\nM-1,USA\n", ":2: 'M-1' is not a group ID (2-32 letters, digits or underscores)")]
    public void Bad_user_group_files_are_one_line_errors_with_file_and_line(string text, string expected)
    {
        var path = Write(text);
        var e = Assert.Throws<InputException>(() => Groups.WithUserGroups(path));
        Assert.Equal(path + expected, e.Message);
    }

    // ---- user groups in JSON: same content, same checks ----

    private string WriteJson(string text)
    {
        var path = Path.Combine(_dir, "groups.json");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void User_groups_from_JSON_equal_the_same_groups_from_CSV()
    {
        var json = Groups.WithUserGroups(
            WriteJson(
                """
                // a comment and trailing commas are accepted
                { "groups": [
                  { "id": "NEIGHBOURS", "name_en": "Neighbours", "source": "mine",
                    "members": ["KAZ", { "iso3": "CHN", "from": "2018-01-01" }, { "iso3": "UKR", "until": "2013-12-31" },] },
                  { "id": "LIST", "dating": "as_of",
                    "members": [{ "iso3": "USA", "from": "2022-03-05" }, { "iso3": "BHS", "from": "2022-07-24" }] },
                ] }
                """
            )
        );
        var csv = Groups.WithUserGroups(
            Write(
                """
                group_id,member_iso3,name_en,from,until,source,dating
                NEIGHBOURS,KAZ,Neighbours,,,mine,
                NEIGHBOURS,CHN,Neighbours,2018-01-01,,mine,
                NEIGHBOURS,UKR,Neighbours,,2013-12-31,mine,
                LIST,USA,,2022-03-05,,,as_of
                LIST,BHS,,2022-07-24,,,as_of
                """
            )
        );
        foreach (var id in new[] { new GroupId("NEIGHBOURS"), new GroupId("LIST") })
        {
            var (j, c) = (json.Get(id), csv.Get(id));
            Assert.Equal(c.Memberships, j.Memberships);
            Assert.Equal((c.NameEn, c.NameRu), (j.NameEn, j.NameRu));
            Assert.Equal(csv.DatingOf(id), json.DatingOf(id));
            foreach (var year in new[] { 2010, 2017, 2019 })
                Assert.Equal(csv.MembersIn(id, year), json.MembersIn(id, year));
        }
        Assert.Equal(["CHN", "KAZ"], json.MembersIn(new GroupId("NEIGHBOURS"), 2019).Select(c => c.Value));
        Assert.Equal(GroupDating.AsOf, json.DatingOf(new GroupId("LIST")));
        Assert.Equal(["BHS", "USA"], json.MembersIn(new GroupId("LIST"), 2015).Select(c => c.Value));
        Assert.Equal($"user file {Path.Combine(_dir, "groups.json")}: mine", json.Get(new GroupId("NEIGHBOURS")).Source);
        Assert.Equal("NEIGHBOURS", json.Resolve("NEIGHBOURS", "--partner").Group!.Id.Value);
    }

    [Fact]
    public void Documented_example_files_hold_the_same_groups()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "DocExamples");
        var json = Groups.WithUserGroups(Path.Combine(folder, "user-groups.json"));
        var csv = Groups.WithUserGroups(Path.Combine(folder, "user-groups.csv"));
        var added = json.Groups.Skip(Groups.Groups.Count).ToList();
        Assert.Equal(["NEIGHBOURS", "EAEU_OBSERVERS"], added.Select(g => g.Id.Value));
        Assert.Equal(added.Select(g => g.Id), csv.Groups.Skip(Groups.Groups.Count).Select(g => g.Id));
        foreach (var g in added)
        {
            Assert.Equal(csv.Get(g.Id).Memberships, g.Memberships);
            Assert.Equal((csv.Get(g.Id).NameEn, csv.Get(g.Id).NameRu), (g.NameEn, g.NameRu));
        }
    }

    [Theory]
    // the shared checks, located by line and path
    [InlineData(
        "{\"groups\": [\n {\"id\": \"CAN\",\n  \"members\": [\"USA\"]}]}",
        ":3: $.groups[0].members[0]: group ID CAN is the ISO3 code of Canada; choose another ID (e.g. ANDEAN, not CAN)"
    )]
    [InlineData(
        "{\"groups\": [{\"id\": \"EU\", \"members\": [\"USA\"]}]}",
        ":1: $.groups[0].members[0]: group EU already exists; choose another ID"
    )]
    [InlineData(
        "{\"groups\": [{\"id\": \"MINE\", \"members\": [\n\"USA\",\n\"XYZ\"]}]}",
        ":3: $.groups[0].members[1]: unknown ISO3 code 'XYZ' in iso3; see data/ref/countries.csv"
    )]
    [InlineData(
        "{\"groups\": [{\"id\": \"MINE\", \"members\": [\n{\"iso3\": \"USA\", \"from\": \"2019-13-01\"}]}]}",
        ":2: $.groups[0].members[0]: '2019-13-01' is not a date (yyyy-MM-dd)"
    )]
    [InlineData(
        "{\"groups\": [{\"id\": \"MINE\", \"members\": [{\"iso3\": \"USA\", \"from\": \"2019-01-01\", \"until\": \"2018-01-01\"}]}]}",
        ":1: $.groups[0].members[0]: until 2018-01-01 is before from 2019-01-01"
    )]
    [InlineData(
        "{\"groups\": [{\"id\": \"MINE\", \"members\": [\"USA\",\n \"USA\"]}]}",
        ":2: $.groups[0].members[1]: duplicate row for USA in group MINE"
    )]
    [InlineData(
        "{\"groups\": [{\"id\": \"M-1\", \"members\": [\"USA\"]}]}",
        ":1: $.groups[0].members[0]: 'M-1' is not a group ID (2-32 letters, digits or underscores)"
    )]
    [InlineData(
        "{\"groups\": [{\"id\": \"MINE\", \"dating\": \"yearly\", \"members\": [\"USA\"]}]}",
        ":1: $.groups[0].members[0]: dating 'yearly' must be annual or as_of"
    )]
    // JSON structure
    [InlineData(
        "{\"groups\": [\n{\"id\": \"MINE\",\n \"members\" [\"USA\"]}]}",
        ":3: not valid JSON ('[' is invalid after a property name. Expected a ':'); fix the syntax"
    )]
    [InlineData(" \n", ":1: empty file: expected {\"groups\": [...]}; see docs/groups.md")]
    [InlineData("[]", ":1: $: expected an object {\"groups\": [...]}; see docs/groups.md")]
    [InlineData("{\"group\": []}", ":1: $.group: unknown field \"group\"; expected groups")]
    [InlineData("{\"groups\": {}}", ":1: $.groups: expected \"groups\": an array of groups; see docs/groups.md")]
    [InlineData("{\"groups\": []}", ":1: $.groups: no groups; add at least one group or leave out --groups")]
    [InlineData(
        "{\"groups\": [\n{\"id\": \"MINE\",\n \"memebers\": [\"USA\"]}]}",
        ":3: $.groups[0].memebers: unknown field \"memebers\"; expected id, name_en, name_ru, source, dating, members"
    )]
    [InlineData(
        "{\"groups\": [{\"id\": \"MINE\", \"id\": \"TWO\", \"members\": [\"USA\"]}]}",
        ":1: $.groups[0].id: field \"id\" appears twice"
    )]
    [InlineData("{\"groups\": [{\"members\": [\"USA\"]}]}", ":1: $.groups[0]: missing \"id\" (the group ID, e.g. \"NEIGHBOURS\")")]
    [InlineData("{\"groups\": [{\"id\": 7, \"members\": [\"USA\"]}]}", ":1: $.groups[0].id: \"id\" must be a string, not number")]
    [InlineData(
        "{\"groups\": [{\"id\": \"MINE\"}]}",
        ":1: $.groups[0]: expected \"members\": an array of ISO3 codes or {\"iso3\", \"from\", \"until\"} objects"
    )]
    [InlineData("{\"groups\": [{\"id\": \"MINE\", \"members\": []}]}", ":1: $.groups[0].members: group MINE has no members")]
    [InlineData(
        "{\"groups\": [{\"id\": \"MINE\", \"members\": [643]}]}",
        ":1: $.groups[0].members[0]: expected an ISO3 code (\"KAZ\") or an object {\"iso3\": \"KAZ\", \"from\": \"yyyy-MM-dd\", " +
            "\"until\": \"yyyy-MM-dd\"}"
    )]
    [InlineData(
        "{\"groups\": [{\"id\": \"MINE\", \"members\": [{\"from\": \"2019-01-01\"}]}]}",
        ":1: $.groups[0].members[0]: missing \"iso3\" (the member's ISO3 code)"
    )]
    [InlineData(
        "{\"groups\": [{\"id\": \"MINE\", \"members\": [{\"iso3\": \"USA\", \"to\": \"2019-01-01\"}]}]}",
        ":1: $.groups[0].members[0].to: unknown field \"to\"; expected iso3, from, until"
    )]
    [InlineData(
        "{\"groups\": [\n{\"id\": \"MINE\", \"members\": [\"USA\"]},\n{\"id\": \"mine\", \"members\": [\"KAZ\"]}]}",
        ":3: $.groups[1]: group mine is defined twice (first at line 2); merge the two definitions"
    )]
    public void Bad_user_group_JSON_files_are_one_line_errors_with_file_line_and_path(string text, string expected)
    {
        var path = WriteJson(text);
        var e = Assert.Throws<InputException>(() => Groups.WithUserGroups(path));
        Assert.Equal(path + expected, OptionNames.Message(e));
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void JSON_with_a_byte_order_mark_is_read_and_a_missing_JSON_file_is_an_error()
    {
        var path = Path.Combine(_dir, "bom.json");
        File.WriteAllText(
            path,
            "{\"groups\": [{\"id\": \"MINE\", \"members\": [\"USA\"]}]}",
            new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true)
        );
        Assert.Equal([new CountryCode("USA")], Groups.WithUserGroups(path).MembersIn(new GroupId("MINE"), 2019));
        var missing = Path.Combine(_dir, "none.json");
        Assert.Equal(
            $"{missing}: file not found; check the path",
            Assert.Throws<InputException>(() => Groups.WithUserGroups(missing)).Message
        );
    }

    [Fact]
    public void Missing_user_group_file()
    {
        var path = Path.Combine(_dir, "none.csv");
        Assert.Equal($"{path}: file not found; check the path", Assert.Throws<InputException>(() => Groups.WithUserGroups(path)).Message);
    }
}
