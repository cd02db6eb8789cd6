// The hand-written line diff the forum used before DiffPlex, kept unchanged (but for its namespace) as the
// baseline this benchmark measures TextDiff against.
using System.Text.RegularExpressions;

namespace Forum.Bench.Diff.Baseline;

public enum DiffKind { Same = 0, Removed = 1, Added = 2, Skipped = 3 }

/// <summary>A piece of a line: unchanged, or the words removed or added.</summary>
public sealed record DiffSpan(DiffKind Kind, string Text);

/// <summary>
/// One line of a diff. A changed line appears as a removed line followed by an added one, each with the words that
/// changed marked in its spans. <see cref="DiffKind.Skipped"/> stands for a run of unchanged lines left out.
/// </summary>
public sealed record DiffLine(DiffKind Kind, IReadOnlyList<DiffSpan> Spans)
{
    public string Text => string.Concat(Spans.Select(s => s.Text));
}

/// <summary>
/// A small line diff with word-level detail for changed lines (longest common subsequence; texts are bounded by
/// the post length limits). Long unchanged stretches are folded to a few lines of context.
/// </summary>
public static partial class TextDiff
{
    private const int Context = 2, MaxCells = 4_000_000, MaxWordsPerLine = 400;

    public static IReadOnlyList<DiffLine> Compare(string before, string after)
    {
        var a = SplitLines(before);
        var b = SplitLines(after);
        var lines = new List<DiffLine>();
        var removed = new List<string>();
        var added = new List<string>();
        foreach (var (kind, text) in Lcs(a, b))
        {
            if (kind == DiffKind.Removed) { removed.Add(text); continue; }
            if (kind == DiffKind.Added) { added.Add(text); continue; }
            Flush(lines, removed, added);
            lines.Add(new DiffLine(DiffKind.Same, [new DiffSpan(DiffKind.Same, text)]));
        }
        Flush(lines, removed, added);
        return Fold(lines);
    }

    public static bool HasChanges(IReadOnlyList<DiffLine> lines) => lines.Any(l => l.Kind is DiffKind.Added or DiffKind.Removed);

    private static string[] SplitLines(string text) => text.Replace("\r\n", "\n").Split('\n');

    /// <summary>Pairs removed lines with the added lines that replace them and marks the words that changed.</summary>
    private static void Flush(List<DiffLine> lines, List<string> removed, List<string> added)
    {
        var pairs = Math.Min(removed.Count, added.Count);
        for (var i = 0; i < removed.Count; i++)
            lines.Add(i < pairs ? WordLine(removed[i], added[i], DiffKind.Removed) : Whole(DiffKind.Removed, removed[i]));
        for (var i = 0; i < added.Count; i++)
            lines.Add(i < pairs ? WordLine(removed[i], added[i], DiffKind.Added) : Whole(DiffKind.Added, added[i]));
        removed.Clear();
        added.Clear();
    }

    private static DiffLine Whole(DiffKind kind, string text) => new(kind, [new DiffSpan(kind, text)]);

    private static DiffLine WordLine(string before, string after, DiffKind side)
    {
        var a = Words().Matches(before).Select(m => m.Value).ToArray();
        var b = Words().Matches(after).Select(m => m.Value).ToArray();
        if (a.Length > MaxWordsPerLine || b.Length > MaxWordsPerLine)
            return Whole(side, side == DiffKind.Removed ? before : after);
        var spans = new List<DiffSpan>();
        foreach (var (kind, word) in Lcs(a, b))
        {
            if (kind != DiffKind.Same && kind != side)
                continue;
            if (spans.Count > 0 && spans[^1].Kind == kind)
                spans[^1] = spans[^1] with { Text = spans[^1].Text + word };
            else
                spans.Add(new DiffSpan(kind, word));
        }
        return new DiffLine(side, spans);
    }

    /// <summary>The edit script from <paramref name="a"/> to <paramref name="b"/>, with common ends trimmed first.</summary>
    private static List<(DiffKind, string)> Lcs(string[] a, string[] b)
    {
        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
            start++;
        int endA = a.Length, endB = b.Length;
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1])
        {
            endA--;
            endB--;
        }
        var script = new List<(DiffKind, string)>();
        for (var i = 0; i < start; i++)
            script.Add((DiffKind.Same, a[i]));
        int n = endA - start, m = endB - start;
        if ((long)n * m > MaxCells)
        {
            for (var i = start; i < endA; i++) script.Add((DiffKind.Removed, a[i]));
            for (var j = start; j < endB; j++) script.Add((DiffKind.Added, b[j]));
        }
        else
        {
            // lengths[i, j]: the longest common subsequence of a[start+i..endA) and b[start+j..endB).
            var lengths = new int[n + 1, m + 1];
            for (var i = n - 1; i >= 0; i--)
                for (var j = m - 1; j >= 0; j--)
                    lengths[i, j] = a[start + i] == b[start + j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            int x = 0, y = 0;
            while (x < n || y < m)
            {
                if (x < n && y < m && a[start + x] == b[start + y]) { script.Add((DiffKind.Same, a[start + x])); x++; y++; }
                else if (y < m && (x == n || lengths[x, y + 1] >= lengths[x + 1, y])) { script.Add((DiffKind.Added, b[start + y])); y++; }
                else { script.Add((DiffKind.Removed, a[start + x])); x++; }
            }
            // Removals read better before the additions that replace them.
            script = Reorder(script);
        }
        for (var i = endA; i < a.Length; i++)
            script.Add((DiffKind.Same, a[i]));
        return script;
    }

    private static List<(DiffKind, string)> Reorder(List<(DiffKind Kind, string Text)> script)
    {
        var result = new List<(DiffKind, string)>(script.Count);
        var i = 0;
        while (i < script.Count)
        {
            if (script[i].Kind == DiffKind.Same) { result.Add(script[i++]); continue; }
            var run = new List<(DiffKind Kind, string Text)>();
            while (i < script.Count && script[i].Kind != DiffKind.Same)
                run.Add(script[i++]);
            result.AddRange(run.Where(r => r.Kind == DiffKind.Removed).Select(r => (r.Kind, r.Text)));
            result.AddRange(run.Where(r => r.Kind == DiffKind.Added).Select(r => (r.Kind, r.Text)));
        }
        return result;
    }

    /// <summary>Keeps <see cref="Context"/> unchanged lines around each change and folds the rest.</summary>
    private static List<DiffLine> Fold(List<DiffLine> lines)
    {
        var keep = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind == DiffKind.Same)
                continue;
            for (var k = Math.Max(0, i - Context); k <= Math.Min(lines.Count - 1, i + Context); k++)
                keep[k] = true;
        }
        var folded = new List<DiffLine>();
        var skipped = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (keep[i] || lines.Count <= 2 * Context + 1)
            {
                if (skipped > 0)
                    folded.Add(Whole(DiffKind.Skipped, skipped == 1 ? "1 unchanged line" : $"{skipped} unchanged lines"));
                skipped = 0;
                folded.Add(lines[i]);
            }
            else
            {
                skipped++;
            }
        }
        if (skipped > 0)
            folded.Add(Whole(DiffKind.Skipped, skipped == 1 ? "1 unchanged line" : $"{skipped} unchanged lines"));
        return folded;
    }

    [GeneratedRegex(@"\s+|[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]")]
    private static partial Regex Words();
}
