using System.Net;
using System.Net.Http.Json;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Pages;

/// <summary>An FAQ article translated into Indonesian: its own address, hreflang alternates, and the out-of-date banner.</summary>
public sealed class FaqTranslationPageTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private const string Slug = "sync-stopped-working-after-i-changed-my-password";
    private const string TitleId = "Sinkronisasi berhenti setelah saya mengganti kata sandi";
    private const string BodyId = "Buka **Pengaturan → Sinkronisasi**, pilih *Putuskan perangkat ini*, lalu masuk lagi dengan kata sandi baru Anda.";

    private static async Task<string> PageAsync(HttpClient client, string path, string acceptLanguage = "en")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<long> CurrentEnglishRevisionAsync() =>
        (await (await forum.CreateClient().GetAsync($"/api/v1/faq/{Slug}")).JsonAsync(HttpStatusCode.OK)).GetProperty("article").GetProperty("currentRevisionId").GetInt64();

    [Fact]
    public async Task A_translation_has_its_own_address_and_a_banner_once_a_significant_english_change_is_approved()
    {
        var staff = await forum.SignedInClientAsync("staff@forum.local");
        var visitor = forum.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/faq/{Slug}/id")).StatusCode);

        var proposed = await (await staff.PostAsJsonAsync($"/api/v1/faq/{Slug}/translations/id",
            new { title = TitleId, body = BodyId, summary = "Terjemahan pertama", sourceRevisionId = await CurrentEnglishRevisionAsync() })).JsonAsync(HttpStatusCode.Created);
        await (await staff.PostAsync($"/api/v1/faq/translations/{proposed.GetProperty("revisionId").GetInt64()}/approve", null)).JsonAsync(HttpStatusCode.OK);

        var translation = await PageAsync(visitor, $"/faq/{Slug}/id", "id-ID");
        var english = await PageAsync(visitor, $"/faq/{Slug}");
        Assert.Contains(TitleId, translation);
        Assert.Contains("<article class=\"faq-article\" aria-labelledby=\"faq-title\" lang=\"id\">", translation);
        Assert.Matches($"hreflang=\"en\" href=\"https?://[^\"/]+/faq/{Slug}\"", translation);
        Assert.DoesNotContain("Artikel bahasa Inggris telah berubah", translation);
        Assert.Contains($"href=\"/faq/{Slug}/id\" hreflang=\"id\" lang=\"id\">Bahasa Indonesia</a>", english);
        Assert.Contains("rel=\"alternate\" hreflang=\"id\"", english);

        var revision = await (await staff.PostAsJsonAsync($"/api/v1/faq/{Slug}/revisions", new
        {
            body = "Open **Settings → Sync**, choose *Disconnect this device* and keep local data, then sign in again with the new password.",
            summary = "Keep local data", baseRevisionId = await CurrentEnglishRevisionAsync(), significant = true,
        })).JsonAsync(HttpStatusCode.Created);
        await (await staff.PostAsync($"/api/v1/faq/revisions/{revision.GetProperty("revisionId").GetInt64()}/approve", null)).JsonAsync(HttpStatusCode.OK);

        var outdated = await PageAsync(visitor, $"/faq/{Slug}/id", "id-ID");
        Assert.Contains("Artikel bahasa Inggris telah berubah sejak terjemahan ini dibuat.", outdated);
        Assert.Contains($"<a href=\"/faq/{Slug}\" hreflang=\"en\">Baca teks bahasa Inggris terbaru</a>", outdated);
        var toUpdate = await (await staff.GetAsync("/api/v1/faq/translations/needs-update?language=id")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(toUpdate.EnumerateArray(), t => t.GetProperty("slug").GetString() == Slug);
        var dashboard = await PageAsync(visitor, "/faq/translations", "id-ID");
        Assert.Contains("<h1>Terjemahan FAQ</h1>", dashboard);
        Assert.Contains("<a href=\"/faq/translations/needs-update?language=id\">1</a>", dashboard);

        var browser = await forum.SignedInBrowserAsync("staff@forum.local");
        Assert.Contains(TitleId, await PageAsync(browser, "/faq/translations/needs-update"));
        var work = await PageAsync(browser, $"/faq/{Slug}/translate/id");
        Assert.Contains("keep local data", work);
        Assert.Contains("diff-added", work);
    }

    [Fact]
    public async Task A_member_without_the_privilege_is_told_so_and_cannot_propose()
    {
        var member = await forum.NewMemberAsync("newcomer");

        var refused = await member.PostAsJsonAsync($"/api/v1/faq/{Slug}/translations/id",
            new { title = TitleId, body = BodyId, summary = (string?)null, sourceRevisionId = await CurrentEnglishRevisionAsync() });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
