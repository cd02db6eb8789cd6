using System.Net;

namespace Forum.Domain.Features.Notifications;

/// <summary>
/// The one way use cases tell members about something: an in-app notification and, unless the member turned that kind
/// off, an email in the outbox, both written in the member's language. Both are only added to the unit of work: they
/// commit with the caller's SaveChanges.
/// </summary>
public sealed class Notifier(IForumDb db, TimeProvider clock, IForumLinks links, IForumTexts texts)
{
    /// <param name="text">What happened, said in each recipient's language (a plain string reads the same in all).</param>
    /// <param name="link">A fragment on the question's page ("#answer-3") when there is a question, else a site path.</param>
    /// <param name="emailDetail">Extra plain text for the email, below the notification's text.</param>
    /// <param name="emailLinks">Extra links for the email (label, absolute address), such as one-click answers.</param>
    public async Task NotifyAsync(
        IEnumerable<string> memberIds, NotificationKind kind, Phrase text, Question? question, string link, CancellationToken ct,
        Phrase? emailDetail = null, IReadOnlyList<(Phrase Label, string Url)>? emailLinks = null)
    {
        var readers = await ReadersAsync(memberIds, kind, ct);
        NotifyInApp(readers, kind, text, question, link);
        Email(readers, text, question, link, emailDetail, emailLinks);
    }

    /// <summary>The in-app notification alone (the bell), without an email.</summary>
    public async Task NotifyInAppAsync(IEnumerable<string> memberIds, NotificationKind kind, Phrase text, Question? question, string link, CancellationToken ct) =>
        NotifyInApp(await ReadersAsync(memberIds, kind, ct), kind, text, question, link);

    /// <summary>The email alone, in the outbox, to the members who did not turn off email for this kind.</summary>
    public async Task EmailAsync(
        IEnumerable<string> memberIds, NotificationKind kind, Phrase text, Question? question, string link, CancellationToken ct,
        Phrase? emailDetail = null, IReadOnlyList<(Phrase Label, string Url)>? emailLinks = null) =>
        Email(await ReadersAsync(memberIds, kind, ct), text, question, link, emailDetail, emailLinks);

    /// <summary>A recipient: the language they read the forum in, and whether they turned off email for this kind.</summary>
    private sealed record Reader(string Id, string Language, bool OptedOut);

    private async Task<List<Reader>> ReadersAsync(IEnumerable<string> memberIds, NotificationKind kind, CancellationToken ct)
    {
        var recipients = memberIds.Distinct().ToList();
        if (recipients.Count == 0)
            return [];
        var found = await db.Members.AsNoTracking().Where(m => recipients.Contains(m.Id))
            .Select(m => new
            {
                m.Id,
                m.Language,
                OptedOut = db.EmailPreferences.Any(p => p.MemberId == m.Id && p.Kind == kind && !p.SendEmail),
            })
            .ToDictionaryAsync(m => m.Id, ct);
        return recipients.Select(id => found.GetValueOrDefault(id) is { } member
                ? new Reader(id, Languages.IsSupported(member.Language) ? member.Language : Languages.English, member.OptedOut)
                : new Reader(id, Languages.English, false))
            .ToList();
    }

    private void NotifyInApp(List<Reader> readers, NotificationKind kind, Phrase text, Question? question, string link)
    {
        var now = clock.GetUtcNow();
        foreach (var reader in readers)
            db.Notifications.Add(new Notification(reader.Id, kind, text.In(reader.Language, texts), question, link, now));
    }

    private void Email(List<Reader> readers, Phrase text, Question? question, string link, Phrase? emailDetail, IReadOnlyList<(Phrase Label, string Url)>? emailLinks)
    {
        var now = clock.GetUtcNow();
        foreach (var reader in readers.Where(r => !r.OptedOut))
        {
            var said = text.In(reader.Language, texts);
            db.OutboxMessages.Add(new OutboxMessage(reader.Id, said, EmailBody(reader.Language, said, question, link, emailDetail, emailLinks), now));
        }
    }

