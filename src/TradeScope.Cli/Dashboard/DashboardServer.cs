using System.Collections.Concurrent;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TradeScope.Core;

namespace TradeScope.Cli.Dashboard;

/// <summary>Where the dashboard listens.</summary>
/// <param name="Host">An IP address or "localhost"; anything but loopback needs <paramref name="AllowRemote"/>.</param>
/// <param name="Port">The TCP port (0 = any free port, for tests).</param>
/// <param name="AllowRemote">True to accept a non-loopback address (the user asked for it explicitly).</param>
public sealed record DashboardOptions(string Host = "127.0.0.1", int Port = 5173, bool AllowRemote = false)
{
    /// <summary>The address to bind; throws when it is not loopback and remote access was not allowed.</summary>
    public IPAddress Address()
    {
        var address =
            Host == "localhost" ? IPAddress.Loopback
            : IPAddress.TryParse(Host, out var parsed) ? parsed
            : throw InputException.Argument("host", Host, "give an IP address such as 127.0.0.1, or localhost");
        if (!IPAddress.IsLoopback(address) && !AllowRemote)
            throw InputException.Argument(
                "host",
                Host,
                "the dashboard binds to loopback (127.0.0.1 or ::1) only; it runs commands on this machine for anyone who "
                    + "can reach it, so add --allow-remote only on a network you trust"
            );
        return address;
    }
}

