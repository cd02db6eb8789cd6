namespace Forum.Web.Pages.Leaderboard;

/// <summary>The helpers' leaderboards: reputation gained this week, and reputation overall.</summary>
public sealed class IndexModel(IMediator mediator) : ForumPageModel(mediator)
{
    public Domain.Features.Recognition.Leaderboard Board { get; private set; } = null!;

    public async Task OnGetAsync(string? period, CancellationToken ct) =>
        Board = await Mediator.Send(new GetLeaderboard(period ?? GetLeaderboard.Week), ct);
}
