using FluentValidation;
using Forum.Domain.Common;
using Forum.Domain.Features.Answers;
using Forum.Domain.Features.Questions;
using Forum.Domain.Features.Search;
using Forum.Domain.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Tests.Search;

public sealed class SearchForumTests : IDisposable
{
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    private Task<SearchResults> SearchAsync(string query, string? type = null, string? category = null, string? tag = null, bool? solved = null, int page = 1, int pageSize = 20) =>
        _forum.SendAsync(null, new SearchForum(query, category, tag, type, solved, page, pageSize));

    private async Task<IReadOnlyList<int>> FoundAsync(string query) => (await SearchAsync(query)).Results.Select(r => r.Id).ToList();

    [Fact]
    public async Task A_new_question_is_found_at_once_by_its_title_and_body_with_a_marked_snippet()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var id = (await _forum.SendAsync(asker, Samples.Question("Clipboard history loses pictures", "When I copy a screenshot, the clipboard history keeps only the text around it."))).Id;

        var results = await SearchAsync("screenshot clipboard");

        var result = Assert.Single(results.Results);
        Assert.Equal(1, results.Total);
        Assert.Equal(id, result.Id);
        Assert.Equal(SearchResultType.Question, result.Type);
        Assert.Equal($"/questions/{id}/clipboard-history-loses-pictures", result.Url);
        Assert.Contains("<mark>screenshot</mark>", result.SnippetHtml);
        Assert.Contains("<mark>clipboard</mark>", result.SnippetHtml);
        Assert.Equal("<mark>Clipboard</mark> history loses pictures", result.TitleHtml);
        Assert.False(result.Solved);
        Assert.True(result.Score > 0);
    }

    [Fact]
    public async Task An_answer_makes_its_question_findable_and_accepting_it_marks_the_result_solved()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var helper = await _forum.CreateMemberAsync("helper");
        var id = await _forum.AskAsync(asker);
        Assert.Empty(await FoundAsync("hardware acceleration"));

        var answer = await _forum.AnswerAsync(helper, id, "Turn off hardware acceleration in the advanced settings and restart the app.");
        await _forum.SendAsync(asker, new AcceptAnswer(answer));

        var result = Assert.Single((await SearchAsync("hardware acceleration")).Results);
        Assert.Equal(id, result.Id);
        Assert.True(result.Solved);
        Assert.Contains("<mark>hardware</mark> <mark>acceleration</mark>", result.SnippetHtml);
    }

    [Fact]
    public async Task An_edited_question_is_found_by_its_new_words_and_no_longer_by_the_old_ones()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var id = (await _forum.SendAsync(asker, Samples.Question("Toolbar icons are blurry on my screen", "The toolbar icons look blurry since I changed monitors last week."))).Id;
        Assert.Equal([id], await FoundAsync("blurry"));

        await _forum.SendAsync(asker, new EditQuestion(id, "Toolbar icons are pixelated on my screen", "The toolbar icons look pixelated since I changed monitors last week.", [], null));

        Assert.Empty(await FoundAsync("blurry"));
        Assert.Equal([id], await FoundAsync("pixelated"));
        var result = Assert.Single((await SearchAsync("pixelated")).Results);
        Assert.DoesNotContain("blurry", result.SnippetHtml);
    }

    [Fact]
    public async Task An_edited_answer_is_found_by_its_new_words_only()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var helper = await _forum.CreateMemberAsync("helper");
        var id = await _forum.AskAsync(asker);
        var answer = await _forum.AnswerAsync(helper, id, "Reinstalling the graphics driver from the vendor's site fixed it for me.");

        await _forum.SendAsync(helper, new EditAnswer(answer, "Rolling back the graphics driver to the previous release fixed it for me.", null));

        Assert.Empty(await FoundAsync("reinstalling"));
        Assert.Equal([id], await FoundAsync("rolling back"));
    }

    [Fact]
    public async Task Deleted_questions_and_deleted_answers_are_never_found_nor_shown_in_snippets()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var helper = await _forum.CreateMemberAsync("helper");
        var gone = (await _forum.SendAsync(asker, Samples.Question("Watermark appears on every export", "Every exported page carries a grey watermark in the corner."))).Id;
        await _forum.SendAsync(asker, new DeleteQuestion(gone));
        var kept = await _forum.AskAsync(asker);
        var answer = await _forum.AnswerAsync(helper, kept, "Buy the premium plan, then the watermark problem and the blank window disappear.");
        await _forum.SendAsync(helper, new DeleteAnswer(answer));

        Assert.Empty(await FoundAsync("watermark"));
        Assert.Empty(await FoundAsync("premium"));
        var result = Assert.Single((await SearchAsync("blank window")).Results);
        Assert.Equal(kept, result.Id);
        Assert.DoesNotContain("premium", result.SnippetHtml);
        Assert.False(await _forum.QueryAsync(db => db.SearchDocuments.AnyAsync(d => d.QuestionId == gone)));
    }

    [Fact]
    public async Task A_post_containing_markup_gives_an_escaped_snippet()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        await _forum.SendAsync(asker, Samples.Question("Script tags show up in my notes",
            "After pasting, my note shows <script>alert('x')</script> and **bold** <img src=x onerror=alert(1)> as text."));

        var result = Assert.Single((await SearchAsync("script alert")).Results);

        Assert.DoesNotContain("<script", result.SnippetHtml);
        Assert.DoesNotContain("<img", result.SnippetHtml);
        Assert.DoesNotContain("**", result.SnippetHtml);
        Assert.Contains("&lt;<mark>script</mark>&gt;<mark>alert</mark>(&#39;x&#39;)&lt;/<mark>script</mark>&gt;", result.SnippetHtml);
        Assert.Equal("<mark>Script</mark> tags show up in my notes", result.TitleHtml);
    }

    [Fact]
    public async Task Phrases_must_appear_in_order_and_excluded_words_must_not_appear()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var one = (await _forum.SendAsync(asker, Samples.Question("Sync folder shows a red cross", "The sync folder icon shows a red cross after the update."))).Id;
        var two = (await _forum.SendAsync(asker, Samples.Question("Folder sync shows a green tick only", "My folder sync shows a green tick but files are missing on the phone."))).Id;

        Assert.Equal([one, two], (await FoundAsync("sync folder")).Order());
        Assert.Equal([one], await FoundAsync("\"sync folder\""));
        Assert.Equal([two], await FoundAsync("sync folder -red"));
        Assert.Equal([one], await FoundAsync("sync -\"green tick\""));
        Assert.Empty(await FoundAsync("-sync"));
    }

    [Fact]
    public async Task Filters_narrow_the_results_to_a_category_a_tag_or_solved_questions_and_faq_is_empty_for_now()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var helper = await _forum.CreateMemberAsync("helper");
        var desktop = (await _forum.SendAsync(asker, Samples.Question("Sidebar width is forgotten on restart", "I make the sidebar wider and it is narrow again after a restart.", "desktop-app", "layout"))).Id;
        var mobile = (await _forum.SendAsync(asker, Samples.Question("Sidebar cannot be opened on a phone", "On a small phone the sidebar button is hidden under the keyboard.", "mobile-app"))).Id;
        await _forum.SendAsync(asker, new AcceptAnswer(await _forum.AnswerAsync(helper, mobile, "Rotate the phone to landscape, then the sidebar button is visible.")));

        Assert.Equal([desktop], (await SearchAsync("sidebar", category: "desktop-app")).Results.Select(r => r.Id));
        Assert.Equal([desktop], (await SearchAsync("sidebar", tag: "layout")).Results.Select(r => r.Id));
        Assert.Equal([mobile], (await SearchAsync("sidebar", solved: true)).Results.Select(r => r.Id));
        Assert.Equal([desktop], (await SearchAsync("sidebar", solved: false)).Results.Select(r => r.Id));
        Assert.Equal(2, (await SearchAsync("sidebar", type: "question")).Total);
        Assert.Empty((await SearchAsync("sidebar", category: "no-such-category")).Results);
        var faq = await SearchAsync("sidebar", type: "faq");
        Assert.Equal(0, faq.Total);
        Assert.Empty(faq.Results);
    }

    [Fact]
    public async Task Results_come_in_pages_with_the_total_count()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        for (var i = 1; i <= 5; i++)
            await _forum.SendAsync(asker, Samples.Question($"Ruler units reset, report {i}", "The ruler units go back to inches every time I open a document."), Roles.Staff);

        var first = await SearchAsync("ruler inches", pageSize: 2);
        var third = await SearchAsync("ruler inches", page: 3, pageSize: 2);
        var beyond = await SearchAsync("ruler inches", page: 4, pageSize: 2);

        Assert.Equal(5, first.Total);
        Assert.Equal(3, first.PageCount);
        Assert.Equal(2, first.Results.Count);
        Assert.Single(third.Results);
        Assert.Empty(beyond.Results);
        Assert.Equal(5, beyond.Total);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("* AND OR NOT NEAR(a b) : ^ ( ) { } [ ]")]
    [InlineData("title:blank body:window")]
    [InlineData("\"unclosed phrase")]
    [InlineData("-")]
    [InlineData("🙂🙂🙂")]
    [InlineData("שלום עולם")]
    [InlineData("' OR 1=1; DROP TABLE Questions; --")]
    [InlineData("blank* NEAR/2 window")]
    public async Task Any_text_is_a_valid_query(string query)
    {
        var asker = await _forum.CreateMemberAsync("asker");
        await _forum.AskAsync(asker);

        var results = await SearchAsync(query);

        Assert.True(results.Total >= 0);
        Assert.Equal(1, await _forum.QueryAsync(db => db.Questions.CountAsync()));
    }

    [Fact]
    public async Task Engine_operators_typed_as_words_are_searched_as_words()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var id = (await _forum.SendAsync(asker, Samples.Question("Should I pick OR or AND for filters", "The filter dialog offers AND and OR near the top; which one keeps more notes?"))).Id;

        Assert.Equal([id], await FoundAsync("OR AND NEAR"));
        Assert.Equal([id], await FoundAsync("filter:dialog"));
    }

    [Fact]
    public async Task A_query_of_five_thousand_characters_is_answered()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        await _forum.AskAsync(asker);

        var results = await SearchAsync(string.Concat(Enumerable.Repeat("blank window ", 385)));

        Assert.Single(results.Results);
    }

    [Fact]
    public async Task Page_size_and_type_are_checked()
    {
        await Assert.ThrowsAsync<ValidationException>(() => SearchAsync("blank", pageSize: 0));
        await Assert.ThrowsAsync<ValidationException>(() => SearchAsync("blank", pageSize: 51));
        await Assert.ThrowsAsync<ValidationException>(() => SearchAsync("blank", page: 0));
        await Assert.ThrowsAsync<ValidationException>(() => SearchAsync("blank", type: "members"));
    }

    [Fact]
    public async Task Questions_without_a_search_document_are_found_once_reindexed()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var id = await _forum.AskAsync(asker);
        await _forum.QueryAsync(db => db.SearchDocuments.ExecuteDeleteAsync());
        Assert.Empty(await FoundAsync("blank window"));

        await _forum.QueryAsync(async db =>
        {
            var missing = await SearchIndexing.MissingAsync(db, 100, default);
            await SearchIndexing.RefreshAsync(db, missing, default);
            return await db.SaveChangesAsync();
        });

        Assert.Equal([id], await FoundAsync("blank window"));
    }

    [Fact]
    public async Task Similar_questions_share_title_words_solved_first_without_the_question_itself()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var helper = await _forum.CreateMemberAsync("helper");
        var ask = (string title) => _forum.SendAsync(asker, Samples.Question(title), Roles.Staff);
        var open = (await ask("Sticky notes vanish after the update")).Id;
        var solved = (await ask("Sticky notes vanish when the laptop sleeps")).Id;
        await _forum.SendAsync(asker, new AcceptAnswer(await _forum.AnswerAsync(helper, solved)));
        var unrelated = (await ask("Printer driver will not install")).Id;
        var current = (await ask("Why do my sticky notes vanish?")).Id;

        await _forum.RankSimilarQuestionsAsync();
        var similar = await _forum.SendAsync(null, new FindSimilarQuestions(QuestionId: current));

        Assert.Equal([solved, open], similar.Select(s => s.Id));
        Assert.True(similar[0].Solved);
        Assert.DoesNotContain(unrelated, similar.Select(s => s.Id));
        var typed = (await _forum.SendAsync(null, new FindSimilarQuestions(Text: "how do notes vanish"))).Select(s => s.Id).ToList();
        Assert.Equal(solved, typed[0]);
        Assert.Equal([current, open], typed.Skip(1).Order().Reverse());
        Assert.Empty(await _forum.SendAsync(null, new FindSimilarQuestions(Text: "how do I")));
        await Assert.ThrowsAsync<NotFoundException>(() => _forum.SendAsync(null, new FindSimilarQuestions(QuestionId: 999_999)));
    }

    /// <summary>More titles than <see cref="TellingWords.CommonFloor"/> and than its share of all documents say "sync keeps".</summary>
    private async Task AskManyCommonTitlesAsync(string asker)
    {
        for (var i = 0; i < TellingWords.CommonFloor + 2; i++)
            await _forum.SendAsync(asker, Samples.Question($"Sync keeps failing model{i:000}"), Roles.Staff);
    }

    [Fact]
    public async Task Words_in_most_titles_do_not_by_themselves_make_a_question_similar()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        await AskManyCommonTitlesAsync(asker);
        var ask = (string title) => _forum.SendAsync(asker, Samples.Question(title), Roles.Staff);
        var onlyCommon = (await ask("Sync keeps freezing the tablet")).Id;
        var current = (await ask("Sync keeps breaking calendar reminders")).Id;

        await _forum.RankSimilarQuestionsAsync();
        var similar = await _forum.SendAsync(null, new FindSimilarQuestions(QuestionId: current));

        Assert.DoesNotContain(onlyCommon, similar.Select(s => s.Id));
        Assert.Empty(similar);
        Assert.Empty(await _forum.SendAsync(null, new FindSimilarQuestions(Text: "sync keeps failing")));
    }

    [Fact]
    public async Task A_rare_word_shared_with_a_title_full_of_common_words_makes_it_similar()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        await AskManyCommonTitlesAsync(asker);
        var ask = (string title) => _forum.SendAsync(asker, Samples.Question(title), Roles.Staff);
        var sharesRareWords = (await ask("Calendar reminders arrive twice")).Id;
        var sharesOneRareWord = (await ask("Sync keeps failing with reminders")).Id;
        var current = (await ask("Sync keeps breaking calendar reminders")).Id;

        await _forum.RankSimilarQuestionsAsync();
        var similar = (await _forum.SendAsync(null, new FindSimilarQuestions(QuestionId: current))).Select(s => s.Id).ToList();

        // Only "calendar" and "reminders" are telling (no other title says "breaking"), so either one is enough.
        Assert.Equal([sharesRareWords, sharesOneRareWord], similar.Order());
        Assert.Equal(sharesRareWords, similar[0]);
        Assert.Equal([sharesRareWords, current], (await _forum.SendAsync(null, new FindSimilarQuestions(Text: "sync keeps failing calendar"))).Select(s => s.Id).Order());
    }

    [Fact]
    public async Task Of_many_telling_words_the_rarest_are_matched()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var ask = (string title) => _forum.SendAsync(asker, Samples.Question(title), Roles.Staff);
        // "printer" is in two titles, each other word of the long title in one: the longest five would keep it.
        var rare = (await ask("Duplex staples collate stacker tray")).Id;
        await ask("Printer ignores everything");
        await ask("Printer forgets everything");

        var terms = await _forum.QueryAsync(db => TellingWords.ChooseAsync(new Infrastructure.Search.SqliteSearchIndex(db, new()),
            "Printer duplex staples collate stacker tray", indexed: false, default));

        Assert.Equal(["duplex", "staples", "collate", "stacker", "tray"], terms.Required.Select(t => t.ToString()));
        Assert.Equal(5, terms.TitlesAtMost);
        Assert.Contains(rare, (await _forum.SendAsync(null, new FindSimilarQuestions(Text: "Printer duplex staples collate stacker tray"))).Select(s => s.Id));
    }
}
