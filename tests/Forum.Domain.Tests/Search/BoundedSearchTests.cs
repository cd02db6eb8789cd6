using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Moderation;
using Forum.Domain.Features.Search;
using Forum.Domain.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;

namespace Forum.Domain.Tests.Search;

/// <summary>A search ranks only the newest matches (three here, a thousand by default) and says when there are more.</summary>
public sealed class BoundedSearchTests : IDisposable
{
    private const int Candidates = 3;
    private readonly ForumHarness _forum = new(services => services.AddSingleton(new SearchOptions { Candidates = Candidates }));

    public void Dispose() => _forum.Dispose();

    private Task<SearchResults> SearchAsync(string query, string? category = null, bool? solved = null, int page = 1, int pageSize = 20) =>
        _forum.SendAsync(null, new SearchForum(query, category, null, null, solved, page, pageSize));

    private async Task<List<int>> AskAsync(string asker, int count, string title = "Ruler units reset", string category = "desktop-app")
    {
        var ids = new List<int>();
        for (var i = 1; i <= count; i++)
            ids.Add((await _forum.SendAsync(asker, Samples.Question($"{title}, report {i}", "The ruler units go back to inches every time I open a document.", category), Roles.Staff)).Id);
        return ids;
    }

    [Fact]
    public async Task A_query_matching_more_questions_than_are_ranked_ranks_the_newest_and_says_there_are_more()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var ids = await AskAsync(asker, 5);

        var results = await SearchAsync("ruler inches");

