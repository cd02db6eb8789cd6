using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Scaling;

/// <summary>Live updates cross nodes through the Redis backplane: a reader connected to one node hears of a write through another.</summary>
public sealed class LiveUpdatesAcrossNodesTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    [Fact]
    public async Task A_reader_on_node_B_hears_of_an_answer_posted_through_node_A()
    {
        var id = await (await nodes.A.NewMemberAsync("asker")).AskAsync();
        await using var reader = await LiveListener.ConnectAsync(nodes.B);
        Assert.True(await reader.FollowThreadAsync(id));

        var answer = await (await nodes.A.SignedInClientAsync("bob@forum.local")).AnswerAsync(id);

        await reader.WaitForAsync(e => e is { Stream: "thread", Change: "answer-posted" } && e.PostId == answer);
    }
}
