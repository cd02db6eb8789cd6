namespace Forum.Web.Pages.Moderation;

/// <summary>The audit log: every moderator action, newest first, filterable by action, moderator, member and post.</summary>
[Authorize(Roles = Roles.ModeratorStaffOrAdmin)]
public sealed class LogModel(IMediator mediator) : ForumPageModel(mediator)
{
    public ModerationLog Log { get; private set; } = null!;

    [FromQuery] public string? Action { get; set; }
    [FromQuery] public string? Moderator { get; set; }
    [FromQuery] public string? Member { get; set; }
    [FromQuery] public string? PostType { get; set; }
    [FromQuery] public int? PostId { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public async Task OnGetAsync()
    {
        var type = PostType switch { "question" => Forum.Domain.Entities.PostType.Question, "answer" => Forum.Domain.Entities.PostType.Answer, _ => (PostType?)null };
        Log = await Mediator.Send(new GetModerationLog(Empty(Action), Empty(Moderator), Empty(Member), type, PostId, Math.Max(1, PageNumber)), HttpContext.RequestAborted);
    }

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
