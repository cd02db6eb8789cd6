using Forum.Web.Pages.Shared;

namespace Forum.Web.Pages.Questions;

/// <summary>A question with its answers; every button on it is a plain form that posts here and redirects back.</summary>
public sealed class ShowModel(IMediator mediator, ReputationRules rules) : ForumPageModel(mediator)
{
    private static readonly Dictionary<(PostType, int), int> NoVotes = [];

    public QuestionPage Data { get; private set; } = null!;
    public Forum.Domain.Features.Support.QuestionSupport Support { get; private set; } = null!;

    [BindProperty]
    public AnswerInput NewAnswer { get; set; } = new();

    public sealed class AnswerInput
    {
        public string? Body { get; set; }
        /// <summary>Set by the "Post anyway" button after a respect warning.</summary>
        public bool ConfirmRude { get; set; }
    }

    public QuestionDetail Question => Data.Question;
    public Viewer Viewer => Data.Viewer;
    public bool IsClosedToVotes => Question.Status is QuestionStatus.Locked or QuestionStatus.Archived;
    public string QuestionUrl => Links.Question(Question.Id, Question.Slug);

    public async Task<IActionResult> OnGetAsync(int id, string? slug)
    {
        await LoadAsync(id);
        if (slug != Data.Question.Slug)
            return RedirectPermanent(Links.Question(id, Data.Question.Slug) + Request.QueryString);
        return Page();
    }

    private async Task LoadAsync(int id)
    {
        Data = await Mediator.Send(new GetQuestionPage(id), HttpContext.RequestAborted);
        Support = await Mediator.Send(new Forum.Domain.Features.Support.GetQuestionSupport(id), HttpContext.RequestAborted);
    }

    /// <summary>
    /// Everything besides the thread that decides the page's body for a signed-in reader, dated by the reads it
    /// was made from: readers with equal keys see the same body (but for their antiforgery token), so a thread is
    /// rendered once for each kind of reader until the next write, or the next minute ("asked 5 minutes ago").
    /// Null, so rendered afresh, for visitors (their whole page is output-cached) and for a form sent back with
    /// its errors.
    /// </summary>
    public object? SharedBodyKey =>
        !Viewer.IsSignedIn || !ModelState.IsValid || RudeWords.Count > 0 || !string.IsNullOrEmpty(NewAnswer.Body) ? null
        : new BodyKey(Question.Id, System.Globalization.CultureInfo.CurrentUICulture.Name, Data.ReadGeneration, Data.ReadAt.ToUnixTimeSeconds() / 60,
            // The viewer's rights and ties to the thread; which posts are theirs and how they voted come apart.
            Viewer with { MemberId = "", Reputation = 0, Votes = NoVotes },
            string.Join(',', Data.Answers.Select(a => a.Author.Id == Viewer.MemberId ? $"{a.Id}*" : $"{a.Id}")),
            string.Join(',', Viewer.Votes.OrderBy(v => v.Key).Select(v => $"{v.Key.Item1}{v.Key.Item2}:{v.Value}")),
            Question.DuplicateOf?.QuestionId,
            Support with { Waiting = null });

    /// <param name="Language">The language the body is written in (the reader's).</param>
    /// <param name="Answers">The answers this reader sees, theirs starred.</param>
    /// <param name="Support">Its waiting time left out: the minute covers it.</param>
    private sealed record BodyKey(
        int QuestionId, string Language, long Generation, long Minute, Viewer Viewer, string Answers, string Votes, int? DuplicateOf,
        Forum.Domain.Features.Support.QuestionSupport Support);

    public async Task<IActionResult> OnPostVoteAsync(int id, string? slug, PostType postType, int postId, int value)
    {
        var (ok, _) = await TrySendAsync(new CastVote(postType, postId, value));
        return Back(id, slug, postType == PostType.Question ? "question" : $"answer-{postId}", ok);
    }

    public async Task<IActionResult> OnPostMeTooAsync(int id, string? slug)
    {
        var (ok, _) = await TrySendAsync(new SayMeToo(id));
        return Back(id, slug, "question", ok);
    }

    public Task<IActionResult> OnPostAcceptAsync(int id, string? slug, int answerId) =>
        ActOnAnswerAsync(id, slug, answerId, new AcceptAnswer(answerId), "Question.Done.Accepted");

    public Task<IActionResult> OnPostWithdrawAsync(int id, string? slug, int answerId) =>
        ActOnAnswerAsync(id, slug, answerId, new WithdrawAcceptance(answerId), "Question.Done.Withdrawn");

