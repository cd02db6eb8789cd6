using Forum.Domain.Common;
using Forum.Domain.Features.Moderation;
using Forum.Domain.Features.Recognition;
using Forum.Domain.Features.Users;
using MediatR;

namespace Forum.Web.Pages.Members;

/// <summary>A member's public page; the name in the address is only for people, the id finds the member.</summary>
public sealed class ShowModel(IMediator mediator, ICurrentUser user) : ForumPageModel(mediator)
{
    public MemberProfile Profile { get; private set; } = null!;

    /// <summary>Badges earned and still to earn, and the weekly answer goal.</summary>
    public MemberRecognition Recognition { get; private set; } = null!;

    /// <summary>On the member's own page: the flags they raised and what came of them.</summary>
    public MyFlags? Flags { get; private set; }

    public async Task OnGetAsync(string id)
    {
        Profile = await Mediator.Send(new GetMemberProfile(id), HttpContext.RequestAborted);
        Recognition = await Mediator.Send(new GetMemberBadges(id), HttpContext.RequestAborted);
        if (user.UserId == id)
            Flags = await Mediator.Send(new GetMyFlags(20), HttpContext.RequestAborted);
    }
}
