using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Answers;
using Forum.Domain.Features.Images;
using Forum.Domain.Features.Moderation;
using Forum.Domain.Tests.Harness;
using Forum.Domain.Tests.Moderation;
using Microsoft.EntityFrameworkCore;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Forum.Domain.Tests.Images;

public sealed class UploadImageTests : IDisposable
{
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    [Fact]
    public async Task An_image_belongs_to_its_uploaders_first_post_that_shows_it_and_is_hidden_with_it()
    {
        var author = await _forum.CreateMemberAsync("author");
        var image = await _forum.SendAsync(author, new UploadImage(Png()));
        var question = await _forum.AskAsync(author);
        var answer = await _forum.AnswerAsync(author, question, $"Here is the window I get:\n\n![blank]({image.Url})");
        var other = await _forum.CreateMemberAsync("other");
        await _forum.AnswerAsync(other, question, $"Mine looks the same:\n\n![blank]({image.Url})");

        var stored = await _forum.QueryAsync(db => db.UploadedImages.SingleAsync());
        Assert.Equal((answer, (int?)null), (stored.AnswerId!.Value, stored.QuestionId));
        Assert.Equal("image/png", stored.ContentType);

        var moderator = await _forum.CreateMemberAsync("moderator");
        await _forum.ModerateAsync(moderator, new HidePost(PostType.Answer, answer, "Personal data in the picture"));

        await Assert.ThrowsAsync<NotFoundException>(() => _forum.SendAsync(other, new GetImage(image.Id)));
        await Assert.ThrowsAsync<NotFoundException>(() => _forum.SendAsync(null, new GetImage(image.Id)));
        Assert.Equal(stored.ByteCount, (await _forum.SendAsync(author, new GetImage(image.Id))).Data.Length);
        Assert.NotEmpty((await _forum.SendAsync(moderator, new GetImage(image.Id), Roles.Moderator)).Data);
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_is_refused_and_nothing_is_kept()
    {
        var member = await _forum.CreateMemberAsync("member");

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => _forum.SendAsync(member, new UploadImage("GIF89a but then nothing"u8.ToArray())));
        Assert.Equal("File", refused.Field);
        Assert.Equal(0, await _forum.QueryAsync(db => db.UploadedImages.CountAsync()));
    }

    private static byte[] Png()
    {
        using var image = new Image<Rgba32>(8, 8, new Rgba32(10, 20, 30));
        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }
}
