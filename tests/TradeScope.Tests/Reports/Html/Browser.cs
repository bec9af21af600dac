using Microsoft.Playwright;
using Xunit;

namespace TradeScope.Tests.Reports.Html;

/// <summary>
/// The Chromium the browser tests drive: <c>$TRADESCOPE_CHROMIUM</c> or Debian's <c>/usr/bin/chromium</c> (installed by
/// <c>.ci/run</c>), launched headless through Microsoft.Playwright; Playwright never downloads a browser of its own.
/// </summary>
public static class Browser
{
    /// <summary>The trait value that marks browser tests (<c>dotnet test --filter Category=Browser</c>; <c>.ci/run</c>
    /// fails when any of them was skipped).</summary>
    public const string Category = "Browser";

    /// <summary>The Chromium executable used.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("TRADESCOPE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Why the browser tests cannot run here, or null when Chromium is present.</summary>
    public static string? SkipReason =>
        File.Exists(ExecutablePath)
            ? null
            : $"Chromium not found at {ExecutablePath}: install it (Debian: apt-get install chromium) or set TRADESCOPE_CHROMIUM";

    /// <summary>Starts Playwright and a headless Chromium.</summary>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(
            new()
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = ["--headless", "--no-sandbox", "--disable-gpu"],
            }
        );
        return (playwright, browser);
    }
}

/// <summary>A fact that drives Chromium: skipped with a visible notice where Chromium is missing.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Browser.SkipReason is { } reason)
            Skip = reason;
    }
}

/// <summary>A theory that drives Chromium: skipped with a visible notice where Chromium is missing.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (Browser.SkipReason is { } reason)
            Skip = reason;
    }
}
