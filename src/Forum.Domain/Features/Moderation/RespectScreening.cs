namespace Forum.Domain.Features.Moderation;

/// <summary>
/// Respect (issue 6, item 9) for new questions, answers and edits: rude words stop the post with a gentle warning when
/// the poster asked to be warned (the pages do, until "Post anyway"); a post that goes out with them gets an
/// automatic "rude or abusive" flag from the forum itself, one pending at a time per post.
/// </summary>
public sealed class RespectScreening(IForumDb db, TimeProvider clock, RudeWords rudeWords)
{
    /// <summary>How the moderation queue names the reporter of an automatic flag.</summary>
    public const string ForumReporterName = "The forum (automatic)";

    /// <returns>The rude words in the texts (none: nothing to flag).</returns>
    /// <exception cref="RudeWordsException">There are some and <paramref name="warn"/> asks to be told before posting.</exception>
    public IReadOnlyList<string> Check(bool warn, params string?[] texts)
    {
        var words = rudeWords.Find(texts);
        if (warn && words.Count > 0)
            throw new RudeWordsException(words);
        return words;
    }

    /// <summary>Flags the post for its <paramref name="words"/> unless an automatic flag on it is already pending.</summary>
    /// <returns>Whether the post has a pending automatic flag now.</returns>
    public async Task<bool> FlagAsync(Post post, int questionId, IReadOnlyList<string> words, CancellationToken ct)
    {
        if (words.Count == 0)
            return false;
        var pending = post.Id != 0 && await db.Flags.AnyAsync(
            f => f.ReporterId == null && f.PostType == post.Type && f.PostId == post.Id && f.Status == FlagStatus.Pending, ct);
        if (!pending)
            db.Flags.Add(Flag.Automatic(post, questionId, FlagReason.Abusive, Note(words), clock.GetUtcNow()));
        return true;
    }

    private static string Note(IReadOnlyList<string> words)
    {
        var note = "Automatic: rude words: " + string.Join(", ", words);
        return note.Length <= FlagPostValidator.NoteMax ? note : note[..(FlagPostValidator.NoteMax - 1)] + "…";
    }
}
