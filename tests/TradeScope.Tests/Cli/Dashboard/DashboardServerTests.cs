using System.Net;
using System.Text;
using System.Text.Json;
using TradeScope.Cli;
using TradeScope.Cli.Dashboard;
using TradeScope.Core;
using Xunit;

namespace TradeScope.Tests.Cli.Dashboard;

/// <summary>The dashboard's API mirrors the commands: same output, same validation, same one-line messages.</summary>
public sealed class DashboardServerTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Date = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private DashboardServer? _server;
    private HttpClient? _http;

    private HttpClient Http => _http!;

    public async Task InitializeAsync()
    {
        _server = await DashboardServer.StartAsync(
            new DashboardOptions(Port: 0),
            (output, error) => new CliContext(output, error) { Clock = () => Date }
        );
        _http = new HttpClient { BaseAddress = _server.Address };
    }

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (_server is not null)
            await _server.DisposeAsync();
    }

    private static async Task<string> ErrorOf(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("error").GetString()!;
    }

    [Fact]
    public async Task A_query_returns_what_the_command_writes()
    {
        var response = await Http.GetAsync("api/run/blocs?reporter=RUS&year=2019&format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var cli = CliRunner.RunAt(Date, "blocs", "--reporter", "RUS", "--year", "2019", "--format", "csv");
        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(cli.Output, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Json_is_the_default_format()
    {
        var response = await Http.GetAsync("api/run/blocs?reporter=KAZ&year=2019");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
    }

    [Fact]
    public async Task Xlsx_is_a_download()
    {
        var response = await Http.GetAsync("api/run/screen?reporter=RUS&year=2019&top=5&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("screen.xlsx", disposition.FileNameStar ?? disposition.FileName);
    }

    [Theory]
    [InlineData("reporter=XXX&year=2019", new[] { "--reporter", "XXX", "--year", "2019" })]
    [InlineData("reporter=RUS&year=1850", new[] { "--reporter", "RUS", "--year", "1850" })]
    [InlineData("reporter=RUS&year=abc", new[] { "--reporter", "RUS", "--year", "abc" })]
    public async Task A_bad_parameter_is_400_with_the_CLI_message(string query, string[] options)
    {
        var response = await Http.GetAsync("api/run/blocs?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var cli = CliRunner.RunAt(Date, ["blocs", .. options, "--format", "json"]);
        Assert.InRange(cli.ExitCode, 1, 2);
        var message = await ErrorOf(response);
        Assert.Equal(DashboardServer.FirstMessage(cli.Error), message);
        Assert.StartsWith("error", message);
        Assert.DoesNotContain('\n', message);
    }

    [Fact]
    public async Task An_unknown_parameter_is_named_with_the_accepted_ones()
    {
        var response = await Http.GetAsync("api/run/blocs?reporter=RUS&year=2019&colour=red");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = await ErrorOf(response);
        Assert.Contains("unknown parameter 'colour' for blocs", message);
        Assert.Contains("reporter", message);
    }

    [Theory]
    [InlineData("api/run/serve")]
    [InlineData("api/run/import?source=baci")]
    [InlineData("api/run/nosuch")]
    [InlineData("api/run/blocs?reporter=RUS&year=2019&out=/tmp/x.csv")]
    [InlineData("api/run/blocs?reporter=RUS&year=2019&format=exe")]
    public async Task Commands_and_options_that_write_files_or_serve_are_refused(string path)
    {
        var response = await Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("error: ", await ErrorOf(response));
    }

    [Fact]
    public async Task The_page_and_its_labels_are_served_in_both_languages()
    {
        var page = await Http.GetStringAsync("");
        Assert.Contains("dashboard.js", page);
        var script = await Http.GetStringAsync("dashboard.js");
        foreach (var text in new[] { page, script, await Http.GetStringAsync("dashboard.css") })
        {
            Assert.DoesNotContain("http://", text);
            Assert.DoesNotContain("https://", text);
        }
        var en = JsonSerializer.Deserialize<Dictionary<string, string>>(await Http.GetStringAsync("api/strings?lang=en"))!;
        var ru = JsonSerializer.Deserialize<Dictionary<string, string>>(await Http.GetStringAsync("api/strings?lang=ru"))!;
        Assert.Equal(en.Keys.Order(), ru.Keys.Order());
        Assert.Equal("Partner screening", en["ViewScreen"]);
        Assert.Equal("Отбор партнёров", ru["ViewScreen"]);
        Assert.All(ru, p => Assert.NotEqual(en[p.Key], p.Value));
        using var commands = JsonDocument.Parse(await Http.GetStringAsync("api/commands"));
        var byName = commands.RootElement.EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c);
        Assert.Contains("screen", byName.Keys);
        Assert.DoesNotContain("serve", byName.Keys);
        var screenFormats = byName["screen"].GetProperty("formats").EnumerateArray().Select(f => f.GetString()).ToList();
        Assert.Contains("xlsx", screenFormats);
        Assert.DoesNotContain("xlsx", byName["blocs"].GetProperty("formats").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task The_server_listens_on_loopback_only()
    {
        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(_server!.Address.Host)));
        await Task.CompletedTask;
    }
}

public sealed class DashboardBindingTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("localhost")]
    public void Loopback_addresses_are_accepted(string host) => Assert.True(IPAddress.IsLoopback(new DashboardOptions(host).Address()));

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("192.168.1.10")]
    [InlineData("::")]
    public void Any_other_address_needs_allow_remote(string host)
    {
        var error = Assert.Throws<InputException>(() => new DashboardOptions(host).Address());
        Assert.Contains("--allow-remote", error.Message);
        Assert.False(IPAddress.IsLoopback(new DashboardOptions(host, AllowRemote: true).Address()));
    }

    [Fact]
    public void Serve_on_a_public_address_is_exit_2_with_one_line()
    {
        var result = CliRunner.Run("serve", "--host", "0.0.0.0", "--port", "0");
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("error: --host", line);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public void A_host_name_that_is_not_an_address_is_refused() =>
        Assert.Throws<InputException>(() => new DashboardOptions("example.org").Address());
}

public sealed class CancellationTests
{
    [Fact]
    public void A_cancelled_run_ends_with_130_and_writes_nothing()
    {
        using var output = new MemoryStream();
        using var error = new StringWriter();
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var context = new CliContext(output, error) { Cancellation = cancel.Token };
        var code = App.Run(["indices", "--reporter", "RUS", "--year", "2019", "--format", "csv"], context);
        Assert.Equal(App.Cancelled, code);
        Assert.Equal(0, output.Length);
        Assert.Equal("cancelled", error.ToString().Trim());
    }

    [Fact]
    public void Progress_reaches_the_sink_of_a_run()
    {
        using var output = new MemoryStream();
        using var error = new StringWriter();
        var steps = new List<ProgressStep>();
        var context = new CliContext(output, error) { ProgressSink = new Collect(steps) };
        var code = App.Run(["indices", "--reporter", "RUS", "--year", "2019", "--format", "csv"], context);
        Assert.Equal(0, code);
        Assert.NotEmpty(steps);
        Assert.Contains(steps, s => s.IsComplete);
        Assert.True(Encoding.UTF8.GetString(output.ToArray()).Length > 0);
    }

    private sealed class Collect(List<ProgressStep> steps) : IProgress<ProgressStep>
    {
        public void Report(ProgressStep value)
        {
            lock (steps)
                steps.Add(value);
        }
    }
}
