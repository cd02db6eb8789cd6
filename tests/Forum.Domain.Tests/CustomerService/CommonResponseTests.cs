using FluentValidation;
using Forum.Domain.Common;
using Forum.Domain.Features.Support;
using Forum.Domain.Tests.Harness;

namespace Forum.Domain.Tests.CustomerService;

public sealed class CommonResponseTests : IDisposable
{
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    [Fact]
    public async Task Staff_keep_common_responses_and_helpers_find_them_by_category_and_words()
    {
        var staff = await _forum.CreateMemberAsync("staff");
        var helper = await _forum.CreateMemberAsync("helper");
        await _forum.SendAsync(staff, new SaveCommonResponse(null, "Thanks for asking", "Hi, and thanks for asking! Which version do you use?", null), Roles.Staff);
        var cache = await _forum.SendAsync(staff, new SaveCommonResponse(null, "Clear the cache", "Quit the app and delete the cache folder.", "desktop-app"), Roles.Staff);
        await _forum.SendAsync(staff, new SaveCommonResponse(null, "Battery settings", "Set the battery use to Unrestricted.", "mobile-app"), Roles.Staff);

        var desktop = await _forum.SendAsync(helper, new ListCommonResponses("desktop-app"));
        var search = await _forum.SendAsync(helper, new ListCommonResponses(null, "CACHE folder"));

        Assert.Equal(["Clear the cache", "Thanks for asking"], desktop.Select(r => r.Title));
        Assert.Equal([cache.Id], search.Select(r => r.Id));
    }

    [Fact]
    public async Task Staff_change_and_delete_them_and_nobody_else_can()
    {
        var staff = await _forum.CreateMemberAsync("staff");
        var helper = await _forum.CreateMemberAsync("helper", reputation: 5000);
        var saved = await _forum.SendAsync(staff, new SaveCommonResponse(null, "Refunds", "Refunds take five to seven days.", "desktop-app"), Roles.Staff);

        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(helper, new SaveCommonResponse(null, "Mine", "A response of my own making.", null), Roles.Moderator));
        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(helper, new DeleteCommonResponse(saved.Id)));
        var changed = await _forum.SendAsync(staff, new SaveCommonResponse(saved.Id, "Refund timing", "Refunds take five to seven working days.", null), Roles.Staff);
        Assert.Equal(("Refund timing", null), (changed.Title, changed.CategorySlug));
        await Assert.ThrowsAsync<ValidationException>(() => _forum.SendAsync(staff, new SaveCommonResponse(null, "", "x", null), Roles.Staff));
        await Assert.ThrowsAsync<RuleViolationException>(() => _forum.SendAsync(staff, new SaveCommonResponse(null, "Valid title", "A valid body for it.", "nope"), Roles.Staff));
        await Assert.ThrowsAsync<NotFoundException>(() => _forum.SendAsync(staff, new SaveCommonResponse(999, "Valid title", "A valid body for it.", null), Roles.Staff));

        await _forum.SendAsync(staff, new DeleteCommonResponse(saved.Id), Roles.Staff);
        Assert.Empty(await _forum.SendAsync(helper, new ListCommonResponses()));
    }

    [Fact]
    public async Task Common_responses_come_rendered_by_the_sanitizing_renderer_next_to_their_markdown()
    {
        var staff = await _forum.CreateMemberAsync("staff");
        var helper = await _forum.CreateMemberAsync("helper");
        const string markdown = "Open **Settings → Sync** and choose *Disconnect*.\n\n<script>alert(1)</script>";
        var saved = await _forum.SendAsync(staff, new SaveCommonResponse(null, "Reconnect sync", markdown, null), Roles.Staff);

        var listed = Assert.Single(await _forum.SendAsync(helper, new ListCommonResponses()));

        Assert.Equal(markdown, listed.Body);
        Assert.Contains("<strong>Settings → Sync</strong>", listed.BodyHtml);
        Assert.Contains("<em>Disconnect</em>", listed.BodyHtml);
        Assert.DoesNotContain("<script", listed.BodyHtml);
        Assert.Equal(saved.BodyHtml, listed.BodyHtml);
    }
}
