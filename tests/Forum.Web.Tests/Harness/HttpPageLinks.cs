using AngleSharp.Html.Parser;
using Forum.Tests.Shared;

namespace Forum.Web.Tests.Harness;

/// <summary>The <see cref="PageMap"/>'s addresses found over HTTP, with <paramref name="browser"/> (signed in as its reader).</summary>
public sealed class HttpPageLinks(HttpClient browser) : IPageLinks
{
    public async Task<string> LinkAsync(string list, string title)
    {
        var page = await new HtmlParser().ParseDocumentAsync(await browser.GetStringAsync(list));
        return page.QuerySelectorAll("a[href]").FirstOrDefault(a => a.TextContent.Trim() == title)?.GetAttribute("href")
            ?? throw new InvalidOperationException($"{list} has no link to \"{title}\".");
    }

    public async Task<string> HrefAsync(string address, string selector)
    {
        var page = await new HtmlParser().ParseDocumentAsync(await browser.GetStringAsync(address));
        return page.QuerySelector(selector)?.GetAttribute("href")
            ?? throw new InvalidOperationException($"{address} has no {selector}.");
    }
}
