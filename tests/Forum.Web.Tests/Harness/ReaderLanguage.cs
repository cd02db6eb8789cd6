using System.Net.Http.Json;

namespace Forum.Web.Tests.Harness;

/// <summary>Requests as a client reading in one language sends them (Accept-Language).</summary>
public static class ReaderLanguage
{
    public static HttpRequestMessage In(string language, HttpMethod method, string path, object? json = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = json is null ? null : JsonContent.Create(json) };
        request.Headers.AcceptLanguage.ParseAdd(language);
        return request;
    }
}
