using System.Text.RegularExpressions;
using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Forum.Domain.Common;

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

    /// <summary>For a <see cref="DiffKind.Skipped"/> line, how many unchanged lines it stands for (pages say it in the reader's language).</summary>
    public int SkippedLines { get; init; }
}

/// <summary>
/// A line diff with word-level detail for changed lines, built on DiffPlex's side-by-side model (Myers' algorithm).
/// Long unchanged stretches are folded to a few lines of context.
/// </summary>
public static partial class TextDiff
{
    private const int Context = 2;

    private static readonly SideBySideDiffBuilder Builder =
        new(Differ.Instance, LineChunker.Instance, new CustomFunctionChunker(line => Words().Matches(line).Select(m => m.Value).ToArray()));

    public static IReadOnlyList<DiffLine> Compare(string before, string after)
    {
        var model = Builder.BuildDiffModel(before.Replace("\r\n", "\n"), after.Replace("\r\n", "\n"), ignoreWhitespace: false);
        var lines = new List<DiffLine>();
        var removed = new List<DiffLine>();
        var added = new List<DiffLine>();
        // Both sides have the same number of rows; a side with nothing opposite a change holds an imaginary piece.
        for (var i = 0; i < model.OldText.Lines.Count; i++)
        {
            DiffPiece old = model.OldText.Lines[i], @new = model.NewText.Lines[i];
            if (old.Type == ChangeType.Unchanged)
            {
                // Removals read better before the additions that replace them.
                lines.AddRange(removed);
                lines.AddRange(added);
                removed.Clear();
                added.Clear();
                lines.Add(Whole(DiffKind.Same, old.Text));
                continue;
            }
            if (old.Type != ChangeType.Imaginary)
                removed.Add(Line(old, DiffKind.Removed));
            if (@new.Type != ChangeType.Imaginary)
                added.Add(Line(@new, DiffKind.Added));
        }
        lines.AddRange(removed);
        lines.AddRange(added);
        return Fold(lines);
    }

    public static bool HasChanges(IReadOnlyList<DiffLine> lines) => lines.Any(l => l.Kind is DiffKind.Added or DiffKind.Removed);

    private static DiffLine Whole(DiffKind kind, string text) => new(kind, [new DiffSpan(kind, text)]);

    private static DiffLine Skipped(int lines) =>
        Whole(DiffKind.Skipped, lines == 1 ? "1 unchanged line" : $"{lines} unchanged lines") with { SkippedLines = lines };

    /// <summary>A removed or added line; when it replaces a line on the other side, its changed words are marked.</summary>
    private static DiffLine Line(DiffPiece line, DiffKind side)
    {
        if (line.Type != ChangeType.Modified)
            return Whole(side, line.Text);
        var spans = new List<DiffSpan>();
        foreach (var word in line.SubPieces)
        {
            if (word.Type == ChangeType.Imaginary)
                continue;
            var kind = word.Type == ChangeType.Unchanged ? DiffKind.Same : side;
            if (spans.Count > 0 && spans[^1].Kind == kind)
                spans[^1] = spans[^1] with { Text = spans[^1].Text + word.Text };
            else
                spans.Add(new DiffSpan(kind, word.Text));
        }
        return new DiffLine(side, spans);
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
                    folded.Add(Skipped(skipped));
                skipped = 0;
                folded.Add(lines[i]);
            }
            else
            {
                skipped++;
            }
        }
        if (skipped > 0)
            folded.Add(Skipped(skipped));
        return folded;
    }

    [GeneratedRegex(@"\s+|[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]")]
    private static partial Regex Words();
}
