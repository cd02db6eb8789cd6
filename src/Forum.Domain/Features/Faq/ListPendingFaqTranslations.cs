namespace Forum.Domain.Features.Faq;

/// <summary>The staff review queue's translations: proposed ones, oldest first, each with what it changes in its language.</summary>
[RequiresMember(Roles = Roles.StaffOrAdmin)]
public sealed record ListPendingFaqTranslations : IRequest<IReadOnlyList<PendingTranslation>>;

public sealed class ListPendingFaqTranslationsHandler(IForumDb db) : IRequestHandler<ListPendingFaqTranslations, IReadOnlyList<PendingTranslation>>
{
    public async Task<IReadOnlyList<PendingTranslation>> Handle(ListPendingFaqTranslations request, CancellationToken cancellationToken)
    {
        var pending = await db.FaqTranslationRevisions.AsNoTracking().ReviewQueue()
            .Select(r => new
            {
                r.Id, r.Number, r.Title, r.Summary, r.ProposedAt, r.BaseRevisionId, r.ProposedById, ProposerName = r.ProposedBy!.DisplayName, r.BodyMarkdown,
                r.Translation!.Language, r.Translation.Article!.Slug, ArticleTitle = r.Translation.Article.Title, SourceNumber = r.SourceRevision!.Number,
                Current = r.Translation.Revisions.Where(c => c.Number == r.Translation.CurrentRevisionNumber).Select(c => new { c.Id, c.BodyMarkdown }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return pending.Select(r => new PendingTranslation(r.Id, r.Number, r.Slug, r.ArticleTitle, r.Language, r.Title, r.Summary, r.ProposedById, r.ProposerName,
            r.ProposedAt, r.SourceNumber, r.BaseRevisionId != r.Current?.Id, TextDiff.Compare(r.Current?.BodyMarkdown ?? "", r.BodyMarkdown))).ToList();
    }
}

/// <summary>A translation waiting for review; <see cref="IsStale"/> when another translation was approved after it was started.</summary>
public sealed record PendingTranslation(long Id, int Number, string Slug, string ArticleTitle, string Language, string Title, string Summary,
    string ProposerId, string ProposerName, DateTimeOffset ProposedAt, int SourceRevisionNumber, bool IsStale, IReadOnlyList<DiffLine> Changes);
