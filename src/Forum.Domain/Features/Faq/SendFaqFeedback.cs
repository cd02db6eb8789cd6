namespace Forum.Domain.Features.Faq;

/// <summary>
/// "Was this helpful?": one answer per member, or per anonymous browser (<paramref name="BrowserId"/>, from its
/// cookie). Answering again replaces the earlier answer; a "No" may say why.
/// </summary>
public sealed record SendFaqFeedback(string Slug, bool Helpful, FeedbackReason? Reason, string? BrowserId) : IRequest<FeedbackResult>;

public sealed class SendFaqFeedbackValidator : AbstractValidator<SendFaqFeedback>
{
    public SendFaqFeedbackValidator(IForumTexts texts)
    {
        RuleFor(x => x.Slug).ValidSlug(texts);
        RuleFor(x => x.Reason).IsInEnum();
        RuleFor(x => x.Reason).Null().When(x => x.Helpful).Says(texts, "Validation.Faq.FeedbackReason");
        RuleFor(x => x.BrowserId).Matches("^[A-Za-z0-9-]{16,64}$").When(x => x.BrowserId is not null).Says(texts, "Validation.Faq.BrowserId");
    }
}

public sealed class SendFaqFeedbackHandler(IForumDb db, ICurrentUser user, TimeProvider clock) : IRequestHandler<SendFaqFeedback, FeedbackResult>
{
    public async Task<FeedbackResult> Handle(SendFaqFeedback request, CancellationToken cancellationToken)
    {
        var article = await db.FaqArticles.AsNoTracking()
            .Where(a => a.Slug == request.Slug && a.PublishedAt != null && a.ArchivedAt == null)
            .Select(a => new { a.Id }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("The FAQ article");
        var memberId = user.UserId;
        if (memberId is null && request.BrowserId is null)
            throw new RuleViolationException(nameof(request.BrowserId), "Allow cookies to send feedback without signing in.", Phrase.Of("Problem.FeedbackNeedsCookies"));

        var feedback = await db.ArticleFeedback.SingleOrDefaultAsync(f => f.ArticleId == article.Id &&
            (memberId != null ? f.MemberId == memberId : f.BrowserId == request.BrowserId), cancellationToken);
        if (feedback is null)
            db.ArticleFeedback.Add(feedback = new ArticleFeedback(article.Id, memberId, request.BrowserId, request.Helpful, request.Reason, clock.GetUtcNow()));
        else
            feedback.Change(request.Helpful, request.Reason, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new FeedbackResult(feedback.Helpful, feedback.Reason);
    }
}

public sealed record FeedbackResult(bool Helpful, FeedbackReason? Reason);
