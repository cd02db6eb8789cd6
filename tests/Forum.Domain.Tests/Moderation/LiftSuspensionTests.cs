using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Moderation;
using Forum.Domain.Features.Users;
using Forum.Domain.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Tests.Moderation;

public sealed class LiftSuspensionTests : IDisposable
{
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    private async Task<(string Author, string Moderator, int QuestionId)> SuspendedAuthorAsync()
    {
        var author = await _forum.CreateMemberAsync("author", 100);
        var moderator = await _forum.CreateMemberAsync("moderator");
        var id = await _forum.AskAsync(author);
        await _forum.ModerateAsync(moderator, new SuspendAuthor(PostType.Question, id, "Spam links", 7));
        return (author, moderator, id);
    }

    [Fact]
    public async Task A_moderator_lifts_a_suspension_the_member_can_post_again_and_the_log_shows_it()
    {
        var (author, moderator, id) = await SuspendedAuthorAsync();

        var lifted = await _forum.SendAsync(moderator, new LiftSuspension(author, "Appeal accepted"), Roles.Moderator);

        Assert.Equal(_forum.Clock.GetUtcNow().AddDays(7), lifted.WasSuspendedUntil);
        Assert.Null(await _forum.QueryAsync(db => db.Members.Where(m => m.Id == author).Select(m => m.SuspendedUntil).SingleAsync()));
        await _forum.AnswerAsync(author, id, "Following up on my own question with more detail.");
        var line = (await _forum.SendAsync(moderator, new GetModerationLog(MemberId: author), Roles.Moderator)).Items[0];
        Assert.Equal(("lift-suspension", moderator, author, "Appeal accepted"), (line.Action, line.ModeratorId, line.MemberId, line.Reason));
        Assert.Equal("suspension lifted: Appeal accepted", line.Summary);
    }

    [Fact]
    public async Task Lifting_twice_or_for_a_member_who_is_not_suspended_is_a_conflict_with_no_second_line()
    {
        var (author, moderator, _) = await SuspendedAuthorAsync();
        var other = await _forum.CreateMemberAsync("other");
        await _forum.SendAsync(moderator, new LiftSuspension(author), Roles.Moderator);

        await Assert.ThrowsAsync<ConflictException>(() => _forum.SendAsync(moderator, new LiftSuspension(author), Roles.Moderator));
        await Assert.ThrowsAsync<ConflictException>(() => _forum.SendAsync(moderator, new LiftSuspension(other), Roles.Moderator));
        await Assert.ThrowsAsync<NotFoundException>(() => _forum.SendAsync(moderator, new LiftSuspension("nobody"), Roles.Moderator));
        Assert.Single((await _forum.SendAsync(moderator, new GetModerationLog(Action: "lift-suspension"), Roles.Moderator)).Items);
    }

    [Fact]
    public async Task Only_moderators_lift_suspensions_and_only_they_see_the_reason()
    {
        var (author, moderator, _) = await SuspendedAuthorAsync();
        var member = await _forum.CreateMemberAsync("member", 500);

        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(member, new LiftSuspension(author)));
        await Assert.ThrowsAsync<UnauthenticatedException>(() => _forum.SendAsync(null, new LiftSuspension(author)));
        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => _forum.SendAsync(moderator, new LiftSuspension(author, new string('x', 501)), Roles.Moderator));

        Assert.Null((await _forum.SendAsync(member, new GetMemberProfile(author))).SuspensionReason);
        var seen = await _forum.SendAsync(moderator, new GetMemberProfile(author), Roles.Moderator);
        Assert.Equal(("Spam links", _forum.Clock.GetUtcNow().AddDays(7)), (seen.SuspensionReason, seen.SuspendedUntil));
    }
}
