using Microsoft.Playwright;

namespace TradeScope.Tests.Reports.Html;

/// <summary>
/// An HTML report opened from disk (<c>file://</c>) in a browser context that is offline and routes every request:
/// the report file itself is let through, anything else is aborted and recorded. Console messages of every level and
/// uncaught page errors are recorded too, so a test can require that there were none.
/// </summary>
internal sealed class OfflinePage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private OfflinePage(IBrowserContext context, IPage page, string url)
    {
        _context = context;
        Page = page;
        Url = url;
    }

    public IPage Page { get; }

    /// <summary>The report's file URL.</summary>
    public string Url { get; }

    /// <summary>Console messages: "type: text".</summary>
    public List<string> Console { get; } = [];

    /// <summary>Uncaught errors of the page's scripts.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>Every request the page made, including the report itself.</summary>
    public List<string> Requests { get; } = [];

    /// <summary>Requests other than the report file, all aborted.</summary>
    public List<string> Blocked { get; } = [];

    /// <summary>How long the report took from navigation until its scripts had drawn the tables and charts.</summary>
    public TimeSpan LoadTime { get; private set; }

    /// <summary>Opens <paramref name="path"/> and waits until the report has drawn itself.</summary>
    public static async Task<OfflinePage> OpenAsync(IBrowser browser, string path, int width = 1280, int height = 900)
    {
        var context = await browser.NewContextAsync(
            new()
            {
                ViewportSize = new() { Width = width, Height = height },
            }
        );
        var url = new Uri(Path.GetFullPath(path)).AbsoluteUri;
        var page = await context.NewPageAsync();
        var opened = new OfflinePage(context, page, url);
        await context.RouteAsync(
            "**/*",
            async route =>
            {
                if (route.Request.Url == url)
                    await route.ContinueAsync();
                else
                {
                    lock (opened.Blocked)
                        opened.Blocked.Add(route.Request.Url);
                    await route.AbortAsync();
                }
            }
        );
        await context.SetOfflineAsync(true);
        page.Console += (_, message) =>
        {
            lock (opened.Console)
                opened.Console.Add($"{message.Type}: {message.Text}");
        };
        page.PageError += (_, error) =>
        {
            lock (opened.Errors)
                opened.Errors.Add(error);
        };
        page.Request += (_, request) =>
        {
            lock (opened.Requests)
                opened.Requests.Add(request.Url);
        };
        var started = System.Diagnostics.Stopwatch.StartNew();
        await page.GotoAsync(url, new() { Timeout = 180_000 });
        await page.WaitForSelectorAsync("html[data-ts-ready='true']", new() { State = WaitForSelectorState.Attached, Timeout = 180_000 });
        opened.LoadTime = started.Elapsed;
        return opened;
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
