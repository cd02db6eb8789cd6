using Forum.Web.Api;

namespace Forum.Web.Pages.Moderation;

/// <summary>
/// The moderation queue: one card per post, oldest first. Each card is a plain form whose buttons name the action;
/// cards can also be ticked and acted on together. Keyboard shortcuts (moderation.js) press the same buttons.
/// </summary>
[Authorize(Roles = Roles.ModeratorStaffOrAdmin)]
public sealed class IndexModel(IMediator mediator) : ForumPageModel(mediator)
{
    public ModerationQueue Queue { get; private set; } = null!;
    public IReadOnlyList<CategorySummary> Categories { get; private set; } = [];

    [FromQuery] public string? Reason { get; set; }
    [FromQuery] public string? Category { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public async Task OnGetAsync()
    {
        Queue = await Mediator.Send(new GetModerationQueue(NullIfEmpty(Reason), NullIfEmpty(Category), Math.Max(1, PageNumber)), HttpContext.RequestAborted);
        Categories = await Mediator.Send(new ListCategories(), HttpContext.RequestAborted);
    }

    /// <summary>
    /// One card's decision. The queue's script sends it with "Accept: application/json" and gets the outcome back as JSON
    /// (the card leaves the page and the next one takes the focus); without the script the page reloads.
    /// </summary>
    public async Task<IActionResult> OnPostActAsync(string postType, int postId, string action, string? reason, int? days, string? duplicateOf)
    {
        var (ok, _) = await TrySendAsync(() => ModerationActionRequests.For(action, ParseType(postType), postId, NullIfEmpty(reason), days, QuestionReference.IdIn(duplicateOf)));
        var message = ok ? Texts["Moderation.Done", ActionName(action), Texts[$"Moderation.PostType.{postType}"], postId].Value
            : Texts["Moderation.Failed", Texts[$"Moderation.PostType.{postType}"], postId, Errors()].Value;
        if (Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase))
        {
            if (!ok)
                return new JsonResult(new { ok, message }) { StatusCode = Conflict is null ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict };
            return new JsonResult(new { ok, message, remaining = await Mediator.Send(new CountModerationQueue(), HttpContext.RequestAborted) });
        }
        if (ok)
            StatusMessage = message;
        else
            ErrorMessage = message;
        return RedirectToPage(new { reason = NullIfEmpty(Reason), category = NullIfEmpty(Category) });
    }

    /// <summary>
    /// The ticked cards ("question:12", "answer:34"), each acted on separately; one failure does not stop the others.
    /// Closing as duplicates closes every ticked question as a duplicate of the one original.
    /// </summary>
    public async Task<IActionResult> OnPostBulkAsync(List<string> selected, string action, string? reason, int? days, string? duplicateOf)
    {
        var original = QuestionReference.IdIn(duplicateOf);
        var done = 0;
        var failures = new List<string>();
        foreach (var item in selected.Distinct().Take(100))
        {
            var parts = item.Split(':');
            if (parts.Length != 2 || !int.TryParse(parts[1], out var postId))
                continue;
            ModelState.Clear();
            var (ok, _) = await TrySendAsync(() => ModerationActionRequests.For(action, ParseType(parts[0]), postId, NullIfEmpty(reason), days, original));
            if (ok) done++;
            else failures.Add(Texts["Moderation.FailedOne", Texts[$"Moderation.PostType.{parts[0]}"], postId, Errors()]);
        }
        if (done > 0)
            StatusMessage = Texts["Moderation.DoneMany", ActionName(action), Texts.Count(done, "Count.Posts")];
        if (failures.Count > 0)
            ErrorMessage = string.Join(" ", failures);
        else if (done == 0)
            ErrorMessage = Texts["Moderation.TickFirst"];
        return RedirectToPage(new { reason = NullIfEmpty(Reason), category = NullIfEmpty(Category) });
    }

    public static string PrefilledReason(ModerationCard card) =>
        card.Flags.Where(f => f.Reason != "needs-moderator").GroupBy(f => f.Reason).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault() ?? "";

    /// <summary>The decision as a moderator says it ("Close duplicate"); an unknown one as it was sent.</summary>
    private string ActionName(string action) =>
        Texts[$"Moderation.Verb.{action}"] is { ResourceNotFound: false } name ? name : Words.Capitalize(action.Replace('-', ' '));

    private string Errors() => string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));

    private static PostType ParseType(string? type) => type == "question" ? PostType.Question : type == "answer" ? PostType.Answer : (PostType)(-1);

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
