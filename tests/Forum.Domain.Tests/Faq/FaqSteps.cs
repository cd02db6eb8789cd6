using Forum.Domain.Common;
using Forum.Domain.Features.Answers;
using Forum.Domain.Features.Faq;
using Forum.Domain.Tests.Harness;

namespace Forum.Domain.Tests.Faq;

/// <summary>The steps before an FAQ article exists: a question, an answer, staff verification and promotion.</summary>
internal sealed class FaqSteps(ForumHarness forum)
{
    public const string SyncTitle = "Sync stopped working after I changed my password";
    public string Staff { get; private set; } = "";
    public string Asker { get; private set; } = "";
    public string Helper { get; private set; } = "";

    public async Task<FaqSteps> WithPeopleAsync()
    {
        Staff = await forum.CreateMemberAsync("staff");
        Asker = await forum.CreateMemberAsync("asker");
        Helper = await forum.CreateMemberAsync("helper");
        return this;
    }

    private int _threads;

    public async Task<(int QuestionId, int AnswerId)> VerifiedAnswerAsync(string title = SyncTitle)
    {
        // Each thread's text differs a little: a new member posting the same text twice is held for review.
        var thread = ++_threads;
        var questionId = (await forum.SendAsync(Asker, Samples.Question(title, $"{Samples.Body} (Thread {thread}.)"))).Id;
        var answerId = await forum.AnswerAsync(Helper, questionId, $"Disconnect this device in Settings, then sign in again with the new password. ({thread})");
        await forum.SendAsync(Staff, new VerifyAnswer(answerId), Roles.Staff);
        return (questionId, answerId);
    }

    public async Task<PromotionResult> PublishedArticleAsync(string title = SyncTitle)
    {
        var (_, answerId) = await VerifiedAnswerAsync(title);
        return await forum.SendAsync(Staff, new PromoteAnswerToFaq(answerId, Publish: true), Roles.Staff);
    }
}