    public Task NotifyAsync(string memberId, NotificationKind kind, Phrase text, Question? question, string link, CancellationToken ct,
        Phrase? emailDetail = null, IReadOnlyList<(Phrase Label, string Url)>? emailLinks = null) =>
        NotifyAsync([memberId], kind, text, question, link, ct, emailDetail, emailLinks);

    /// <summary>Tells a member about an answer: the notification leads to it on its question's page.</summary>
    public Task NotifyAboutAnswerAsync(string memberId, NotificationKind kind, Phrase text, Question question, Answer answer, CancellationToken ct) =>
        NotifyAsync(memberId, kind, text, question, links.AnswerFragment(answer.Id), ct);

    /// <summary>An answer became an FAQ article: its author hears of it, with the way to the article.</summary>
    public Task AnswerPromotedAsync(string authorId, FaqArticle article, CancellationToken ct) =>
        NotifyAsync(authorId, NotificationKind.AnswerPromoted, Phrase.Of("Notification.AnswerPromoted", article.Title), null, links.FaqArticle(article.Slug), ct);

    /// <summary>Staff approved or rejected a proposed FAQ revision: its proposer hears the outcome (and the reviewer's comment).</summary>
    public Task FaqRevisionReviewedAsync(FaqRevision revision, CancellationToken ct)
    {
        var article = revision.Article!;
        var text = revision.Status == FaqRevisionStatus.Approved
            ? Phrase.Of("Notification.FaqRevisionApproved", article.Title)
            : Phrase.Of("Notification.FaqRevisionRejected", article.Title);
        return NotifyAsync(revision.ProposedById, NotificationKind.FaqRevisionReviewed, text, null, links.FaqHistory(article.Slug), ct, emailDetail: revision.ReviewComment);
    }

    /// <summary>Staff approved or rejected a proposed translation: its translator hears the outcome (and the reviewer's comment).</summary>
    public Task FaqTranslationReviewedAsync(FaqTranslationRevision revision, CancellationToken ct)
    {
        var translation = revision.Translation!;
        var article = translation.Article!;
        var approved = revision.Status == FaqRevisionStatus.Approved;
        return NotifyAsync(revision.ProposedById, NotificationKind.FaqRevisionReviewed,
            Phrase.Of(approved ? "Notification.FaqTranslationApproved" : "Notification.FaqTranslationRejected", article.Title),
            null, approved ? links.FaqTranslation(article.Slug, translation.Language) : links.FaqArticle(article.Slug), ct,
            emailDetail: revision.ReviewComment);
    }

    /// <summary>A question was just asked: the asker watches it, hears that it was received (with what to expect), and anyone mentioned hears of it.</summary>
    public async Task QuestionAskedAsync(Question question, Member asker, Phrase acknowledgement, CancellationToken ct)
    {
        await WatchAsync(question, asker.Id, ct);
        await NotifyAsync(asker.Id, NotificationKind.QuestionReceived, acknowledgement, question, "", ct);
        await MentionedAsync(question.BodyMarkdown, asker, question, "", [asker.Id], ct);
    }

    /// <summary>
    /// An answer was just shown: its author now watches the question, and the asker, the watchers and anyone mentioned
    /// will hear of it from <see cref="DeliverAnnouncements"/> once it is committed, outside the request that posted it.
    /// </summary>
    public async Task AnswerPostedAsync(Question question, Answer answer, CancellationToken ct)
    {
        await WatchAsync(question, answer.AuthorId, ct);
        db.Announcements.Add(new Announcement(answer, clock.GetUtcNow()));
    }

