using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Forum.Web.Tests.Harness;
using Microsoft.AspNetCore.Hosting;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace Forum.Web.Tests.Images;

/// <summary>
/// Images in posts: uploaded through the API, checked by content and re-encoded without metadata, served with long
/// cache headers and nosniff, hidden with their post, limited per member (exactly, under concurrency), and every bad
/// upload answered with a clear 400, 401 or 413.
/// </summary>
public sealed class ImageUploadTests : IAsyncLifetime
{
    private readonly SmallAllowanceForum _forum = new();

    /// <summary>Three uploads an hour, and a 1 MB file limit, so the limits are reached quickly.</summary>
    private sealed class SmallAllowanceForum : ForumWebFactory
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("Forum:Images:UploadsPerHour", "3");
            builder.UseSetting("Forum:Images:MaxBytes", "1048576");
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _forum.DisposeAsync().AsTask();

    [Fact]
    public async Task An_uploaded_photo_is_served_re_encoded_without_its_gps_metadata_with_long_cache_headers_and_nosniff()
    {
        var member = await _forum.NewMemberAsync("photographer");
        var photo = Jpeg(withGps: true);
        Assert.NotNull(Image.Load(photo).Metadata.ExifProfile);

        var uploaded = await (await UploadAsync(member, photo, "holiday.png", "image/png")).JsonAsync(HttpStatusCode.Created);
        var url = uploaded.GetProperty("url").GetString()!;
        Assert.Matches("^/images/[0-9a-f]{32}$", url);
        Assert.Equal("image/jpeg", uploaded.GetProperty("contentType").GetString());

        var response = await _forum.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("max-age=31536000", response.Headers.CacheControl!.ToString());
        Assert.Contains("immutable", response.Headers.CacheControl!.ToString());
        using var served = Image.Load(await response.Content.ReadAsByteArrayAsync());
        Assert.Null(served.Metadata.ExifProfile);
        Assert.Equal((40, 30), (served.Width, served.Height));
    }

