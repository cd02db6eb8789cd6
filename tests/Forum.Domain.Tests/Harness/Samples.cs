using Forum.Domain.Features.Answers;
using Forum.Domain.Features.Questions;

namespace Forum.Domain.Tests.Harness;

/// <summary>Valid posts to start from, and shortcuts for the steps most tests need.</summary>
public static class Samples
{
    public const string Body = "When I open the app it shows a blank window and nothing else happens.";
    public const string AnswerBody = "Delete the cache folder while the app is closed, then start it again.";

    public static AskQuestion Question(string title = "The app shows a blank window on start", string body = Body, string category = "desktop-app", params string[] tags) =>
        new(title, body, category, tags);

    public static async Task<int> AskAsync(this ForumHarness forum, string askerId, string title = "The app shows a blank window on start") =>
        (await forum.SendAsync(askerId, Question(title))).Id;

    public static async Task SetTierAsync(this ForumHarness forum, string memberId, Entities.SupportTier tier) =>
        await forum.SendAsync(memberId, new Features.Support.SetMemberTier(memberId, tier), Common.Roles.Staff);

    public static async Task<int> AnswerAsync(this ForumHarness forum, string authorId, int questionId, string body = AnswerBody) =>
        (await forum.SendAsync(authorId, new PostAnswer(questionId, body))).Id;
}
