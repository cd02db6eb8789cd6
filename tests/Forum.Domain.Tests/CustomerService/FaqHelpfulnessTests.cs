using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Faq;
using Forum.Domain.Features.Support;
using Forum.Domain.Tests.Faq;
using Forum.Domain.Tests.Harness;

namespace Forum.Domain.Tests.CustomerService;

/// <summary>
/// The dashboard's FAQ helpfulness on crafted votes: three articles published 40 days ago; one vote then on the third,
/// and this week 2 yes on the first, 1 yes and 3 no on the second; questions asked after FAQ suggestions this week.
/// </summary>
public sealed class FaqHelpfulnessTests : IDisposable
{
    private const string Browser1 = "0b7f6a4e-5d1c-4a7e-9d39-0a6f3f2d9c11", Browser2 = "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f";
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    private async Task<(FaqSteps Steps, PromotionResult Good, PromotionResult Bad, PromotionResult Old)> CraftAsync()
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();
        var good = await steps.PublishedArticleAsync();
        var bad = await steps.PublishedArticleAsync("Two-factor codes are always rejected as invalid");
        var old = await steps.PublishedArticleAsync("Printing cuts off the last line of every page");
        await _forum.SendAsync(steps.Helper, new SendFaqFeedback(old.Slug, false, FeedbackReason.Inaccurate, null));
        _forum.Clock.Advance(TimeSpan.FromDays(40));

        await _forum.SendAsync(steps.Asker, new SendFaqFeedback(good.Slug, true, null, null));
        await _forum.SendAsync(null, new SendFaqFeedback(good.Slug, true, null, Browser1));
        await _forum.SendAsync(steps.Helper, new SendFaqFeedback(bad.Slug, true, null, null));
        await _forum.SendAsync(steps.Asker, new SendFaqFeedback(bad.Slug, false, FeedbackReason.Confusing, null));
        await _forum.SendAsync(null, new SendFaqFeedback(bad.Slug, false, FeedbackReason.Outdated, Browser1));
        await _forum.SendAsync(null, new SendFaqFeedback(bad.Slug, false, null, Browser2));

        var faq = $"faq:{good.ArticleId}";
        await _forum.SendAsync(steps.Asker, Samples.Question("Sync stops again after a password change") with { SuggestionsSeen = [faq], SuggestionsOpened = [faq] });
        await _forum.SendAsync(steps.Asker, Samples.Question("Sync never starts on my second laptop") with { SuggestionsSeen = [faq] });
        await _forum.SendAsync(steps.Asker, Samples.Question("The app crashes when I open settings"));
        return (steps, good, bad, old);
    }

    [Fact]
    public async Task The_week_counts_the_votes_given_in_it_and_lists_the_least_helpful_article_with_its_reasons()
    {
        var (steps, _, bad, _) = await CraftAsync();

        var faq = (await _forum.SendAsync(steps.Staff, new GetSupportMetrics(7), Roles.Staff)).Faq;

        Assert.Equal((6, 3, 3, 50.0), (faq.Votes, faq.Helpful, faq.NotHelpful, faq.HelpfulPercent));
        Assert.Equal(1, faq.NotHelpfulReasons[FeedbackReason.Confusing]);
        Assert.Equal(1, faq.NotHelpfulReasons[FeedbackReason.Outdated]);
        Assert.False(faq.NotHelpfulReasons.ContainsKey(FeedbackReason.Inaccurate));
        var least = Assert.Single(faq.LeastHelpful);
        Assert.Equal((bad.Slug, 1, 3, 25.0), (least.Slug, least.Feedback.Helpful, least.Feedback.NotHelpful, least.HelpfulPercent));
        Assert.Equal(2, least.Feedback.Reasons.Count);
        Assert.Equal((2, 1), (faq.AskedAfterFaqSuggestions, faq.AskedAfterOpeningFaqSuggestion));
    }

    [Fact]
    public async Task Ninety_days_include_the_older_votes_and_the_least_helpful_article_comes_first()
    {
        var (steps, _, bad, old) = await CraftAsync();

        var faq = (await _forum.SendAsync(steps.Staff, new GetSupportMetrics(90), Roles.Staff)).Faq;

        Assert.Equal((7, 3, 4), (faq.Votes, faq.Helpful, faq.NotHelpful));
        Assert.Equal([old.Slug, bad.Slug], faq.LeastHelpful.Select(a => a.Slug));
        Assert.Equal(1, faq.NotHelpfulReasons[FeedbackReason.Inaccurate]);
    }

    [Fact]
    public async Task Without_votes_there_is_no_helpful_share()
    {
        var staff = await _forum.CreateMemberAsync("staff");

        var faq = (await _forum.SendAsync(staff, new GetSupportMetrics(30), Roles.Staff)).Faq;

        Assert.Equal((0, (double?)null, 0, 0), (faq.Votes, faq.HelpfulPercent, faq.LeastHelpful.Count, faq.AskedAfterFaqSuggestions));
    }
}
