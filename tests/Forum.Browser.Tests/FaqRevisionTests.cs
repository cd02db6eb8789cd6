using Microsoft.Playwright;

namespace Forum.Browser.Tests;

public sealed class FaqRevisionTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Article = "No notifications on Android 15 unless the app is open";

    [Fact]
    public async Task A_proposal_overtaken_by_an_approved_one_comes_back_with_the_newer_text_and_the_draft()
    {
        await using var carmen = await browser.NewVisitorAsync();
        await using var dev = await browser.NewVisitorAsync();
        await using var staff = await browser.NewVisitorAsync();
        await carmen.LogInAsync("carmen@forum.local", ForumServer.DemoPassword);
        await dev.LogInAsync("dev@forum.local", ForumServer.DemoPassword);
        await staff.LogInAsync("staff@forum.local", ForumServer.DemoPassword);
        string editAddress = "";

        await carmen.StepAsync("open the editor", async () =>
        {
            await carmen.Page.GotoAsync("/faq");
            await carmen.Page.GetByRole(AriaRole.Link, new() { Name = Article }).ClickAsync();
            await carmen.Page.GetByRole(AriaRole.Link, new() { Name = "Propose a change" }).ClickAsync();
            editAddress = carmen.Page.Url;
        });
        await dev.StepAsync("propose first", async () =>
        {
            await dev.Page.GotoAsync(editAddress);
            var body = dev.Page.GetByLabel("Article text (Markdown)");
            await body.FillAsync(await body.InputValueAsync() + "\n\nRestart the phone after changing the battery setting.");
            await dev.Page.GetByLabel("What did you change?").FillAsync("Restart the phone");
            await dev.Page.GetByRole(AriaRole.Button, new() { Name = "Send for review" }).ClickAsync();
            await dev.Page.Locator(".revision-proposed").First.WaitForAsync();
        });
        await staff.StepAsync("approve", async () =>
        {
            await staff.Page.GotoAsync("/faq/review");
            var proposal = staff.Page.Locator("article.staff-panel").Filter(new() { HasText = "Restart the phone" });
            await proposal.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
            await staff.Page.GetByText("The change is approved and public.").WaitForAsync();
        });
        await carmen.StepAsync("send the stale proposal", async () =>
        {
            var body = carmen.Page.GetByLabel("Article text (Markdown)");
            await body.FillAsync(await body.InputValueAsync() + "\n\nCarmen's extra tip.");
            await carmen.Page.GetByRole(AriaRole.Button, new() { Name = "Send for review" }).ClickAsync();
            await carmen.Page.GetByText("The article was changed after this edit was started").WaitForAsync();
            Assert.Contains("Restart the phone after changing the battery setting.", await carmen.Page.GetByLabel("The newer text (revision 3)").InputValueAsync());
            Assert.Contains("Carmen's extra tip.", await body.InputValueAsync());
            await carmen.ScreenshotAsync("faq-stale-proposal");
        });
        await carmen.StepAsync("send it again from the newer text", async () =>
        {
            var body = carmen.Page.GetByLabel("Article text (Markdown)");
            await body.FillAsync(await carmen.Page.GetByLabel("The newer text (revision 3)").InputValueAsync() + "\n\nCarmen's extra tip.");
            await carmen.Page.GetByRole(AriaRole.Button, new() { Name = "Send for review" }).ClickAsync();
            await carmen.Page.Locator(".revision-proposed").First.WaitForAsync();
        });
        await staff.StepAsync("reject with a comment", async () =>
        {
            await staff.Page.GotoAsync("/faq/review");
            var proposal = staff.Page.Locator("article.staff-panel").Filter(new() { HasText = "Carmen's extra tip." });
            await proposal.GetByLabel("Why reject it?").FillAsync("Tips go into the community threads, not the article.");
            await proposal.GetByRole(AriaRole.Button, new() { Name = "Reject" }).ClickAsync();
            await staff.Page.GetByText("The change is rejected").WaitForAsync();
        });
        await carmen.StepAsync("see the outcome", async () =>
        {
            await carmen.Page.GotoAsync(editAddress.Replace("/edit", "/history"));
            await carmen.Page.GetByText("Tips go into the community threads, not the article.").WaitForAsync();
            await carmen.ScreenshotAsync("faq-history-rejected");
        });
        Assert.Empty(carmen.Problems);
        Assert.Empty(staff.Problems);
    }
}
