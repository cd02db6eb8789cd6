using System.Text.RegularExpressions;

namespace Forum.Domain.Tests.Architecture;

/// <summary>
/// The views link to the forum's pages through its one link service (<c>Links</c>, the web project's ForumLinks): an
/// address written out in a view is how a moved page leaves a link behind that still points at the old one.
/// </summary>
public sealed partial class LinkSpellingTests
{
    [GeneratedRegex(@"\b(href|action|formaction)=""/")]
    private static partial Regex WrittenOutAddress();

    [Fact]
    public void No_view_writes_out_the_address_of_a_page()
    {
        var offences = Repository.SourceLinesMatching(WrittenOutAddress(), file => file.EndsWith(".cshtml", StringComparison.Ordinal));

        Assert.True(offences.Count == 0, "Link through Links (e.g. href=\"@Links.NeedsAttention()\") instead:\n" + string.Join("\n", offences));
    }

    [Fact]
    public void The_check_recognises_a_written_out_address()
    {
        Assert.Matches(WrittenOutAddress(), "<a href=\"/support/needs-attention\">");
        Assert.Matches(WrittenOutAddress(), "<form action=\"/moderation\" method=\"post\">");
        Assert.DoesNotMatch(WrittenOutAddress(), "<a href=\"@Links.Leaderboard\">");
        Assert.DoesNotMatch(WrittenOutAddress(), "<link rel=\"stylesheet\" href=\"~/css/site.css\">");
    }
}
