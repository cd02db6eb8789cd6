using Forum.Domain.Features.Moderation;
using Forum.Domain.Tests.Harness;

namespace Forum.Domain.Tests.Moderation;

/// <summary>
/// The audit notes the forum writes itself are stored in English and read in the reader's language: each composite
/// note is recognised with the reason inside it, and a reason a moderator typed stays as typed.
/// </summary>
public sealed class ModerationReasonsTests
{
    private static string Keys(string stored) => PhraseKeys.Of(ModerationReasons.Said(stored));

    [Fact]
    public void The_forums_composite_notes_are_said_through_the_resources_with_their_reasons()
    {
        Assert.Equal("ModerationReason.SpamAccountPurged", Keys(ModerationReasons.SpamAccountPurged));
        Assert.Equal("ModerationReason.RemovedByModerator", Keys(ModerationReasons.RemovedByModerator));
        Assert.Equal("ModerationReason.DuplicateOf(42)", Keys(ModerationReasons.DuplicateOf(42)));
        Assert.Equal("ModerationReason.SpamAccountRemoved(Sold fake watches)", Keys(ModerationReasons.SpamAccountRemoved("Sold fake watches")));
        Assert.Equal("ModerationReason.HeldAuthorSuspended(ModerationReason.Spam)", Keys(ModerationReasons.HeldAuthorSuspended(ModerationReasons.Spam)));
        Assert.Equal("ModerationReason.HeldAuthorSuspended(Posting links to a shop)", Keys(ModerationReasons.HeldAuthorSuspended("Posting links to a shop")));
        Assert.Equal("ModerationReason.Flag.abusive", Keys(ModerationCodes.Describe(Forum.Domain.Entities.FlagReason.Abusive)));
    }

    [Fact]
    public void A_reason_a_moderator_typed_is_said_as_typed()
    {
        Assert.Equal("Selling watches", Keys("Selling watches"));
        Assert.Equal("duplicate of question twelve", Keys("duplicate of question twelve"));
    }
}
