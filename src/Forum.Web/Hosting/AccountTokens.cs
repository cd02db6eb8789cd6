using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Forum.Web.Hosting;

/// <summary>
/// Identity's tokens travel in email links Base64url-encoded; a link that was cut or typed wrong decodes to nothing,
/// which the pages answer as an expired link, never as an error.
/// </summary>
public static class AccountTokens
{
    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? Decode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
            return null;
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
