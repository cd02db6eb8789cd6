using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Notifications;
using Forum.Domain.Features.Support;
using Forum.Domain.Tests.Harness;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Forum.Domain.Tests.CustomerService;

/// <summary>
/// Questions about to miss their first-response target escalate to the staff on duty (Priority 10 minutes, escalated at
/// 80%; Standard 30 minutes, at 100%): a notification, then an email 5 minutes later if still unanswered; each once.
/// </summary>
public sealed class EscalationTests : IDisposable
{
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    private Task<EscalationRound> EscalateAsync() => _forum.SendAsync(null, new EscalateWaitingQuestions());

    private Task<string> StaffMemberAsync(string name, string role = Roles.Staff) => StaffMemberAsync(_forum, name, role);

    private static async Task<string> StaffMemberAsync(ForumHarness forum, string name, string role = Roles.Staff)
    {
        var id = await forum.CreateMemberAsync(name);
        await forum.QueryAsync(async db =>
        {
            if (!await db.Roles.AnyAsync(r => r.Name == role))
            {
                db.Roles.Add(new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() });
                await db.SaveChangesAsync();
            }
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = id, RoleId = (await db.Roles.SingleAsync(r => r.Name == role)).Id });
            return await db.SaveChangesAsync();
        });
        return id;
    }

    private async Task<string> PriorityAskerAsync()
    {
        var asker = await _forum.CreateMemberAsync("priority");
        await _forum.SetTierAsync(asker, SupportTier.Priority);
        return asker;
    }

    private Task<List<Notification>> EscalationNotificationsAsync(string memberId) =>
        _forum.QueryAsync(db => db.Notifications.Where(n => n.MemberId == memberId && n.Kind == NotificationKind.Escalation).ToListAsync());

    private Task<List<OutboxMessage>> EscalationEmailsAsync(string memberId) =>
        _forum.QueryAsync(db => db.OutboxMessages.Where(m => m.MemberId == memberId && m.Subject.StartsWith("Still unanswered")).ToListAsync());

    [Fact]
    public async Task A_priority_question_escalates_at_80_percent_of_its_target_and_a_standard_one_at_its_target()
    {
        var staff = await StaffMemberAsync("staffer");
        var priority = await _forum.AskAsync(await PriorityAskerAsync(), "Priority: the export crashes the app");
        var standard = await _forum.AskAsync(await _forum.CreateMemberAsync("standard"), "Standard: the widget shows old data");

        _forum.Clock.Advance(TimeSpan.FromMinutes(8) - TimeSpan.FromSeconds(1));
        Assert.Equal(0, (await EscalateAsync()).Notified);
        _forum.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await EscalateAsync()).Notified);

        var told = Assert.Single(await EscalationNotificationsAsync(staff));
        Assert.Equal(priority, told.QuestionId);
        Assert.Equal("Escalation: a Priority question has waited 8 min without a response; its 10-minute target ends in 2 min.", told.Text);

        _forum.Clock.Advance(TimeSpan.FromMinutes(22) - TimeSpan.FromSeconds(1));
        Assert.Equal(0, (await EscalateAsync()).Notified);
        _forum.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await EscalateAsync()).Notified);
        var notified = await EscalationNotificationsAsync(staff);
        Assert.Equal([priority, standard], notified.OrderBy(n => n.Id).Select(n => n.QuestionId!.Value));
        Assert.Contains("its 30-minute target is up", notified.Single(n => n.QuestionId == standard).Text);
    }

    [Fact]
    public async Task Staff_and_administrators_are_told_but_not_members_nor_a_staff_asker()
    {
        var staff = await StaffMemberAsync("staffer");
        var admin = await StaffMemberAsync("administrator", Roles.Admin);
        var moderator = await StaffMemberAsync("moderator", Roles.Moderator);
        var member = await _forum.CreateMemberAsync("helper", reputation: 500);
        var askingStaff = await StaffMemberAsync("askingstaffer");
        await _forum.SetTierAsync(askingStaff, SupportTier.Priority);
        await _forum.AskAsync(askingStaff, "Priority: a staff member's own question");

        _forum.Clock.Advance(TimeSpan.FromMinutes(8));
        await EscalateAsync();

        Assert.Single(await EscalationNotificationsAsync(staff));
        Assert.Single(await EscalationNotificationsAsync(admin));
        Assert.Empty(await EscalationNotificationsAsync(moderator));
        Assert.Empty(await EscalationNotificationsAsync(member));
        Assert.Empty(await EscalationNotificationsAsync(askingStaff));
    }

    [Fact]
    public async Task Each_question_escalates_once_per_stage_and_the_email_comes_five_minutes_after_the_notification()
    {
        var staff = await StaffMemberAsync("staffer");
        var id = await _forum.AskAsync(await PriorityAskerAsync());

        _forum.Clock.Advance(TimeSpan.FromMinutes(8));
        Assert.Equal(new EscalationRound(1, 0), await EscalateAsync());
        Assert.Equal(new EscalationRound(0, 0), await EscalateAsync());
        Assert.Empty(await EscalationEmailsAsync(staff)); // the first stage is the bell only

        _forum.Clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        Assert.Equal(new EscalationRound(0, 0), await EscalateAsync());
        _forum.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(new EscalationRound(0, 1), await EscalateAsync());
        _forum.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(new EscalationRound(0, 0), await EscalateAsync());

        Assert.Single(await EscalationNotificationsAsync(staff));
        var email = Assert.Single(await EscalationEmailsAsync(staff));
        Assert.Equal("Still unanswered: a Priority question has waited 13 min without a response; it is 3 min past its 10-minute target.", email.Subject);
        Assert.Contains($"/questions/{id}/", email.HtmlBody);
        Assert.Equal([EscalationStage.Notified, EscalationStage.Emailed],
            await _forum.QueryAsync(db => db.Escalations.Where(e => e.QuestionId == id).OrderBy(e => e.Stage).Select(e => e.Stage).ToListAsync()));
    }

    [Fact]
    public async Task Answered_questions_are_not_escalated_nor_emailed_but_the_askers_own_answer_is_no_response()
    {
        var staff = await StaffMemberAsync("staffer");
        var helper = await _forum.CreateMemberAsync("helper");
        var asker = await PriorityAskerAsync();
        var answeredEarly = await _forum.AskAsync(asker, "Priority: answered within minutes");
        var answeredLate = await _forum.AskAsync(asker, "Priority: answered after the notification");
        var selfAnswered = await _forum.AskAsync(asker, "Priority: only the asker wrote again");

        _forum.Clock.Advance(TimeSpan.FromMinutes(3));
        await _forum.AnswerAsync(helper, answeredEarly);
        await _forum.AnswerAsync(asker, selfAnswered, "Some more detail: it happens with every report, also small ones.");
        _forum.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(2, (await EscalateAsync()).Notified);
        await _forum.AnswerAsync(helper, answeredLate, "Turn off the export add-on in Settings, then export the report again."); // new words: the same text twice is held
        _forum.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, (await EscalateAsync()).Emailed);

        Assert.Equal([answeredLate, selfAnswered], (await EscalationNotificationsAsync(staff)).Select(n => n.QuestionId!.Value).Order());
        Assert.Single(await EscalationEmailsAsync(staff));
        Assert.Equal([selfAnswered], await _forum.QueryAsync(db =>
            db.Escalations.Where(e => e.Stage == EscalationStage.Emailed).Select(e => e.QuestionId).ToListAsync()));
    }

    [Fact]
    public async Task A_question_answered_while_the_escalation_runs_is_not_escalated()
    {
        var answering = new BeforeEscalationsAreSaved();
        using var forum = new ForumHarness(services => services.AddSingleton<IInterceptor>(answering));
        var staff = await StaffMemberAsync(forum, "staffer");
        var asker = await forum.CreateMemberAsync("priority");
        await forum.SetTierAsync(asker, SupportTier.Priority);
        var helper = await forum.CreateMemberAsync("helper");
        var id = await forum.AskAsync(asker);
        answering.Run = () => forum.AnswerAsync(helper, id);

        forum.Clock.Advance(TimeSpan.FromMinutes(8));

        Assert.Equal(new EscalationRound(0, 0), await forum.SendAsync(null, new EscalateWaitingQuestions()));
        Assert.Equal(0, await forum.QueryAsync(db => db.Notifications.CountAsync(n => n.MemberId == staff && n.Kind == NotificationKind.Escalation)));
        Assert.Equal(0, await forum.QueryAsync(db => db.Escalations.CountAsync()));
    }

    /// <summary>Runs something (once) just before the first save that escalates a question: another request committing meanwhile.</summary>
    private sealed class BeforeEscalationsAreSaved : SaveChangesInterceptor
    {
        private int _ran;

        public Func<Task>? Run { get; set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (Run is not null && eventData.Context!.ChangeTracker.Entries<Escalation>().Any() && Interlocked.Exchange(ref _ran, 1) == 0)
                await Run();
            return result;
        }
    }

    [Fact]
    public async Task Two_runs_at_the_same_moment_escalate_each_question_once()
    {
        var staff = await StaffMemberAsync("staffer");
        var asker = await PriorityAskerAsync();
        for (var i = 1; i <= 5; i++)
            await _forum.AskAsync(asker, $"Priority question number {i} waits");

        _forum.Clock.Advance(TimeSpan.FromMinutes(8));
        var notifying = await Task.WhenAll(EscalateAsync(), EscalateAsync());
        _forum.Clock.Advance(TimeSpan.FromMinutes(5));
        var emailing = await Task.WhenAll(EscalateAsync(), EscalateAsync());

        Assert.Equal(5, notifying.Sum(r => r.Notified));
        Assert.Equal(5, emailing.Sum(r => r.Emailed));
        Assert.Equal(5, (await EscalationNotificationsAsync(staff)).Count);
        Assert.Equal(5, (await EscalationEmailsAsync(staff)).Count);
        Assert.Equal(10, await _forum.QueryAsync(db => db.Escalations.CountAsync()));
    }

    [Fact]
    public async Task Questions_asked_more_than_a_day_ago_are_left_to_the_backlog()
    {
        var staff = await StaffMemberAsync("staffer");
        await _forum.AskAsync(await PriorityAskerAsync());

        _forum.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));

        Assert.Equal(0, (await EscalateAsync()).Notified);
        Assert.Empty(await EscalationNotificationsAsync(staff));
    }

    [Fact]
    public async Task The_dashboard_counts_escalations_and_how_many_then_met_their_target()
    {
        var staff = await StaffMemberAsync("staffer");
        var helper = await _forum.CreateMemberAsync("helper");
        var asker = await PriorityAskerAsync();
        var met = await _forum.AskAsync(asker, "Priority: answered just in time");
        var late = await _forum.AskAsync(asker, "Priority: answered too late");
        await _forum.AskAsync(asker, "Priority: nobody answered");
        var standardLate = await _forum.AskAsync(await _forum.CreateMemberAsync("standard"), "Standard: answered after its target");

        _forum.Clock.Advance(TimeSpan.FromMinutes(8));
        await EscalateAsync();
        _forum.Clock.Advance(TimeSpan.FromMinutes(1));
        await _forum.AnswerAsync(helper, met); // at 9 minutes: within the 10
        _forum.Clock.Advance(TimeSpan.FromMinutes(4));
        await EscalateAsync(); // the two still unanswered are emailed
        await _forum.AnswerAsync(helper, late, "Turn off the export add-on in Settings, then export the report again.");
        _forum.Clock.Advance(TimeSpan.FromMinutes(17));
        await EscalateAsync(); // the standard one, at its 30 minutes
        _forum.Clock.Advance(TimeSpan.FromMinutes(1));
        await _forum.AnswerAsync(helper, standardLate, "The widget refreshes only with background refresh allowed in the phone settings.");

        var report = (await _forum.SendAsync(staff, new GetSupportMetrics(), Roles.Staff)).Escalations;

        Assert.Equal(new EscalationLine("All escalations", 4, 2, Met: 1, AnsweredLate: 2, NotAnswered: 1), report.Lines[0]);
        Assert.Equal(new EscalationLine("Priority", 3, 2, Met: 1, AnsweredLate: 1, NotAnswered: 1), report.Lines[1]);
        Assert.Equal(new EscalationLine("Standard", 1, 0, Met: 0, AnsweredLate: 1, NotAnswered: 0), report.Lines[2]);
        Assert.Equal((80, 100, 5.0), (report.PriorityPercent, report.StandardPercent, report.EmailAfterMinutes));
    }

    [Fact]
    public async Task Only_staff_choose_whether_escalations_come_by_email_and_one_who_said_no_gets_none()
    {
        var staff = await StaffMemberAsync("staffer");
        var quiet = await StaffMemberAsync("quietstaffer");
        var member = await _forum.CreateMemberAsync("member");
        Assert.Contains(await _forum.SendAsync(staff, new GetEmailPreferences(), Roles.Staff), p => p.Kind == NotificationKind.Escalation && p.SendEmail);
        Assert.DoesNotContain(await _forum.SendAsync(member, new GetEmailPreferences()), p => p.Kind == NotificationKind.Escalation);
        await _forum.SendAsync(quiet, new SetEmailPreference(NotificationKind.Escalation, false), Roles.Staff);
        await _forum.AskAsync(await PriorityAskerAsync());

        _forum.Clock.Advance(TimeSpan.FromMinutes(13));
        await EscalateAsync();
        _forum.Clock.Advance(TimeSpan.FromMinutes(5));
        await EscalateAsync();

        Assert.Single(await EscalationEmailsAsync(staff));
        Assert.Empty(await EscalationEmailsAsync(quiet));
        Assert.Single(await EscalationNotificationsAsync(quiet));
    }
}
