namespace Forum.Domain.Entities;

public enum QuestionStatus { Open = 0, Solved = 1, Locked = 2, Archived = 3, ClosedAsDuplicate = 4 }

/// <summary>The answer to "Is this still solved?"; Pending until the asker answers (or before it is sent).</summary>
public enum FollowUpOutcome { Pending = 0, StillSolved = 1, NotSolved = 2 }

public sealed class Question : Post
{
    private Question() { }

    /// <param name="language">The language it is asked in; by default the one the forum speaks to its asker.</param>
    public Question(Member author, Category category, string title, string slug, string markdown, string html, IEnumerable<Tag> tags, DateTimeOffset now,
        string? language = null)
    {
        AuthorId = author.Id;
        Author = author;
        CategoryId = category.Id;
        Category = category;
        Title = title;
        Slug = slug;
        SetBody(markdown, html);
        Tags = tags.ToList();
        AskerTier = author.Tier;
        Language = language ?? author.Language;
        CreatedAt = now;
        LastActivityAt = now;
        SimilarQuestionsDue = Guid.NewGuid();
    }

    public override PostType Type => PostType.Question;
    public override int ThreadQuestionId => Id;
    public string Title { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public int CategoryId { get; private set; }
    public Category? Category { get; private set; }
    public List<Tag> Tags { get; private set; } = [];
    public QuestionStatus Status { get; private set; }
    public int? AcceptedAnswerId { get; private set; }
    public int AnswerCount { get; private set; }
    public int MeTooCount { get; private set; }
    public int ViewCount { get; private set; }
    public DateTimeOffset LastActivityAt { get; private set; }
    /// <summary>When someone other than the asker first answered.</summary>
    public DateTimeOffset? FirstResponseAt { get; private set; }
    public SupportTier AskerTier { get; private set; }
    /// <summary>The language the question is asked in (one of <see cref="Languages.All"/>): lists and Needs attention filter by it.</summary>
    public string Language { get; private set; } = Languages.English;
    public List<Answer> Answers { get; private set; } = [];
    /// <summary>The original, when a moderator closed this question as its duplicate.</summary>
    public int? DuplicateOfQuestionId { get; private set; }

    // Customer service: the helpers' queue, the follow-up after a solution and the asker's rating.
    /// <summary>When the question was last marked solved; the follow-up is due a few days later.</summary>
    public DateTimeOffset? SolvedAt { get; private set; }
    /// <summary>Set while a helper waits for the asker to add information; the question is out of the queue meanwhile.</summary>
    public DateTimeOffset? NeedsInfoSince { get; private set; }
    /// <summary>When the question came back into the queue (asker replied, or said it is no longer solved): it goes to the top of its tier.</summary>
    public DateTimeOffset? BackInQueueAt { get; private set; }
    /// <summary>A short note for helpers, e.g. why the question came back.</summary>
    public string? SupportNote { get; private set; }
    public string? TakenById { get; private set; }
    public Member? TakenBy { get; private set; }
    public DateTimeOffset? TakenUntil { get; private set; }
    /// <summary>
    /// Which of its helper's few places the take uses (1 to the most a helper may hold at once): unique per helper in the
    /// database, so that simultaneous takes cannot hold more questions than there are places.
    /// </summary>
    public int? TakeSlot { get; private set; }
    public DateTimeOffset? FollowUpSentAt { get; private set; }
    public FollowUpOutcome FollowUpOutcome { get; private set; }
    public DateTimeOffset? FollowUpAnsweredAt { get; private set; }
    public int? SatisfactionRating { get; private set; }
    public string? SatisfactionComment { get; private set; }

    /// <summary>
    /// Set when its stored list of similar questions (<see cref="SimilarQuestionLink"/>) must be ranked again (it was asked or
    /// edited, or a question on its list changed), to a new value each time, so that the job ranking it can tell
    /// whether it changed again meanwhile; null once the list is up to date. The page shows no list while it is set.
    /// </summary>
    public Guid? SimilarQuestionsDue { get; private set; }

    /// <summary>When its list of similar questions was last ranked (null: never).</summary>
    public DateTimeOffset? SimilarQuestionsRankedAt { get; private set; }

    public bool AcceptsNewAnswers => Status is QuestionStatus.Open or QuestionStatus.Solved && !IsDeleted;

    public void Edit(string title, string slug, string markdown, string html, IEnumerable<Tag> tags, DateTimeOffset now)
    {
        Title = title;
        Slug = slug;
        SetBody(markdown, html);
        Tags = tags.ToList();
        EditedAt = now;
        LastActivityAt = now;
        SimilarQuestionsDue = Guid.NewGuid();
        Touch();
    }

    /// <summary>The asker added something (an edit or a reply): a question waiting for more information comes back.</summary>
    public void AskerReplied(DateTimeOffset now)
    {
        if (NeedsInfoSince is null)
            return;
        NeedsInfoSince = null;
        BackInQueueAt = now;
        Touch();
    }

    /// <summary>Adds an answer; a held answer (<paramref name="holdReason"/>) counts only once a moderator approves it.</summary>
    public Answer AddAnswer(Member author, string markdown, string html, DateTimeOffset now, string? holdReason = null)
    {
        var answer = new Answer(this, author, markdown, html, now);
        Answers.Add(answer);
        if (holdReason is null)
            AnswerShown(answer, now);
        else
            answer.Hold(holdReason, now);
        if (TakenById == author.Id)
            Release(author.Id, isStaff: false);
        Touch();
        return answer;
    }

    internal void AnswerShown(Answer answer, DateTimeOffset now)
    {
        AnswerCount++;
        LastActivityAt = now;
        if (answer.AuthorId != AuthorId)
        {
            FirstResponseAt ??= now;
            BackInQueueAt = null;
        }
        else
        {
            AskerReplied(now);
        }
        Touch();
    }

    internal void AnswerHidden()
    {
        AnswerCount--;
        Touch();
    }

    public void HoldForReview(string reason, DateTimeOffset now) => Hold(reason, now);

    public bool IsClosed => Status is QuestionStatus.Locked or QuestionStatus.ClosedAsDuplicate or QuestionStatus.Archived;

    public void Lock()
    {
        Status = QuestionStatus.Locked;
        Touch();
    }

    /// <summary>Reopens a locked or closed question: Solved when it has an accepted answer, Open otherwise.</summary>
    public void Reopen(DateTimeOffset now)
    {
        Status = AcceptedAnswerId is null ? QuestionStatus.Open : QuestionStatus.Solved;
        DuplicateOfQuestionId = null;
        LastActivityAt = now;
        Touch();
    }

    public void CloseAsDuplicateOf(Question original)
    {
        Status = QuestionStatus.ClosedAsDuplicate;
        DuplicateOfQuestionId = original.Id;
        Touch();
    }

    /// <summary>Read-only after a long time without activity; still readable and searchable.</summary>
    public void Archive()
    {
        Status = QuestionStatus.Archived;
        Touch();
    }

    internal void AnswerRemoved(DateTimeOffset now)
    {
        AnswerCount--;
        LastActivityAt = now;
        Touch();
    }

    public void Accept(Answer answer, DateTimeOffset now)
    {
        AcceptedAnswerId = answer.Id;
        if (Status == QuestionStatus.Open)
        {
            Status = QuestionStatus.Solved;
            SolvedAt = now;
            NeedsInfoSince = null;
            EndTake();
        }
        LastActivityAt = now;
        Touch();
    }

    public void WithdrawAcceptance(DateTimeOffset now)
    {
        AcceptedAnswerId = null;
        if (Status == QuestionStatus.Solved)
            Status = QuestionStatus.Open;
        LastActivityAt = now;
        Touch();
    }

    internal void CountMeToo() => MeTooCount++;

    /// <summary>A helper takes the question for a while, in one of their places (<paramref name="slot"/>), so that two helpers do not race on it.</summary>
    public void Take(string helperId, int slot, DateTimeOffset now, TimeSpan duration)
    {
        if (Status != QuestionStatus.Open || !IsPublic)
            throw new ConflictException("Only open, public questions can be taken.", said: Phrase.Of("Problem.TakeOnlyOpen"));
        if (IsTakenByOtherThan(helperId, now))
            throw new ConflictException("Another helper is answering this question right now.", said: Phrase.Of("Problem.TakenByAnother"));
        TakenById = helperId;
        TakeSlot = slot;
        TakenUntil = now + duration;
        Touch();
    }

    public bool IsTakenByOtherThan(string? helperId, DateTimeOffset now) => TakenById is not null && TakenById != helperId && TakenUntil > now;

    public bool IsTakenBy(string? helperId, DateTimeOffset now) => TakenById is not null && TakenById == helperId && TakenUntil > now;

    private void EndTake()
    {
        TakenById = null;
        TakenUntil = null;
        TakeSlot = null;
    }

    public void Release(string helperId, bool isStaff)
    {
        if (TakenById is null)
            return;
        if (TakenById != helperId && !isStaff)
            throw new ForbiddenException("Only the helper who took the question can release it.", Phrase.Of("Problem.ReleaseOnlyTaker"));
        EndTake();
        Touch();
    }

    /// <summary>A helper asks the asker for more information; the question leaves the queue until the asker replies.</summary>
    public void MarkNeedsInfo(DateTimeOffset now)
    {
        if (Status != QuestionStatus.Open || IsDeleted)
            throw new ConflictException("Only open questions can wait for more information.", said: Phrase.Of("Problem.NeedsInfoOnlyOpen"));
        NeedsInfoSince ??= now;
        EndTake();
        Touch();
    }

    public void ClearNeedsInfo(DateTimeOffset now) => AskerReplied(now);

    /// <summary>
    /// The question was escalated to staff as still waiting: the concurrency stamp changes, so that an answer committed
    /// meanwhile makes the escalation run again and find the question answered, instead of telling staff of it anyway.
    /// </summary>
    public void Escalated() => Touch();

    public bool FollowUpIsDue(DateTimeOffset now, TimeSpan delay) =>
        Status == QuestionStatus.Solved && SolvedAt is { } solved && solved + delay <= now && FollowUpSentAt is null && !IsDeleted;

    public void FollowUpSent(DateTimeOffset now) => FollowUpSentAt = now;

    /// <summary>The asker answers "Is this still solved?": yes closes the loop, no reopens the question into the queue.</summary>
    public void AnswerFollowUp(bool stillSolved, DateTimeOffset now)
    {
        if (FollowUpSentAt is null)
            throw new ConflictException("This question has no follow-up to answer.", said: Phrase.Of("Problem.NoFollowUp"));
        if (FollowUpOutcome != FollowUpOutcome.Pending)
            throw new ConflictException("The follow-up was already answered.", said: Phrase.Of("Problem.FollowUpAnswered"));
        FollowUpOutcome = stillSolved ? FollowUpOutcome.StillSolved : FollowUpOutcome.NotSolved;
        FollowUpAnsweredAt = now;
        if (!stillSolved && Status == QuestionStatus.Solved)
        {
            // The accepted answer stays marked (and its reputation stays) until the asker accepts another one.
            Status = QuestionStatus.Open;
            SolvedAt = null;
            BackInQueueAt = now;
            SupportNote = Features.Support.SupportNotes.NoLongerSolved(now);
            LastActivityAt = now;
        }
        Touch();
    }

    /// <summary>The asker rates the help they got (1 to 5) with an optional comment.</summary>
    public void Rate(int rating, string? comment)
    {
        if (Status != QuestionStatus.Solved && AcceptedAnswerId is null)
            throw new ConflictException("Rate the help after accepting an answer.", said: Phrase.Of("Problem.RateAfterAccepting"));
        SatisfactionRating = rating;
        SatisfactionComment = string.IsNullOrWhiteSpace(comment) ? null : comment;
        Touch();
    }

    public void Delete(DateTimeOffset now)
    {
        DeletedAt = now;
        Touch();
    }
}