    /// <summary>Tells the asker, the watchers and anyone mentioned about an answer by <paramref name="author"/> (see <see cref="AnswerPostedAsync"/>).</summary>
    public async Task AnnounceAnswerAsync(Question question, Member author, string markdown, CancellationToken ct)
    {
        // On a question that is not public (hidden, held) only its asker hears of the answer.
        var watchers = question.IsPublic
            ? await db.Watches.AsNoTracking()
                .Where(w => w.QuestionId == question.Id && w.MemberId != author.Id && w.MemberId != question.AuthorId)
                .Select(w => w.MemberId).ToListAsync(ct)
            : [];
        if (question.AuthorId != author.Id)
            await NotifyAsync(question.AuthorId, NotificationKind.NewAnswerOnYourQuestion, Phrase.Of("Notification.AnsweredYourQuestion", author.DisplayName), question, "#answers", ct);
        await NotifyAsync(watchers, NotificationKind.NewAnswerOnWatchedQuestion, Phrase.Of("Notification.AnsweredWatchedQuestion", author.DisplayName), question, "#answers", ct);
        await MentionedAsync(markdown, author, question, "#answers", [author.Id, question.AuthorId, .. watchers], ct);
    }

    /// <summary>A moderator approved a held post: people hear of it now, as they would have when it was posted.</summary>
    public async Task HeldPostApprovedAsync(Post post, Question question, CancellationToken ct)
    {
        if (post is Answer answer)
        {
            await AnswerPostedAsync(question, answer, ct);
            return;
        }
        var author = await db.Members.SingleAsync(m => m.Id == post.AuthorId, ct);
        await MentionedAsync(question.BodyMarkdown, author, question, "", [author.Id], ct);
    }

    /// <summary>
    /// A post was hidden or removed, by a moderator or by members' flags until a moderator reviews it: its author hears
    /// what happened and why, and how to ask for a review.
    /// </summary>
    public Task PostModeratedAsync(Post post, Question question, CancellationToken ct)
    {
        var (key, reason) = post.IsDeleted ? ("Notification.PostRemoved", post.DeletedReason)
            : post.HiddenById is null ? ("Notification.PostHiddenByFlags", post.HiddenReason)
            : ("Notification.PostHidden", post.HiddenReason);
        var text = Phrase.Of(key, YourPost(post, startsSentence: true), Shorten(question.Title),
            string.IsNullOrEmpty(reason) ? "" : Phrase.Of("Notification.Reason", ModerationReasons.Said(reason)));
        var review = links.ReviewRequest(post.Type, post.Id);
        if (post.IsDeleted)
            return NotifyAsync(post.AuthorId, NotificationKind.PostModerated, text, null, review, ct,
                emailDetail: Phrase.Of("Notification.RemovedDetail"));
        return NotifyAsync(post.AuthorId, NotificationKind.PostModerated, text, question, post is Answer ? links.AnswerFragment(post.Id) : "", ct,
            emailDetail: Phrase.Of("Notification.HiddenDetail"),
            emailLinks: [(Phrase.Of("Notification.AskForReview"), links.Absolute(review))]);
    }

    /// <summary>
    /// A moderator decided on flags: each member who raised one hears whether it helped; an author who asked for the
    /// review of their hidden post hears its outcome.
    /// </summary>
    public async Task FlagsResolvedAsync(IReadOnlyCollection<Flag> flags, Post post, Question question, string moderatorId, CancellationToken ct)
    {
        if (flags.Any(f => f.ReporterId == post.AuthorId))
            await NotifyAsync(post.AuthorId, NotificationKind.PostModerated,
                Phrase.Of(post.IsPublic ? "Notification.PostRestored" : post.IsDeleted ? "Notification.PostStaysRemoved" : "Notification.PostStaysHidden",
                    YourPost(post, startsSentence: false), Shorten(question.Title)),
                question, post is Answer ? links.AnswerFragment(post.Id) : "", ct);
        foreach (var outcome in flags.Where(f => f.ReporterId is not null && f.ReporterId != moderatorId && f.ReporterId != post.AuthorId).GroupBy(f => f.Status))
        {
            var text = Phrase.Of(outcome.Key == FlagStatus.Upheld ? "Notification.FlagHelped" : "Notification.FlagDismissed",
                Shorten(question.Title), FlagResolutions.Said(outcome.First().Resolution!));
            // Reporters no longer see a post that stays hidden: the notification then leads to no page.
            await NotifyAsync(outcome.Select(f => f.ReporterId!), NotificationKind.FlagOutcome, text,
                question.IsPublic ? question : null, question.IsPublic ? "" : links.Notifications, ct);
        }
    }

