using Forum.Infrastructure;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;

namespace Forum.Web.Pages;

[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; } = 500;
    public string Title { get; private set; } = "";
    public string Message { get; private set; } = "";

    public void OnGet(int? status) => Describe(status);

    public void OnPost(int? status) => Describe(status);

    private void Describe(int? status)
    {
        Status = status ?? (HttpContext.Features.Get<IExceptionHandlerFeature>() is null ? 404 : 500);
        var texts = HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var known = Status is 400 or 403 or 404 or 409 or 422 or 429 ? Status : 500;
        (Title, Message) = (texts[$"Error.{known}.Title"].Value, texts[$"Error.{known}.Message"].Value);
        if (HttpContext.Items[Hosting.ForumFailures.PageMessageKey] is string detail)
            Message = detail;
        Response.StatusCode = Status;
    }
}
