namespace Forum.Domain.Features.Moderation;

/// <summary>Respect (issue 6, item 9): the words that read as rude; bound from "Forum:Respect".</summary>
public sealed class RespectOptions
{
    /// <summary>
    /// Words and phrases matched as whole words, ignoring case, accents, invisible characters and look-alike
    /// letters; an entry ending in * also matches longer words it starts ("idiot*": "idiots", "idiotic"). Empty: no checks.
    /// </summary>
    public List<string> RudeWords { get; set; } = [];
}
