using Microsoft.Extensions.Localization;

namespace Forum.Web.Pages.Shared;

/// <summary>Who wrote a post and when, for the card under a question or answer.</summary>
public sealed record AuthorLine(AuthorCard Author, string Verb, DateTimeOffset At, DateTimeOffset? EditedAt, string HistoryUrl);

/// <summary>The vote buttons of one post, with what the viewer may do and why not.</summary>
public sealed record VoteBox(int QuestionId, string QuestionSlug, PostType Type, int PostId, int Score, AuthorCard Author, Viewer Viewer, bool Closed, int VoteUpNeeds, int VoteDownNeeds)
{
    public int MyVote => Viewer.VoteOn(Type, PostId);

    public string Anchor => Type == PostType.Question ? "question" : $"answer-{PostId}";

    /// <summary>Why the viewer cannot vote this way, or null when they can.</summary>
    public string? UpRefusal(IStringLocalizer texts) =>
        Refusal(texts, MyVote == 1 || Viewer.CanVoteUp, () => texts["Vote.UpNeeds", Words.Number(VoteUpNeeds)]);

    public string? DownRefusal(IStringLocalizer texts) =>
        Refusal(texts, MyVote == -1 || Viewer.CanVoteDown, () => texts["Vote.DownNeeds", Words.Number(VoteDownNeeds)]);

    private string? Refusal(IStringLocalizer texts, bool privileged, Func<string> needs) =>
        Closed ? texts["Vote.Closed"]
        : Author.Id == Viewer.MemberId ? texts["Vote.OwnPost"]
        : privileged ? null
        : needs();
}

/// <summary>The flag form under a post: where it posts, and the reasons that fit the kind of post.</summary>
public sealed record FlagForm(string Action, Forum.Domain.Entities.PostType PostType, int PostId)
{
    /// <summary>The codes of the reasons; their names are the resources Flag.Reason.{code}.</summary>
    public IEnumerable<string> Reasons =>
        Forum.Domain.Features.Moderation.ModerationCodes.FlagReasons.Keys
            .Where(code => PostType == Forum.Domain.Entities.PostType.Question ? code != "not-an-answer" : code != "duplicate");
}
