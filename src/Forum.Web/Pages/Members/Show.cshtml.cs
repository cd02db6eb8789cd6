using Forum.Domain.Features.Users;
using MediatR;

namespace Forum.Web.Pages.Members;

/// <summary>A member's public page; the name in the address is only for people, the id finds the member.</summary>
public sealed class ShowModel(IMediator mediator) : ForumPageModel(mediator)
{
    public MemberProfile Profile { get; private set; } = null!;

    public async Task OnGetAsync(string id) =>
        Profile = await Mediator.Send(new GetMemberProfile(id), HttpContext.RequestAborted);
}
