namespace Forum.Web.Pages.Faq;

/// <summary>For staff: proposed revisions to approve or reject, and how the articles are doing.</summary>
[Authorize]
public sealed class ReviewModel(IMediator mediator) : ForumPageModel(mediator)
{
    public IReadOnlyList<PendingRevision> Pending { get; private set; } = [];
    public IReadOnlyList<PendingTranslation> PendingTranslations { get; private set; } = [];
    public FaqReport Report { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Pending = await Mediator.Send(new ListPendingFaqRevisions(), HttpContext.RequestAborted);
        PendingTranslations = await Mediator.Send(new ListPendingFaqTranslations(), HttpContext.RequestAborted);
        Report = await Mediator.Send(new GetFaqReport(), HttpContext.RequestAborted);
    }

    /// <param name="significant">Whether the change makes the translations out of date (the form's checkbox, as staff decide).</param>
    public async Task<IActionResult> OnPostApproveAsync(long revisionId, bool significant)
    {
        var (ok, _) = await TrySendAsync(new ApproveFaqRevision(revisionId, significant));
        return Done(ok, Texts["FaqReview.Done.Approved"], revisionId);
    }

    public async Task<IActionResult> OnPostRejectAsync(long revisionId, string? comment)
    {
        var (ok, _) = await TrySendAsync(new RejectFaqRevision(revisionId, comment ?? ""));
        return Done(ok, Texts["FaqReview.Done.Rejected"], revisionId);
    }

    public async Task<IActionResult> OnPostApproveTranslationAsync(long revisionId)
    {
        var (ok, _) = await TrySendAsync(new ApproveFaqTranslation(revisionId));
        return Done(ok, Texts["Faq.Review.TranslationApproved"], revisionId, "translation");
    }

    public async Task<IActionResult> OnPostRejectTranslationAsync(long revisionId, string? comment)
    {
        var (ok, _) = await TrySendAsync(new RejectFaqTranslation(revisionId, comment ?? ""));
        return Done(ok, Texts["Faq.Review.TranslationRejected"], revisionId, "translation");
    }

    private RedirectResult Done(bool ok, string message, long revisionId, string anchor = "revision")
    {
        if (ok)
            StatusMessage = message;
        else
            KeepErrorsForRedirect();
        return Redirect(ok ? Links.FaqReview : $"{Links.FaqReview}#{anchor}-{revisionId}");
    }
}
