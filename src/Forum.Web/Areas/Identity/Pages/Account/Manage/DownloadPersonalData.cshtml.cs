using System.Text.Json;
using System.Text.Json.Serialization;

namespace Forum.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>The member's data as one JSON file (<see cref="DownloadMyData"/>, with their sign-in account's own details).</summary>
public sealed class DownloadPersonalDataModel(IMediator mediator, UserManager<ForumUser> users) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public IActionResult OnGet() => RedirectToPage("./PersonalData");

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
            return Challenge();
        var data = await mediator.Send(new DownloadMyData());
        var account = new
        {
            user.Email,
            user.EmailConfirmed,
            TwoStepSignIn = user.TwoFactorEnabled,
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user),
        };
        Response.Headers.CacheControl = "no-store";
        return File(JsonSerializer.SerializeToUtf8Bytes(new { account, data.Profile, data.Questions, data.Answers, data.VotesCast, data.ReputationLedger, data.Notifications }, Json),
            "application/json", "forum-data.json");
    }
}
