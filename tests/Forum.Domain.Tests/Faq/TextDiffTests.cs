using Forum.Domain.Common;

namespace Forum.Domain.Tests.Faq;

public sealed class TextDiffTests
{
    [Fact]
    public void A_changed_word_is_marked_within_its_line()
    {
        var diff = TextDiff.Compare("Open Settings.\nChoose Sync.\nSign in.", "Open Settings.\nChoose Backup.\nSign in.");

        var removed = Assert.Single(diff, l => l.Kind == DiffKind.Removed);
        var added = Assert.Single(diff, l => l.Kind == DiffKind.Added);
        Assert.Equal("Sync", Assert.Single(removed.Spans, s => s.Kind == DiffKind.Removed).Text);
        Assert.Equal("Backup", Assert.Single(added.Spans, s => s.Kind == DiffKind.Added).Text);
        Assert.Equal("Choose Backup.", added.Text);
    }

    [Fact]
    public void Added_and_removed_lines_keep_their_order_and_long_unchanged_runs_are_folded()
    {
        var before = string.Join('\n', Enumerable.Range(1, 20).Select(i => $"line {i}"));
        var after = before.Replace("line 10\n", "") + "\nline 21";

        var diff = TextDiff.Compare(before, after);

        Assert.Equal("line 10", Assert.Single(diff, l => l.Kind == DiffKind.Removed).Text);
        Assert.Equal("line 21", Assert.Single(diff, l => l.Kind == DiffKind.Added).Text);
        Assert.Contains(diff, l => l.Kind == DiffKind.Skipped && l.Text == "7 unchanged lines");
        Assert.True(TextDiff.HasChanges(diff));
        Assert.False(TextDiff.HasChanges(TextDiff.Compare(before, before)));
    }

    [Fact]
    public void A_long_article_with_edits_far_apart_shows_only_the_edited_lines()
    {
        var before = Enumerable.Range(1, 3000).Select(i => $"Step {i}: open the menu and choose option {i}.").ToArray();
        var after = before.ToArray();
        after[1] = "Step 2: open the menu and choose the first option.";
        after[2998] = "Step 2999: open the settings and choose option 2999.";

        var diff = TextDiff.Compare(string.Join('\n', before), string.Join('\n', after));

        Assert.Equal(2, diff.Count(l => l.Kind == DiffKind.Removed));
        Assert.Equal(2, diff.Count(l => l.Kind == DiffKind.Added));
        Assert.Equal("settings", Assert.Single(diff[^2].Spans, s => s.Kind == DiffKind.Added).Text);
        Assert.Contains(diff, l => l.Kind == DiffKind.Skipped && l.Text == "2992 unchanged lines");
    }

    [Fact]
    public void A_suggested_new_article_shows_every_line_added_and_nothing_removed()
    {
        var diff = TextDiff.Compare("", "Open Settings.\nChoose Sync.");

        Assert.Equal(["Open Settings.", "Choose Sync."], diff.Select(l => l.Text));
        Assert.All(diff, l => Assert.Equal(DiffKind.Added, l.Kind));
    }
}
