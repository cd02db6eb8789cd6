namespace Forum.Domain.Common;

/// <summary>
/// The addresses of the forum's pages, made in one place from ids and slugs (the forum's web face implements it from
/// its pages' routes). They are paths on the site ("/questions/12/blank-window"); <see cref="Absolute"/> makes the
/// links the forum sends (emails) from its configured public address (<c>Forum:PublicUrl</c>), never from a request.
/// </summary>
public interface IForumLinks
{
    string Question(int id, string slug);

    string Answer(int questionId, string questionSlug, int answerId);

    /// <summary>The place of an answer on its question's page ("#answer-3"), which a notification keeps beside its question.</summary>
    string AnswerFragment(int answerId);

    /// <summary>Where the author of a hidden or removed question or answer asks a moderator for a review.</summary>
    string ReviewRequest(Entities.PostType type, int id);

    /// <summary>The one-click "is it still solved?" page a follow-up email opens, with its signed token.</summary>
    string FollowUp(int questionId, string token);

    string FaqArticle(string slug);

    string FaqHistory(string slug);

    /// <summary>An FAQ article's translation into another language (its own address, for readers and search engines).</summary>
    string FaqTranslation(string slug, string language);

    /// <summary>A member's page; their display name only makes the address readable.</summary>
    string Member(string id, string? displayName = null);

    string Notifications { get; }

    string NotificationSettings { get; }

    string Login(string? returnUrl = null);

    string ForgotPassword { get; }

    string ConfirmEmail(string userId, string code);

    /// <summary>The absolute link to a path of the forum, under its public address.</summary>
    string Absolute(string path);
}
