namespace Forum.Domain.Common;

/// <summary>
/// The forum's public address (<c>Forum:PublicUrl</c>) and the absolute links made from it. Every absolute link the
/// forum sends (notifications, follow-ups, account confirmation and password reset emails) is made here, never from a
/// request's Host or forwarded headers, which whoever sends the request controls.
/// </summary>
public sealed class PublicLinks
{
    public const string DefaultUrl = "http://localhost:5019";

    /// <summary>Any base the relative links are resolved against; only their path, query and fragment are kept.</summary>
    private static readonly Uri Anywhere = new("http://anywhere.invalid/");

    /// <param name="publicUrl">An absolute http or https address, optionally with a path the forum is served under.</param>
    public PublicLinks(string publicUrl)
    {
        if (!Uri.TryCreate(publicUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")
            || url.Query.Length > 0 || url.Fragment.Length > 0 || url.UserInfo.Length > 0)
            throw new ArgumentException(
                $"The forum's public URL (Forum:PublicUrl) must be an absolute http or https address such as https://support.example.com, without query or credentials; it is '{publicUrl}'.",
                nameof(publicUrl));
        BaseUrl = url.GetLeftPart(UriPartial.Path).TrimEnd('/');
        Host = url.Host;
    }

    /// <summary>The public address without a trailing slash, e.g. <c>https://support.example.com</c>.</summary>
    public string BaseUrl { get; }

    /// <summary>The public host name, e.g. <c>support.example.com</c>: the host requests are expected to name.</summary>
    public string Host { get; }

    /// <summary>The absolute link to a path of the forum ("/questions/12/slug?x=1").</summary>
    public string Absolute(string pathAndQuery) =>
        BaseUrl + (pathAndQuery.StartsWith('/') ? pathAndQuery : "/" + pathAndQuery);

    /// <summary>
    /// The same link under the public address: of a web link made elsewhere (e.g. by ASP.NET Core Identity from the
    /// request), only the path, query and fragment are kept; its scheme, host and port are dropped. Links of other
    /// schemes (mailto:) are returned as they are.
    /// </summary>
    public string Rebase(string link)
    {
        var resolved = new Uri(Anywhere, link.Trim());
        return resolved.Scheme is "http" or "https" ? Absolute(resolved.PathAndQuery + resolved.Fragment) : link;
    }
}