    public Task<IActionResult> OnPostVerifyAsync(int id, string? slug, int answerId) =>
        ActOnAnswerAsync(id, slug, answerId, new VerifyAnswer(answerId), "Question.Done.Verified");

    public Task<IActionResult> OnPostUnverifyAsync(int id, string? slug, int answerId) =>
        ActOnAnswerAsync(id, slug, answerId, new WithdrawVerification(answerId), "Question.Done.Unverified");

    /// <summary>An action on one answer: says it is done, and goes back to that answer.</summary>
    private async Task<IActionResult> ActOnAnswerAsync<TResult>(int id, string? slug, int answerId, IRequest<TResult> action, string doneText)
    {
        var (ok, _) = await TrySendAsync(action);
        if (ok)
            StatusMessage = Texts[doneText];
        return Back(id, slug, $"answer-{answerId}", ok);
    }

    public async Task<IActionResult> OnPostAnswerAsync(int id, string? slug)
    {
        var (ok, posted) = await TrySendAsync(new PostAnswer(id, NewAnswer.Body ?? "", WarnIfRude: !NewAnswer.ConfirmRude), nameof(NewAnswer));
        if (ok)
        {
            StatusMessage = posted!.AwaitingReview
                ? Texts["Question.Done.AnswerHeld"]
                : Texts["Question.Done.AnswerPosted"];
            if (posted.FlaggedAsRude)
                StatusMessage += " " + RespectNote;
            return Redirect(Links.Answer(posted!.QuestionId, posted.QuestionSlug, posted.Id));
        }
        await LoadAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostFlagAsync(int id, string? slug, PostType postType, int postId, string? reason, string? note, int? duplicateOfQuestionId)
    {
        var (ok, flagged) = await TrySendAsync(new FlagPost(postType, postId, reason ?? "", note, duplicateOfQuestionId));
        if (!ok)
            return Back(id, slug, postType == PostType.Question ? "question" : $"answer-{postId}", ok);
        if (!flagged!.PostHidden)
        {
            StatusMessage = Texts["Question.Done.Flagged"];
            return Back(id, slug, postType == PostType.Question ? "question" : $"answer-{postId}", ok);
        }
        // The flag hid the post, so the reporter no longer sees it: the thanks cannot wait on its page.
        StatusMessage = Texts[postType == PostType.Question ? "Question.Done.FlaggedQuestionHidden" : "Question.Done.FlaggedAnswerHidden"];
        return postType == PostType.Question ? Redirect(Links.Questions) : Back(id, slug, "answers", ok);
    }

    /// <summary>Others' public posts, for members who may flag (the author of a hidden post asks for a review instead).</summary>
    public FlagForm? FlagFormFor(PostType type, int postId, AuthorCard author, PostModeration? moderation) =>
        Viewer.CanFlag && author.Id != Viewer.MemberId && moderation is null && Question.Moderation is null
            ? new FlagForm($"{QuestionUrl}?handler=Flag", type, postId)
            : null;

    public async Task<IActionResult> OnPostDeleteQuestionAsync(int id, string? slug)
    {
        var (ok, _) = await TrySendAsync(new DeleteQuestion(id));
        if (!ok)
            return Back(id, slug, "question", ok);
        StatusMessage = Texts["Question.Done.QuestionDeleted"];
        return Redirect(Links.Questions);
    }

    public async Task<IActionResult> OnPostDeleteAnswerAsync(int id, string? slug, int answerId)
    {
        var (ok, _) = await TrySendAsync(new DeleteAnswer(answerId));
        if (ok)
            StatusMessage = Texts["Question.Done.AnswerDeleted"];
        return Back(id, slug, ok ? "answers" : $"answer-{answerId}", ok);
    }

    public VoteBox VotesFor(PostType type, int postId, int score, AuthorCard author) =>
        new(Question.Id, Question.Slug, type, postId, score, author, Viewer, IsClosedToVotes, rules.VoteUpPrivilege, rules.VoteDownPrivilege);

    /// <summary>Back to the post that was acted on; a refusal travels with the redirect as a one-line message.</summary>
    private RedirectResult Back(int id, string? slug, string anchor, bool ok)
    {
        if (!ok)
            KeepErrorsForRedirect();
        return Redirect($"{Links.Question(id, slug ?? "question")}#{anchor}");
    }
}
