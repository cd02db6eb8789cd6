namespace Forum.Tests.Shared;

/// <summary>Who reads the forum in the sweeps over the <see cref="PageMap"/>; each sees pages the others don't.</summary>
public enum Reader
{
    Visitor,
    Member,
    Moderator,
    Staff,
}

/// <summary>How a sweep finds the addresses of demo content: through the pages themselves, as the reader sees them.</summary>
public interface IPageLinks
{
    /// <summary>The address of the link called exactly <paramref name="title"/> on the page at <paramref name="list"/>.</summary>
    Task<string> LinkAsync(string list, string title);

    /// <summary>The href of the first element matching the CSS <paramref name="selector"/> on the page at <paramref name="address"/>.</summary>
    Task<string> HrefAsync(string address, string selector);
}

/// <summary>
/// The forum's pages as each kind of reader reaches them (DESIGN §8 and the account pages): fixed addresses, and
/// those of demo content found through the pages themselves (a solved thread, the FAQ article promoted from it...).
/// Swept in the browser for accessibility and over HTTP for the pseudo-locale.
/// </summary>
public static class PageMap
{
    public const string SolvedQuestion = "Sync stopped working after I changed my password";
    public const string OpenQuestion = "I was charged twice for my yearly plan this month";
    public const string VerifiedAnswerQuestion = "Two-factor codes are always rejected as invalid";

    /// <summary>Bob's own question, still without an answer (he is the member of the sweep).</summary>
    public const string MembersOwnQuestion = "Restoring a backup from last week without losing today's notes";

    public static string Email(Reader reader) => reader switch
    {
        Reader.Member => "bob@forum.local",
        Reader.Moderator => "moderator@forum.local",
        Reader.Staff => "staff@forum.local",
        _ => throw new ArgumentOutOfRangeException(nameof(reader), reader, "A visitor does not sign in."),
    };

    /// <summary>The addresses <paramref name="reader"/> visits, found with <paramref name="links"/> (signed in as them).</summary>
    public static async Task<IReadOnlyList<string>> ForAsync(Reader reader, IPageLinks links)
    {
        var solved = await links.LinkAsync("/questions?tab=solved", SolvedQuestion);
        var open = await links.LinkAsync("/questions", OpenQuestion);
        var faqArticle = await links.HrefAsync(solved, ".faq-banner a");
        var author = await links.HrefAsync(solved, "#question .author-card a[href^='/members/']");
        var common = new List<string>
        {
            "/", "/questions", "/questions?tab=unanswered", "/questions?tab=solved", "/questions?tab=top", "/categories", "/c/sync-backup",
            "/tags/sync", "/faq", "/faq/translations", faqArticle, faqArticle + "/history", "/search?q=sync", "/search?q=zzzznothingmatches", "/leaderboard",
            author, solved, open,
        };
        switch (reader)
        {
            case Reader.Visitor:
                common.AddRange(["/Identity/Account/Login", "/Identity/Account/Register", "/Identity/Account/ForgotPassword", "/questions/ask"]);
                break;
            case Reader.Member:
                var own = await links.LinkAsync("/questions?tab=unanswered", MembersOwnQuestion);
                var ownId = own.Split('/')[2];
                var profile = await links.HrefAsync("/", "details.account-menu a[href^='/members/']");
                common.AddRange([
                    own, $"/questions/{ownId}/edit", $"/questions/{ownId}/support", "/questions/ask", profile, "/notifications",
                    "/notifications/settings", "/support/needs-attention", "/support/common-responses",
                    "/Identity/Account/Manage", "/Identity/Account/Manage/Email", "/Identity/Account/Manage/ChangePassword",
                    "/Identity/Account/Manage/TwoFactorAuthentication", "/Identity/Account/Manage/PersonalData",
                ]);
                break;
            case Reader.Moderator:
                common.AddRange(["/moderation", "/moderation/log", "/support/needs-attention", "/notifications"]);
                break;
            case Reader.Staff:
                var verified = await links.LinkAsync("/questions", VerifiedAnswerQuestion);
                var promote = await links.HrefAsync(verified, "a[href^='/faq/promote/']");
                common.AddRange([
                    "/support/dashboard", "/support/dashboard?days=30", "/faq/review", "/support/common-responses",
                    faqArticle + "/edit", verified, promote, $"/members/{author.Split('/')[2]}/tier", "/support/needs-attention",
                ]);
                break;
        }
        return common.Distinct().ToList();
    }
}
