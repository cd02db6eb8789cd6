using Forum.Tests.Shared;
using Microsoft.Playwright;

namespace Forum.Browser.Tests.Accessibility;

/// <summary>The <see cref="PageMap"/>'s addresses found in the browser, on <paramref name="page"/> (signed in as its reader).</summary>
public sealed class BrowserPageLinks(IPage page) : IPageLinks
{
    public async Task<string> LinkAsync(string list, string title)
    {
        await page.GotoAsync(list);
        return await page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).First.GetAttributeAsync("href")
            ?? throw new InvalidOperationException($"{list} has no link to \"{title}\".");
    }

    public async Task<string> HrefAsync(string address, string selector)
    {
        await page.GotoAsync(address);
        return await page.Locator(selector).First.GetAttributeAsync("href")
            ?? throw new InvalidOperationException($"{address} has no {selector}.");
    }
}
