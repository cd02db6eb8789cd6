namespace Forum.Domain.Features.Recognition;

/// <summary>A badge as people read it: its name, what earns it, and how many things it takes.</summary>
public sealed record BadgeDefinition(Badge Badge, string Name, string Description, int Threshold);

/// <summary>
/// The badges and what earns each. Every rule is a query of "counted items" (one member id per counted answer, flag,
/// FAQ text or fast first response): the award job groups it by member, the member page counts it for one member, so
/// both always agree. Only public posts count (<see cref="ContentVisibility"/>), and only answers to other people's questions.
/// </summary>
public sealed class Badges(IForumDb db, SupportOptions support)
{
    public static readonly IReadOnlyList<BadgeDefinition> All =
    [
        new(Badge.FirstAnswer, "First Answer", "Answered someone else's question.", 1),
        new(Badge.FirstSolution, "First Solution", "Wrote an answer the asker accepted.", 1),
        new(Badge.Helpful, "Helpful", "10 answers voted up (a score above zero).", 10),
        new(Badge.Solver, "Solver", "10 answers accepted by their askers.", 10),
        new(Badge.Official, "Official", "Wrote an answer staff verified as official.", 1),
        new(Badge.FaqAuthor, "FAQ Author", "An answer promoted into the FAQ, or an approved change to an FAQ article.", 1),
        new(Badge.Guardian, "Guardian", "10 flags that moderators found helpful.", 10),
        new(Badge.Speedy, "Speedy", "10 first responses within the support target (10 minutes for Priority askers, 30 for Standard).", 10),
    ];

    public static BadgeDefinition Of(Badge badge) => All.Single(d => d.Badge == badge);

    /// <summary>One member id per counted item. For <see cref="Badge.Speedy"/> these are all first responses; <see cref="WithinTarget"/> tells which were fast enough.</summary>
    public IQueryable<string> CountedItems(Badge badge)
    {
        var answers = db.Answers.Where(ContentVisibility.IsPublicAnswer).Where(a => a.AuthorId != a.Question!.AuthorId);
        return badge switch
        {
            Badge.FirstAnswer => answers.Select(a => a.AuthorId),
            Badge.FirstSolution or Badge.Solver => answers.Where(a => a.Question!.AcceptedAnswerId == a.Id).Select(a => a.AuthorId),
            Badge.Helpful => answers.Where(a => a.Score > 0).Select(a => a.AuthorId),
            Badge.Official => answers.Where(a => a.VerifiedAt != null).Select(a => a.AuthorId),
            Badge.Speedy => FirstResponses(answers).Select(a => a.AuthorId),
            // The first revision is staff's edit of the promoted answer, whose author is credited; later approved revisions count for their proposers.
            Badge.FaqAuthor => db.FaqArticles.Where(f => f.PublishedAt != null && f.ArchivedAt == null && f.CreditedMemberId != null).Select(f => f.CreditedMemberId!)
                .Concat(db.FaqRevisions.Where(r => r.Status == FaqRevisionStatus.Approved && r.Number > 1 && r.Article!.PublishedAt != null && r.Article.ArchivedAt == null)
                    .Select(r => r.ProposedById)),
            Badge.Guardian => db.Flags.Where(f => f.Status == FlagStatus.Upheld && f.ReporterId != null).Select(f => f.ReporterId!),
            _ => throw new ArgumentOutOfRangeException(nameof(badge)),
        };
    }

    /// <summary>
    /// How many of each member's first responses came within the support target. The database cannot subtract dates on
    /// every provider, so the rows of the given members are compared here.
    /// </summary>
    public async Task<Dictionary<string, int>> FastFirstResponsesAsync(IReadOnlyCollection<string> memberIds, CancellationToken ct)
    {
        var answers = db.Answers.Where(ContentVisibility.IsPublicAnswer).Where(a => a.AuthorId != a.Question!.AuthorId && memberIds.Contains(a.AuthorId));
        var rows = await FirstResponses(answers).AsNoTracking()
            .Select(a => new { a.AuthorId, a.Question!.CreatedAt, FirstResponseAt = a.Question.FirstResponseAt!.Value, a.Question.AskerTier })
            .ToListAsync(ct);
        return rows.Where(r => r.FirstResponseAt - r.CreatedAt <= support.Target(r.AskerTier))
            .GroupBy(r => r.AuthorId).ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>The answers that were their question's recorded first response (posted by the time it was recorded).</summary>
    private static IQueryable<Answer> FirstResponses(IQueryable<Answer> answers) =>
        answers.Where(a => a.Question!.FirstResponseAt != null && a.CreatedAt <= a.Question.FirstResponseAt);
}
