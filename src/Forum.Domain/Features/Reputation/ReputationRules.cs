namespace Forum.Domain.Features.Reputation;

/// <summary>How much each event is worth and what reputation unlocks (DESIGN §4); bound from "Forum:Reputation".</summary>
public sealed class ReputationRules
{
    public int QuestionUpvoted { get; set; } = 10;
    public int QuestionDownvoted { get; set; } = -2;
    public int AnswerUpvoted { get; set; } = 10;
    public int AnswerDownvoted { get; set; } = -2;
    public int DownvoteOnAnswerCast { get; set; } = -1;
    public int AnswerAccepted { get; set; } = 15;
    public int AcceptedAnAnswer { get; set; } = 2;
    public int AnswerVerified { get; set; } = 25;
    public int AnswerPromotedToFaq { get; set; } = 50;
    public int DailyVoteCap { get; set; } = 200;

    public int VoteUpPrivilege { get; set; } = 15;
    public int FlagPrivilege { get; set; } = 15;
    public int VoteDownPrivilege { get; set; } = 125;
    public int ProposeFaqRevisionPrivilege { get; set; } = 500;
    /// <summary>Translating FAQ articles (members with the Localizer role and staff may whatever their reputation).</summary>
    public int TranslateFaqPrivilege { get; set; } = 500;
    public int EditOthersPrivilege { get; set; } = 2000;
}
