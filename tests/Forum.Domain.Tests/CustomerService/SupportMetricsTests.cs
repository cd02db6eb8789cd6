using FluentValidation;
using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Answers;
using Forum.Domain.Features.Support;
using Forum.Domain.Tests.Harness;

namespace Forum.Domain.Tests.CustomerService;

/// <summary>
/// A crafted week: standard questions first answered after 5, 10, 20 and 40 minutes plus one still waiting 45 minutes;
/// priority questions first answered after 2, 8 and 12 minutes. Medians and interpolated 90th percentiles are known.
/// </summary>
public sealed class SupportMetricsTests : IDisposable
{
    private readonly ForumHarness _forum = new();
    private string _staff = "";
    private string _standard = "";
    private string _priority = "";

    public void Dispose() => _forum.Dispose();

    private async Task<int> AskAndAnswerAfterAsync(string asker, int minutes)
    {
        var id = await _forum.AskAsync(asker, $"A question answered after {minutes} minutes");
        _forum.Clock.Advance(TimeSpan.FromMinutes(minutes));
        await _forum.SendAsync(_staff, new PostAnswer(id, Samples.AnswerBody), Roles.Staff);
        return id;
    }

    private async Task CraftTheWeekAsync()
    {
        _staff = await _forum.CreateMemberAsync("staff");
        _standard = await _forum.CreateMemberAsync("standard");
        _priority = await _forum.CreateMemberAsync("priority");
        await _forum.SetTierAsync(_priority, SupportTier.Priority);
        foreach (var minutes in new[] { 2, 8, 12 })
            await AskAndAnswerAfterAsync(_priority, minutes);
        var solved = await AskAndAnswerAfterAsync(_standard, 5);
        foreach (var minutes in new[] { 10, 20, 40 })
            await AskAndAnswerAfterAsync(_standard, minutes);
        var answer = (await _forum.SendAsync(null, new Features.Questions.GetQuestionPage(solved))).Answers[0].Id;
        await _forum.SendAsync(_standard, new AcceptAnswer(answer));
        await _forum.SendAsync(_standard, new RateHelp(solved, 4, null));
        await _forum.AskAsync(_standard, "A question nobody answered yet");
        _forum.Clock.Advance(TimeSpan.FromMinutes(45));
    }

    [Fact]
    public async Task Medians_percentiles_and_the_share_within_target_are_exact_by_tier_and_overall()
    {
        await CraftTheWeekAsync();

        var metrics = await _forum.SendAsync(_staff, new GetSupportMetrics(7), Roles.Staff);

        Assert.Equal(new ResponseLine("All questions", 8, 7, 10, 28, 62.5), metrics.Overall);
        Assert.Equal(new ResponseLine("Priority", 3, 3, 8, 11.2, 66.7), metrics.ByTier[0]);
        Assert.Equal(new ResponseLine("Standard", 5, 4, 15, 34, 60), metrics.ByTier[1]);
        Assert.Equal(new ResponseLine("Desktop app", 8, 7, 10, 28, 62.5), Assert.Single(metrics.ByCategory));
        Assert.Equal(1, metrics.OverdueNow);
        Assert.Equal([1, 0, 0, 0], metrics.UnansweredBacklog.Select(b => b.Count));
        Assert.Equal(12.5, metrics.SolvedPercent);
        Assert.Equal((4.0, 1), (metrics.SatisfactionAverage, metrics.Ratings));
        var helper = Assert.Single(metrics.TopHelpers);
        Assert.Equal((7, 1), (helper.Answers, helper.Accepted));
    }

    [Fact]
    public async Task The_period_decides_which_questions_count()
    {
        await CraftTheWeekAsync();
        _forum.Clock.Advance(TimeSpan.FromDays(8));

        var week = await _forum.SendAsync(_staff, new GetSupportMetrics(7), Roles.Staff);
        var month = await _forum.SendAsync(_staff, new GetSupportMetrics(30), Roles.Staff);

        Assert.Equal((0, null), (week.Overall.Asked, week.Overall.MedianMinutes));
        Assert.Equal(8, month.Overall.Asked);
        Assert.Equal([0, 0, 0, 1], month.UnansweredBacklog.Select(b => b.Count));
    }

    [Fact]
    public async Task Only_staff_see_the_metrics_and_only_for_7_30_or_90_days()
    {
        var member = await _forum.CreateMemberAsync("member", reputation: 5000);

        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(member, new GetSupportMetrics(7), Roles.Moderator));
        await Assert.ThrowsAsync<ValidationException>(() => _forum.SendAsync(member, new GetSupportMetrics(8), Roles.Staff));
    }

    [Fact]
    public async Task The_acknowledgement_quotes_the_median_for_the_tier_and_category_or_says_the_target_when_data_is_thin()
    {
        await CraftTheWeekAsync();
        var newcomer = await _forum.CreateMemberAsync("newcomer");

        var standard = await _forum.SendAsync(newcomer, Samples.Question("Another desktop question today"));
        var priority = await _forum.SendAsync(_priority, Samples.Question("A priority question about mobile", category: "mobile-app"));

        Assert.Contains("standard questions in Desktop app got a first response in about 15 minutes (the median of 4)", standard.Acknowledgement);
        Assert.Contains("We aim to respond to priority questions within 10 minutes.", priority.Acknowledgement);
    }

    [Theory]
    [InlineData(new double[] { 5, 10, 20, 40 }, 0.5, 15)]
    [InlineData(new double[] { 5, 10, 20, 40 }, 0.9, 34)]
    [InlineData(new double[] { 7 }, 0.9, 7)]
    public void Percentiles_interpolate_between_ranks(double[] values, double p, double expected)
    {
        Assert.Equal(expected, ResponseTimes.Percentile(values, p)!.Value, 6);
    }
}
