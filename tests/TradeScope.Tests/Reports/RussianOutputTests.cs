using System.Text.RegularExpressions;
using TradeScope.Data;
using TradeScope.Tests.Cli;
using Xunit;

namespace TradeScope.Tests.Reports;

/// <summary>
/// <c>--lang ru</c> output is Russian: every run of Latin letters in the rendered Markdown of <c>screen</c>,
/// <c>indices</c>, <c>blocs</c> and <c>regress</c> must be whitelisted (ISO3 codes of the registry, group ids, index
/// abbreviations, formula symbols, machine codes, proper names of sources, variable names of the user's data).
/// Inline code spans (`...`: file locations, options, commands, formulas) are code, not prose, and are skipped.
/// <c>--lang en</c> prose has no Cyrillic (only the Russian-name columns may).
/// </summary>
public sealed class RussianOutputTests
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "ESI",
        "TII",
        "STI",
        "HITI",
        "HETI",
        "H1",
        "H2",
        "H3",
        "H4",
        "OLS",
        "PPML",
        "IID",
        "HC0",
        "HC1",
        "HC2",
        "HC3",
        "ISO3",
        "US",
        "UN",
        "Comtrade",
        "WIOD",
        "HS",
        "TOTAL",
        "NaN",
        "R",
        "F",
        "ReLU",
        "TradeScope",
        "SyntheticIcio",
        "exvatools",
        // the time scale of the provenance date (an international abbreviation, written so in Russian too)
        "UTC",
        // Comtrade non-country partner codes named in the data notes
        "_X",
        "XX",
        "X1",
        "X2",
        // model labels (the estimator's name, as fixest prints it)
        "ols",
        "ppml",
    };

    private static readonly Regex LatinRun = new(@"[A-Za-z_][A-Za-z0-9_]*", RegexOptions.Compiled);
    private static readonly Regex CodeSpan = new(@"`[^`]*`", RegexOptions.Compiled);
    // X_RP, M_w, T_i, d, n, K, G_min
    private static readonly Regex FormulaSymbol = new(@"^[A-Za-z](_[A-Za-z0-9]+)?$", RegexOptions.Compiled);
    // NO_REPORTER_DATA, S19, W00
    private static readonly Regex MachineCode = new(@"^([A-Z][A-Z0-9]*(_[A-Z0-9]+)+|[A-Z]+[0-9]+[A-Z0-9]*)$", RegexOptions.Compiled);

    private static readonly HashSet<string> Codes = CountryRegistry
        .Default.All.Select(c => c.Iso3.Value)
        .Concat(GroupRegistry.Default.Groups.Select(g => g.Id.Value))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Latin words of <paramref name="markdown"/> that no whitelist rule accepts.</summary>
    internal static IReadOnlyList<string> UnexpectedLatin(string markdown, IEnumerable<string>? dataNames = null)
    {
        var names = new HashSet<string>(dataNames ?? [], StringComparer.Ordinal);
        return LatinRun
            .Matches(Prose(markdown))
            .Select(m => m.Value)
            .Where(w =>
                !(Codes.Contains(w) || Abbreviations.Contains(w) || names.Contains(w) || FormulaSymbol.IsMatch(w) || MachineCode.IsMatch(w))
            )
            .Distinct()
            .ToList();
    }

    /// <summary>The text to check: code spans and Markdown italics markers removed, and the cells of columns explicitly
    /// labelled as English names («(англ.)», the registry's English names kept for matching with English sources) dropped.</summary>
    private static string Prose(string markdown)
    {
        var lines = new List<string>();
        int[] english = [];
        foreach (var raw in markdown.Split('\n'))
        {
            var line = CodeSpan.Replace(raw, " ");
            if (line.StartsWith('|'))
            {
                var cells = line.Trim().Trim('|').Split(" | ");
                if (cells.Any(c => c.Contains("(англ.)")))
                    english = cells.Select((c, i) => c.Contains("(англ.)") ? i : -1).Where(i => i >= 0).ToArray();
                line = string.Join(" | ", cells.Where((_, i) => !english.Contains(i)));
            }
            else
                english = [];
            if (line.Length > 1 && line.StartsWith('_') && line.EndsWith('_'))
                line = line[1..^1];
            lines.Add(line);
        }
        return string.Join("\n", lines);
    }

    private static string Run(params string[] args)
    {
        var run = CliRunner.Run(args);
        Assert.True(run.ExitCode == 0, run.Error);
        return run.Output;
    }

    private static void AssertRussian(string markdown, params string[] dataNames)
    {
        var unexpected = UnexpectedLatin(markdown, dataNames);
        Assert.True(
            unexpected.Count == 0,
            "Latin words in --lang ru output: "
                + string.Join(", ", unexpected)
                + "\n"
                + string.Join(
                    "\n",
                    markdown
                        .Split('\n')
                        .Where(l => unexpected.Any(u => Regex.IsMatch(Prose(l), $@"(?<![A-Za-z0-9_]){Regex.Escape(u)}(?![A-Za-z0-9_])")))
                        .Take(5)
                )
        );
        Assert.Matches("[а-яА-ЯёЁ]", markdown);
    }

    [Fact]
    public void The_checker_flags_english_words_and_accepts_codes_symbols_and_abbreviations()
    {
        Assert.Equal(
            ["Standard", "errors", "in", "parentheses"],
            UnexpectedLatin("Standard errors in parentheses. ИИТ H2, RUS, X_RP, NO_REPORTER_DATA, S19")
        );
        Assert.Equal(["reported"], UnexpectedLatin("экспорт: reported; `bundled:data/comtrade` ESI HC1 US$"));
        Assert.Equal(["Origin"], UnexpectedLatin("Фиксированные эффекты: Origin"));
        Assert.Empty(UnexpectedLatin("Фиксированные эффекты: Origin", ["Origin"]));
    }

    [Fact]
    public void Screening_report_in_russian_has_no_english_words()
    {
        var md = Run("screen", "--reporter", "RUS", "--year", "2019", "--top", "15", "--lang", "ru", "--format", "md");
        AssertRussian(md);
        Assert.Contains("Симметричный индекс интроверсии торговли", md);
        Assert.Contains("Индекс экспортной значимости", md);
        Assert.Contains("зеркальные данные", md);
        Assert.Contains("| да |", md);
    }

    [Fact]
    public void Indices_and_blocs_markdown_in_russian_have_no_english_words()
    {
        var indices = Run("indices", "--reporter", "RUS", "--year", "2019", "--lang", "ru", "--format", "md");
        AssertRussian(indices);
        Assert.Contains("отчётные данные", indices);
        Assert.Contains("Чтение данных:", indices);
        var blocs = Run("blocs", "--reporter", "RUS", "--year", "2019", "--lang", "ru", "--format", "md");
        AssertRussian(blocs);
        Assert.Contains("нет участников с данными", blocs); // the reason of USMCA (EMPTY_GROUP) in words
    }

    [Fact]
    public void Regression_markdown_in_russian_has_no_english_words()
    {
        var data = Path.Combine(AppContext.BaseDirectory, "Fixtures", "fixest", "fixest_trade.csv.gz");
        var md = Run(
            "regress",
            "--data",
            data,
            "--formula",
            "log(Euros) ~ log(dist_km) | Origin + Destination + Year",
            "--vcov",
            "cluster:Origin",
            "--format",
            "md",
            "--lang",
            "ru"
        );
        AssertRussian(md, "log", "Euros", "dist_km", "Origin", "Destination", "Year");
        foreach (
            var phrase in new[]
            {
                "Фиксированные эффекты: Origin",
                "Метод оценки",
                "Стандартные ошибки",
                "Наблюдений",
                "поправка на малую выборку",
                "кластеризованные (Origin)",
            }
        )
            Assert.Contains(phrase, md);
    }

    [Fact]
    public void English_output_prose_has_no_cyrillic_and_machine_codes_stay_english()
    {
        var screen = Run("screen", "--reporter", "RUS", "--year", "2019", "--top", "15", "--lang", "en", "--format", "md");
        Assert.DoesNotMatch("[а-яА-ЯёЁ]", screen);
        var blocs = Run("blocs", "--reporter", "RUS", "--year", "2019", "--lang", "en", "--format", "md");
        Assert.DoesNotMatch("[а-яА-ЯёЁ]", string.Join("\n", blocs.Split('\n').Where(l => !l.StartsWith('|'))));
        var csv = Run("blocs", "--reporter", "RUS", "--year", "2019", "--lang", "ru");
        var (_, rows) = CliRunner.ReadCsv(csv);
        Assert.Equal("yes", rows.Single(r => r["bloc"] == "EAEU")["reporter_removed"]);
        Assert.StartsWith("EMPTY_GROUP:", rows.Single(r => r["bloc"] == "USMCA")["reason"]);
        var indices = CliRunner.ReadCsv(Run("indices", "--reporter", "RUS", "--year", "2019", "--lang", "ru")).Rows;
        Assert.All(indices, r => Assert.Contains(r["partner_source"], new[] { "reported", "mirror", "missing" }));
    }
}
