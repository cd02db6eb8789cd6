using Forum.Domain.Entities;
using Forum.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Forum.Infrastructure.Tests.Persistence.Interceptors;

public sealed class CommittedWriteInterceptorTests(InterceptedDatabase database) : IClassFixture<InterceptedDatabase>
{
    private sealed class CountingObserver : ICommitObserver
    {
        public int Commits { get; private set; }

        public ValueTask WriteCommittedAsync(CancellationToken cancellationToken)
        {
            Commits++;
            return ValueTask.CompletedTask;
        }
    }

    private readonly CountingObserver _observer = new();

    private SqliteForumDbContext Open() => database.Open(new CommittedWriteInterceptor([_observer]));

    [Fact]
    public async Task A_committed_save_of_what_pages_show_is_told_once()
    {
        await using var db = Open();
        db.Categories.Add(new Category("Printers", "printers", "Printing.", 1));
        await db.SaveChangesAsync();

        Assert.Equal(1, _observer.Commits);
    }

    [Fact]
    public async Task An_email_marked_sent_is_told_to_no_one_so_cached_pages_stay()
    {
        var member = await database.AddMemberAsync("Sekar");
        await using (var writer = database.Open())
        {
            writer.OutboxMessages.Add(new OutboxMessage(member, "Your question has an answer", "<p>Hello</p>", InterceptedDatabase.Now));
            await writer.SaveChangesAsync();
        }

        await using var db = Open();
        var message = await db.OutboxMessages.SingleAsync(m => m.MemberId == member);
        message.Sent(InterceptedDatabase.Now);
        await db.SaveChangesAsync();

        Assert.Equal(0, _observer.Commits);
    }

    [Fact]
    public async Task A_save_with_an_email_and_what_pages_show_is_told()
    {
        var member = await database.AddMemberAsync("Wulan");
        await using var db = Open();
        db.OutboxMessages.Add(new OutboxMessage(member, "Welcome", "<p>Hello</p>", InterceptedDatabase.Now));
        db.Categories.Add(new Category("Scanners", "scanners", "Scanning.", 2));
        await db.SaveChangesAsync();

        Assert.Equal(1, _observer.Commits);
    }

    [Fact]
    public async Task An_explicit_transaction_is_told_when_it_commits_not_at_each_save()
    {
        await using var db = Open();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Categories.Add(new Category("Tablets", "tablets", "Tablets.", 3));
        await db.SaveChangesAsync();
        Assert.Equal(0, _observer.Commits);

        await transaction.CommitAsync();

        Assert.Equal(1, _observer.Commits);
    }

    [Fact]
    public async Task A_save_of_several_statements_is_told_once()
    {
        await using var db = Open();
        db.Categories.Add(new Category("Routers", "routers", "Routers.", 4));
        db.Categories.Add(new Category("Modems", "modems", "Modems.", 5));
        await db.SaveChangesAsync();

        Assert.Equal(1, _observer.Commits);
    }

    [Fact]
    public async Task Several_emails_marked_sent_in_one_save_are_told_to_no_one()
    {
        var member = await database.AddMemberAsync("Ratna");
        await using (var writer = database.Open())
        {
            writer.OutboxMessages.Add(new OutboxMessage(member, "First", "<p>1</p>", InterceptedDatabase.Now));
            writer.OutboxMessages.Add(new OutboxMessage(member, "Second", "<p>2</p>", InterceptedDatabase.Now));
            await writer.SaveChangesAsync();
        }

        await using var db = Open();
        foreach (var message in await db.OutboxMessages.Where(m => m.MemberId == member).ToListAsync())
            message.Sent(InterceptedDatabase.Now);
        await db.SaveChangesAsync();

        Assert.Equal(0, _observer.Commits);
    }

    [Fact]
    public async Task A_rolled_back_transaction_is_told_to_no_one_and_leaves_nothing_for_the_next_save()
    {
        var member = await database.AddMemberAsync("Dewi");
        await using var db = Open();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.Categories.Add(new Category("Phones", "phones", "Phones.", 6));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }
        db.ChangeTracker.Clear();
        db.OutboxMessages.Add(new OutboxMessage(member, "Only an email", "<p>3</p>", InterceptedDatabase.Now));
        await db.SaveChangesAsync();

        Assert.Equal(0, _observer.Commits);
    }
}
