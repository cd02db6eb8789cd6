using System.Net;
using System.Text.Json;
using Forum.Domain.Entities;
using Forum.Domain.Features.Support;
using Forum.Infrastructure.Persistence;
using Forum.Web.Tests.Harness;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forum.Web.Tests.Live;

/// <summary>
/// Questions about to miss their first-response target, escalated to staff through the whole forum: the staff's bell
/// hears of it live, the dashboard counts it, and runs at the same moment (as on several nodes) tell the staff once. The
/// scheduler is off here: each test runs the escalation itself once its questions have waited (their time of asking is
/// moved back), so nothing depends on the clock's speed.
/// </summary>
public sealed class EscalationTests(EscalationTests.EscalationForum forum) : IClassFixture<EscalationTests.EscalationForum>
{
    [Fact]
    public async Task Staff_hear_of_an_escalation_on_their_bell_and_a_member_does_not()
    {
        var staffClient = await forum.SignedInClientAsync("staff@forum.local");
        var memberClient = await forum.SignedInClientAsync("bob@forum.local");
        await using var staff = await LiveListener.ConnectAsync(forum, staffClient);
        await using var member = await LiveListener.ConnectAsync(forum, memberClient);
        var id = await (await forum.NewMemberAsync("asker")).AskAsync(ApiCalls.NewQuestion($"Reports stop exporting {ApiCalls.UniqueWord()}"));
        await WaitedAsync(id, SupportTier.Priority, TimeSpan.FromMinutes(9));

        await EscalateAsync();

        await staff.WaitForAsync(e => e is { Stream: "member", Change: "notification" });
        var notifications = await (await staffClient.GetAsync("/api/v1/notifications")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(notifications.GetProperty("items").EnumerateArray(), n =>
            n.GetProperty("kind").GetString() == "escalation" && n.GetProperty("url").GetString()!.Contains($"/questions/{id}/"));
        Assert.DoesNotContain(member.Events, e => e.Stream == "member");
        var membersList = await (await memberClient.GetAsync("/api/v1/notifications")).JsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(membersList.GetProperty("items").EnumerateArray(), n => n.GetProperty("kind").GetString() == "escalation");
    }

    [Fact]
    public async Task The_dashboard_counts_escalations_and_how_many_then_met_their_target()
    {
        await LeaveTheWaitingQuestionsToTheBacklogAsync();
        var staffApi = await forum.SignedInClientAsync("staff@forum.local");
        var before = await EscalationLinesAsync(staffApi);
        var asker = await forum.NewMemberAsync("asker");
        var helper = await forum.SignedInClientAsync("bob@forum.local");
        var met = await asker.AskAsync(ApiCalls.NewQuestion($"Invoices show the old name {ApiCalls.UniqueWord()}", $"Our invoices still carry our former company name {ApiCalls.UniqueWord()}."));
        var late = await asker.AskAsync(ApiCalls.NewQuestion($"Widget shows yesterday {ApiCalls.UniqueWord()}", $"The home screen widget only updates when the app opens {ApiCalls.UniqueWord()}."));
        var waiting = await asker.AskAsync(ApiCalls.NewQuestion($"Backups are missing {ApiCalls.UniqueWord()}", $"No automatic backup was written since Monday {ApiCalls.UniqueWord()}."));
        await WaitedAsync(met, SupportTier.Priority, TimeSpan.FromMinutes(9));
        await WaitedAsync(late, SupportTier.Standard, TimeSpan.FromMinutes(31));
        await WaitedAsync(waiting, SupportTier.Priority, TimeSpan.FromMinutes(9));

        Assert.Equal(3, (await EscalateAsync()).Notified);
        // Each answer in words of its own: the same text twice within minutes is held for review.
        await helper.AnswerAsync(met, $"Ask billing to reissue the invoice from the billing profile ({ApiCalls.UniqueWord()})."); // within its 10 minutes
        await helper.AnswerAsync(late, $"Allow background refresh for the widget in the phone's settings ({ApiCalls.UniqueWord()})."); // after its 30

        var after = await EscalationLinesAsync(staffApi);
        Assert.Equal(Counts(before, "All escalations", escalated: 3, met: 1, late: 1, notAnswered: 1), after["All escalations"]);
        Assert.Equal(Counts(before, "Priority", escalated: 2, met: 1, late: 0, notAnswered: 1), after["Priority"]);
        Assert.Equal(Counts(before, "Standard", escalated: 1, met: 0, late: 1, notAnswered: 0), after["Standard"]);

        var page = await (await forum.SignedInBrowserAsync("staff@forum.local")).GetStringAsync("/support/dashboard");
        var all = after["All escalations"];
        Assert.Contains($"<th scope=\"row\">All escalations</th><td>{all.Escalated}</td><td>{all.Emailed}</td><td>{all.Met}</td><td>{all.AnsweredLate}</td><td>{all.NotAnswered}</td>", page);
    }

    [Fact]
    public async Task Runs_at_the_same_moment_escalate_each_question_once_per_stage()
    {
        var asker = await forum.NewMemberAsync("asker");
        var ids = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            var id = await asker.AskAsync(ApiCalls.NewQuestion($"Sync stalls on device {ApiCalls.UniqueWord()}", $"The sync stops at the same file every time {ApiCalls.UniqueWord()}."));
            await WaitedAsync(id, SupportTier.Priority, TimeSpan.FromMinutes(9));
            ids.Add(id);
        }

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => EscalateAsync()));
        // Five minutes later, as far as the escalations know.
        await WithDbAsync(db => db.Escalations.Where(e => ids.Contains(e.QuestionId))
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.At, DateTimeOffset.UtcNow.AddMinutes(-6))));
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => EscalateAsync()));

        var staffId = await WithDbAsync(db => db.Users.Where(u => u.Email == "staff@forum.local").Select(u => u.Id).SingleAsync());
        var told = await WithDbAsync(db => db.Notifications.Where(n => n.MemberId == staffId && n.Kind == NotificationKind.Escalation && ids.Contains(n.QuestionId!.Value))
            .GroupBy(n => n.QuestionId).Select(g => g.Count()).ToListAsync());
        Assert.Equal([1, 1, 1], told);
        var titles = await WithDbAsync(db => db.Questions.Where(q => ids.Contains(q.Id)).Select(q => q.Title).ToListAsync());
        var emails = await WithDbAsync(db => db.OutboxMessages.Where(m => m.MemberId == staffId && m.Subject.StartsWith("Still unanswered")).Select(m => m.HtmlBody).ToListAsync());
        Assert.All(titles, title => Assert.Single(emails, body => body.Contains(title)));
        Assert.Equal(6, await WithDbAsync(db => db.Escalations.CountAsync(e => ids.Contains(e.QuestionId))));
    }

    /// <summary>The line <paramref name="label"/> of <paramref name="before"/> with the given counts added (none emailed).</summary>
    private static EscalationLine Counts(Dictionary<string, EscalationLine> before, string label, int escalated, int met, int late, int notAnswered)
    {
        var was = before.GetValueOrDefault(label) ?? new EscalationLine(label, 0, 0, 0, 0, 0);
        return was with { Escalated = was.Escalated + escalated, Met = was.Met + met, AnsweredLate = was.AnsweredLate + late, NotAnswered = was.NotAnswered + notAnswered };
    }

    private static async Task<Dictionary<string, EscalationLine>> EscalationLinesAsync(HttpClient staff)
    {
        var metrics = await (await staff.GetAsync("/api/v1/support/metrics")).JsonAsync(HttpStatusCode.OK);
        return metrics.GetProperty("escalations").GetProperty("lines").EnumerateArray()
            .Select(l => l.Deserialize<EscalationLine>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!)
            .ToDictionary(l => l.Label);
    }

    /// <summary>The question was asked <paramref name="age"/> ago by an asker of <paramref name="tier"/>.</summary>
    private Task<int> WaitedAsync(int questionId, SupportTier tier, TimeSpan age) =>
        WithDbAsync(db => db.Questions.Where(q => q.Id == questionId).ExecuteUpdateAsync(q => q
            .SetProperty(x => x.CreatedAt, DateTimeOffset.UtcNow - age)
            .SetProperty(x => x.AskerTier, tier)));

    /// <summary>The demo's questions still waiting are made older than escalation looks, so only a test's own questions escalate.</summary>
    private Task<int> LeaveTheWaitingQuestionsToTheBacklogAsync() =>
        WithDbAsync(db => db.Questions.Where(q => q.FirstResponseAt == null).ExecuteUpdateAsync(q => q
            .SetProperty(x => x.CreatedAt, DateTimeOffset.UtcNow.AddDays(-2))));

    private async Task<EscalationRound> EscalateAsync()
    {
        await using var scope = forum.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new EscalateWaitingQuestions());
    }

    private async Task<T> WithDbAsync<T>(Func<ForumDbContext, Task<T>> work)
    {
        await using var scope = forum.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ForumDbContext>());
    }

    public sealed class EscalationForum : ForumWebFactory
    {
        protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Forum:Jobs:Enabled", "false");
    }
}
