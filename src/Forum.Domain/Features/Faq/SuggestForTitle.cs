using FluentValidation;
using Forum.Domain.Common;
using Forum.Domain.Entities;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Features.Faq;

/// <summary>
/// What the Ask page suggests while a member types a title: up to five FAQ articles and solved questions whose
/// titles share words with it, FAQ articles first (a solved thread that is already in the FAQ only as its article). Simple title matching for now; the one place to switch to the
/// search index once it exists.
/// </summary>
public sealed record SuggestForTitle(string? Query, int Limit = SuggestForTitle.MaxSuggestions) : IRequest<IReadOnlyList<Suggestion>>
{
    public const int MaxSuggestions = 5;
}

public sealed class SuggestForTitleValidator : AbstractValidator<SuggestForTitle>
{
    public SuggestForTitleValidator()
    {
        RuleFor(x => x.Query).MaximumLength(500).WithMessage("Type at most 500 characters.");
        RuleFor(x => x.Limit).InclusiveBetween(1, SuggestForTitle.MaxSuggestions);
    }
}

public sealed class SuggestForTitleHandler(IForumDb db) : IRequestHandler<SuggestForTitle, IReadOnlyList<Suggestion>>
{
    private const int Candidates = 40;

    public async Task<IReadOnlyList<Suggestion>> Handle(SuggestForTitle request, CancellationToken cancellationToken)
    {
        var terms = TitleTerms.Parse(request.Query);
        if (terms.IsEmpty)
            return [];
        var articles = await db.FaqArticles.AsNoTracking()
            .Where(a => a.PublishedAt != null && a.ArchivedAt == null)
            .Where(terms.AnyIn<FaqArticle>(a => a.Title))
            .OrderByDescending(a => a.UpdatedAt).Take(Candidates)
            .Select(a => new Suggestion(SuggestionKind.Faq, a.Id, a.Title, "/faq/" + a.Slug, a.Category!.Name))
            .ToListAsync(cancellationToken);
        var questions = await db.Questions.AsNoTracking()
            .Where(q => q.Status == QuestionStatus.Solved && q.DeletedAt == null && q.HiddenAt == null)
            // A thread already in the FAQ is offered as its article, not twice.
            .Where(q => !db.FaqArticles.Any(a => a.SourceQuestionId == q.Id && a.PublishedAt != null && a.ArchivedAt == null))
            .Where(terms.AnyIn<Question>(q => q.Title))
            .OrderByDescending(q => q.Score).ThenByDescending(q => q.Id).Take(Candidates)
            .Select(q => new Suggestion(SuggestionKind.Question, q.Id, q.Title, "/questions/" + q.Id + "/" + q.Slug, q.Category!.Name))
            .ToListAsync(cancellationToken);
        return articles.Concat(questions)
            .Select((s, i) => (Suggestion: s, Score: terms.Score(s.Title), Order: i))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Suggestion.Kind).ThenBy(x => x.Order)
            .Take(request.Limit).Select(x => x.Suggestion).ToList();
    }
}

/// <summary>An FAQ article or a solved question offered before posting; <see cref="Key"/> is what the Ask form sends back.</summary>
public sealed record Suggestion(SuggestionKind Kind, int Id, string Title, string Url, string CategoryName)
{
    public string Key => $"{(Kind == SuggestionKind.Faq ? "faq" : "question")}:{Id}";
}
