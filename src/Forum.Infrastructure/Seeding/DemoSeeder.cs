using Forum.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Forum.Infrastructure.Seeding;

/// <summary>
/// Development-only demo content: categories, one account per role, members and a few real-looking threads,
/// created through the same use cases people use, so that scores and reputation add up.
/// </summary>
public sealed class DemoSeeder(
    ForumDbContext db, UserManager<ForumUser> users, RoleManager<IdentityRole> roles, IMediator mediator,
    CurrentUser currentUser, ReputationLedger ledger, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    public const string Password = "Passw0rd!";

    // The demo threads are written in one burst; acting as staff keeps the per-member write allowances out of the way.
    private const string SeedRole = Roles.Staff;

    public static readonly (string Email, string Name, string? Role, string Note)[] Accounts =
    [
        ("admin@forum.local", "Ada Admin", Roles.Admin, "Admin"),
        ("moderator@forum.local", "Mo Moderator", Roles.Moderator, "Moderator"),
        ("staff@forum.local", "Sam Staff", Roles.Staff, "Staff"),
        ("alice@forum.local", "Alice", null, "member, reputation 1"),
        ("bob@forum.local", "Bob", null, "member, reputation 200"),
        (DemoContent.Priya, "Priya", null, "member on the Priority support tier"),
    ];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
        if (await db.Categories.AnyAsync(ct))
            return;

        db.Categories.AddRange(DemoContent.Categories.Select((c, i) => new Category(c.Name, c.Slug, c.Description, i)));
        await db.SaveChangesAsync(ct);

        var ids = new Dictionary<string, string>();
        foreach (var (email, name, role, _) in Accounts)
            ids[email] = await CreateAccountAsync(email, name, role);
        foreach (var (email, name, reputation) in DemoContent.Helpers)
        {
            ids[email] = await CreateAccountAsync(email, name, null);
            await ledger.AdjustAsync(ids[email], reputation - 1, ids["admin@forum.local"], ct);
        }
        await ledger.AdjustAsync(ids["bob@forum.local"], 199, ids["admin@forum.local"], ct);
        (await db.Members.SingleAsync(m => m.Id == ids[DemoContent.Priya], ct)).SetTier(SupportTier.Priority);
        await db.SaveChangesAsync(ct);

        var threads = new List<(int QuestionId, List<int> AnswerIds)>();
        foreach (var thread in DemoContent.Threads)
            threads.Add(await SeedThreadAsync(thread, ids, ct));
        await SeedModerationAsync(ids, threads.Select(t => t.QuestionId).ToList(), ct);
        currentUser.RunAs(ids["staff@forum.local"], Roles.Staff);
        foreach (var (title, category, body) in DemoContent.CommonResponses)
            await mediator.Send(new SaveCommonResponse(null, title, body, category), ct);
        logger.LogInformation("Seeded {Count} demo threads.", DemoContent.Threads.Length);
        await SeedFaqAsync(threads.Select(t => t.AnswerIds).ToList(), ids, ct);
        // Badges come the way they always do: the award job's use case finds what the demo helpers earned.
        while ((await mediator.Send(new AwardBadges(), ct)).MayBeMore)
        {
        }
    }

    /// <summary>Staff verify the best answers, promote some into the FAQ, and review a few proposed edits.</summary>
    private async Task SeedFaqAsync(List<List<int>> answers, Dictionary<string, string> ids, CancellationToken ct)
    {
        var staff = ids["staff@forum.local"];
        var slugs = new Dictionary<int, string>();
        foreach (var (thread, answer, promote) in DemoContent.VerifiedAnswers)
        {
            currentUser.RunAs(staff, Roles.Staff);
            await mediator.Send(new VerifyAnswer(answers[thread][answer]), ct);
            if (promote)
                slugs[thread] = (await mediator.Send(new PromoteAnswerToFaq(answers[thread][answer], Publish: true), ct)).Slug;
        }
        foreach (var (thread, editor, find, replace, summary, rejectWith, pending) in DemoContent.FaqEdits)
        {
            currentUser.RunAs(ids[editor]);
            var article = await mediator.Send(new GetFaqArticle(slugs[thread]), ct);
            var body = article.Article.BodyMarkdown.Replace(find, replace, StringComparison.Ordinal);
            var proposed = await mediator.Send(new ProposeFaqRevision(slugs[thread], body, summary, article.Article.CurrentRevisionId), ct);
            currentUser.RunAs(staff, Roles.Staff);
            if (pending)
                continue;
            if (rejectWith is null)
                await mediator.Send(new ApproveFaqRevision(proposed.RevisionId), ct);
            else
                await mediator.Send(new RejectFaqRevision(proposed.RevisionId, rejectWith), ct);
        }
        foreach (var (thread, voter, helpful, reason) in DemoContent.FaqFeedback)
        {
            currentUser.RunAs(ids[voter]);
            await mediator.Send(new SendFaqFeedback(slugs[thread], helpful, reason, null), ct);
        }
        // Their related questions are ranked now, as the job would a moment later, so the first article opened lists them.
        var batch = new RankFaqRelatedQuestions();
        FaqRelatedQuestionsRanked ranked;
        do
            ranked = await mediator.Send(batch, ct);
        while (ranked.Ranked == batch.Max);
        logger.LogInformation("Seeded {Count} FAQ articles.", slugs.Count);
    }

    /// <summary>
    /// Something for the moderators to do: a new account's first answer with a link (held), a spam answer hidden by
    /// three flags, and a question flagged for a moderator's attention. Sent as members (no role), so the rules apply.
    /// </summary>
    private async Task SeedModerationAsync(Dictionary<string, string> ids, List<int> questionIds, CancellationToken ct)
    {
        var spammer = await CreateAccountAsync("deals@forum.local", "Deal Hunter", null);
        var newcomer = await CreateAccountAsync("newcomer@forum.local", "Nova Newcomer", null);
        currentUser.RunAs(spammer);
        var spam = await mediator.Send(new PostAnswer(questionIds[1], "Stop wasting time with settings! Our optimiser makes any app run 10x faster, 90% off today only."), ct);
        currentUser.RunAs(newcomer);
        await mediator.Send(new PostAnswer(questionIds[0], "I had the same problem; the guide at https://example.com/sync-fix helped me more than anything else."), ct);
        foreach (var reporter in new[] { "carmen@forum.local", "dev@forum.local", "bob@forum.local" })
        {
            currentUser.RunAs(ids[reporter]);
            await mediator.Send(new FlagPost(PostType.Answer, spam.Id, "spam"), ct);
        }
        currentUser.RunAs(ids["lin@forum.local"]);
        await mediator.Send(new FlagPost(PostType.Question, questionIds[2], "needs-moderator", "The asker posted part of their card number in an earlier edit; please check the history."), ct);

        // The spam account is already suspended for a week (its answer still waits for a decision): its member page
        // shows moderators the suspension, its reason and the button that lifts it.
        const string why = "Advertising in answers";
        var now = clock.GetUtcNow();
        (await db.Members.SingleAsync(m => m.Id == spammer, ct)).Suspend(now.AddDays(7), why);
        db.ModerationActions.Add(new ModerationAction(ids["moderator@forum.local"], ModerationActionType.SuspendAuthor, PostType.Answer, spam.Id,
            questionIds[1], spammer, why, now));
        await db.SaveChangesAsync(ct);
    }

    private async Task<(int QuestionId, List<int> AnswerIds)> SeedThreadAsync(DemoThread thread, Dictionary<string, string> ids, CancellationToken ct)
    {
        currentUser.RunAs(ids[thread.Asker], SeedRole);
        var asked = await mediator.Send(new AskQuestion(thread.Title, thread.Body, thread.Category, thread.Tags), ct);
        var answerIds = new List<int>();
        foreach (var (author, body) in thread.Answers)
        {
            currentUser.RunAs(ids[author], SeedRole);
            answerIds.Add((await mediator.Send(new PostAnswer(asked.Id, body), ct)).Id);
        }
        foreach (var (voter, answerIndex, value) in thread.Votes)
        {
            currentUser.RunAs(ids[voter], SeedRole);
            var (type, id) = answerIndex < 0 ? (PostType.Question, asked.Id) : (PostType.Answer, answerIds[answerIndex]);
            await mediator.Send(new CastVote(type, id, value), ct);
        }
        if (thread.AcceptedAnswer is { } accepted)
        {
            currentUser.RunAs(ids[thread.Asker], SeedRole);
            await mediator.Send(new AcceptAnswer(answerIds[accepted]), ct);
            if (thread.Rating is { } rating)
                await mediator.Send(new RateHelp(asked.Id, rating, null), ct);
        }
        await BackdateAsync(asked.Id, thread, ct);
        return (asked.Id, answerIds);
    }

    /// <summary>
    /// Moves a thread back in time as if it had been asked <see cref="DemoThread.AskedMinutesAgo"/> minutes ago, so the
    /// queue shows real waiting times and the dashboard real response times. Demo seeding only: it writes the
    /// timestamps directly, which no use case may do.
    /// </summary>
    private async Task BackdateAsync(int questionId, DemoThread thread, CancellationToken ct)
    {
        if (thread.AskedMinutesAgo == 0)
            return;
        var question = await db.Questions.Include(q => q.Answers).SingleAsync(q => q.Id == questionId, ct);
        var asked = clock.GetUtcNow().AddMinutes(-thread.AskedMinutesAgo);
        var lastActivity = asked;
        DateTimeOffset? firstResponse = null;
        foreach (var (answer, i) in question.Answers.OrderBy(a => a.Id).Select((a, i) => (a, i)))
        {
            var at = asked.AddMinutes(thread.AnswerMinutesAfter is { } after && i < after.Length ? after[i] : 60 * (i + 1));
            db.Entry(answer).Property(a => a.CreatedAt).CurrentValue = at;
            if (firstResponse is null && answer.AuthorId != question.AuthorId)
                firstResponse = at;
            lastActivity = at > lastActivity ? at : lastActivity;
        }
        var entry = db.Entry(question);
        entry.Property(q => q.CreatedAt).CurrentValue = asked;
        entry.Property(q => q.FirstResponseAt).CurrentValue = firstResponse;
        entry.Property(q => q.LastActivityAt).CurrentValue = lastActivity;
        if (question.SolvedAt is not null)
            entry.Property(q => q.SolvedAt).CurrentValue = lastActivity.AddMinutes(30);
        await db.SaveChangesAsync(ct);
    }

    private async Task<string> CreateAccountAsync(string email, string name, string? role)
    {
        var user = new ForumUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not create {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        if (role is not null)
            await users.AddToRoleAsync(user, role);
        return user.Id;
    }
}
