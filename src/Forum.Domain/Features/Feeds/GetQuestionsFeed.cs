namespace Forum.Domain.Features.Feeds;

/// <summary>The feed of a question list: a tab (newest, active, unanswered, solved, top), optionally within a category or tag.</summary>
public sealed record GetQuestionsFeed(string? Sort = null, string? Category = null, string? Tag = null) : IRequest<Feed>;

public sealed class GetQuestionsFeedValidator : AbstractValidator<GetQuestionsFeed>
{
    public GetQuestionsFeedValidator(IForumTexts texts)
    {
        RuleFor(x => x.Sort).Must(s => s is null || QuestionSort.All.Contains(s))
            .Says(texts, "Validation.Sort", string.Join(", ", QuestionSort.All));
    }
}

public sealed class GetQuestionsFeedHandler(IForumDb db) : IRequestHandler<GetQuestionsFeed, Feed>
{
    public async Task<Feed> Handle(GetQuestionsFeed request, CancellationToken cancellationToken)
    {
        var sort = request.Sort ?? QuestionSort.Newest;
        var (questions, categoryName) = await CategoryFilter.ApplyAsync(db, db.Questions.AsNoTracking().Where(ContentVisibility.IsPublicQuestion),
            request.Category, cancellationToken);
        if (!string.IsNullOrEmpty(request.Tag))
            questions = questions.Where(TagFilter.TaggedWith(db, request.Tag));
        var rows = await QuestionSort.Order(QuestionSort.Filter(questions, sort), sort).Take(FeedLimits.Entries)
            .Select(q => new
            {
                q.Title, Author = q.Author!.DisplayName, q.CreatedAt, Updated = q.EditedAt ?? q.CreatedAt, q.BodyHtml, q.Id, q.Slug,
                Category = q.Category!.Name, Tags = q.Tags.OrderBy(t => t.Name).Select(t => t.Name).ToList(),
            })
            .ToListAsync(cancellationToken);
        var entries = rows.Select(q => new FeedEntry(q.Title, q.Author, q.CreatedAt, q.Updated, q.BodyHtml, q.Id, q.Slug, Categories: [q.Category, .. q.Tags])).ToList();
        var scope = categoryName is not null ? $" in {categoryName}" : !string.IsNullOrEmpty(request.Tag) ? $" tagged {request.Tag}" : "";
        var title = sort switch
        {
            QuestionSort.Active => "Recently active questions",
            QuestionSort.Unanswered => "Unanswered questions",
            QuestionSort.Solved => "Solved questions",
            QuestionSort.Top => "Top questions",
            _ => "Newest questions",
        };
        return new Feed(title + scope, null, entries);
    }
}
