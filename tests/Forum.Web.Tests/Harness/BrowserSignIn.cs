namespace Forum.Web.Tests.Harness;

/// <summary>Signs in through the login page, as a browser does: the client then carries the sign-in cookie.</summary>
public static class BrowserSignIn
{
    public const string Password = "Passw0rd!";

    /// <summary>Fills in and sends the login form; the response is the page or redirect the browser gets.</summary>
    public static async Task<HttpResponseMessage> PostLoginFormAsync(this HttpClient browser, string email, string password = Password)
    {
        var form = await browser.GetStringAsync("/Identity/Account/Login");
        return await browser.PostAsync("/Identity/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = FormTokens.Of(form),
        }));
    }

    public static async Task<HttpClient> SignedInBrowserAsync(this ForumWebFactory forum, string email, string password = Password)
    {
        var browser = forum.CreateClient();
        (await browser.PostLoginFormAsync(email, password)).EnsureSuccessStatusCode();
        return browser;
    }
}
