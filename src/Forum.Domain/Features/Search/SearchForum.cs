using FluentValidation;
using Forum.Domain.Common;
using Forum.Domain.Entities;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Features.Search;

public static class SearchResultType
{
    public const string Question = "question", Faq = "faq";
    public static readonly string[] All = [Question, Faq];
}

/// <summary>
/// Full-text search over what visitors may read, best first. Any text at all is a valid query
/// (see <see cref="SearchTerms"/>); <paramref name="Type"/> narrows to questions or FAQ articles.
/// </summary>
public sealed record SearchForum(
    string? Query, string? Category = null, string? Tag = null, string? Type = null, bool? Solved = null, int Page = 1, int PageSize = 20)
    : IRequest<SearchResults>;

public sealed class SearchForumValidator : AbstractValidator<SearchForum>
{
    public const int MaxPageSize = 50;

    public SearchForumValidator()
    {
        RuleFor(x => x.Type).Must(t => string.IsNullOrEmpty(t) || SearchResultType.All.Contains(t))
            .WithMessage($"Type is one of: {string.Join(", ", SearchResultType.All)}.");
        RuleFor(x => x.Page).InclusiveBetween(1, 10_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, MaxPageSize);
    }
}

public sealed class SearchForumHandler(IForumDb db, ISearchIndex index) : IRequestHandler<SearchForum, SearchResults>
{
    public async Task<SearchResults> Handle(SearchForum request, CancellationToken cancellationToken)
    {
        var terms = SearchTerms.Parse(request.Query);
        var empty = new SearchResults(request.Query ?? "", 0, [], request.Page, request.PageSize);
        // FAQ articles are not indexed yet: an FAQ-only search has no results until they are.
        if (!terms.CanMatch || request.Type == SearchResultType.Faq)
            return empty;

        var questions = db.Questions.AsNoTracking().Where(SearchVisibility.Question);
        var category = Text.CleanLine(request.Category);
        if (category.Length > 0)
            questions = questions.Where(q => q.Category!.Slug == category);
        var tag = Text.CleanLine(request.Tag).ToLowerInvariant();
        if (tag.Length > 0)
            questions = questions.Where(q => q.Tags.Any(t => t.Name == tag));
        if (request.Solved is { } solved)
            questions = solved ? questions.Where(q => q.Status == QuestionStatus.Solved) : questions.Where(q => q.Status != QuestionStatus.Solved);

        var ranked = SearchRanking.Rank(index.MatchQuestions(terms), questions);
        var total = await ranked.CountAsync(cancellationToken);
        if (total == 0)
            return empty;
        var page = await ranked
            .OrderByDescending(r => r.Relevance).ThenByDescending(r => r.Question.Id)
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
            .Select(r => new
            {
                r.Question.Id, r.Question.Title, r.Question.Slug, r.Question.Status, r.Question.Score, r.Question.AnswerCount,
                r.Question.CreatedAt, Category = r.Question.Category!.Name, r.Relevance,
            })
            .ToListAsync(cancellationToken);

        var ids = page.Select(p => p.Id).ToList();
        var texts = await db.SearchDocuments.AsNoTracking().Where(d => ids.Contains(d.QuestionId))
            .ToDictionaryAsync(d => d.QuestionId, d => d.Body, cancellationToken);
        var results = page.Select(p => new SearchResult(
                SearchResultType.Question, p.Id, p.Title, SearchText.Highlight(p.Title, terms), $"/questions/{p.Id}/{p.Slug}",
                SearchText.Snippet(texts.GetValueOrDefault(p.Id, ""), terms), p.Relevance, p.Status == QuestionStatus.Solved,
                p.Score, p.AnswerCount, p.Category, p.CreatedAt))
            .ToList();
        return new SearchResults(request.Query ?? "", total, results, request.Page, request.PageSize);
    }
}

public sealed record SearchResults(string Query, int Total, IReadOnlyList<SearchResult> Results, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>One hit. <see cref="TitleHtml"/> and <see cref="SnippetHtml"/> are HTML-encoded text with &lt;mark&gt; around the searched words.</summary>
public sealed record SearchResult(
    string Type, int Id, string Title, string TitleHtml, string Url, string SnippetHtml, double Score, bool Solved,
    int Votes, int AnswerCount, string Category, DateTimeOffset CreatedAt);
