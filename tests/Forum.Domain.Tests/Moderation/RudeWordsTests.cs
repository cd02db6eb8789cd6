using Forum.Domain.Features.Moderation;

namespace Forum.Domain.Tests.Moderation;

public sealed class RudeWordsTests
{
    private static readonly RudeWords Finder = new(new RespectOptions { RudeWords = ["idiot*", "stupid", "shut up", "cunt", "ass", "hell", "crap"] });

    [Theory]
    [InlineData("You are an idiot.", "idiot")]
    [InlineData("What IDIOTS wrote this?", "idiots")]
    [InlineData("That is Stupid!", "stupid")]
    [InlineData("Just shut   up and read the manual", "shut up")]
    [InlineData("Just shut\nup", "shut up")]
    public void Finds_whole_words_and_phrases_whatever_their_case_and_spacing(string text, string expected) =>
        Assert.Equal([expected], Finder.Find(text));

    [Theory]
    [InlineData("I live near Scunthorpe.")]
    [InlineData("The assistant class passes the assessment.")]
    [InlineData("Hello, shell users: the crapaud frog is a French word.")]
    [InlineData("Stupidly simple? No, I mean the stupidity of the defaults.")]
    [InlineData("Shut the window, then look up the settings.")]
    [InlineData("")]
    [InlineData(null)]
    public void Does_not_flag_innocent_words_that_contain_a_rude_word(string? text) =>
        Assert.Empty(Finder.Find(text));

    [Theory]
    [InlineData("stu\u200Bpid")]             // zero-width space inside the word
    [InlineData("stu\u00ADpid")]             // soft hyphen
    [InlineData("st\u200Dupid")]             // zero-width joiner
    [InlineData("ｓｔｕｐｉｄ")]                // full-width letters (NFKC)
    [InlineData("𝐬𝐭𝐮𝐩𝐢𝐝")]                  // mathematical bold letters (NFKC)
    [InlineData("stüpíd")]                   // accents
    [InlineData("s\u0336t\u0336u\u0336pid")] // combining strokes
    [InlineData("stupіd")]                   // Cyrillic і among Latin letters
    [InlineData("ЅTUPID")]                   // Cyrillic capital Ѕ, case-folded
    public void Sees_through_unicode_tricks(string text) =>
        Assert.Equal(["stupid"], Finder.Find($"That is {text}."));

    [Fact]
    public void Leaves_words_written_wholly_in_another_script_alone() =>
        Assert.Empty(Finder.Find("Это хорошо")); // Russian "that is good": Cyrillic letters that look Latin, but no Latin word

    [Fact]
    public void Reports_each_word_once_in_the_order_it_appears_across_title_and_body() =>
        Assert.Equal(["stupid", "idiot", "crap"], Finder.Find("Stupid app", "What an idiot wrote this crap? So stupid."));

    [Fact]
    public void An_empty_list_finds_nothing() =>
        Assert.Empty(new RudeWords(new RespectOptions()).Find("stupid idiot"));
}
