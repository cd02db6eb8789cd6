using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Forum.Browser.Tests;

/// <summary>A person at the forum in one browser profile, doing things the way a person does: through the pages.</summary>
public sealed partial class ForumVisitor : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly string _screenshotFolder;
    private readonly List<string> _problems = [];

    public ForumVisitor(IBrowserContext context, IPage page, string screenshotFolder)
    {
        _context = context;
        _screenshotFolder = screenshotFolder;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                _problems.Add(message.Text);
        };
        page.PageError += (_, error) => _problems.Add(error);
    }

    public IPage Page { get; }

    /// <summary>Console errors (CSP violations among them) and uncaught script errors seen so far.</summary>
    public IReadOnlyList<string> Problems => _problems;

    public async Task RegisterAsync(string email, string password, bool logIn = true)
    {
        await Page.GotoAsync("/");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Sign up" }).ClickAsync();
        await Page.GetByLabel("Display name").FillAsync(email.Split('@')[0]);
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await Page.GetByLabel("Type the password again").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        // Sign-up answers alike for every address and signs no one in; these forums need no confirmed email.
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Check your email" }).WaitForAsync();
        if (!logIn)
            return;
        await Page.GetByRole(AriaRole.Link, new() { Name = "Log in", Exact = true }).Last.ClickAsync();
        await SubmitLogInAsync(email, password);
    }

    /// <summary>Chooses the name the forum shows, on the member's own page (reached from the account menu).</summary>
    public async Task ChooseDisplayNameAsync(string name)
    {
        await AccountMenu.ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "My profile" }).ClickAsync();
        await Page.GetByLabel("Display name").FillAsync(name);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Page.Locator(".flash", new() { HasText = "Your display name is saved." }).WaitForAsync();
    }

    public async Task LogInAsync(string email, string password)
    {
        await Page.GotoAsync("/");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Log in", Exact = true }).ClickAsync();
        await SubmitLogInAsync(email, password);
    }

    /// <summary>A step (<see cref="StepAsync"/>): a log-in that never shows the account menu leaves the page it ended on.</summary>
    private Task SubmitLogInAsync(string email, string password) => StepAsync("log-in-" + email.Split('@')[0], async () =>
    {
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true }).ClickAsync();
        await AccountMenu.WaitForAsync();
    });

    /// <summary>
    /// Signs up and then in through the account pages by their fields, whatever language the pages speak (the other
    /// helpers here find things by their English names).
    /// </summary>
    public async Task RegisterInAnyLanguageAsync(string email, string password)
    {
        await Page.GotoAsync("/Identity/Account/Register");
        await Page.Locator("#Input_DisplayName").FillAsync(email.Split('@')[0]);
        await Page.Locator("#Input_Email").FillAsync(email);
        await Page.Locator("#Input_Password").FillAsync(password);
        await Page.Locator("#Input_ConfirmPassword").FillAsync(password);
        await Page.Locator("main form button[type=submit]").ClickAsync();
        await Page.WaitForURLAsync(url => url.Contains("/Account/RegisterConfirmation", StringComparison.Ordinal));
        await LogInInAnyLanguageAsync(email, password);
    }

    /// <summary>Signs in through the log-in page by its fields, whatever language the page speaks.</summary>
    public async Task LogInInAnyLanguageAsync(string email, string password)
    {
        await Page.GotoAsync("/Identity/Account/Login");
        await Page.Locator("#Input_Email").FillAsync(email);
        await Page.Locator("#Input_Password").FillAsync(password);
        await Page.Locator("main form button[type=submit]").First.ClickAsync();
        await AccountMenu.WaitForAsync();
    }

    public async Task LogOutAsync()
    {
        await AccountMenu.ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Log in", Exact = true }).WaitForAsync();
    }

    public ILocator AccountMenu => Page.Locator("details.account-menu > summary");

    /// <summary>Fills the ask form and posts it; returns the question's address.</summary>
    public async Task<string> AskAsync(string title, string body, string category, string tags)
    {
        await Page.GotoAsync("/");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Ask a question" }).First.ClickAsync();
        await Page.GetByLabel("Title").FillAsync(title);
        await Page.GetByLabel("Details").FillAsync(body);
        await Page.GetByLabel("Category").SelectOptionAsync(new SelectOptionValue { Label = category });
        await Page.GetByLabel("Tags").FillAsync(tags);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Post your question" }).ClickAsync();
        await Page.WaitForURLAsync(QuestionAddress());
        return new Uri(Page.Url).AbsolutePath;
    }

    /// <summary>Posts an answer on the question page; returns the new answer's id (from the #answer-N it lands on).</summary>
    public async Task<int> AnswerAsync(string questionPath, string body)
    {
        await Page.GotoAsync(questionPath);
        await Page.GetByLabel("Your answer (Markdown)").FillAsync(body);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Post your answer" }).ClickAsync();
        await Page.WaitForURLAsync(AnswerAddress());
        return int.Parse(AnswerAddress().Match(Page.Url).Groups[1].Value);
    }

    public ILocator Answer(int answerId) => Page.Locator($"#answer-{answerId}");

    /// <summary>The reputation shown on the card of the answer's author.</summary>
    public async Task<int> ReputationOnAnswerAsync(int answerId) =>
        Number(await Answer(answerId).Locator(".author-card .reputation").InnerTextAsync());

    public async Task ScreenshotAsync(string name) =>
        await Page.ScreenshotAsync(new() { Path = Path.Combine(_screenshotFolder, name + ".png"), FullPage = true });

    /// <summary>Runs a step and, if it fails, saves what the browser showed (screenshot and HTML) next to the screenshots.</summary>
    public async Task StepAsync(string name, Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            var failed = Path.Combine(_screenshotFolder, "failed-" + name);
            await Page.ScreenshotAsync(new() { Path = failed + ".png", FullPage = true });
            await File.WriteAllTextAsync(failed + ".html", await Page.ContentAsync());
            throw new InvalidOperationException($"Step '{name}' failed at {Page.Url}; see {failed}.png and .html", ex);
        }
    }

    public static int Number(string text) => int.Parse(Regex.Replace(text, "[^0-9-]", ""), System.Globalization.CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync() => await _context.CloseAsync();

    [GeneratedRegex(@"/questions/\d+/[a-z0-9-]+$")]
    private static partial Regex QuestionAddress();

    [GeneratedRegex(@"/questions/\d+/[a-z0-9-]+#answer-(\d+)$")]
    private static partial Regex AnswerAddress();
}