/// <summary>
/// The local dashboard: an ASP.NET Core minimal API over the same commands as the CLI (each query runs the command it
/// mirrors, in process, with the CLI's validation and messages) and a static front end that shows the commands' HTML
/// reports — the same tables and the same chart code as <c>--format html</c> — with CSV and XLSX downloads.
/// Endpoints: <c>GET /api/run/{command...}?option=value&amp;format=json|csv|xlsx|html|md&amp;job=ID</c> (200; 400 with
/// <c>{"error": line}</c> for bad parameters or input; 422 for a numerical failure; 500 for a bug),
/// <c>GET /api/progress/{job}</c> (server-sent progress events of that run), <c>GET /api/strings?lang=en|ru</c>.
/// Runs are serialised (one at a time) and cancelled when the browser drops the request, at the next progress report.
/// </summary>
public sealed class DashboardServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DashboardServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The address the dashboard answers on, e.g. http://127.0.0.1:5173/.</summary>
    public Uri Address { get; }

    /// <summary>Starts listening; <paramref name="makeContext"/> gives each run its output streams and clock.</summary>
    public static async Task<DashboardServer> StartAsync(
        DashboardOptions options,
        Func<Stream, TextWriter, CliContext> makeContext,
        CancellationToken cancellation = default
    )
    {
        var address = options.Address();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(address, options.Port));
        builder.Services.AddRouting();
        var app = builder.Build();
        Map(app, makeContext);
        await app.StartAsync(cancellation);
        var bound = app.Urls.First();
        return new DashboardServer(app, new Uri(bound.EndsWith('/') ? bound : bound + "/"));
    }

    /// <summary>Runs until <paramref name="cancellation"/> fires.</summary>
    public Task WaitAsync(CancellationToken cancellation) =>
        Microsoft.Extensions.Hosting.HostingAbstractionsHostExtensions.WaitForShutdownAsync(_app, cancellation);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static void Map(WebApplication app, Func<Stream, TextWriter, CliContext> makeContext)
    {
        var gate = new SemaphoreSlim(1, 1);
        var jobs = new ConcurrentDictionary<string, Channel<ProgressStep>>(StringComparer.Ordinal);

        app.MapGet("/", () => Asset("index.html"));
        app.MapGet("/dashboard.js", () => Asset("dashboard.js"));
        app.MapGet("/dashboard.css", () => Asset("dashboard.css"));
        app.MapGet("/api/strings", (string? lang) => Results.Json(DashboardStrings.For(lang)));
        app.MapGet(
            "/api/commands",
            () =>
                Results.Json(
                    DashboardRequest.Catalogue(App.BuildRoot(makeContext(Stream.Null, TextWriter.Null))),
                    new JsonSerializerOptions(JsonSerializerDefaults.Web)
                )
        );
        app.MapGet(
            "/api/run/{**path}",
            async (string path, HttpContext http) =>
            {
                DashboardRequest request;
                try
                {
                    var root = App.BuildRoot(makeContext(Stream.Null, TextWriter.Null));
                    var words = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
                    var query = http.Request.Query.Select(q => new KeyValuePair<string, string>(q.Key, q.Value.ToString()));
                    request = DashboardRequest.Parse(root, words, query);
                }
                catch (InputException e)
                {
                    return Error(StatusCodes.Status400BadRequest, $"error: {OptionNames.Message(e)}");
                }
                var job = http.Request.Query[DashboardRequest.JobParameter].ToString();
                var channel = job.Length > 0 ? jobs.GetOrAdd(job, _ => Channel.CreateUnbounded<ProgressStep>()) : null;
                try
                {
                    await gate.WaitAsync(http.RequestAborted);
                    try
                    {
                        return await Task.Run(() => Execute(request, makeContext, channel, http.RequestAborted));
                    }
                    finally
                    {
                        gate.Release();
                    }
                }
                catch (OperationCanceledException)
                {
                    return Results.StatusCode(499);
                }
                finally
                {
                    channel?.Writer.TryComplete();
                    if (job.Length > 0)
                        jobs.TryRemove(job, out _);
                }
            }
        );
        app.MapGet(
            "/api/progress/{job}",
            async (string job, HttpContext http) =>
            {
                http.Response.ContentType = "text/event-stream";
                http.Response.Headers.CacheControl = "no-cache";
                var channel = jobs.GetOrAdd(job, _ => Channel.CreateUnbounded<ProgressStep>());
                await foreach (var step in channel.Reader.ReadAllAsync(http.RequestAborted))
                {
                    var data = JsonSerializer.Serialize(
                        new
                        {
                            operation = step.Operation,
                            done = step.Done,
                            total = step.Total,
                            current = step.Current,
                        }
                    );
                    await http.Response.WriteAsync($"event: progress\ndata: {data}\n\n", http.RequestAborted);
                    await http.Response.Body.FlushAsync(http.RequestAborted);
                }
                await http.Response.WriteAsync("event: done\ndata: {}\n\n", http.RequestAborted);
            }
        );
    }

    private static IResult Execute(
        DashboardRequest request,
        Func<Stream, TextWriter, CliContext> makeContext,
        Channel<ProgressStep>? channel,
        CancellationToken cancellation
    )
    {
        using var output = new MemoryStream();
        using var error = new StringWriter();
        var progress = channel is null ? null : new Progress(channel);
        var context = makeContext(output, error);
        context = new CliContext(output, error)
        {
            Clock = context.Clock,
            Formats = context.Formats,
            OpenBlasUnavailableReason = context.OpenBlasUnavailableReason,
            RethrowInternalErrors = false,
            Cancellation = cancellation,
            ProgressSink = progress,
        };
        var code = App.Run([.. request.Arguments], context);
        var message = FirstMessage(error.ToString());
        return code switch
        {
            App.Ok => Results.Bytes(output.ToArray(), DashboardRequest.ContentTypes[request.Format], FileName(request)),
            App.Usage or App.BadInput => Error(StatusCodes.Status400BadRequest, message),
            App.Numerical => Error(StatusCodes.Status422UnprocessableEntity, message),
            App.Cancelled => Results.StatusCode(499),
            _ => Error(StatusCodes.Status500InternalServerError, message),
        };
    }

    /// <summary>The name a download gets (XLSX and CSV), e.g. screen.xlsx; null for what the browser shows.</summary>
    private static string? FileName(DashboardRequest request) =>
        request.Format is "xlsx" or "csv"
            ? string.Join('-', request.Arguments.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal))) + "." + request.Format
            : null;

    /// <summary>The line a person should read: the CLI's "error: ..." line (a syntax error also prints usage lines).</summary>
    internal static string FirstMessage(string stderr)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.FirstOrDefault(l => l.StartsWith("error:", StringComparison.Ordinal) || l.Contains("error", StringComparison.Ordinal))
            ?? lines.FirstOrDefault()
            ?? "";
    }

    private static IResult Error(int status, string message) => Results.Json(new { error = message }, statusCode: status);

    private static IResult Asset(string name)
    {
        var stream =
            Assembly.GetExecutingAssembly().GetManifestResourceStream("TradeScope.Cli.Dashboard." + name)
            ?? throw new InvalidOperationException($"dashboard asset {name} is missing from the assembly");
        var type = Path.GetExtension(name) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            _ => "text/css; charset=utf-8",
        };
        return Results.Stream(stream, type);
    }

    /// <summary>Writes progress reports into the run's channel (read by the progress endpoint).</summary>
    private sealed class Progress(Channel<ProgressStep> channel) : IProgress<ProgressStep>
    {
        public void Report(ProgressStep value) => channel.Writer.TryWrite(value);
    }
}
