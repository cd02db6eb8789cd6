using System.Text.RegularExpressions;

namespace Forum.Domain.Features.Notifications;

/// <summary>Finds @mentions in Markdown. Display names may have a space, so "@Carmen Ortiz" proposes both "Carmen" and "Carmen Ortiz".</summary>
public static partial class Mentions
{
    public const int MaxPerPost = 10;

    public static IReadOnlyList<string> Candidates(string markdown)
    {
        var names = new List<string>();
        foreach (Match match in MentionPattern().Matches(markdown))
        {
            var words = match.Groups[1].Value.TrimEnd('.', '-');
            names.Add(words.Split(' ')[0].TrimEnd('.', '-'));
            if (words.Contains(' '))
                names.Add(words);
            if (names.Count >= MaxPerPost * 2)
                break;
        }
        return names.Where(n => n.Length > 0).Distinct().ToList();
    }

    [GeneratedRegex(@"(?<![\w@/])@([\p{L}\p{N}_][\p{L}\p{N}_.\-]*(?: [\p{L}\p{N}_][\p{L}\p{N}_.\-]*)?)")]
    private static partial Regex MentionPattern();
}
