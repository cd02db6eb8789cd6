using Forum.Domain.Features.Questions;
using Forum.Domain.Features.Support;
using Forum.Domain.Features.Users;
using Forum.Domain.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Tests.Localization;

/// <summary>Questions are asked in a language; lists and Needs attention show one language, or the helper's.</summary>
public sealed class QuestionLanguageTests : IDisposable
{
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    private async Task<int> AskInAsync(string asker, string? language, string title)
    {
        var asked = await _forum.SendAsync(asker, Samples.Question(title) with { Language = language });
        return asked.Id;
    }

    private Task<string> LanguageOfAsync(int question) =>
        _forum.QueryAsync(db => db.Questions.Where(q => q.Id == question).Select(q => q.Language).SingleAsync());

    [Fact]
    public async Task A_question_is_in_its_askers_language_unless_they_say_otherwise()
    {
        var rina = await _forum.CreateMemberAsync("rina");
        await _forum.SendAsync(rina, new ChooseLanguage("id"));

        var inHerLanguage = await AskInAsync(rina, null, "Aplikasi menampilkan jendela kosong saat dibuka");
        var inEnglish = await AskInAsync(rina, "en", "The app shows a blank window on start");

        Assert.Equal("id", await LanguageOfAsync(inHerLanguage));
        Assert.Equal("en", await LanguageOfAsync(inEnglish));
    }

    [Fact]
    public async Task A_question_in_a_language_the_forum_does_not_speak_is_refused()
    {
        var asker = await _forum.CreateMemberAsync("asker");

        var refused = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => AskInAsync(asker, "fr", "L'application affiche une fenêtre vide"));

        Assert.Contains(refused.Errors, e => e.PropertyName == nameof(AskQuestion.Language));
        Assert.Equal(0, await _forum.QueryAsync(db => db.Questions.CountAsync()));
    }

    [Fact]
    public async Task The_lists_show_the_questions_of_one_language_when_asked()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var english = await AskInAsync(asker, "en", "The app shows a blank window on start");
        var indonesian = await AskInAsync(asker, "id", "Aplikasi menampilkan jendela kosong saat dibuka");

        var all = await _forum.SendAsync(null, new ListQuestions());
        var onlyIndonesian = await _forum.SendAsync(null, new ListQuestions(Language: "id"));

        Assert.Equal([indonesian, english], all.Items.Select(q => q.Id));
        Assert.Equal([indonesian], onlyIndonesian.Items.Select(q => q.Id));
        Assert.Equal((1, "id"), (onlyIndonesian.Total, onlyIndonesian.Items[0].Language));
        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => _forum.SendAsync(null, new ListQuestions(Language: "xx")));
    }

    [Fact]
    public async Task Needs_attention_shows_a_helper_the_languages_they_answer_in_unless_they_ask_for_another_or_all()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var helper = await _forum.CreateMemberAsync("helper", reputation: 200);
        var everyone = await _forum.CreateMemberAsync("everyone", reputation: 200);
        var english = await AskInAsync(asker, "en", "The app shows a blank window on start");
        var indonesian = await AskInAsync(asker, "id", "Aplikasi menampilkan jendela kosong saat dibuka");

        var choice = await _forum.SendAsync(helper, new ChooseAnswerLanguages(["id"]));

        Assert.Equal(["id"], choice.AnswerLanguages);
        var mine = await _forum.SendAsync(helper, new GetNeedsAttention());
        Assert.Equal([indonesian], mine.Items.Select(i => i.Id));
        Assert.Equal(["id"], mine.Languages);
        Assert.Equal([english], (await _forum.SendAsync(helper, new GetNeedsAttention(Language: "en"))).Items.Select(i => i.Id));
        Assert.Equal(2, (await _forum.SendAsync(helper, new GetNeedsAttention(Language: "any"))).Items.Count);
        Assert.Equal(2, (await _forum.SendAsync(everyone, new GetNeedsAttention())).Items.Count); // no languages named: all
        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => _forum.SendAsync(helper, new GetNeedsAttention(Language: "fr")));
    }

    [Fact]
    public async Task A_helper_can_only_name_the_forums_languages_and_naming_none_means_any()
    {
        var helper = await _forum.CreateMemberAsync("helper");

        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => _forum.SendAsync(helper, new ChooseAnswerLanguages(["id", "fr"])));
        var both = await _forum.SendAsync(helper, new ChooseAnswerLanguages(["id", "en", "id"]));
        var none = await _forum.SendAsync(helper, new ChooseAnswerLanguages([]));

        Assert.Equal(["en", "id"], both.AnswerLanguages);
        Assert.Empty(none.AnswerLanguages);
        Assert.Empty((await _forum.SendAsync(helper, new GetMyLanguages())).AnswerLanguages);
    }
}
