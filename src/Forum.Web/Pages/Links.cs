using System.Text;
using Forum.Domain.Entities;

namespace Forum.Web.Pages;

/// <summary>The addresses of the forum's pages (DESIGN §8), built in one place.</summary>
public static class Links
{
    public const string Questions = "/questions";
    public const string Ask = "/questions/ask";
    public const string Categories = "/categories";
    public const string Search = "/search";
    public const string Faq = "/faq";
    public const string FaqReview = "/faq/review";

    // Slugs are escaped: an address typed with control or bidirectional characters in it is redirected to with them
    // encoded, so the Location header stays one valid line (the article then answers 404).
    public static string FaqArticle(string slug) => $"/faq/{Uri.EscapeDataString(slug)}";
    public static string FaqFeedback(string slug) => $"/faq/{Uri.EscapeDataString(slug)}/feedback";

    public static string FaqHistory(string slug) => $"/faq/{Uri.EscapeDataString(slug)}/history";

    public static string FaqEdit(string slug) => $"/faq/{Uri.EscapeDataString(slug)}/edit";

    public static string PromoteAnswer(int answerId) => $"/faq/promote/{answerId}";

    public static string Question(int id, string slug) => $"/questions/{id}/{Uri.EscapeDataString(slug)}";

    public static string Answer(int questionId, string questionSlug, int answerId) => $"{Question(questionId, questionSlug)}#answer-{answerId}";

    /// <summary>
    /// The question a moderator names by id ("123") or by address ("https://…/questions/123/slug#answer-4"); null when
    /// nothing was given, 0 (which the use cases refuse) when it names no question.
    /// </summary>
    public static int? QuestionIdIn(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
            return null;
        if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
            return id;
        var match = System.Text.RegularExpressions.Regex.Match(value, @"/questions/(\d{1,9})(?:[/?#]|$)");
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    public static string EditQuestion(int id) => $"/questions/{id}/edit";

    public static string EditAnswer(int id) => $"/answers/{id}/edit";

    public static string History(PostType type, int id) => type == PostType.Question ? $"/questions/{id}/history" : $"/answers/{id}/history";

    /// <summary>Where the author of a hidden or removed post asks a moderator for a review.</summary>
    public static string ReviewRequest(PostType type, int id) => Forum.Domain.Features.Notifications.Notifier.ReviewRequestPath(type, id);

    public static string Member(string id, string displayName) => $"/members/{Uri.EscapeDataString(id)}/{NameSlug(displayName)}";

    public static string Category(string slug) => $"/c/{Uri.EscapeDataString(slug)}";

    public static string Tag(string tag) => $"/tags/{Uri.EscapeDataString(tag)}";

    public static string Login(string returnUrl) => $"/Identity/Account/Login?ReturnUrl={Uri.EscapeDataString(returnUrl)}";

    public static string Register(string returnUrl) => $"/Identity/Account/Register?ReturnUrl={Uri.EscapeDataString(returnUrl)}";

    /// <summary>A readable, URL-safe form of a display name; the id alone identifies the member.</summary>
    public static string NameSlug(string displayName)
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
