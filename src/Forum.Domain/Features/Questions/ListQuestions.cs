namespace Forum.Domain.Features.Questions;

public static class QuestionSort
{
    public const string Newest = "newest", Active = "active", Unanswered = "unanswered", Solved = "solved", Top = "top";
    public static readonly string[] All = [Newest, Active, Unanswered, Solved, Top];

    /// <summary>The questions a list tab shows (the list page and its feed alike).</summary>
    public static IQueryable<Question> Filter(IQueryable<Question> questions, string sort) => sort switch
    {
        Unanswered => questions.Where(q => q.AnswerCount == 0 && q.Status == QuestionStatus.Open),
        Solved => questions.Where(q => q.Status == QuestionStatus.Solved),
        _ => questions,
    };

    /// <summary>The order of a list tab.</summary>
    public static IOrderedQueryable<Question> Order(IQueryable<Question> questions, string sort) => sort switch
    {
        Active or Solved => questions.OrderByDescending(q => q.LastActivityAt).ThenByDescending(q => q.Id),
        Top => questions.OrderByDescending(q => q.Score).ThenByDescending(q => q.Id),
        _ => questions.OrderByDescending(q => q.CreatedAt).ThenByDescending(q => q.Id),
    };
}

/// <summary>A page of questions in one of the list orders, optionally within a category or tag, or in one language.</summary>
public sealed record ListQuestions(string? Sort = null, string? Category = null, string? Tag = null, int Page = 1, int PageSize = 20,
    string? Language = null) : IRequest<QuestionList>;

public sealed class ListQuestionsValidator : AbstractValidator<ListQuestions>
{
    public const int MaxPageSize = 50;

    public ListQuestionsValidator(IForumTexts texts)
    {
        RuleFor(x => x.Sort).Must(s => s is null || QuestionSort.All.Contains(s))
            .Says(texts, "Validation.Sort", string.Join(", ", QuestionSort.All));
        RuleFor(x => x.Page).InclusiveBetween(1, 100_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, MaxPageSize);
        RuleFor(x => x.Language).ValidLanguage(texts);
    }
}

public sealed class ListQuestionsHandler(IForumDb db, ICurrentUser user, IReadCache cache) : IRequestHandler<ListQuestions, QuestionList>
{
    public async Task<QuestionList> Handle(ListQuestions request, CancellationToken cancellationToken)
    {
        var sort = request.Sort ?? QuestionSort.Newest;
        var (inCategory, categoryName) = await CategoryFilter.ApplyAsync(db, db.Questions.AsNoTracking(), request.Category, cancellationToken);
        IQueryable<Question> Listed(IQueryable<Question> questions)
        {
            if (!string.IsNullOrEmpty(request.Tag))
                questions = questions.Where(TagFilter.TaggedWith(db, request.Tag));
            if (request.Language is not null)
                questions = questions.Where(q => q.Language == request.Language);
            return QuestionSort.Filter(questions, sort);
        }

        // The count of what everyone sees is the same for every reader of the list, and costs a scan of the list's
        // index: kept until the next commit.
        var total = 0;
        foreach (var part in inCategory.VisibleToInParts(user))
            total += part.IsPublic
                ? await cache.GetOrReadAsync(("public-question-count", sort, request.Category, request.Tag, request.Language),
                    () => Listed(part.Questions).CountAsync(cancellationToken))
                : await Listed(part.Questions).CountAsync(cancellationToken);
        var listed = Listed(inCategory.VisibleTo(user));
        var questions = QuestionSort.Order(listed, sort);
        var items = await questions.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
            .Select(QuestionSummary.Projection).ToListAsync(cancellationToken);
        return new QuestionList(items, total, request.Page, request.PageSize, sort, request.Category, categoryName, request.Tag, request.Language);
    }
}

public sealed record QuestionList(
    IReadOnlyList<QuestionSummary> Items, int Total, int Page, int PageSize, string Sort,
    string? CategorySlug, string? CategoryName, string? Tag, string? Language = null)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public sealed record QuestionSummary(
    int Id, string Title, string Slug, QuestionStatus Status, int Score, int AnswerCount, int MeTooCount,
    DateTimeOffset CreatedAt, DateTimeOffset LastActivityAt, DateTimeOffset? FirstResponseAt, SupportTier AskerTier,
    string AuthorId, string AuthorName, int AuthorReputation, string CategoryName, string CategorySlug, IReadOnlyList<string> Tags,
    PostModeration? Moderation = null, MemberRole AuthorRole = MemberRole.Member, string Language = Languages.English)
{
    public static readonly System.Linq.Expressions.Expression<Func<Question, QuestionSummary>> Projection = q => new QuestionSummary(
        q.Id, q.Title, q.Slug, q.Status, q.Score, q.AnswerCount, q.MeTooCount,
        q.CreatedAt, q.LastActivityAt, q.FirstResponseAt, q.AskerTier,
        q.AuthorId, q.Author!.DisplayName, q.Author.Reputation, q.Category!.Name, q.Category.Slug,
        q.Tags.OrderBy(t => t.Name).Select(t => t.Name).ToList(),
        PostModeration.Of(q.DeletedAt, q.DeletedReason, q.HiddenAt, q.IsHeld, q.HiddenReason), q.Author.Role, q.Language);
}
