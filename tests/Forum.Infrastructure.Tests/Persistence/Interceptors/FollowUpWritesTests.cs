using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Search;
using Forum.Infrastructure.Persistence.Interceptors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Forum.Infrastructure.Tests.Persistence.Interceptors;

public sealed class RecordsOfNewPostsInterceptorTests(InterceptedDatabase database) : IClassFixture<InterceptedDatabase>
{
    [Fact]
    public async Task A_record_about_a_new_post_is_written_after_it_with_the_id_it_was_given()
    {
        var author = await database.AddMemberAsync("Noor");
        await using var db = database.Open(new RecordsOfNewPostsInterceptor(), new FollowUpWritesInterceptor());
        var question = await InterceptedDatabase.NewQuestionAsync(db, author, "Printing stops halfway");
        question.HoldForReview("first post with a link", InterceptedDatabase.Now);
        db.ModerationActions.Add(ModerationAction.ForNewPost(question, ModerationActionType.Hold, "first post with a link", InterceptedDatabase.Now));
        await db.SaveChangesAsync();

        await using var check = database.Open();
        var hold = await check.ModerationActions.SingleAsync(a => a.MemberId == author);
        Assert.NotEqual(0, question.Id);
        Assert.Equal(question.Id, hold.PostId);
        Assert.Equal(question.Id, hold.QuestionId);
        Assert.Null(db.Database.CurrentTransaction);
    }

    [Fact]
    public async Task Records_of_a_save_that_failed_do_not_come_back_with_the_next_save()
    {
        var author = await database.AddMemberAsync("Anouk");
        await using var db = database.Open(new RecordsOfNewPostsInterceptor(), new FollowUpWritesInterceptor());
        var question = await InterceptedDatabase.NewQuestionAsync(db, author, "Held and never written");
        question.HoldForReview("first post with a link", InterceptedDatabase.Now);
        db.ModerationActions.Add(ModerationAction.ForNewPost(question, ModerationActionType.Hold, "first post with a link", InterceptedDatabase.Now));
        db.Categories.Add(new Category("Desktop again", "desktop-app", "Taken slug.", 9));
        await Assert.ThrowsAnyAsync<Exception>(() => db.SaveChangesAsync());

        db.ChangeTracker.Clear();
        db.Categories.Add(new Category("Tablets", "tablets", "A save with no post in it.", 10));
        await db.SaveChangesAsync();

        Assert.Empty(db.ChangeTracker.Entries<ModerationAction>());
        await using var check = database.Open();
        Assert.False(await check.ModerationActions.AnyAsync(a => a.MemberId == author));
    }
}

public sealed class SearchDocumentsInterceptorTests(InterceptedDatabase database) : IClassFixture<InterceptedDatabase>
{
    [Fact]
    public async Task A_question_written_edited_or_removed_is_queued_in_its_save_and_the_refresh_brings_its_document_along()
    {
        var author = await database.AddMemberAsync("Ravi");
        await using var db = database.Open(new SearchDocumentsInterceptor(), new FollowUpWritesInterceptor());
        var question = await InterceptedDatabase.NewQuestionAsync(db, author, "Sync fails on metered networks");
        await db.SaveChangesAsync();
        Assert.Equal([question.Id], await QueuedAsync());
        Assert.Null(await TitleIndexedFor(question.Id));
        await RefreshAsync();
        Assert.Equal("Sync fails on metered networks", await TitleIndexedFor(question.Id));
        Assert.Empty(await QueuedAsync());

        question.Edit("Sync fails on mobile data", "sync-fails", "New body", "<p>New body</p>", [], InterceptedDatabase.Now);
        await db.SaveChangesAsync();
        Assert.Equal([question.Id], await QueuedAsync());
        await RefreshAsync();
        Assert.Equal("Sync fails on mobile data", await TitleIndexedFor(question.Id));

        question.Delete(InterceptedDatabase.Now);
        await db.SaveChangesAsync();
        await RefreshAsync();
        Assert.Null(await TitleIndexedFor(question.Id));
        Assert.Empty(await QueuedAsync());
    }

    [Fact]
    public async Task A_vote_count_changing_queues_nothing()
    {
        var author = await database.AddMemberAsync("Ines");
        await using var db = database.Open(new SearchDocumentsInterceptor(), new FollowUpWritesInterceptor());
        var question = await InterceptedDatabase.NewQuestionAsync(db, author, "Dark mode resets");
        await db.SaveChangesAsync();
        await RefreshAsync();

        db.Entry(question).Property(q => q.Score).CurrentValue = 5;
        await db.SaveChangesAsync();
        Assert.Empty(await QueuedAsync());

        db.Entry(question).Property(q => q.Title).CurrentValue = "Dark mode resets after an update";
        await db.SaveChangesAsync();
        Assert.Equal([question.Id], await QueuedAsync());
        await RefreshAsync();
        Assert.Equal("Dark mode resets after an update", await TitleIndexedFor(question.Id));
    }

    /// <summary>What the forum's worker does after a commit that queued refreshes.</summary>
    private async Task RefreshAsync()
    {
        await using var worker = database.Open();
        await new RefreshSearchDocumentsHandler(worker).Handle(new RefreshSearchDocuments(), CancellationToken.None);
    }

    private async Task<List<int>> QueuedAsync()
    {
        await using var check = database.Open();
        return await check.SearchRefreshes.Select(r => r.QuestionId).ToListAsync();
    }

    private async Task<string?> TitleIndexedFor(int questionId)
    {
        await using var check = database.Open();
        return await check.SearchDocuments.Where(d => d.QuestionId == questionId).Select(d => d.Title).SingleOrDefaultAsync();
    }
}

public sealed class FollowUpWritesInterceptorTests(InterceptedDatabase database) : IClassFixture<InterceptedDatabase>
{
    [Fact]
    public async Task When_a_follow_up_write_fails_the_save_it_follows_is_rolled_back_too()
    {
        var author = await database.AddMemberAsync("Tomas");
        await using var db = database.Open(new SearchDocumentsInterceptor(), new TakenSlugAfterTheSave(), new FollowUpWritesInterceptor());
        await InterceptedDatabase.NewQuestionAsync(db, author, "Never written");

        await Assert.ThrowsAsync<ConcurrentChangeException>(() => db.SaveChangesAsync());

        await using var check = database.Open();
        Assert.False(await check.Questions.AnyAsync(q => q.Title == "Never written"));
        Assert.False(await check.SearchRefreshes.AnyAsync());
        Assert.Null(db.Database.CurrentTransaction);
    }

    /// <summary>A follow-up write the database refuses: a second category with the slug of the first.</summary>
    private sealed class TakenSlugAfterTheSave : SaveChangesInterceptor
    {
        private bool added;

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (!added)
                await FollowUpWritesInterceptor.BeginAsync(eventData.Context!, cancellationToken);
            return result;
        }

        public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            if (!added)
            {
                added = true;
                eventData.Context!.Add(new Category("Desktop again", "desktop-app", "Taken slug.", 9));
            }
            return ValueTask.FromResult(result);
        }
    }
}