    /// <summary>"Your question" / "your answer", as the start of a sentence or within one.</summary>
    private static Phrase YourPost(Post post, bool startsSentence) =>
        Phrase.Of((post is Question ? "Post.YourQuestion" : "Post.YourAnswer") + (startsSentence ? "" : "InSentence"));

    private static string Shorten(string title) => title.Length > 80 ? title[..79] + "…" : title;

    private async Task MentionedAsync(string markdown, Member author, Question question, string link, IReadOnlyCollection<string> alreadyTold, CancellationToken ct)
    {
        var names = Mentions.Candidates(markdown);
        if (names.Count == 0 || !question.IsPublic)
            return; // nobody is told of a post they cannot see (a held question; an answer on a hidden one)
        var mentioned = await db.Members.AsNoTracking()
            .Where(m => names.Contains(m.DisplayName) && !alreadyTold.Contains(m.Id))
            .OrderBy(m => m.DisplayName).Select(m => m.Id).Take(Mentions.MaxPerPost).ToListAsync(ct);
        await NotifyAsync(mentioned, NotificationKind.Mention, Phrase.Of("Notification.MentionedYou", author.DisplayName), question, link, ct);
    }

    /// <summary>Starts watching a question for a member, unless they already do.</summary>
    public async Task WatchAsync(Question question, string memberId, CancellationToken ct)
    {
        if (question.Id != 0 && await db.Watches.AnyAsync(w => w.QuestionId == question.Id && w.MemberId == memberId, ct))
            return;
        if (db.Watches.Local.Any(w => w.MemberId == memberId && (w.Question == question || (question.Id != 0 && w.QuestionId == question.Id))))
            return;
        db.Watches.Add(new Watch(question, memberId, clock.GetUtcNow()));
    }

    private string EmailBody(string language, string text, Question? question, string link, Phrase? detail,
        IReadOnlyList<(Phrase Label, string Url)>? extraLinks)
    {
        // A question being asked in this very transaction has no address yet; its notification list has.
        var path = question is null ? link : question.Id == 0 ? links.Notifications : links.Question(question.Id, question.Slug) + link;
        var html = $"<p>{WebUtility.HtmlEncode(text)}</p>";
        if (question is not null)
            html += $"<p><strong>{WebUtility.HtmlEncode(question.Title)}</strong></p>";
        if (detail?.In(language, texts) is { Length: > 0 } said)
            html += $"<p>{WebUtility.HtmlEncode(said)}</p>";
        foreach (var (label, url) in extraLinks ?? [])
            html += $"<p><a href=\"{WebUtility.HtmlEncode(url)}\">{WebUtility.HtmlEncode(label.In(language, texts))}</a></p>";
        html += $"<p><a href=\"{WebUtility.HtmlEncode(links.Absolute(path))}\">{WebUtility.HtmlEncode(texts.Get(language, "Email.OpenOnForum"))}</a></p>";
        var settings = $"<a href=\"{WebUtility.HtmlEncode(links.Absolute(links.NotificationSettings))}\">{WebUtility.HtmlEncode(texts.Get(language, "Email.NotificationSettings"))}</a>";
        // The sentence is encoded before the link goes into its placeholder.
        html += $"<p style=\"color:#666\">{string.Format(System.Globalization.CultureInfo.InvariantCulture, WebUtility.HtmlEncode(texts.Get(language, "Email.ChooseEmails")), settings)}</p>";
        return html;
    }
}
