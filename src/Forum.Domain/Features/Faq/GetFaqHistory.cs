namespace Forum.Domain.Features.Faq;

/// <summary>
/// An article's revisions, newest first, and a diff between any two of them (by default the previous approved
/// revision against the current one). Everyone sees approved revisions; proposers also see their own proposals
/// with the review outcome and comment; staff see everything.
/// </summary>
public sealed record GetFaqHistory(string Slug, long? From = null, long? To = null) : IRequest<FaqHistory>;

public sealed class GetFaqHistoryValidator : AbstractValidator<GetFaqHistory>
{
    public GetFaqHistoryValidator(IForumTexts texts) => RuleFor(x => x.Slug).ValidSlug(texts);
}

public sealed class GetFaqHistoryHandler(IForumDb db, ICurrentUser user) : IRequestHandler<GetFaqHistory, FaqHistory>
{
    public async Task<FaqHistory> Handle(GetFaqHistory request, CancellationToken cancellationToken)
    {
        var isStaff = Roles.IsStaff(user);
        var article = await db.FaqArticles.AsNoTracking()
            .Where(a => a.Slug == request.Slug && (isStaff || a.PublishedAt != null))
            .Select(a => new { a.Id, a.Slug, a.Title, a.CurrentRevisionNumber, a.ArchivedAt })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("The FAQ article");
        var userId = user.UserId;
        var hidden = article.ArchivedAt is not null && !isStaff;
        var revisions = hidden ? [] : await db.FaqRevisions.AsNoTracking()
            .Where(r => r.ArticleId == article.Id && (isStaff || r.Status == FaqRevisionStatus.Approved || r.ProposedById == userId))
            .OrderByDescending(r => r.Number)
            .Select(r => new FaqRevisionLine(r.Id, r.Number, r.Status, r.Summary, r.ProposedById, r.ProposedBy!.DisplayName, r.ProposedAt,
                r.ReviewedBy == null ? null : r.ReviewedBy.DisplayName, r.ReviewedAt, r.ReviewComment, r.Number == article.CurrentRevisionNumber, r.BodyMarkdown))
            .ToListAsync(cancellationToken);

        var approved = revisions.Where(r => r.Status == FaqRevisionStatus.Approved).ToList();
        var to = request.To is { } toId ? Find(revisions, toId) : approved.FirstOrDefault(r => r.IsCurrent);
        var from = request.From is { } fromId ? Find(revisions, fromId) : approved.FirstOrDefault(r => to is not null && r.Number < to.Number);
        var diff = from is not null && to is not null ? TextDiff.Compare(from.BodyMarkdown, to.BodyMarkdown) : null;
        return new FaqHistory(article.Id, article.Slug, article.Title, article.ArchivedAt is not null, revisions, from?.Id, to?.Id, diff);
    }

    private static FaqRevisionLine Find(List<FaqRevisionLine> revisions, long id) =>
        revisions.FirstOrDefault(r => r.Id == id) ?? throw new NotFoundException("The revision");
}

public sealed record FaqRevisionLine(
    long Id, int Number, FaqRevisionStatus Status, string Summary, string ProposerId, string ProposerName, DateTimeOffset ProposedAt,
    string? ReviewerName, DateTimeOffset? ReviewedAt, string? ReviewComment, bool IsCurrent, string BodyMarkdown);

public sealed record FaqHistory(
    int ArticleId, string Slug, string Title, bool IsArchived, IReadOnlyList<FaqRevisionLine> Revisions,
    long? FromRevisionId, long? ToRevisionId, IReadOnlyList<DiffLine>? Diff);
