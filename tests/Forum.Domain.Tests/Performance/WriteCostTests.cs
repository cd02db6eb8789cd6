using System.Data.Common;
using System.Diagnostics;
using Forum.Domain.Entities;
using Forum.Domain.Features.Notifications;
using Forum.Domain.Features.Voting;
using Forum.Domain.Tests.Harness;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Forum.Domain.Tests.Performance;

/// <summary>
/// What one write costs the database: its commands (each a round trip on a database server) and its transactions.
/// The bounds are the counts measured when they were set; a change that adds work to a write fails here and has to say
/// why in the bound it raises. The commands are printed, so a failure shows what was sent.
/// </summary>
public sealed class WriteCostTests : IDisposable
{
    private readonly DatabaseWork _work = new();
    private readonly ForumHarness _forum;
    private readonly ITestOutputHelper _output;

    public WriteCostTests(ITestOutputHelper output)
    {
        _output = output;
        _forum = new ForumHarness(services => services.AddSingleton<IInterceptor>(_work)) { RunsFollowUpWork = false };
    }

    public void Dispose() => _forum.Dispose();

    /// <summary>A question with two answers and a watcher, and a helper who answered it before (so they watch it already).</summary>
    private async Task<(int Question, string Helper, string Voter)> ThreadAsync()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var watcher = await _forum.CreateMemberAsync("watcher");
        var helper = await _forum.CreateMemberAsync("helper");
        var voter = await _forum.CreateMemberAsync("voter", reputation: 200);
        var id = await _forum.AskAsync(asker);
        await _forum.SendAsync(watcher, new WatchQuestion(id));
        await _forum.AnswerAsync(helper, id);
        await _forum.AnswerAsync(watcher, id, "Reinstalling the app after removing its settings folder fixed it for me.");
        await _forum.SendAsync(null, new DeliverAnnouncements());
        return (id, helper, voter);
    }

    [Fact]
    public async Task Posting_an_answer_is_one_transaction_of_a_bounded_number_of_commands()
    {
        var (question, helper, _) = await ThreadAsync();

        _work.Reset();
        await _forum.SendAsync(helper, new Features.Answers.PostAnswer(question, "One more thing: turn off the hardware acceleration in the settings."));

        _output.WriteLine(_work.Describe());
        Assert.Equal(1, _work.Transactions);
        Assert.True(_work.Commands <= PostAnswerCommands, $"Posting an answer sent {_work.Commands} commands (bound {PostAnswerCommands}):\n{_work.Describe()}");
    }

    [Fact]
    public async Task Voting_is_one_transaction_of_a_bounded_number_of_commands()
    {
        var (question, _, voter) = await ThreadAsync();

        _work.Reset();
        await _forum.SendAsync(voter, new CastVote(PostType.Question, question, 1));

        _output.WriteLine(_work.Describe());
        Assert.Equal(1, _work.Transactions);
        Assert.True(_work.Commands <= CastVoteCommands, $"Voting sent {_work.Commands} commands (bound {CastVoteCommands}):\n{_work.Describe()}");
    }

    [Fact]
    public async Task Announcing_answers_is_one_transaction_of_a_bounded_number_of_commands_per_answer()
    {
        var (question, helper, _) = await ThreadAsync();
        await _forum.SendAsync(helper, new Features.Answers.PostAnswer(question, "One more thing: turn off the hardware acceleration in the settings."));

        _work.Reset();
        await _forum.SendAsync(null, new DeliverAnnouncements());

        _output.WriteLine(_work.Describe());
        Assert.Equal(1, _work.Transactions);
        Assert.True(_work.Commands <= AnnounceAnswerCommands, $"Announcing an answer sent {_work.Commands} commands (bound {AnnounceAnswerCommands}):\n{_work.Describe()}");
    }

    [Fact]
    public async Task Rebuilding_search_documents_reads_a_whole_batch_of_questions_at_once()
    {
        var (question, helper, _) = await ThreadAsync();
        var others = new List<int>();
        for (var i = 0; i < 4; i++)
            others.Add(await _forum.AskAsync(helper, $"Printer number {i} prints blank pages after the update"));
        await _forum.RunFollowUpWorkAsync();
        foreach (var id in others.Append(question))
        {
            _forum.Clock.Advance(TimeSpan.FromMinutes(1));
            await _forum.AnswerAsync(helper, id, $"Answer to {id}: reinstall the printer driver from the maker's site.");
        }

        _work.Reset();
        Assert.Equal(5, await _forum.SendAsync(null, new Features.Search.RefreshSearchDocuments()));

        _output.WriteLine(_work.Describe());
        Assert.Equal(1, _work.Transactions);
        Assert.True(_work.Commands <= RefreshFiveDocumentsCommands, $"Rebuilding five documents sent {_work.Commands} commands (bound {RefreshFiveDocumentsCommands}):\n{_work.Describe()}");
    }

    [Fact]
    public async Task A_write_compares_its_tracked_entities_with_their_snapshots_once_a_save()
    {
        var (question, helper, voter) = await ThreadAsync();
        using var detections = new ChangeDetections(_work);

        await _forum.SendAsync(helper, new Features.Answers.PostAnswer(question, "One more thing: turn off the hardware acceleration in the settings."));
        var answering = detections.Count;
        await _forum.SendAsync(voter, new CastVote(PostType.Question, question, 1));
        var voting = detections.Count - answering;

        _output.WriteLine($"Posting an answer detected changes {answering} times, voting {voting} times.");
        Assert.True(answering <= PostAnswerDetections, $"Posting an answer detected changes {answering} times (bound {PostAnswerDetections}).");
        Assert.True(voting <= CastVoteDetections, $"Voting detected changes {voting} times (bound {CastVoteDetections}).");
    }

    private const int AnnounceAnswerCommands = 10;

    // One a save, and the use cases' reads of what they added before saving (DbSet.Local); the interceptors' dozen reads
    // of the change tracker add none.
    private const int PostAnswerDetections = 2, CastVoteDetections = 4;

    // An answer marks its author due for a badge check (one insert more, in the same save) since the award job stopped
    // reading every answer each minute. It queues its question's search document (one insert) instead of rebuilding it
    // (four commands and a second save) since the rebuild is follow-up work.
    private const int PostAnswerCommands = 12, CastVoteCommands = 11;

    // The queue, the questions, their answers and their documents each read once for the batch; one update a document.
    private const int RefreshFiveDocumentsCommands = 11;
}