    [Theory]
    [InlineData("text", HttpStatusCode.BadRequest)]
    [InlineData("png-header-with-garbage", HttpStatusCode.BadRequest)]
    [InlineData("empty", HttpStatusCode.BadRequest)]
    [InlineData("no-file", HttpStatusCode.BadRequest)]
    [InlineData("svg", HttpStatusCode.BadRequest)]
    [InlineData("too-big", HttpStatusCode.RequestEntityTooLarge)]
    [InlineData("far-too-big", HttpStatusCode.RequestEntityTooLarge)]
    public async Task A_bad_upload_gets_a_clear_error_and_keeps_nothing(string kind, HttpStatusCode expected)
    {
        var member = await _forum.NewMemberAsync("uploader");
        byte[] pngHeader = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        HttpResponseMessage response = kind switch
        {
            "text" => await UploadAsync(member, "hello, this is not a picture"u8.ToArray(), "cat.png", "image/png"),
            "png-header-with-garbage" => await UploadAsync(member, [.. pngHeader, .. Enumerable.Range(0, 500).Select(i => (byte)(i * 7))], "cat.png", "image/png"),
            "empty" => await UploadAsync(member, [], "cat.png", "image/png"),
            "no-file" => await member.PostAsync("/api/v1/images", new MultipartFormDataContent { { new StringContent("x"), "note" } }),
            "svg" => await UploadAsync(member, "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>"u8.ToArray(), "cat.svg", "image/svg+xml"),
            "too-big" => await UploadAsync(member, [.. Png(), .. new byte[1024 * 1024]], "big.png", "image/png"),
            _ => await UploadAsync(member, new byte[3 * 1024 * 1024], "huge.png", "image/png"),
        };

        var problem = await response.JsonAsync(expected);
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        if (expected == HttpStatusCode.BadRequest && kind != "no-file")
            Assert.Contains("image", problem.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync(member, Png(), "ok.png", "image/png")).StatusCode);
    }

    [Fact]
    public async Task A_visitor_cannot_upload()
    {
        var response = await UploadAsync(_forum.CreateClient(), Png(), "cat.png", "image/png");
        await response.JsonAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_images_of_a_hidden_post_are_served_only_to_its_author_and_moderators()
    {
        var author = await _forum.NewMemberAsync("asker");
        var url = (await (await UploadAsync(author, Png(), "screen.png", "image/png")).JsonAsync(HttpStatusCode.Created)).GetProperty("url").GetString()!;
        var question = await author.AskAsync(ApiCalls.NewQuestion("The settings window is blank after the update",
            $"Here is what I see when I open the settings:\n\n![blank settings]({url})\n\nIt stays like this."));
        var visitor = _forum.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(url)).StatusCode);

        var moderator = await _forum.SignedInClientAsync("moderator@forum.local");
        await (await moderator.PostAsJsonAsync($"/api/v1/moderation/queue/question/{question}/actions", new { action = "hide", reason = "spam" }))
            .JsonAsync(HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await _forum.NewMemberAsync("other")).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await author.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await moderator.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Someone_elses_image_in_a_post_stays_with_the_post_it_came_from()
    {
        var author = await _forum.NewMemberAsync("first");
        var url = (await (await UploadAsync(author, Png(), "screen.png", "image/png")).JsonAsync(HttpStatusCode.Created)).GetProperty("url").GetString()!;
        var question = await author.AskAsync(ApiCalls.NewQuestion("The sidebar icons are missing since Monday", $"No icons at all:\n\n![sidebar]({url})"));
        var copier = await _forum.NewMemberAsync("copier");
        var copy = await copier.AskAsync(ApiCalls.NewQuestion("Same as the other one, the sidebar icons are gone", $"Look:\n\n![sidebar]({url})"));

        var moderator = await _forum.SignedInClientAsync("moderator@forum.local");
        await (await moderator.PostAsJsonAsync($"/api/v1/moderation/queue/question/{copy}/actions", new { action = "hide", reason = "spam" }))
            .JsonAsync(HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.OK, (await _forum.CreateClient().GetAsync(url)).StatusCode);
        await (await moderator.PostAsJsonAsync($"/api/v1/moderation/queue/question/{question}/actions", new { action = "delete", reason = "spam" }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NotFound, (await _forum.CreateClient().GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_image_is_not_found()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _forum.CreateClient().GetAsync($"/images/{Guid.NewGuid():N}")).StatusCode);
    }

    [Fact]
    public async Task Images_from_other_sites_are_shown_as_links_and_never_loaded()
    {
        var member = await _forum.NewMemberAsync("writer");
        var url = (await (await UploadAsync(member, Png(), "own.png", "image/png")).JsonAsync(HttpStatusCode.Created)).GetProperty("url").GetString()!;
        var html = (await (await member.PostAsJsonAsync("/api/v1/markdown/preview",
                new { markdown = $"![pixel](https://tracker.example/p.gif) and ![mine]({url}) and ![](http://cdn.example/x.png)" }))
            .JsonAsync(HttpStatusCode.OK)).GetProperty("html").GetString()!;

        Assert.Contains($"<img src=\"{url}\" alt=\"mine\"", html);
        Assert.DoesNotContain("<img src=\"http", html);
        Assert.Contains("<a href=\"https://tracker.example/p.gif\" rel=\"nofollow ugc noopener\">pixel (image on tracker.example)</a>", html);
        Assert.Contains(">Image on cdn.example</a>", html);
    }

    [Fact]
    public async Task Uploads_sent_at_once_stop_exactly_at_the_members_allowance()
    {
        var member = await _forum.NewMemberAsync("burst");
        var image = Png();

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => UploadAsync(member, image, "burst.png", "image/png")));

        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(7, responses.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests));
        Assert.All(responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests), r => Assert.NotNull(r.Headers.RetryAfter));
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string fileName, string contentType)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return client.PostAsync("/api/v1/images", new MultipartFormDataContent { { file, "file", fileName } });
    }

    private static byte[] Png()
    {
        using var image = new Image<Rgba32>(16, 16, new Rgba32(30, 120, 200));
        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }

    private static byte[] Jpeg(bool withGps)
    {
        using var image = new Image<Rgba32>(40, 30, new Rgba32(200, 80, 40));
        if (withGps)
        {
            image.Metadata.ExifProfile = new ExifProfile();
            image.Metadata.ExifProfile.SetValue(ExifTag.GPSLatitudeRef, "N");
            image.Metadata.ExifProfile.SetValue(ExifTag.GPSLatitude, [new Rational(48, 1), new Rational(51, 1), new Rational(24, 1)]);
            image.Metadata.ExifProfile.SetValue(ExifTag.Make, "PhoneMaker");
        }
        using var stream = new MemoryStream();
        image.SaveAsJpeg(stream);
        return stream.ToArray();
    }
}
