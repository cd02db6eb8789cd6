namespace Forum.Web.Api;

public static class ForumApi
{
    /// <summary>The JSON API under /api/v1: a stable contract for other programs. Every endpoint only sends a request.</summary>
    public static void MapForumApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1");
        api.CacheOutput(Hosting.PageCaching.Policy);
        var auth = api.MapGroup("/auth").WithTags("Auth");
        auth.MapAccountEndpoints();
        api.MapCategoryEndpoints();
        api.MapQuestionEndpoints();
        api.MapAnswerEndpoints();
        api.MapFaqEndpoints();
        api.MapMemberEndpoints();
        api.MapRecognitionEndpoints();
        api.MapMarkdownEndpoints();
        api.MapSupportEndpoints();
        api.MapNotificationEndpoints();
        api.MapSearchEndpoints();
        api.MapModerationEndpoints();
        api.MapEditorEndpoints();
        app.MapImages();
    }
}
