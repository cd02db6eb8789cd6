namespace Forum.Web.Pages.Shared;

/// <summary>Who wrote a post and when, for the card under a question or answer.</summary>
public sealed record AuthorLine(AuthorCard Author, string Verb, DateTimeOffset At, DateTimeOffset? EditedAt, string HistoryUrl);

/// <summary>The vote buttons of one post, with what the viewer may do and why not.</summary>
public sealed record VoteBox(int QuestionId, string QuestionSlug, PostType Type, int PostId, int Score, AuthorCard Author, Viewer Viewer, bool Closed, int VoteUpNeeds, int VoteDownNeeds)
{
    public int MyVote => Viewer.VoteOn(Type, PostId);

    public string Anchor => Type == PostType.Question ? "question" : $"answer-{PostId}";

    /// <summary>Why the viewer cannot vote this way, or null when they can.</summary>
    public string? UpRefusal => Refusal(MyVote == 1 || Viewer.CanVoteUp, $"Voting up needs {VoteUpNeeds} reputation.");

    public string? DownRefusal => Refusal(MyVote == -1 || Viewer.CanVoteDown, $"Voting down needs {VoteDownNeeds} reputation.");

    private string? Refusal(bool privileged, string needs) =>
        Closed ? "This thread is closed to votes."
        : Author.Id == Viewer.MemberId ? "You can't vote on your own post."
        : privileged ? null
        : needs;
}

/// <summary>The flag form under a post: where it posts, and the reasons that fit the kind of post.</summary>
public sealed record FlagForm(string Action, Forum.Domain.Entities.PostType PostType, int PostId)
{
    public IEnumerable<(string Code, string Label)> Reasons =>
        Forum.Domain.Features.Moderation.ModerationCodes.FlagReasons
            .Where(r => PostType == Forum.Domain.Entities.PostType.Question ? r.Key != "not-an-answer" : r.Key != "duplicate")
            .Select(r => (r.Key, Words.Capitalize(Forum.Domain.Features.Moderation.ModerationCodes.Describe(r.Value))));
}