        Assert.True(results.TotalIsLowerBound);
        Assert.Equal(Candidates, results.Total);
        Assert.Equal(ids.TakeLast(Candidates), results.Results.Select(r => r.Id).Order());
    }

    [Fact]
    public async Task A_question_indexed_again_counts_as_new_and_the_match_left_out_is_the_one_indexed_longest_ago()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var ids = await AskAsync(asker, Candidates + 1);
        // The oldest question's document written anew, as when a hidden question is restored: its key is now the newest.
        await _forum.QueryAsync(db =>
        {
            var document = db.SearchDocuments.Single(d => d.QuestionId == ids[0]);
            db.SearchDocuments.Remove(document);
            db.SaveChanges();
            db.SearchDocuments.Add(SearchDocument.ForQuestion(ids[0], document.Language, document.Title, document.Body));
            return db.SaveChangesAsync();
        });

        foreach (var category in new[] { null, "desktop-app" })
        {
            var results = await SearchAsync("ruler inches", category);

            Assert.True(results.TotalIsLowerBound);
            Assert.Equal([ids[0], ids[2], ids[3]], results.Results.Select(r => r.Id).Order());
        }
    }

    [Fact]
    public async Task A_query_matching_no_more_than_are_ranked_counts_them_all()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var ids = await AskAsync(asker, Candidates);

        var results = await SearchAsync("ruler inches");

        Assert.False(results.TotalIsLowerBound);
        Assert.Equal(Candidates, results.Total);
        Assert.Equal(ids, results.Results.Select(r => r.Id).Order());
    }

    [Fact]
    public async Task An_old_question_is_still_found_by_a_query_specific_to_it()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var old = (await _forum.SendAsync(asker, Samples.Question("Ruler shows inches in metric documents", "The ruler units go back to inches in metric templates."), Roles.Staff)).Id;
        await AskAsync(asker, 5);

        var broad = await SearchAsync("ruler inches");
        var specific = await SearchAsync("ruler inches metric");

        Assert.DoesNotContain(old, broad.Results.Select(r => r.Id));
        Assert.False(specific.TotalIsLowerBound);
        Assert.Equal(old, Assert.Single(specific.Results).Id);
    }

    [Fact]
    public async Task Pages_go_as_far_as_the_ranked_results_and_a_page_past_them_is_empty()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        await AskAsync(asker, 6);

        var second = await SearchAsync("ruler inches", page: 2, pageSize: 2);
        var third = await SearchAsync("ruler inches", page: 3, pageSize: 2);

        Assert.Equal(2, second.PageCount);
        Assert.Single(second.Results);
        Assert.Empty(third.Results);
        Assert.True(third.TotalIsLowerBound);
    }

    [Fact]
    public async Task A_filtered_query_ranks_the_newest_matches_that_pass_its_filter()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var desktop = await AskAsync(asker, 2);
        await AskAsync(asker, 5, category: "mobile-app");

        var results = await SearchAsync("ruler inches", category: "desktop-app");

        Assert.False(results.TotalIsLowerBound);
        Assert.Equal(desktop, results.Results.Select(r => r.Id).Order());
        Assert.True((await SearchAsync("ruler inches", category: "mobile-app")).TotalIsLowerBound);
    }

    [Fact]
    public async Task A_filtered_query_reads_the_matches_newest_first_and_sorts_none_of_them()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        await AskAsync(asker, 2);

        _forum.SqlCommands.Reset();
        Assert.Equal(2, (await SearchAsync("ruler inches", category: "desktop-app")).Total);
        var plans = await _forum.QueryAsync(db => QueryPlans.PlansAsync(db, _forum.SqlCommands.Commands));

        // The questions' half walks the full-text matches newest first, as FTS5 keeps them, and stops at the last one
        // taken. Before, every match that passed the filter was sorted by its question's id (and before that, every
        // match of a common word by its bm25, ahead of the filter).
        var plan = Assert.Single(plans, p => p.Text.Contains("bm25") && p.Text.Contains("QuestionId")).Steps;
        var questions = plan.TakeWhile(s => s != "UNION ALL").ToList();
        Assert.Contains(questions, s => s.StartsWith("SCAN SearchDocumentsFts VIRTUAL TABLE", StringComparison.Ordinal));
        Assert.DoesNotContain(questions, s => s.StartsWith("USE TEMP B-TREE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_search_reads_the_question_of_each_match_from_an_index_never_from_the_documents_row()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        await AskAsync(asker, 2);

        _forum.SqlCommands.Reset();
        await SearchAsync("ruler inches");
        await SearchAsync("ruler inches", category: "desktop-app");
        await _forum.SendAsync(null, new SearchForum("ruler inches", Tag: "windows"));
        var plans = await _forum.QueryAsync(db => QueryPlans.PlansAsync(db, _forum.SqlCommands.Commands));

        // A document's row holds its text first: read for each match, a common word's thousands of matches each cost a
        // page read of text the search does not use. The index is sought by the key alone: sought by the question too,
        // a tag's questions were each looked up again for every match.
        var searches = plans.Where(p => p.Text.Contains("bm25") && p.Text.Contains("QuestionId")).ToList();
        Assert.Equal(3, searches.Count);
        Assert.All(searches, p => Assert.Contains("SEARCH d USING COVERING INDEX IX_SearchDocuments_Targets (Id=?)", p.Steps));
    }

    [Fact]
    public async Task A_hidden_question_is_never_found_even_while_its_document_is_among_the_newest()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var moderator = await _forum.CreateMemberAsync("moderator");
        var shown = await AskAsync(asker, 2);
        var hidden = (await AskAsync(asker, 1, title: "Ruler units reset again")).Single();
        await _forum.SendAsync(moderator, new HidePost(PostType.Question, hidden, "Spam."), Roles.Moderator);
        // As if the index had not caught up with the moderator yet.
        await _forum.QueryAsync(async db =>
        {
            if (!db.SearchDocuments.Any(d => d.QuestionId == hidden))
                db.SearchDocuments.Add(SearchDocument.ForQuestion(hidden, Languages.English, "Ruler units reset again", "The ruler units go back to inches."));
            return await db.SaveChangesAsync();
        });

        var results = await SearchAsync("ruler inches");

        Assert.Equal(shown, results.Results.Select(r => r.Id).Order());
        Assert.DoesNotContain(hidden, (await SearchAsync("ruler inches", solved: false)).Results.Select(r => r.Id));
    }

    [Fact]
    public async Task The_ask_page_suggests_solved_questions_from_the_newest_matches_only()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var helper = await _forum.CreateMemberAsync("helper");
        var solved = new List<int>();
        foreach (var id in await AskAsync(asker, 2))
        {
            // Each in words of its own: the same text again within minutes would be held for a moderator.
            var answer = await _forum.AnswerAsync(helper, id, $"Set the units in the preferences, then save template number {id} again.");
            await _forum.SendAsync(asker, new Features.Answers.AcceptAnswer(answer));
            solved.Add(id);
        }
        await AskAsync(asker, Candidates - 1);

        var suggested = (await _forum.SendAsync(null, new Features.Faq.SuggestForTitle("Ruler units reset to inches"))).Select(s => s.Id).ToList();

        Assert.Equal([solved[1]], suggested);
    }
}
