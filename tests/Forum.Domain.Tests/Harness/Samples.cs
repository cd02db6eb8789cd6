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

    /// <summary>
    /// What the background job does a moment after questions are asked or edited: ranks every similar-questions list that
    /// is due, until none is (a new question's ranking marks the lists of its similar questions).
    /// </summary>
    public static async Task RankSimilarQuestionsAsync(this ForumHarness forum)
    {
        for (var round = 0; round < 10; round++)
        {
            forum.Clock.Advance(TimeSpan.FromSeconds(1));
            if ((await forum.SendAsync(null, new Features.Search.RankSimilarQuestions(1000))).Ranked == 0)
                return;
        }
        throw new InvalidOperationException("The similar-questions lists did not settle.");
    }

    /// <summary>What the background job does a moment after FAQ articles are promoted: ranks every related-questions list that is due.</summary>
    public static async Task RankFaqRelatedQuestionsAsync(this ForumHarness forum)
    {
        forum.Clock.Advance(TimeSpan.FromSeconds(1));
        var ranked = await forum.SendAsync(null, new Features.Faq.RankFaqRelatedQuestions(1000));
        if (ranked.ChangedMeanwhile > 0)
            throw new InvalidOperationException("An FAQ article was marked again while its related questions were ranked.");
    }

    public static async Task<int> AnswerAsync(this ForumHarness forum, string authorId, int questionId, string body = AnswerBody) =>
        (await forum.SendAsync(authorId, new PostAnswer(questionId, body))).Id;
}
