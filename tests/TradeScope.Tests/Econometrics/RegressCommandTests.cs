using System.Text;
using TradeScope.Cli;
using Xunit;

namespace TradeScope.Tests.Econometrics;

/// <summary><c>tradescope regress</c> in-process: outputs, and one-line messages with exit code 2 for bad input.</summary>
public sealed class RegressCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ts-regress-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new MemoryStream();
        var stderr = new StringWriter();
        var code = App.Run(args, new CliContext(stdout, stderr));
        return (code, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    private string Csv(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private const string Good = "y,x,g\n1,0.5,a\n0,1.5,a\n3,2.5,b\n2,1.0,b\n5,3.0,c\n4,2.0,c\n";

    [Fact]
    public void Ppml_on_the_fixest_panel_writes_tidy_csv()
    {
        var (code, output, err) = Run(
            "regress",
            "--data",
            Fixtures.Path("fixest", "fixest_trade.csv.gz"),
            "--model",
            "ppml",
            "--formula",
            "Euros ~ log(dist_km) | Origin + Destination + Product + Year",
            "--vcov",
            "cluster:Origin"
        );
        Assert.True(code == 0, err);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("model,term,estimate,std_error,statistic,p_value", lines[0]);
        var cells = lines[1].Split(',');
        Assert.Equal(["ppml", "log(dist_km)"], cells[..2]);
        Assert.Equal(-1.52787437, double.Parse(cells[2], System.Globalization.CultureInfo.InvariantCulture), 1e-6);
        Assert.Equal(0.11567817, double.Parse(cells[3], System.Globalization.CultureInfo.InvariantCulture), 1e-5);
    }

    [Fact]
    public void Markdown_has_stars_parentheses_and_fit_rows()
    {
        var (code, output, err) = Run("regress", "--data", Csv("d.csv", Good), "--formula", "y ~ x", "--format", "md", "--vcov", "hc3");
        Assert.True(code == 0, err);
        Assert.Contains("| x |", output);
        Assert.Contains("(0.", output);
        Assert.Contains("Observations", output);
        Assert.Contains("R²", output);
        Assert.Contains("HC3", output);
    }

    [Fact]
    public void Xlsx_is_written_to_the_out_file()
    {
        var path = Path.Combine(_dir, "r.xlsx");
        var (code, _, err) = Run("regress", "--data", Csv("d.csv", Good), "--formula", "y ~ x | g", "--model", "ppml", "--out", path);
        Assert.True(code == 0, err);
        Assert.True(new FileInfo(path).Length > 1000);
    }

    [Theory]
    [InlineData("y ~ nope", Good, "unknown column 'nope'")]
    [InlineData("y ~ x |", Good, "--formula")]
    [InlineData("y x", Good, "--formula")]
    [InlineData("y ~ x", "y,x\n0,1\n0,2\n0,3\n", "zero in every")]
    [InlineData("y ~ x", "y,x\n1,1\n2,abc\n3,3\n", ":3: regressor 'x' must be numeric, but has the value 'abc'")]
    [InlineData("y ~ x", "y,x\n1,1\n-2,2\n3,3\n", ":3: the outcome 'y' is negative")]
    public void Bad_formula_or_data_gives_one_line_and_exit_2(string formula, string data, string message)
    {
        var outPath = Path.Combine(_dir, "out.csv");
        var (code, output, err) = Run("regress", "--data", Csv("bad.csv", data), "--formula", formula, "--model", "ppml", "--out", outPath);
        Assert.Equal(2, code);
        Assert.Contains(message, err);
        Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", err);
        Assert.Equal("", output);
        Assert.False(File.Exists(outPath));
    }

    [Fact]
    public void Unknown_vcov_and_missing_file_give_exit_2()
    {
        Assert.Equal(2, Run("regress", "--data", Csv("d.csv", Good), "--formula", "y ~ x", "--vcov", "hc9").Code);
        Assert.Equal(2, Run("regress", "--data", Path.Combine(_dir, "none.csv"), "--formula", "y ~ x").Code);
        var (code, _, err) = Run("regress", "--data", Csv("d.csv", Good), "--formula", "y ~ x | g", "--vcov", "cluster:zz");
        Assert.Equal(2, code);
        Assert.Contains("unknown column 'zz'", err);
    }

    [Fact]
    public void Ppml_that_does_not_converge_is_a_numerical_exception_in_the_library()
    {
        var data = TradeScope.Econometrics.TidyData.Read(Fixtures.Path("fixest", "fixest_trade.csv.gz"));
        const string formula = "Euros ~ log(dist_km) | Origin + Destination";
        var e = Assert.Throws<TradeScope.Core.NumericalException>(() =>
            TradeScope.Econometrics.Ppml.Fit(data, formula, null, TradeScope.Econometrics.PpmlOptions.Default with { MaxIterations = 1 })
        );
        Assert.StartsWith("PPML did not converge in 1 iterations", e.Message);
        var fit = TradeScope.Econometrics.Ppml.Fit(data, formula); // the same model converges with the default budget
        Assert.True(fit.Convergence!.Iterations > 1);
    }

    [Fact]
    public void Ppml_that_does_not_converge_exits_3_with_one_line_and_no_output_file()
    {
        var output = Path.Combine(_dir, "fit.md");
        var (code, stdout, err) = Run(
            "regress",
            "--data",
            Fixtures.Path("fixest", "fixest_trade.csv.gz"),
            "--model",
            "ppml",
            "--formula",
            "Euros ~ log(dist_km) | Origin + Destination",
            "--max-iter",
            "1",
            "--out",
            output
        );
        Assert.Equal(3, code);
        var line = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("numerical error: PPML did not converge in 1 iterations", line);
        Assert.Equal("", stdout);
        Assert.Empty(Directory.GetFiles(_dir));
    }

    [Theory]
    [InlineData("ppml", "0", "--max-iter 0: must be a positive number")]
    [InlineData("ols", "5", "--max-iter 5: applies to --model ppml only")]
    public void Max_iter_is_checked(string model, string value, string message)
    {
        var (code, _, err) = Run("regress", "--data", Csv("d.csv", Good), "--model", model, "--formula", "y ~ x", "--max-iter", value);
        Assert.Equal(2, code);
        Assert.Contains(message, Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }
}
