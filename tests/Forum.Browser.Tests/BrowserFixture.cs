using Microsoft.Playwright;

namespace Forum.Browser.Tests;

/// <summary>
/// One forum and one headless Chromium (Debian's, never a downloaded build) for a test class. Without Chromium
/// the tests fail with a message that says how to install it; they are never skipped.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("FORUM_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public ForumServer Forum { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: $FORUM_SCREENSHOTS, or test-output/screenshots under the working directory.</summary>
    public string ScreenshotFolder { get; } = Environment.GetEnvironmentVariable("FORUM_SCREENSHOTS") is { Length: > 0 } folder
        ? folder
        : Path.Combine(Directory.GetCurrentDirectory(), "test-output", "screenshots");

    /// <summary>Configuration for this fixture's forum on top of the defaults.</summary>
    protected virtual IReadOnlyDictionary<string, string>? Settings => null;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException(
                $"Chromium was not found at {ChromiumPath}. The browser tests need Debian's Chromium: run " +
                "'apt-get update && apt-get install -y chromium' (or set FORUM_CHROMIUM to its path). Do not run 'playwright install'.");
        Directory.CreateDirectory(ScreenshotFolder);
        Forum = new ForumServer(Settings);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.CloseAsync();
        _playwright?.Dispose();
        if (Forum is not null)
            await Forum.DisposeAsync();
    }

    /// <summary>
    /// A fresh browser profile (no cookies) aimed at the forum; CSP violations and script errors are collected. The
    /// system's colour scheme is light unless <paramref name="colorScheme"/> says otherwise; the time zone is UTC unless
    /// <paramref name="timeZone"/> (an IANA name) says otherwise. The browser's language (its Accept-Language and
    /// navigator.language) is US English unless <paramref name="locale"/> says otherwise.
    /// </summary>
    public async Task<ForumVisitor> NewVisitorAsync(bool javaScript = true, int width = 1280, int height = 900, ColorScheme colorScheme = ColorScheme.Light,
        string timeZone = "UTC", string locale = "en-US")
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = Forum.BaseUrl,
            JavaScriptEnabled = javaScript,
            ViewportSize = new() { Width = width, Height = height },
            Locale = locale,
            ColorScheme = colorScheme,
            TimezoneId = timeZone,
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        return new ForumVisitor(context, page, ScreenshotFolder);
    }
}
