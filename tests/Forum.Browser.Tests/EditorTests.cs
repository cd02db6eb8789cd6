using Microsoft.Playwright;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Forum.Browser.Tests;

/// <summary>The post editor in Chromium: the toolbar and its shortcuts, images by picking and pasting, drafts, and @mentions.</summary>
public sealed class EditorTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Alice = "alice@forum.local";
    private const string DemoQuestion = "Sync stopped working after I changed my password";

    [Fact]
    public async Task A_member_formats_with_the_toolbar_adds_images_by_picking_and_pasting_and_gets_the_draft_back()
    {
        await using var visitor = await browser.NewVisitorAsync();
        var page = visitor.Page;
        await visitor.LogInAsync(Alice, ForumServer.DemoPassword);
        await page.GotoAsync("/questions/ask");
        var details = page.GetByLabel("Details");

        await visitor.StepAsync("toolbar", async () =>
        {
            var toolbar = page.GetByRole(AriaRole.Toolbar, new() { Name = "Formatting" });
            foreach (var name in new[] { "Bold", "Italic", "Heading", "Link", "Code", "Quote", "Bulleted list", "Numbered list", "Image" })
                await toolbar.GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).WaitForAsync();
            await page.GetByLabel("Title").FillAsync("The calendar export stops half way");
            await details.FillAsync("export");
            await details.EvaluateAsync("t => t.select()");
            await details.PressAsync("Control+b");
            Assert.Equal("**export**", await details.InputValueAsync());
            await details.PressAsync("End");
            await details.PressSequentiallyAsync(" fails ");
            await toolbar.GetByRole(AriaRole.Button, new() { Name = "Italic" }).ClickAsync();
            Assert.Equal("**export** fails *italic text*", await details.InputValueAsync());
            // One tab stop: the arrow keys move along the toolbar.
            await toolbar.GetByRole(AriaRole.Button, new() { Name = "Bold" }).FocusAsync();
            await page.Keyboard.PressAsync("ArrowRight");
            Assert.Equal("Italic", await page.EvaluateAsync<string>("document.activeElement.getAttribute('aria-label')"));
        });

        await visitor.StepAsync("pick and paste images", async () =>
        {
            await details.FillAsync("The export window stops at 50%:\n");
            await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "export.png", MimeType = "image/png", Buffer = Screenshot(480, 200, new Rgba32(26, 95, 180)) });
            await page.WaitForFunctionAsync("() => /!\\[export\\]\\(\\/images\\/[0-9a-f]{32}\\)/.test(document.getElementById('Input_Body').value)");

            var pasted = Convert.ToBase64String(Screenshot(320, 120, new Rgba32(40, 160, 90)));
            await details.EvaluateAsync(@"(t, data) => {
                const bytes = Uint8Array.from(atob(data), c => c.charCodeAt(0));
                const transfer = new DataTransfer();
                transfer.items.add(new File([bytes], 'clipboard.png', { type: 'image/png' }));
                t.focus();
                t.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
            }", pasted);
            await page.WaitForFunctionAsync("() => (document.getElementById('Input_Body').value.match(/\\]\\(\\/images\\//g) || []).length === 2");
            Assert.DoesNotContain("Uploading", await details.InputValueAsync());

            await page.Locator(".markdown-preview-body img").Nth(1).WaitForAsync();
            await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.markdown-preview-body img')].every(i => i.complete && i.naturalWidth > 0)");
            Assert.Equal(2, await page.Locator(".markdown-preview-body img").CountAsync());
            await page.Locator("main").ScreenshotAsync(new() { Path = Path.Combine(browser.ScreenshotFolder, "editor.png") });
        });

        await visitor.StepAsync("draft restored, and cleared once posted", async () =>
        {
            var typed = await details.InputValueAsync();
            await page.WaitForTimeoutAsync(600); // the draft is saved 400 ms after the last keystroke
            await page.GotoAsync("/questions/ask");
            Assert.Equal("", await details.InputValueAsync());
            await page.GetByRole(AriaRole.Button, new() { Name = "Restore draft" }).ClickAsync();
            Assert.Equal(typed, await details.InputValueAsync());
            Assert.Equal("The calendar export stops half way", await page.GetByLabel("Title").InputValueAsync());

            await page.GetByLabel("Category").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await page.GetByRole(AriaRole.Button, new() { Name = "Post your question" }).ClickAsync();
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/questions/\\d+/"));
            Assert.Equal(2, await page.Locator("#question .post-body img").CountAsync());
            await page.GotoAsync("/questions/ask");
            Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Restore draft" }).CountAsync());
        });
        Assert.Empty(visitor.Problems);
    }

    [Fact]
    public async Task Typing_at_offers_the_threads_participants_in_a_listbox_driven_by_the_keyboard()
    {
        await using var visitor = await browser.NewVisitorAsync();
        var page = visitor.Page;
        await visitor.LogInAsync(Alice, ForumServer.DemoPassword);
        await page.GotoAsync("/questions");
        await page.GetByRole(AriaRole.Link, new() { Name = DemoQuestion }).ClickAsync();
        var answer = page.GetByLabel("Your answer (Markdown)");

        await answer.PressSequentiallyAsync("Thanks @");
        var list = page.GetByRole(AriaRole.Listbox, new() { Name = "Members to mention" });
        await list.WaitForAsync();
        var first = list.GetByRole(AriaRole.Option).First;
        Assert.Contains("in this thread", await first.InnerTextAsync());
        Assert.Equal(await first.GetAttributeAsync("id"), await answer.GetAttributeAsync("aria-activedescendant"));
        await answer.PressAsync("ArrowDown");
        var second = list.GetByRole(AriaRole.Option).Nth(1);
        Assert.Equal("true", await second.GetAttributeAsync("aria-selected"));
        var name = await second.GetAttributeAsync("data-name");
        await answer.PressAsync("Enter");

        Assert.Equal($"Thanks @{name} ", await answer.InputValueAsync());
        Assert.True(await list.IsHiddenAsync());
        await answer.PressSequentiallyAsync("and @zz");
        await answer.PressAsync("Escape");
        Assert.True(await list.IsHiddenAsync());
        Assert.Empty(visitor.Problems);
    }

    private static byte[] Screenshot(int width, int height, Rgba32 colour)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(245, 246, 248));
        for (var y = height / 4; y < height * 3 / 4; y++)
            for (var x = 0; x < width * 2 / 3; x++)
                image[x, y] = colour; // a bar, like a progress bar stopped two thirds in
        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }
}
