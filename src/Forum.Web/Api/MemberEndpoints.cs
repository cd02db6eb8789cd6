namespace Forum.Web.Api;

public static class MemberEndpoints
{
    public static void MapMemberEndpoints(this IEndpointRouteBuilder api)
    {
        var members = api.MapGroup("/members").WithTags("Members");
        members.MapGet("/me", async (IMediator mediator, ICurrentUser user, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetMemberProfile(user.UserId ?? throw new UnauthenticatedException()), ct)))
            .WithName("GetMyProfile")
            .WithSummary("Get your own profile")
            .Sends<GetMemberProfile>(signInRequired: true);

        members.MapPut("/me/display-name", UseCaseEndpoints.SendBody<ChangeDisplayName, DisplayNameResult>)
            .WithSummary("Change your display name")
            .WithDescription("400 when the name looks like one already taken (under case, accents and look-alike letters) or is kept for the forum's team.")
            .Sends<ChangeDisplayName>();

        members.MapPut("/me/language", UseCaseEndpoints.SendBody<ChooseLanguage, LanguageChoice>)
            .WithSummary("Choose the language the forum speaks to you in")
            .WithDescription("en or id: your pages wherever you sign in, and the notifications and emails sent to you.")
            .Sends<ChooseLanguage>();

        members.MapPut("/me/answer-languages", UseCaseEndpoints.SendBody<ChooseAnswerLanguages, LanguageChoice>)
            .WithSummary("Say which languages you answer questions in")
            .WithDescription("Needs attention shows you the questions in these languages by default; an empty list means any.")
            .Sends<ChooseAnswerLanguages>();

        members.MapGet("/{id}", async (string id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetMemberProfile(id), ct)))
            .WithSummary("Get a member's profile")
            .Sends<GetMemberProfile>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        members.MapDelete("/{id}", async (string id, string? reason, bool? removePosts, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RemoveMemberAccount(id, reason ?? "", removePosts ?? false), ct)))
            .WithSummary("Remove a member's account")
            .WithDescription("Moderators, staff and admins; `reason` (required) goes into the audit log. The account is erased as when a member " +
                "deletes it; their posts stay, shown as by a former member, or with `removePosts=true` every live one is removed as spam. " +
                "403 for the accounts of the forum's team; 409 when the member has already left.")
            .Sends<RemoveMemberAccount>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        members.MapDelete("/{id}/suspension", async (string id, string? reason, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new LiftSuspension(id, reason), ct)))
            .WithSummary("Lift a member's suspension")
            .WithDescription("Moderators only; the reason goes into the audit log. 409 when the member is not suspended.")
            .Sends<LiftSuspension>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
    }
}
