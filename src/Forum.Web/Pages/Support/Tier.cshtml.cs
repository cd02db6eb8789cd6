namespace Forum.Web.Pages.Support;

/// <summary>Staff set a member's support tier (the use case checks the role; the page is only the form).</summary>
[Authorize(Roles = Roles.StaffOrAdmin)]
public sealed class TierModel(IMediator mediator) : ForumPageModel(mediator)
{
    public MemberProfile Member { get; private set; } = null!;

    [BindProperty]
    public SupportTier Tier { get; set; }

    public async Task OnGetAsync(string id, CancellationToken ct)
    {
        Member = await Mediator.Send(new GetMemberProfile(id), ct);
        Tier = Member.Tier;
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        var (ok, result) = await TrySendAsync(new SetMemberTier(id, Tier));
        if (ok)
            StatusMessage = Texts["Tier.Done", result!.DisplayName, Texts[$"Tier.{result.Tier}"]];
        Member = await Mediator.Send(new GetMemberProfile(id), ct);
        return ok ? RedirectToPage(new { id }) : Page();
    }
}
