using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Forum.Domain.Entities;
using Forum.Infrastructure.Persistence;
using Forum.Web.Tests.Harness;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Forum.Web.Tests.Images;

/// <summary>A forum that keeps images' bytes in a directory (Forum:Images:Directory) instead of the database.</summary>
public sealed class ImagesInADirectoryForum : ForumWebFactory
{
    public string ImageFolder { get; } = Path.Combine(Path.GetTempPath(), $"forum-images-{Guid.NewGuid():N}");

    protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Forum:Images:Directory", ImageFolder);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(ImageFolder))
            Directory.Delete(ImageFolder, recursive: true);
        GC.SuppressFinalize(this);
    }
}

/// <summary>What both image stores promise: the re-encoded bytes come back as uploaded, seen only where their post is seen.</summary>
public abstract class ImageStoreTests(ForumWebFactory forum)
{
    protected ForumWebFactory Forum { get; } = forum;

    [Fact]
    public async Task An_uploaded_image_is_served_as_kept_and_hidden_with_its_post()
    {
        var author = await Forum.NewMemberAsync("asker");
        var uploaded = await (await UploadAsync(author, Png())).JsonAsync(HttpStatusCode.Created);
        var (id, url) = (Guid.Parse(uploaded.GetProperty("id").GetString()!), uploaded.GetProperty("url").GetString()!);
        var question = await author.AskAsync(ApiCalls.NewQuestion("The toolbar icons turned grey after the update",
            $"This is what the toolbar looks like now:\n\n![grey toolbar]({url})\n\nIt was blue before."));

        var served = await Forum.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await KeptBytesAsync(id), await served.Content.ReadAsByteArrayAsync());

        var moderator = await Forum.SignedInClientAsync("moderator@forum.local");
        await (await moderator.PostAsJsonAsync($"/api/v1/moderation/queue/question/{question}/actions", new { action = "hide", reason = "spam" }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NotFound, (await Forum.CreateClient().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await author.GetAsync(url)).StatusCode);
    }

    /// <summary>The bytes the store kept for the image, read where this store keeps them.</summary>
    protected abstract Task<byte[]> KeptBytesAsync(Guid id);

    protected async Task<UploadedImage> RowAsync(Guid id)
    {
        await using var scope = Forum.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ForumDbContext>().UploadedImages.AsNoTracking().SingleAsync(i => i.Id == id);
    }

    protected static Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        return client.PostAsync("/api/v1/images", new MultipartFormDataContent { { file, "file", "screen.png" } });
    }

    protected static byte[] Png()
    {
        using var image = new Image<Rgba32>(12, 10, new Rgba32(90, 90, 90));
        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }
}

public sealed class DatabaseImageStoreTests(ForumWebFactory forum) : ImageStoreTests(forum), IClassFixture<ForumWebFactory>
{
    protected override async Task<byte[]> KeptBytesAsync(Guid id)
    {
        var row = await RowAsync(id);
        Assert.Equal(row.ByteCount, row.Data.Length);
        return row.Data;
    }
}

public sealed class DirectoryImageStoreTests(ImagesInADirectoryForum forum) : ImageStoreTests(forum), IClassFixture<ImagesInADirectoryForum>
{
    private string ImageFolder => ((ImagesInADirectoryForum)Forum).ImageFolder;

    protected override async Task<byte[]> KeptBytesAsync(Guid id)
    {
        var row = await RowAsync(id);
        Assert.Empty(row.Data);
        var file = await File.ReadAllBytesAsync(Path.Combine(ImageFolder, id.ToString("N")));
        Assert.Equal(row.ByteCount, file.Length);
        return file;
    }

    [Fact]
    public async Task An_image_kept_in_the_database_before_the_directory_was_configured_is_still_served()
    {
        var member = await Forum.NewMemberAsync("early");
        var memberId = (await (await member.GetAsync("/api/v1/members/me")).JsonAsync(HttpStatusCode.OK)).GetProperty("id").GetString()!;
        var bytes = Png();
        var earlier = new UploadedImage(memberId, "image/png", bytes.Length, 12, 10, DateTimeOffset.UtcNow);
        earlier.KeepInRow(bytes);
        await using (var scope = Forum.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ForumDbContext>();
            db.UploadedImages.Add(earlier);
            await db.SaveChangesAsync();
        }

        var served = await Forum.CreateClient().GetAsync($"/images/{earlier.Id:N}");

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(bytes, await served.Content.ReadAsByteArrayAsync());
        Assert.False(File.Exists(Path.Combine(ImageFolder, earlier.Id.ToString("N"))));
    }

    [Fact]
    public async Task An_image_whose_file_is_gone_is_not_found_rather_than_an_error()
    {
        var member = await Forum.NewMemberAsync("uploader");
        var uploaded = await (await UploadAsync(member, Png())).JsonAsync(HttpStatusCode.Created);
        File.Delete(Path.Combine(ImageFolder, Guid.Parse(uploaded.GetProperty("id").GetString()!).ToString("N")));

        Assert.Equal(HttpStatusCode.NotFound, (await Forum.CreateClient().GetAsync(uploaded.GetProperty("url").GetString())).StatusCode);
    }
}
