using Forum.Domain.Common;

namespace Forum.Domain.Tests.Harness;

/// <summary>
/// The page addresses the use cases are given, as the forum's routes make them (DESIGN §8); the web face builds them
/// from its pages (ForumLinks), which these tests do not start.
/// </summary>
public sealed class TestLinks : IForumLinks
{
    private static readonly PublicLinks Site = new("https://support.example.com");

    public string Question(int id, string slug) => $"/questions/{id}/{Uri.EscapeDataString(slug)}";
    public string Answer(int questionId, string questionSlug, int answerId) => Question(questionId, questionSlug) + AnswerFragment(answerId);
    public string AnswerFragment(int answerId) => $"#answer-{answerId}";
    public string ReviewRequest(Entities.PostType type, int id) => type == Entities.PostType.Question ? $"/questions/{id}/review" : $"/answers/{id}/review";
    public string FollowUp(int questionId, string token) => $"/questions/{questionId}/follow-up?token={Uri.EscapeDataString(token)}";
    public string FaqArticle(string slug) => $"/faq/{Uri.EscapeDataString(slug)}";
    public string FaqHistory(string slug) => $"/faq/{Uri.EscapeDataString(slug)}/history";
    public string FaqTranslation(string slug, string language) => $"/faq/{Uri.EscapeDataString(slug)}/{language}";
    public string Member(string id, string? displayName = null) => $"/members/{Uri.EscapeDataString(id)}";
    public string Notifications => "/notifications";
    public string NotificationSettings => "/notifications/settings";
    public string Login(string? returnUrl = null) => "/Identity/Account/Login";
    public string ForgotPassword => "/Identity/Account/ForgotPassword";
    public string ConfirmEmail(string userId, string code) => $"/Identity/Account/ConfirmEmail?userId={Uri.EscapeDataString(userId)}&code={code}";
    public string Absolute(string path) => Site.Absolute(path);
}