/// <summary>Counts the commands and the transactions the forum sends to the database, and keeps the commands' text.</summary>
public sealed class DatabaseWork : DbCommandInterceptor, IDbTransactionInterceptor
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _commands = new();
    private int _transactions;

    public int Commands => _commands.Count;

    public int Transactions => _transactions;

    public void Reset()
    {
        _commands.Clear();
        _transactions = 0;
    }

    public string Describe() =>
        $"{Commands} commands, {Transactions} transactions:\n" + string.Join("\n", _commands.Select((c, i) => $"{i + 1}. {c.ReplaceLineEndings(" ")}"));

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(command, result));

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(command, result));

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(command, result));

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _transactions);
        return ValueTask.FromResult(result);
    }

    private T Record<T>(DbCommand command, T result)
    {
        _commands.Enqueue(command.CommandText);
        return result;
    }
}

/// <summary>
/// Counts EF Core's change detections (each compares every tracked entity with its snapshot) in the contexts that
/// <paramref name="work"/> intercepts, through EF Core's diagnostic events.
/// </summary>
public sealed class ChangeDetections : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly DatabaseWork _work;
    private readonly List<IDisposable> _subscriptions = [];
    private int _count;

    public ChangeDetections(DatabaseWork work)
    {
        _work = work;
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    public int Count => _count;

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
            _subscriptions.Add(listener.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == CoreEventId.DetectChangesStarting.Name && value.Value is DbContextEventData { Context: { } context } &&
            context.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.Contains(_work) == true)
            Interlocked.Increment(ref _count);
    }

    public void OnCompleted() { }

    public void OnError(Exception error) { }

    public void Dispose() => _subscriptions.ForEach(s => s.Dispose());
}
