using Forum.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Forum.Web.Pages;

/// <summary>A page that sends requests; a refused form comes back with its messages next to the fields.</summary>
public abstract class ForumPageModel(IMediator mediator) : PageModel
{
    protected IMediator Mediator { get; } = mediator;

    /// <summary>The addresses of the forum's pages.</summary>
    protected ForumLinks Links => HttpContext.RequestServices.GetRequiredService<ForumLinks>();

    /// <summary>The forum's words in the reader's language, for the messages a page writes.</summary>
    protected IStringLocalizer Texts => HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();

    /// <summary>One-line feedback shown at the top of the next page after a redirect.</summary>
    public string? StatusMessage
    {
        get => Flash(nameof(StatusMessage));
        set => TempData[nameof(StatusMessage)] = value;
    }

    /// <summary>A one-line refusal shown at the top of the next page after a redirect (e.g. a vote that was not allowed).</summary>
    public string? ErrorMessage
    {
        get => Flash(nameof(ErrorMessage));
        set => TempData[nameof(ErrorMessage)] = value;
    }

    // TempData is only touched when a message is waiting: loading it on every view would send a
    // cookie-clearing header with each page, and pages that set cookies cannot be output-cached.
    // A page a script fetches in the background (the live updates refreshing a queue while the reader's form
    // is on its way) leaves the message to the page the reader is taken to: reading it would clear it unseen.
    protected string? Flash(string key) =>
        Request.Cookies.ContainsKey(Hosting.PageCaching.MessagesCookie) && !IsFetchedByScript ? TempData[key] as string : null;

    // Browsers say "navigate" for a page the reader goes to and "cors" or "same-origin" for a script's fetch.
    private bool IsFetchedByScript =>
        Request.Headers["Sec-Fetch-Mode"] is { Count: > 0 } mode && mode != "navigate";

    /// <summary>Carries the refusals of the last <see cref="TrySendAsync{T}"/> to the next page after a redirect.</summary>
    protected void KeepErrorsForRedirect() =>
        ErrorMessage = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));

    /// <summary>The conflict the last <see cref="TrySendAsync{T}"/> ran into, with its details (e.g. a newer text).</summary>
    protected ConflictException? Conflict { get; private set; }

    /// <summary>
    /// The rude words the last <see cref="TrySendAsync{T}"/> was warned about (nothing was posted): the form comes back
    /// with the text kept, a gentle warning and a "Post anyway" button (<c>_RespectWarning</c>).
    /// </summary>
    public IReadOnlyList<string> RudeWords { get; private set; } = [];

    /// <summary>Told after posting anyway.</summary>
    protected string RespectNote => Texts["Respect.Note"];

    /// <summary>
    /// Sends a command from a form. Validation, rule, conflict and rate-limit failures become model errors
    /// (<see cref="ForumFailures.TryAddToForm"/>: fields under <paramref name="fieldPrefix"/>, what concerns the whole
    /// request under <paramref name="requestKey"/>) and the result is default; other failures go to <see cref="ForumPageFilter"/>.
    /// </summary>
    protected Task<(bool Ok, T? Result)> TrySendAsync<T>(IRequest<T> request, string fieldPrefix = "", string requestKey = "") =>
        TrySendAsync(() => request, fieldPrefix, requestKey);

    /// <summary>As <see cref="TrySendAsync{T}(IRequest{T}, string, string)"/>, for a request built from what the form sent (which may be refused too).</summary>
    protected async Task<(bool Ok, T? Result)> TrySendAsync<T>(Func<IRequest<T>> request, string fieldPrefix = "", string requestKey = "")
    {
        try
        {
            return (true, await Mediator.Send(request(), HttpContext.RequestAborted));
        }
        catch (Exception ex) when (ForumFailures.TryAddToForm(ex, ModelState, Response, fieldPrefix, requestKey))
        {
            Conflict = ex as ConflictException;
            RudeWords = (ex as RudeWordsException)?.Words ?? [];
            return (false, default);
        }
    }
}
