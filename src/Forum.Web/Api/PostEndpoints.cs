namespace Forum.Web.Api;

/// <summary>What questions and answers both have, each under its own address: an edit history, votes and flags.</summary>
public static class PostEndpoints
{
    /// <summary>A kind of post as the API names it: its type, the folder of its addresses, and the words for one of them.</summary>
    public sealed record PostKind(PostType Type, string Folder, string OneOf);

    public static readonly PostKind Question = new(PostType.Question, "/questions", "a question");
    public static readonly PostKind Answer = new(PostType.Answer, "/answers", "an answer");
    public static readonly PostKind[] Kinds = [Question, Answer];

    public sealed record VoteBody(int Value);

    /// <summary>A post's edit history and votes, in the group of its kind's addresses (<paramref name="posts"/>).</summary>
    public static void MapHistoryAndVotes(this RouteGroupBuilder posts, PostKind kind)
    {
        posts.MapGet("/{id:int}/history", async (int id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetPostHistory(kind.Type, id), ct)))
            .WithName($"Get{kind.Type}History")
            .WithSummary($"Get {kind.OneOf}'s edit history")
            .Sends<GetPostHistory>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        posts.MapPost("/{id:int}/vote", async (int id, VoteBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CastVote(kind.Type, id, body.Value), ct)))
            .WithName($"VoteOn{kind.Type}")
            .WithSummary($"Vote on {kind.OneOf}")
            .WithDescription("`value`: 1 up, -1 down (needs the privilege), 0 takes the vote back.")
            .Sends<CastVote>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
    }
}
