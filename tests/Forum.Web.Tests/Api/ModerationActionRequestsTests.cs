using FluentValidation;
using Forum.Domain.Entities;
using Forum.Domain.Features.Moderation;
using Forum.Web.Api;

namespace Forum.Web.Tests.Api;

/// <summary>The action words of the moderation API and the queue's forms, each becoming its own typed request.</summary>
public sealed class ModerationActionRequestsTests
{
    [Fact]
    public void Each_action_word_becomes_its_request_with_what_it_needs()
    {
        IModerationRequest For(string action, PostType type = PostType.Answer) =>
            ModerationActionRequests.For(action, type, 12, "spam", 7, 3);

        Assert.Equal(new ApprovePost(PostType.Answer, 12, "spam"), For("approve"));
        Assert.Equal(new DismissFlags(PostType.Answer, 12, "spam"), For("dismiss"));
        Assert.Equal(new HidePost(PostType.Answer, 12, "spam"), For("hide"));
        Assert.Equal(new DeletePost(PostType.Answer, 12, "spam"), For("delete"));
        Assert.Equal(new RestorePost(PostType.Answer, 12, "spam"), For("restore"));
        Assert.Equal(new LockQuestion(12, "spam"), For("lock", PostType.Question));
        Assert.Equal(new UnlockQuestion(12, "spam"), For("unlock", PostType.Question));
        Assert.Equal(new CloseAsDuplicate(12, 3, "spam"), For("close-duplicate", PostType.Question));
        Assert.Equal(new SuspendAuthor(PostType.Answer, 12, "spam", 7), For("suspend-author"));
        Assert.Equal(new PurgeAuthor(PostType.Answer, 12, "spam", 7), For("purge-author"));
        Assert.Equal(["approve", "dismiss", "hide", "delete", "restore", "lock", "unlock", "close-duplicate", "suspend-author", "purge-author"],
            ModerationActionRequests.Words);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("explode")]
    [InlineData("HIDE")]
    [InlineData("auto-hide")]
    [InlineData("lift-suspension")]
    public void A_word_that_names_no_moderators_action_is_a_field_error_listing_the_actions(string? action)
    {
        var invalid = Assert.Throws<ValidationException>(() => ModerationActionRequests.For(action, PostType.Question, 1, null, null, null));

        var error = Assert.Single(invalid.Errors);
        Assert.Equal("Action", error.PropertyName);
        Assert.StartsWith("Choose an action: approve, dismiss, hide,", error.ErrorMessage);
    }

    [Theory]
    [InlineData("lock")]
    [InlineData("unlock")]
    [InlineData("close-duplicate")]
    public void Question_only_actions_on_an_answer_are_a_field_error(string action)
    {
        var invalid = Assert.Throws<ValidationException>(() => ModerationActionRequests.For(action, PostType.Answer, 1, null, null, 2));

        Assert.Equal(("PostType", "Only questions can be locked, unlocked or closed as duplicates."),
            (invalid.Errors.Single().PropertyName, invalid.Errors.Single().ErrorMessage));
    }
}
