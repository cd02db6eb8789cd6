using System.Text.RegularExpressions;
using Forum.Web.Tests.Harness;
using Microsoft.Playwright;

namespace Forum.Browser.Tests;

/// <summary>
/// The forum for a reader whose browser speaks Indonesian: the pages, what the scripts add to them, the emails, and
/// the FAQ translated the SUMO way (a localizer translates, staff approve, a significant English change marks the
/// translation out of date and its readers are pointed to the English text).
/// </summary>
public sealed partial class IndonesianJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Indonesian = "id-ID";
    // Dev's reputation (640) gives him the localizer privilege (his profile says English, so the pages speak English to
    // him); Carmen proposes the English change, staff review.
    private const string Dev = "dev@forum.local";
    private const string Carmen = "carmen@forum.local";
    private const string Staff = "staff@forum.local";
    private const string Article = "No notifications on Android 15 unless the app is open";

    [Fact]
    public async Task The_editor_toolbar_the_draft_offer_and_the_preview_speak_Indonesian()
    {
        await using var visitor = await browser.NewVisitorAsync(locale: Indonesian);
        var page = visitor.Page;
        // A member who signed up in Indonesian (a member's language is the one in their profile, not the browser's).
        await visitor.RegisterInAnyLanguageAsync($"anggota-{Guid.NewGuid():N}"[..18] + "@example.id", ForumServer.DemoPassword);
        await page.GotoAsync("/questions/ask");
        Assert.Equal("id", await page.Locator("html").GetAttributeAsync("lang"));

        await visitor.StepAsync("toolbar", async () =>
        {
            var toolbar = page.GetByRole(AriaRole.Toolbar, new() { Name = "Format" });
            var bold = toolbar.GetByRole(AriaRole.Button, new() { Name = "Tebal", Exact = true });
            Assert.Equal("Tebal (Ctrl+B)", await bold.GetAttributeAsync("title"));
            Assert.Equal("Daftar bernomor (Ctrl+Shift+7)", await toolbar.Locator(".md-numbered-list").GetAttributeAsync("title"));
            await page.Locator("#Input_Title").FillAsync("Ekspor kalender berhenti di tengah jalan");
            await toolbar.GetByRole(AriaRole.Button, new() { Name = "Miring", Exact = true }).ClickAsync();
            Assert.Equal("*teks miring*", await page.Locator("#Input_Body").InputValueAsync());
        });

        await visitor.StepAsync("preview", async () =>
        {
            await page.Locator("#Input_Body").FillAsync("Ekspor **berhenti** di 50%.");
            await page.Locator("#Input_Body-preview strong").WaitForAsync();
            Assert.Equal("Pratinjau", await page.Locator("#Input_Body-preview .markdown-preview-title").TextContentAsync());
        });

        await visitor.StepAsync("draft offered back", async () =>
        {
            await page.WaitForFunctionAsync("() => (localStorage.getItem('forum.draft.ask') || '').includes('berhenti')");
            await page.GotoAsync("/questions/ask");
            var offer = page.Locator(".draft-notice");
            await offer.WaitForAsync();
            Assert.StartsWith("Anda memiliki draf yang belum dikirim dari ", await offer.Locator("span").InnerTextAsync());
            await offer.GetByRole(AriaRole.Button, new() { Name = "Pulihkan draf" }).ClickAsync();
            Assert.Equal("Ekspor **berhenti** di 50%.", await page.Locator("#Input_Body").InputValueAsync());
            await page.Locator("#Input_Body").FillAsync("");
            await page.Locator("#Input_Title").FillAsync("");
        });
        await visitor.ScreenshotAsync("editor-indonesian");
        Assert.DoesNotMatch(EnglishWords(), await page.Locator("main").InnerTextAsync());
        Assert.Empty(visitor.Problems);
    }

    [Fact]
    public async Task An_Indonesian_visitor_asks_and_hears_back_in_Indonesian_and_readers_of_a_stale_translation_are_sent_to_the_English_text()
    {
        await using var asker = await browser.NewVisitorAsync(locale: Indonesian);
        await using var localizer = await browser.NewVisitorAsync();
        await using var carmen = await browser.NewVisitorAsync();
        await using var staff = await browser.NewVisitorAsync();
        await using var reader = await browser.NewVisitorAsync(locale: Indonesian);
        var email = $"pelanggan-{Guid.NewGuid():N}"[..20] + "@example.id";
        const string password = "Str0ng!Passw0rd";
        var title = "Cadangan malam berhenti di 99 persen";
        string articlePath = "";

        await asker.StepAsync("sign up and ask", async () =>
        {
            await asker.RegisterInAnyLanguageAsync(email, password);
            await asker.Page.GotoAsync("/questions/ask");
            Assert.Equal("id", await asker.Page.Locator("#Input_Language").InputValueAsync());
            await asker.Page.Locator("#Input_Title").FillAsync(title);
            await asker.Page.Locator("#Input_Body").FillAsync("Sejak pembaruan 4.3, cadangan malam saya berhenti di 99% dan tidak pernah selesai.");
            await asker.Page.Locator("#Input_Category").SelectOptionAsync(new SelectOptionValue { Label = "Sync & backup" });
            await asker.Page.Locator("#Input_Tags").FillAsync("backup");
            await asker.Page.Locator("form.post-form button[type=submit]").ClickAsync();
            await asker.Page.WaitForURLAsync(new Regex(@"/questions/\d+/"));
        });
        await asker.StepAsync("the acknowledgement", async () =>
        {
            var flash = asker.Page.Locator(".flash");
            Assert.StartsWith("Pertanyaan Anda sudah kami terima", await flash.InnerTextAsync());
            await asker.ScreenshotAsync("asked-indonesian");
        });
        await asker.StepAsync("the email", async () =>
        {
            var received = await EmailAsync(email, m => m.Contains(title));
            Assert.Contains("Pertanyaan Anda sudah kami terima", received);
            Assert.DoesNotContain("Open on the forum", received);
        });

        await localizer.StepAsync("translate the article", async () =>
        {
            await localizer.LogInAsync(Dev, ForumServer.DemoPassword);
            await localizer.Page.GotoAsync("/faq");
            await localizer.Page.GetByRole(AriaRole.Link, new() { Name = Article }).ClickAsync();
            articlePath = new Uri(localizer.Page.Url).AbsolutePath;
            await localizer.Page.GetByRole(AriaRole.Link, new() { Name = "Translate into Bahasa Indonesia" }).ClickAsync();
            await localizer.Page.Locator("#Input_Title").FillAsync("Tidak ada notifikasi di Android 15 kecuali aplikasi terbuka");
            await localizer.Page.GetByLabel("Translated text (Markdown)").FillAsync(
                "Android 15 menghentikan aplikasi di latar belakang. Buka **Pengaturan → Baterai** dan izinkan aplikasi berjalan di latar belakang.");
            await localizer.Page.GetByRole(AriaRole.Button, new() { Name = "Send for review" }).ClickAsync();
            await localizer.Page.WaitForURLAsync($"**{articlePath}");
        });
        await staff.StepAsync("approve the translation", async () =>
        {
            await staff.LogInAsync(Staff, ForumServer.DemoPassword);
            await staff.Page.GotoAsync("/faq/review");
            var proposal = staff.Page.Locator("article.staff-panel").Filter(new() { HasText = "Tidak ada notifikasi di Android 15" });
            await proposal.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
            await staff.Page.Locator(".flash").WaitForAsync();
            Assert.Equal(0, await staff.Page.Locator("article.staff-panel").Filter(new() { HasText = "Tidak ada notifikasi di Android 15" }).CountAsync());
        });
        await reader.StepAsync("read the fresh translation", async () =>
        {
            await reader.Page.GotoAsync(articlePath);
            await reader.Page.Locator("a[hreflang=id]").First.ClickAsync();
            await reader.Page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Tidak ada notifikasi di Android 15 kecuali aplikasi terbuka" }).WaitForAsync();
            Assert.Equal(0, await reader.Page.Locator(".faq-banner").CountAsync());
        });

        await carmen.StepAsync("propose an English change", async () =>
        {
            await carmen.LogInAsync(Carmen, ForumServer.DemoPassword);
            await carmen.Page.GotoAsync(articlePath);
            await carmen.Page.GetByRole(AriaRole.Link, new() { Name = "Propose a change" }).ClickAsync();
            var body = carmen.Page.GetByLabel("Article text (Markdown)");
            await body.FillAsync(await body.InputValueAsync() + "\n\nOn Android 15 QPR1, also turn on **Allow background data usage**.");
            await carmen.Page.GetByLabel("What did you change?").FillAsync("Background data on QPR1");
            await carmen.Page.GetByRole(AriaRole.Button, new() { Name = "Send for review" }).ClickAsync();
            await carmen.Page.Locator(".revision-proposed").First.WaitForAsync();
        });
        await staff.StepAsync("approve it as significant", async () =>
        {
            await staff.Page.GotoAsync("/faq/review");
            var proposal = staff.Page.Locator("article.staff-panel").Filter(new() { HasText = "Background data on QPR1" });
            await proposal.GetByLabel("Translations need updating").CheckAsync();
            await proposal.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
            await staff.Page.GetByText("The change is approved and public.").WaitForAsync();
        });
        await reader.StepAsync("see the out-of-date banner", async () =>
        {
            await reader.Page.ReloadAsync();
            var banner = reader.Page.Locator(".faq-banner");
            Assert.Contains("Artikel bahasa Inggris telah berubah sejak terjemahan ini dibuat.", await banner.InnerTextAsync());
            await banner.GetByRole(AriaRole.Link, new() { Name = "Baca teks bahasa Inggris terbaru" }).ClickAsync();
            await reader.Page.WaitForURLAsync($"**{articlePath}");
            Assert.Contains("Allow background data usage", await reader.Page.Locator("main").InnerTextAsync());
            await reader.ScreenshotAsync("faq-english-after-banner");
        });

        Assert.Empty(asker.Problems);
        Assert.Empty(localizer.Problems);
        Assert.Empty(staff.Problems);
        Assert.Empty(reader.Problems);
    }

    /// <summary>English words the scripts used to write into the pages.</summary>
    [GeneratedRegex(@"\b(Restore draft|Discard|unposted|Bold|Italic|Preview)\b")]
    private static partial Regex EnglishWords();

    /// <summary>Waits for the forum's outbox to deliver the email (it is polled every few seconds).</summary>
    private async Task<string> EmailAsync(string address, Func<string, bool> which)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            if (Mailbox.MessagesTo(browser.Forum.MailFolder, address).FirstOrDefault(which) is { } message)
                return message;
            await Task.Delay(500);
        }
        throw new Xunit.Sdk.XunitException($"No email to {address} arrived within a minute.");
    }
}
