namespace Forum.Domain.Features.Faq;

/// <summary>The staff review queue: proposed revisions, oldest first, each with the change it makes.</summary>
[RequiresMember(Roles = Roles.StaffOrAdmin)]
public sealed record ListPendingFaqRevisions : IRequest<IReadOnlyList<PendingRevision>>;

public sealed class ListPendingFaqRevisionsHandler(IForumDb db) : IRequestHandler<ListPendingFaqRevisions, IReadOnlyList<PendingRevision>>
{
    public async Task<IReadOnlyList<PendingRevision>> Handle(ListPendingFaqRevisions request, CancellationToken cancellationToken)
    {
        var pending = await db.FaqRevisions.AsNoTracking().ReviewQueue()
            .Select(r => new
            {
                r.Id, r.Number, r.Summary, r.ProposedAt, r.IsSignificant, r.BaseRevisionId, r.ProposedById, ProposerName = r.ProposedBy!.DisplayName, r.BodyMarkdown,
                r.Article!.Slug, r.Article.Title,
                Current = r.Article.Revisions.Where(c => c.Number == r.Article.CurrentRevisionNumber).Select(c => new { c.Id, c.BodyMarkdown }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return pending.Select(r => new PendingRevision(r.Id, r.Number, r.Slug, r.Title, r.Summary, r.ProposedById, r.ProposerName, r.ProposedAt,
            r.BaseRevisionId != r.Current?.Id, TextDiff.Compare(r.Current?.BodyMarkdown ?? "", r.BodyMarkdown), r.IsSignificant)).ToList();
    }
}

/// <summary>
/// A proposal waiting for review; <see cref="IsStale"/> when another revision was approved after it was started;
/// <see cref="IsSignificant"/> when its proposer says it makes the translations out of date.
/// </summary>
public sealed record PendingRevision(long Id, int Number, string Slug, string ArticleTitle, string Summary, string ProposerId, string ProposerName,
    DateTimeOffset ProposedAt, bool IsStale, IReadOnlyList<DiffLine> Changes, bool IsSignificant = false);
