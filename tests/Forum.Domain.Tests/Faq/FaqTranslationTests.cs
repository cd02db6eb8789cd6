using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Faq;
using Forum.Domain.Features.Notifications;
using Forum.Domain.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Tests.Faq;

/// <summary>FAQ articles translated SUMO style: reviewed like revisions, based on an English revision, out of date after a significant change.</summary>
public sealed class FaqTranslationTests : IDisposable
{
    private const string TitleId = "Sinkronisasi berhenti setelah saya mengganti kata sandi";
    private const string BodyId = "Buka **Pengaturan → Sinkronisasi**, pilih *Putuskan perangkat ini*, lalu masuk lagi dengan kata sandi baru.";
    private const string NewEnglish = "Open **Settings → Sync**, choose *Disconnect this device* and keep local data, then sign in again with the new password.";
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    private async Task<(FaqSteps Steps, string Slug, long EnglishRevision)> PublishedArticleAsync()
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();
        var article = await steps.PublishedArticleAsync();
        var current = (await _forum.SendAsync(null, new GetFaqArticle(article.Slug))).Article;
        return (steps, article.Slug, current.CurrentRevisionId);
    }

    private async Task<long> ApprovedTranslationAsync(FaqSteps steps, string slug, long englishRevision, string translator)
    {
        var proposed = await _forum.SendAsync(translator, new ProposeFaqTranslation(slug, "id", TitleId, BodyId, "Terjemahan pertama", englishRevision), Roles.Localizer);
        await _forum.SendAsync(steps.Staff, new ApproveFaqTranslation(proposed.RevisionId), Roles.Staff);
        return proposed.RevisionId;
    }

    private async Task<long> ApprovedEnglishRevisionAsync(FaqSteps steps, string slug, long baseRevision, string text, bool significant)
    {
        var proposed = await _forum.SendAsync(steps.Staff, new ProposeFaqRevision(slug, text, "Update", baseRevision, significant), Roles.Staff);
        await _forum.SendAsync(steps.Staff, new ApproveFaqRevision(proposed.RevisionId), Roles.Staff);
        return proposed.RevisionId;
    }

    [Fact]
    public async Task A_translation_is_public_only_once_staff_approve_it_and_records_the_english_revision_it_translates()
    {
        var (steps, slug, english) = await PublishedArticleAsync();
        var localizer = await _forum.CreateMemberAsync("localizer", 500);

        var proposed = await _forum.SendAsync(localizer, new ProposeFaqTranslation(slug, "id", TitleId, BodyId, "Terjemahan pertama", english));

        await Assert.ThrowsAsync<NotFoundException>(() => _forum.SendAsync(null, new GetFaqTranslation(slug, "id")));
        var queue = await _forum.SendAsync(steps.Staff, new ListPendingFaqTranslations(), Roles.Staff);
        Assert.Equal((proposed.RevisionId, "id", TitleId), (Assert.Single(queue).Id, queue[0].Language, queue[0].Title));

        var review = await _forum.SendAsync(steps.Staff, new ApproveFaqTranslation(proposed.RevisionId), Roles.Staff);

        Assert.Equal((FaqRevisionStatus.Approved, false), (review.Status, review.IsOutOfDate));
        var page = await _forum.SendAsync(null, new GetFaqTranslation(slug, "id"));
        Assert.Equal((TitleId, false, 1, 1), (page.Title, page.IsOutOfDate, page.SourceRevisionNumber, page.EnglishRevisionNumber));
        Assert.Contains("<strong>Pengaturan → Sinkronisasi</strong>", page.BodyHtml);
        Assert.Equal(english, await _forum.QueryAsync(db => db.FaqTranslationRevisions.Where(r => r.Id == proposed.RevisionId).Select(r => r.SourceRevisionId).SingleAsync()));
        Assert.Empty(await _forum.SendAsync(steps.Staff, new ListPendingFaqTranslations(), Roles.Staff));
        var heard = await _forum.SendAsync(localizer, new ListNotifications());
        Assert.Contains(heard.Items, n => n.Kind == NotificationKind.FaqRevisionReviewed && n.Url == $"/faq/{slug}/id");
    }

    [Fact]
    public async Task Only_staff_localizers_and_members_with_the_reputation_translate_and_never_into_english()
    {
        var (_, slug, english) = await PublishedArticleAsync();
        var newcomer = await _forum.CreateMemberAsync("newcomer", 499);
        var withRole = await _forum.CreateMemberAsync("withrole");

        var refused = await Assert.ThrowsAsync<ForbiddenException>(() =>
            _forum.SendAsync(newcomer, new ProposeFaqTranslation(slug, "id", TitleId, BodyId, null, english)));
        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() =>
            _forum.SendAsync(withRole, new ProposeFaqTranslation(slug, "en", TitleId, BodyId, null, english), Roles.Localizer));
        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() =>
            _forum.SendAsync(withRole, new ProposeFaqTranslation(slug, "fr", TitleId, BodyId, null, english), Roles.Localizer));
        var accepted = await _forum.SendAsync(withRole, new ProposeFaqTranslation(slug, "id", TitleId, BodyId, null, english), Roles.Localizer);

        Assert.Contains("500", refused.Message);
        Assert.Equal(1, accepted.Number);
        await Assert.ThrowsAsync<ConflictException>(() =>
            _forum.SendAsync(withRole, new ProposeFaqTranslation(slug, "id", TitleId, BodyId + " Lagi.", null, english), Roles.Localizer));
    }

    [Fact]
    public async Task A_significant_english_revision_marks_the_translation_out_of_date_and_a_minor_one_does_not()
    {
        var (steps, slug, english) = await PublishedArticleAsync();
        var localizer = await _forum.CreateMemberAsync("localizer");
        await ApprovedTranslationAsync(steps, slug, english, localizer);

        var minor = await ApprovedEnglishRevisionAsync(steps, slug, english, NewEnglish, significant: false);
        Assert.False((await _forum.SendAsync(null, new GetFaqTranslation(slug, "id"))).IsOutOfDate);
        Assert.Empty(await _forum.SendAsync(localizer, new ListFaqTranslationsToUpdate()));

        _forum.Clock.Advance(TimeSpan.FromHours(1));
        await ApprovedEnglishRevisionAsync(steps, slug, minor, NewEnglish + "\n\nIf it still fails, remove the account and add it again.", significant: true);

        var page = await _forum.SendAsync(null, new GetFaqTranslation(slug, "id"));
        Assert.Equal((true, _forum.Clock.GetUtcNow(), 1, 3), (page.IsOutOfDate, page.OutOfDateSince, page.SourceRevisionNumber, page.EnglishRevisionNumber));
        var toUpdate = Assert.Single(await _forum.SendAsync(localizer, new ListFaqTranslationsToUpdate("id")));
        Assert.Equal((slug, "id", 1, 3), (toUpdate.Slug, toUpdate.Language, toUpdate.SourceRevisionNumber, toUpdate.EnglishRevisionNumber));
        var work = await _forum.SendAsync(localizer, new GetFaqTranslationWork(slug, "id"), Roles.Localizer);
        Assert.Contains(work.EnglishChanges, l => l.Kind == DiffKind.Added && l.Text.Contains("remove the account", StringComparison.Ordinal));
        Assert.True(work.MayTranslate);
    }

    [Fact]
    public async Task Staff_can_call_a_change_significant_when_approving_it()
    {
        var (steps, slug, english) = await PublishedArticleAsync();
        await ApprovedTranslationAsync(steps, slug, english, await _forum.CreateMemberAsync("localizer"));
        var proposed = await _forum.SendAsync(steps.Staff, new ProposeFaqRevision(slug, NewEnglish, "Update", english), Roles.Staff);

        await _forum.SendAsync(steps.Staff, new ApproveFaqRevision(proposed.RevisionId, Significant: true), Roles.Staff);

        Assert.True((await _forum.SendAsync(null, new GetFaqTranslation(slug, "id"))).IsOutOfDate);
    }

    [Fact]
    public async Task Translating_the_current_english_text_brings_the_translation_up_to_date()
    {
        var (steps, slug, english) = await PublishedArticleAsync();
        var localizer = await _forum.CreateMemberAsync("localizer");
        var first = await ApprovedTranslationAsync(steps, slug, english, localizer);
        var newer = await ApprovedEnglishRevisionAsync(steps, slug, english, NewEnglish, significant: true);

        var updated = await _forum.SendAsync(localizer,
            new ProposeFaqTranslation(slug, "id", TitleId, BodyId + " Simpan data lokal Anda.", "Pembaruan", newer, first), Roles.Localizer);
        var review = await _forum.SendAsync(steps.Staff, new ApproveFaqTranslation(updated.RevisionId), Roles.Staff);

        Assert.False(review.IsOutOfDate);
        var page = await _forum.SendAsync(null, new GetFaqTranslation(slug, "id"));
        Assert.Equal((false, 2, 2), (page.IsOutOfDate, page.SourceRevisionNumber, page.EnglishRevisionNumber));
        Assert.Empty(await _forum.SendAsync(localizer, new ListFaqTranslationsToUpdate()));
    }

    [Fact]
    public async Task A_translation_of_an_older_english_text_is_out_of_date_as_soon_as_it_is_approved()
    {
        var (steps, slug, english) = await PublishedArticleAsync();
        var localizer = await _forum.CreateMemberAsync("localizer");
        var proposed = await _forum.SendAsync(localizer, new ProposeFaqTranslation(slug, "id", TitleId, BodyId, null, english), Roles.Localizer);
        await ApprovedEnglishRevisionAsync(steps, slug, english, NewEnglish, significant: true);

        var review = await _forum.SendAsync(steps.Staff, new ApproveFaqTranslation(proposed.RevisionId), Roles.Staff);

        Assert.True(review.IsOutOfDate);
        Assert.Single(await _forum.SendAsync(localizer, new ListFaqTranslationsToUpdate()));
    }

    [Fact]
    public async Task A_translation_started_from_an_older_translation_is_refused_with_the_newer_text()
    {
        var (steps, slug, english) = await PublishedArticleAsync();
        var first = await _forum.CreateMemberAsync("first");
        var second = await _forum.CreateMemberAsync("second");
        // Both start from "no translation yet"; the first one is approved before the second is sent.
        await ApprovedTranslationAsync(steps, slug, english, first);

        var refused = await Assert.ThrowsAsync<ConflictException>(() =>
            _forum.SendAsync(second, new ProposeFaqTranslation(slug, "id", TitleId, BodyId + " Versi lain.", null, english), Roles.Localizer));

        Assert.Equal(BodyId, refused.Details["currentBody"]);
    }

    [Fact]
    public async Task A_rejected_translation_stays_unpublished_and_its_translator_hears_why()
    {
        var (steps, slug, english) = await PublishedArticleAsync();
        var localizer = await _forum.CreateMemberAsync("localizer");
        var proposed = await _forum.SendAsync(localizer, new ProposeFaqTranslation(slug, "id", TitleId, BodyId, null, english), Roles.Localizer);

        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() =>
            _forum.SendAsync(steps.Staff, new RejectFaqTranslation(proposed.RevisionId, " "), Roles.Staff));
        var review = await _forum.SendAsync(steps.Staff, new RejectFaqTranslation(proposed.RevisionId, "Gunakan istilah dari glosarium."), Roles.Staff);

        Assert.Equal(FaqRevisionStatus.Rejected, review.Status);
        await Assert.ThrowsAsync<NotFoundException>(() => _forum.SendAsync(null, new GetFaqTranslation(slug, "id")));
        await Assert.ThrowsAsync<ConflictException>(() => _forum.SendAsync(steps.Staff, new ApproveFaqTranslation(proposed.RevisionId), Roles.Staff));
        var email = await _forum.QueryAsync(db => db.OutboxMessages.Where(m => m.MemberId == localizer).OrderBy(m => m.Id).Select(m => m.HtmlBody).ToListAsync());
        Assert.Contains("Gunakan istilah dari glosarium.", email.Last());
    }

    [Fact]
    public async Task Only_staff_review_translations()
    {
        var (_, slug, english) = await PublishedArticleAsync();
        var localizer = await _forum.CreateMemberAsync("localizer");
        var proposed = await _forum.SendAsync(localizer, new ProposeFaqTranslation(slug, "id", TitleId, BodyId, null, english), Roles.Localizer);

        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(localizer, new ApproveFaqTranslation(proposed.RevisionId), Roles.Localizer));
        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(localizer, new ListPendingFaqTranslations(), Roles.Localizer));
    }

    [Fact]
    public async Task The_locale_dashboard_counts_translated_up_to_date_and_waiting_articles_and_lists_the_most_read_untranslated_first()
    {
        var (steps, translatedSlug, english) = await PublishedArticleAsync();
        var quiet = await steps.PublishedArticleAsync("Photos are blurry after the camera update");
        var popular = await steps.PublishedArticleAsync("Notifications arrive an hour late on the tablet");
        var localizer = await _forum.CreateMemberAsync("localizer", 500);
        await ApprovedTranslationAsync(steps, translatedSlug, english, localizer);
        await ApprovedEnglishRevisionAsync(steps, translatedSlug, english, NewEnglish, significant: true);
        var popularRevision = (await _forum.SendAsync(null, new GetFaqArticle(popular.Slug))).Article.CurrentRevisionId;
        await _forum.SendAsync(localizer, new ProposeFaqTranslation(popular.Slug, "id", TitleId, BodyId, null, popularRevision));
        foreach (var browser in new[] { "first-reader-browser", "second-reader-browser" })
            await _forum.SendAsync(null, new SendFaqFeedback(popular.Slug, Helpful: true, Reason: null, BrowserId: browser));

        var indonesian = Assert.Single(await _forum.SendAsync(null, new GetLocaleDashboard()));

        Assert.Equal(("id", 3, 1, 0, 1, 1, 0), (indonesian.Language, indonesian.Articles, indonesian.Translated, indonesian.UpToDate,
            indonesian.OutOfDate, indonesian.WaitingForReview, indonesian.UpToDatePercent));
        // Proposed is not translated yet: the popular article still leads the list, before the one nobody used.
        Assert.Equal([(popular.Slug, 2), (quiet.Slug, 0)], indonesian.MostReadUntranslated.Select(a => (a.Slug, a.ReaderActivity)));
    }
}
