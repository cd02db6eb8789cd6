using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Web.Pages;
using Forum.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Forum.Web.Tests.Pages;

/// <summary>The one place the forum's addresses are made: from its pages' routes, and absolute from the public URL.</summary>
public sealed class ForumLinksTests(AnyHostForum forum) : IClassFixture<AnyHostForum>
{
    private ForumLinks Links => forum.Services.GetRequiredService<ForumLinks>();

    [Fact]
    public void The_use_cases_and_the_pages_get_the_same_links() =>
        Assert.Same(Links, forum.Services.GetRequiredService<IForumLinks>());

    [Fact]
    public void Each_page_has_the_address_its_route_gives_it()
    {
        Assert.Equal("/questions", Links.Questions);
        Assert.Equal("/questions/ask", Links.Ask);
        Assert.Equal("/questions/12/blank-window", Links.Question(12, "blank-window"));
        Assert.Equal("/questions/12", Links.Question(12, ""));
        Assert.Equal("/questions/12/blank-window#answer-3", Links.Answer(12, "blank-window", 3));
        Assert.Equal("/questions/12/edit", Links.EditQuestion(12));
        Assert.Equal("/answers/3/edit", Links.EditAnswer(3));
        Assert.Equal("/questions/12/history", Links.History(PostType.Question, 12));
        Assert.Equal("/answers/3/history", Links.History(PostType.Answer, 3));
        Assert.Equal("/questions/12/support", Links.QuestionSupport(12));
        Assert.Equal("/c/desktop-app", Links.Category("desktop-app"));
        Assert.Equal("/tags/printing", Links.Tag("printing"));
        Assert.Equal("/faq", Links.Faq);
        Assert.Equal("/faq/clear-the-cache", Links.FaqArticle("clear-the-cache"));
        Assert.Equal("/faq/clear-the-cache/history", Links.FaqHistory("clear-the-cache"));
        Assert.Equal("/faq/clear-the-cache/edit", Links.FaqEdit("clear-the-cache"));
        Assert.Equal("/faq/promote/3", Links.PromoteAnswer(3));
        Assert.Equal("/members/abc-123/ana-lucia", Links.Member("abc-123", "Ana Lucia"));
        Assert.Equal("/members/abc-123", Links.Member("abc-123"));
        Assert.Equal("/members/abc-123/tier", Links.MemberTier("abc-123"));
        Assert.Equal("/leaderboard", Links.Leaderboard);
        Assert.Equal("/leaderboard?period=all", Links.LeaderboardOfAllTime);
        Assert.Equal("/support/needs-attention", Links.NeedsAttention());
        Assert.Equal("/support/needs-attention?category=desktop%20app", Links.NeedsAttention("desktop app"));
        Assert.Equal("/support/dashboard?days=7", Links.SupportDashboard(7));
        Assert.Equal("/support/common-responses?category=desktop-app", Links.CommonResponses("desktop-app"));
        Assert.Equal("/support/common-responses?edit=4#editor", Links.EditCommonResponse(4));
        Assert.Equal("/moderation/log", Links.ModerationLog);
        Assert.Equal("/settings/languages", Links.LanguageSettings);
        Assert.Equal("/Identity/Account/Manage/TwoFactorAuthentication", Links.TwoStepSignIn);
        Assert.Equal("/notifications", Links.Notifications);
        Assert.Equal("/notifications?page=2", Links.NotificationsPage(2));
        Assert.Equal("/notifications/settings", Links.NotificationSettings);
        Assert.Equal("/search", Links.Search);
        Assert.Equal("/Identity/Account/Login?ReturnUrl=%2Fquestions%2Fask", Links.Login("/questions/ask"));
        Assert.Equal("/Identity/Account/ForgotPassword", Links.ForgotPassword);
    }

    [Theory]
    [InlineData("a\r\nSet-Cookie: x=y")]
    [InlineData("a\u202Eb")]
    [InlineData("../../etc")]
    [InlineData("?x=1#y")]
    public void A_hostile_slug_stays_inside_its_own_path_segment(string slug)
    {
        var link = Links.FaqArticle(slug);

        Assert.StartsWith("/faq/", link);
        Assert.DoesNotContain('/', link["/faq/".Length..]);
        Assert.All(link, c => Assert.InRange(c, '!', '~'));
    }

    [Fact]
    public void A_follow_up_link_carries_its_token_encoded_and_an_email_link_the_public_url()
    {
        Assert.Equal("/questions/5/follow-up?token=a%2Bb%2Fc%3D", Links.FollowUp(5, "a+b/c="));
        Assert.Equal($"{AnyHostForum.PublicUrl}/questions/12/blank-window#answer-3", Links.Absolute(Links.Answer(12, "blank-window", 3)));
    }
}
