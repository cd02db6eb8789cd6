using Microsoft.AspNetCore.Diagnostics;

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
        (Title, Message) = Status switch
        {
            400 => ("That request could not be understood", "Check what you typed and try again."),
            403 => ("You can't do that", "Your account does not have permission for this."),
            404 => ("Page not found", "The question or page you are looking for does not exist, or was removed."),
            409 => ("That clashed with another change", "Someone changed this at the same time. Reload the page and try again."),
            422 => ("Please rephrase", "The text has words that may read as rude."),
            429 => ("Slow down a little", "You have reached the limit for now. Try again in a little while."),
            _ => ("Something went wrong", "The error has been logged. Please try again."),
        };
        if (HttpContext.Items[Hosting.ForumFailures.PageMessageKey] is string detail)
            Message = detail;
        Response.StatusCode = Status;
    }
}
