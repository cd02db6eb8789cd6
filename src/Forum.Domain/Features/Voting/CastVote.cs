namespace Forum.Domain.Features.Voting;

/// <summary>Votes a post up (1) or down (-1), or retracts the vote (0).</summary>
[RequiresMember]
public sealed record CastVote(PostType PostType, int PostId, int Value) : IRequest<VoteResult>;

public sealed class CastVoteValidator : AbstractValidator<CastVote>
{
    public CastVoteValidator(IForumTexts texts)
    {
        RuleFor(x => x.Value).InclusiveBetween(-1, 1).Says(texts, "Validation.Vote");
        RuleFor(x => x.PostType).IsInEnum();
    }
}

public sealed class CastVoteHandler(IForumDb db, ICurrentUser user, TimeProvider clock, ReputationLedger ledger, ReputationRules rules, WriteAllowance allowance)
    : IRequestHandler<CastVote, VoteResult>
{
    public async Task<VoteResult> Handle(CastVote request, CancellationToken cancellationToken)
    {
        var post = await FindPostAsync(request, cancellationToken);
        var voter = await db.CurrentMemberAsync(user, cancellationToken);
        if (post.IsAuthoredBy(voter.Id))
            throw new ForbiddenException("You cannot vote on your own post.", Phrase.Of("Vote.OwnPost"));
        var vote = await db.Votes.SingleOrDefaultAsync(v => v.VoterId == voter.Id && v.PostType == post.Type && v.PostId == post.Id, cancellationToken);
        var previous = vote?.Value ?? 0;
        if (previous == request.Value)
            return new VoteResult(post.Score, previous);
        EnsurePrivilege(voter, request.Value);
        // The voter's and the author's locks (allowance, ledger) in the same order for every vote, so members voting on
        // each other's posts at once wait for each other instead of deadlocking (which the database breaks only after a second).
        foreach (var member in new[] { voter.Id, post.AuthorId }.Order(StringComparer.Ordinal))
            await db.LockAsync(Locks.Member(member), cancellationToken);
        if (request.Value != 0)
            await allowance.EnsureCanVoteAsync(voter.Id, cancellationToken);

        if (previous != 0)
            await ledger.ReverseAsync(post, voter.Id, cancellationToken,
                ReputationReason.QuestionUpvoted, ReputationReason.QuestionDownvoted, ReputationReason.AnswerUpvoted, ReputationReason.AnswerDownvoted, ReputationReason.DownvoteCast);
        post.ChangeScore(request.Value - previous);
        if (request.Value == 0)
            db.Votes.Remove(vote!);
        else if (vote is null)
            db.Votes.Add(new Vote(voter.Id, post.Type, post.Id, request.Value, clock.GetUtcNow()));
        else
            vote.Change(request.Value, clock.GetUtcNow());
        if (request.Value != 0)
            await AwardAsync(post, voter.Id, request.Value, cancellationToken);

        await db.SaveChangesAsync(cancellationToken);
        return new VoteResult(post.Score, request.Value);
    }

    private async Task<Post> FindPostAsync(CastVote request, CancellationToken ct)
    {
        var (post, question) = await db.FindVisiblePostAsync(request.PostType, request.PostId, user, ct);
        if (!post.IsPublic || !question.IsPublic)
            throw new ConflictException("This post is not public, so it takes no votes.", said: Phrase.Of("Problem.NoVotesNotPublic"));
        if (question.Status is QuestionStatus.Locked or QuestionStatus.Archived)
            throw new ConflictException("This question is locked; it takes no more votes.", said: Phrase.Of("Problem.NoVotesLocked"));
        return post;
    }

    private void EnsurePrivilege(Member voter, int value)
    {
        if (value > 0 && voter.Reputation < rules.VoteUpPrivilege)
            throw new ForbiddenException($"You need {rules.VoteUpPrivilege} reputation to vote up.", Phrase.Of("Vote.UpNeeds", rules.VoteUpPrivilege));
        if (value < 0 && voter.Reputation < rules.VoteDownPrivilege)
            throw new ForbiddenException($"You need {rules.VoteDownPrivilege} reputation to vote down.", Phrase.Of("Vote.DownNeeds", rules.VoteDownPrivilege));
    }

    private async Task AwardAsync(Post post, string voterId, int value, CancellationToken ct)
    {
        var (reason, amount) = (post.Type, value) switch
        {
            (PostType.Question, > 0) => (ReputationReason.QuestionUpvoted, rules.QuestionUpvoted),
            (PostType.Question, _) => (ReputationReason.QuestionDownvoted, rules.QuestionDownvoted),
            (PostType.Answer, > 0) => (ReputationReason.AnswerUpvoted, rules.AnswerUpvoted),
            _ => (ReputationReason.AnswerDownvoted, rules.AnswerDownvoted),
        };
        await ledger.AwardAsync(post.AuthorId, amount, reason, post, voterId, ct);
        if (post.Type == PostType.Answer && value < 0)
            await ledger.AwardAsync(voterId, rules.DownvoteOnAnswerCast, ReputationReason.DownvoteCast, post, voterId, ct);
    }
}

public sealed record VoteResult(int Score, int MyVote);
