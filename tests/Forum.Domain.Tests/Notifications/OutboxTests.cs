using Forum.Domain.Tests.Harness;
using Forum.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forum.Domain.Tests.Notifications;

/// <summary>The email outbox: a committed email is sent at least once, whatever happens to the process or the mail server.</summary>
public sealed class OutboxTests : IDisposable
{
    private readonly FakeMailServer _mail = new();
    private readonly ForumHarness _forum;

    public OutboxTests() => _forum = new ForumHarness(services => services.AddSingleton<IEmailDelivery>(_mail));

    public void Dispose() => _forum.Dispose();

    private Task<int> ProcessAsync() => _forum.WithServiceAsync<OutboxProcessor, int>(p => p.ProcessDueAsync());

    private Task<(int Attempts, bool Sent, DateTimeOffset? Next)> StateAsync() =>
        _forum.QueryAsync(db => db.OutboxMessages.Select(m => new ValueTuple<int, bool, DateTimeOffset?>(m.Attempts, m.SentAt != null, m.NextAttemptAt)).SingleAsync());

    [Fact]
    public async Task An_email_committed_before_the_process_stopped_goes_out_once_after_the_restart()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        await _forum.AskAsync(asker);
        Assert.Empty(_mail.Delivered);

        _forum.Restart();
        await ProcessAsync();
        await ProcessAsync();

        var email = Assert.Single(_mail.Delivered);
        Assert.Equal("asker@forum.test", email.To);
        Assert.Contains("received", email.Subject);
        Assert.True((await StateAsync()).Sent);
    }

    [Fact]
    public async Task A_crash_while_sending_leaves_the_email_in_the_outbox_for_the_next_run()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        await _forum.AskAsync(asker);
        _mail.Crash = true;

        await Assert.ThrowsAsync<OperationCanceledException>(ProcessAsync);
        _mail.Crash = false;
        _forum.Restart();
        await ProcessAsync();

        Assert.Single(_mail.Delivered);
        Assert.True((await StateAsync()).Sent);
    }

    [Fact]
    public async Task A_failing_mail_server_is_retried_with_exponential_backoff_until_it_accepts()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        await _forum.AskAsync(asker);
        _mail.FailuresLeft = 3;
        var start = _forum.Clock.GetUtcNow();

        await ProcessAsync();
        Assert.Equal((1, false, start.AddSeconds(30)), await StateAsync());
        await ProcessAsync();
        Assert.Equal(1, (await StateAsync()).Attempts);

        _forum.Clock.Advance(TimeSpan.FromSeconds(30));
        await ProcessAsync();
        Assert.Equal((2, false, start.AddSeconds(30 + 60)), await StateAsync());
        _forum.Clock.Advance(TimeSpan.FromSeconds(60));
        await ProcessAsync();
        Assert.Equal((3, false, start.AddSeconds(30 + 60 + 120)), await StateAsync());
        _forum.Clock.Advance(TimeSpan.FromSeconds(120));
        await ProcessAsync();

        Assert.Equal((4, true, null), await StateAsync());
        Assert.Single(_mail.Delivered);
    }

    private sealed class FakeMailServer : IEmailDelivery
    {
        public List<(string To, string Subject, string Body)> Delivered { get; } = [];
        public int FailuresLeft { get; set; }
        /// <summary>Stands for the process dying mid-send: nothing after this point runs.</summary>
        public bool Crash { get; set; }

        public Task SendAsync(string to, string subject, string htmlBody, CancellationToken ct = default)
        {
            if (Crash)
                throw new OperationCanceledException("The process stopped.");
            if (FailuresLeft > 0)
            {
                FailuresLeft--;
                throw new System.Net.Mail.SmtpException("The mail server is down.");
            }
            Delivered.Add((to, subject, htmlBody));
            return Task.CompletedTask;
        }
    }
}
