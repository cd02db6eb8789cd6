namespace Forum.Web.Tests.Harness;

/// <summary>Signs in through the login page, as a browser does: the client then carries the sign-in cookie.</summary>
public static class BrowserSignIn
{
    public static async Task<HttpClient> SignedInBrowserAsync(this ForumWebFactory forum, string email, string password = "Passw0rd!")
    {
        var browser = forum.CreateClient();
        var form = await browser.GetStringAsync("/Identity/Account/Login");
        (await browser.PostAsync("/Identity/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = FormTokens.Of(form),
        }))).EnsureSuccessStatusCode();
        return browser;
    }
}
