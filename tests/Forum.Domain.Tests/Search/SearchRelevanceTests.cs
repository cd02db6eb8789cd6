using Forum.Domain.Features.Answers;
using Forum.Domain.Features.Faq;
using Forum.Domain.Features.Search;
using Forum.Domain.Tests.Harness;
using Forum.Tests.Shared;

namespace Forum.Domain.Tests.Search;

/// <summary>The curated corpus on SQLite FTS5 (the same corpus runs on PostgreSQL in the web tests).</summary>
public sealed class SearchRelevanceTests : IClassFixture<SearchRelevanceTests.Corpus>
{
    private readonly Corpus _corpus;

    public SearchRelevanceTests(Corpus corpus) => _corpus = corpus;

    [Theory]
    [MemberData(nameof(SearchCorpus.Cases), MemberType = typeof(SearchCorpus))]
    public async Task The_right_thread_comes_first(string query, string expected)
    {
        var results = await _corpus.Forum.SendAsync(null, new SearchForum(query));

        Assert.NotEmpty(results.Results);
        Assert.Equal(expected, results.Results[0].Title);
    }

    [Fact]
    public async Task Among_equal_matches_the_higher_voted_question_comes_first()
    {
        var forum = _corpus.Forum;
        var voters = new List<string>();
        for (var i = 0; i < 3; i++)
            voters.Add(await forum.CreateMemberAsync($"voter{i}", reputation: 200));
        var plain = (await forum.SendAsync(_corpus.Asker, Samples.Question("Scrollbar jumps while typing in long notes"), Common.Roles.Staff)).Id;
        var voted = (await forum.SendAsync(_corpus.Asker, Samples.Question("Scrollbar jumps while typing in long notes!"), Common.Roles.Staff)).Id;
        foreach (var voter in voters)
            await forum.SendAsync(voter, new Features.Voting.CastVote(Entities.PostType.Question, voted, 1));

        var results = await forum.SendAsync(null, new SearchForum("scrollbar jumps"));

        Assert.Equal([voted, plain], results.Results.Select(r => r.Id));
    }

    /// <summary>The corpus, asked once for all the searches.</summary>
    public sealed class Corpus : IAsyncLifetime, IDisposable
    {
        public ForumHarness Forum { get; } = new();
        public string Asker { get; private set; } = "";

        public async Task InitializeAsync()
        {
            Asker = await Forum.CreateMemberAsync("asker");
            var helper = await Forum.CreateMemberAsync("helper");
            var staff = await Forum.CreateMemberAsync("staff");
            foreach (var thread in SearchCorpus.Threads)
                await AskAsync(thread, helper);
            foreach (var article in SearchCorpus.Articles)
            {
                var answer = await AskAsync(article.Source, helper);
                await Forum.SendAsync(staff, new VerifyAnswer(answer), Common.Roles.Staff);
                await Forum.SendAsync(staff, new PromoteAnswerToFaq(answer, Publish: true, article.Title, article.Body), Common.Roles.Staff);
            }
        }

        private async Task<int> AskAsync(SearchCorpus.Thread thread, string helper)
        {
            var asked = await Forum.SendAsync(Asker, Samples.Question(thread.Title, thread.Body, tags: [SearchCorpus.Tag]) with { Language = thread.Language }, Common.Roles.Staff);
            var answer = await Forum.SendAsync(helper, new PostAnswer(asked.Id, thread.Answer), Common.Roles.Staff);
            if (thread.Solved)
                await Forum.SendAsync(Asker, new AcceptAnswer(answer.Id));
            return answer.Id;
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => Forum.Dispose();
    }
}
