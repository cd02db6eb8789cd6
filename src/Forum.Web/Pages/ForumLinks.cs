using System.Text;

namespace Forum.Web.Pages;

/// <summary>
/// The addresses of the forum's pages (DESIGN §8, the pages' <c>@page</c> routes), made in this one place from ids and
/// slugs. Pages and views reach it as <c>Links</c>; the use cases through <see cref="IForumLinks"/> (notifications,
/// emails, search results). Absolute links are made from the configured public address (<see cref="PublicLinks"/>).
/// (Not made by ASP.NET Core's LinkGenerator: links are also needed before the pages' endpoints exist, by the
/// seeding at start-up, and by the jobs.)
/// </summary>
public sealed class ForumLinks(PublicLinks site) : IForumLinks
{
    public string Home => "/";
    public string Questions => "/questions";
    public string Ask => "/questions/ask";
    public string Categories => "/categories";
    public string Search => "/search";
    public string Faq => "/faq";
    public string FaqReview => "/faq/review";
    public string Notifications => "/notifications";
    public string NotificationSettings => "/notifications/settings";
    public string ForgotPassword => "/Identity/Account/ForgotPassword";
    public string Leaderboard => "/leaderboard";
    public string LeaderboardOfAllTime => "/leaderboard?period=all";
    public string LanguageSettings => "/settings/languages";
    public string ApiReference => "/api/reference/";
    public string Moderation => "/moderation";
    public string ModerationLog => "/moderation/log";
    public string AccountSettings => "/Identity/Account/Manage";
    public string AccountEmail => "/Identity/Account/Manage/Email";
    public string ChangePassword => "/Identity/Account/Manage/ChangePassword";
    public string TwoStepSignIn => "/Identity/Account/Manage/TwoFactorAuthentication";
    public string PersonalData => "/Identity/Account/Manage/PersonalData";

    /// <summary>The questions waiting for a helper, of every category or of one.</summary>
    public string NeedsAttention(string? category = null) =>
        category is null ? "/support/needs-attention" : $"/support/needs-attention?category={Escape(category)}";

    /// <summary>The support dashboard, over its default period or the last <paramref name="days"/> days.</summary>
    public string SupportDashboard(int? days = null) => days is null ? "/support/dashboard" : $"/support/dashboard?days={days}";

    /// <summary>The common responses, of every category or of one.</summary>
    public string CommonResponses(string? category = null) =>
        category is null ? "/support/common-responses" : $"/support/common-responses?category={Escape(category)}";

    /// <summary>A common response open in the editor.</summary>
    public string EditCommonResponse(int id) => $"/support/common-responses?edit={id}#editor";

    public string NotificationsPage(int page) => $"/notifications?page={page}";

    // Slugs are escaped: an address typed with control or bidirectional characters in it is redirected to with them
    // encoded, so the Location header stays one valid line (the article then answers 404).
    public string FaqArticle(string slug) => $"/faq/{Escape(slug)}";

    public string FaqFeedback(string slug) => $"/faq/{Escape(slug)}/feedback";

    public string FaqHistory(string slug) => $"/faq/{Escape(slug)}/history";

    public string FaqTranslation(string slug, string language) => $"/faq/{Escape(slug)}/{Escape(language)}";

    public string FaqEdit(string slug) => $"/faq/{Escape(slug)}/edit";

    public string FaqTranslate(string slug, string language) => $"/faq/{Escape(slug)}/translate/{Escape(language)}";

    public string FaqTranslationsToUpdate => "/faq/translations/needs-update";

    public string FaqTranslations => "/faq/translations";

    public string PromoteAnswer(int answerId) => $"/faq/promote/{answerId}";

    /// <summary>Without a slug, the address that redirects to the question's full one.</summary>
    public string Question(int id, string slug) => slug.Length == 0 ? $"/questions/{id}" : $"/questions/{id}/{Escape(slug)}";

    public string Answer(int questionId, string questionSlug, int answerId) => Question(questionId, questionSlug) + AnswerFragment(answerId);

    public string AnswerFragment(int answerId) => $"#answer-{answerId}";

    public string FollowUp(int questionId, string token) => $"/questions/{questionId}/follow-up?token={Escape(token)}";

    public string QuestionSupport(int questionId) => $"/questions/{questionId}/support";

    public string EditQuestion(int id) => $"/questions/{id}/edit";

    public string EditAnswer(int id) => $"/answers/{id}/edit";

    public string History(PostType type, int id) => type == PostType.Question ? $"/questions/{id}/history" : $"/answers/{id}/history";

    public string ReviewRequest(PostType type, int id) => type == PostType.Question ? $"/questions/{id}/review" : $"/answers/{id}/review";

    public string Member(string id, string? displayName = null) =>
        displayName is null ? $"/members/{Escape(id)}" : $"/members/{Escape(id)}/{NameSlug(displayName)}";

    public string MemberTier(string id) => $"/members/{Escape(id)}/tier";

    public string RemoveMember(string id) => $"/members/{Escape(id)}/remove";

    public string Category(string slug) => $"/c/{Escape(slug)}";

    public string Tag(string tag) => $"/tags/{Escape(tag)}";

    public string Login(string? returnUrl = null) =>
        returnUrl is null ? "/Identity/Account/Login" : $"/Identity/Account/Login?ReturnUrl={Escape(returnUrl)}";

    public string Register(string returnUrl) => $"/Identity/Account/Register?ReturnUrl={Escape(returnUrl)}";

    public string ConfirmEmail(string userId, string code) => $"/Identity/Account/ConfirmEmail?userId={Escape(userId)}&code={Escape(code)}";

    public string ConfirmEmailChange(string userId, string email, string code) =>
        $"/Identity/Account/ConfirmEmailChange?userId={Escape(userId)}&email={Escape(email)}&code={Escape(code)}";

    public string ResetPassword(string code) => $"/Identity/Account/ResetPassword?code={Escape(code)}";

    /// <summary>The RSS feed of a question list (a tab, within a category or a tag); <c>&amp;format=atom</c> makes it Atom.</summary>
    public string QuestionsFeed(string? tab = null, string? category = null, string? tag = null)
    {
        var (path, query) = (category, tag) switch
        {
            ({ } c, null) => ($"/feeds/c/{Escape(c)}", new List<string>()),
            (null, { } t) => ($"/feeds/tags/{Escape(t)}", new List<string>()),
            _ => ("/feeds/questions", new[] { ("category", category), ("tag", tag) }.Where(p => p.Item2 is not null).Select(p => $"{p.Item1}={Escape(p.Item2!)}").ToList()),
        };
        if (!string.IsNullOrEmpty(tab))
            query.Insert(0, $"tab={Escape(tab)}");
        return query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
    }

    public string AnswersFeed(int questionId) => $"/feeds/questions/{questionId}";

    public string FaqFeed => "/feeds/faq";

    /// <summary>The Atom form of a feed's address.</summary>
    public static string Atom(string feed) => feed + (feed.Contains('?') ? "&" : "?") + "format=atom";

    public string Absolute(string path) => site.Absolute(path);

    private static string Escape(string value) => Uri.EscapeDataString(value);

    /// <summary>A readable, URL-safe form of a display name; the id alone identifies the member.</summary>
    private static string NameSlug(string displayName)
    {
        var builder = new StringBuilder(displayName.Length);
        foreach (var c in displayName.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
        }
        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "member" : slug[..Math.Min(slug.Length, 40)].TrimEnd('-');
    }
}
