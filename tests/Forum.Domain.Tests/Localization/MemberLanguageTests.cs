using Forum.Domain.Entities;
using Forum.Domain.Features.Answers;
using Forum.Domain.Features.Notifications;
using Forum.Domain.Features.Users;
using Forum.Domain.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Tests.Localization;

/// <summary>A member's language: chosen once, it is the language of what the forum sends them.</summary>
public sealed class MemberLanguageTests : IDisposable
{
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    private Task<List<OutboxMessage>> EmailsToAsync(string member) =>
        _forum.QueryAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.MemberId == member).OrderBy(m => m.Id).ToListAsync());

    [Fact]
    public async Task A_new_member_speaks_English_until_they_choose_and_their_choice_is_kept()
    {
        var member = await _forum.CreateMemberAsync("rina");
        Assert.Equal("en", await _forum.QueryAsync(db => db.Members.Where(m => m.Id == member).Select(m => m.Language).SingleAsync()));

        var choice = await _forum.SendAsync(member, new ChooseLanguage("id"));

        Assert.Equal("id", choice.Language);
        Assert.Equal("id", await _forum.QueryAsync(db => db.Members.Where(m => m.Id == member).Select(m => m.Language).SingleAsync()));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("id-ID")]
    [InlineData("")]
    public async Task Only_a_language_the_forum_speaks_can_be_chosen(string language)
    {
        var member = await _forum.CreateMemberAsync("rina");

        var refused = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => _forum.SendAsync(member, new ChooseLanguage(language)));

        Assert.Contains(refused.Errors, e => e.PropertyName == nameof(ChooseLanguage.Language));
    }

    [Fact]
    public async Task A_member_who_reads_Indonesian_is_notified_and_emailed_in_Indonesian_and_others_in_English()
    {
        var asker = await _forum.CreateMemberAsync("rina");
        var watcher = await _forum.CreateMemberAsync("watcher");
        var helper = await _forum.CreateMemberAsync("helper");
        await _forum.SendAsync(asker, new ChooseLanguage("id"));
        var question = await _forum.AskAsync(asker);
        await _forum.SendAsync(watcher, new WatchQuestion(question));

        await _forum.AnswerAsync(helper, question);

        var askerInbox = await _forum.SendAsync(asker, new ListNotifications());
        Assert.Equal("helper menjawab pertanyaan Anda.", askerInbox.Items.First(n => n.Kind == NotificationKind.NewAnswerOnYourQuestion).Text);
        var email = (await EmailsToAsync(asker)).Last();
        Assert.Equal("helper menjawab pertanyaan Anda.", email.Subject);
        Assert.Contains("Buka di forum", email.HtmlBody);
        Assert.Contains("pengaturan notifikasi Anda", email.HtmlBody);
        Assert.DoesNotContain("Open it on the forum", email.HtmlBody);

        var watcherEmail = Assert.Single(await EmailsToAsync(watcher));
        Assert.Equal("helper answered a question you watch.", watcherEmail.Subject);
        Assert.Contains("Open it on the forum", watcherEmail.HtmlBody);
    }

    [Fact]
    public async Task The_language_chosen_later_is_the_one_of_the_next_emails()
    {
        var asker = await _forum.CreateMemberAsync("rina");
        var helper = await _forum.CreateMemberAsync("helper");
        var question = await _forum.AskAsync(asker);
        var answer = await _forum.AnswerAsync(helper, question);
        await _forum.SendAsync(helper, new ChooseLanguage("id"));

        await _forum.SendAsync(asker, new AcceptAnswer(answer));

        Assert.Equal("Jawaban Anda diterima.", (await EmailsToAsync(helper)).Last().Subject);
        Assert.Equal("helper answered your question.", (await EmailsToAsync(asker)).Last().Subject);
    }
}
