namespace Forum.Domain.Features.Faq;

/// <summary>
/// Which suggestions an asker saw ("faq:12", "question:34") and opened on the Ask page before posting anyway,
/// kept with the question so staff can see which articles fail to deflect questions.
/// </summary>
public static class SuggestionTrail
{
    public const int MaxKeys = 25;

    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> ValidSuggestionKeys<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule, IForumTexts texts) =>
        rule.Must(keys => keys is null || (keys.Count <= MaxKeys && keys.All(k => TryParse(k, out _))))
            .Says(texts, "Validation.Ask.SuggestionKeys", MaxKeys);

    /// <summary>Adds the trail to a new question; keys naming nothing that exists are dropped.</summary>
    public static async Task RecordAsync(IForumDb db, Question question, IReadOnlyList<string>? seen, IReadOnlyList<string>? opened, CancellationToken ct)
    {
        var openedKeys = Parse(opened);
        var all = Parse(seen).Union(openedKeys).ToList();
        if (all.Count == 0)
            return;
        var faqIds = all.Where(k => k.Kind == SuggestionKind.Faq).Select(k => k.Id).ToList();
        var questionIds = all.Where(k => k.Kind == SuggestionKind.Question).Select(k => k.Id).ToList();
        var existingFaq = faqIds.Count == 0 ? [] : await db.FaqArticles.Where(a => faqIds.Contains(a.Id)).Select(a => a.Id).ToListAsync(ct);
        var existingQuestions = questionIds.Count == 0 ? [] : await db.Questions.Where(q => questionIds.Contains(q.Id)).Select(q => q.Id).ToListAsync(ct);
        foreach (var key in all)
        {
            var exists = key.Kind == SuggestionKind.Faq ? existingFaq.Contains(key.Id) : existingQuestions.Contains(key.Id);
            if (exists)
                db.AskSuggestions.Add(new AskSuggestion(question, key.Kind, key.Id, openedKeys.Contains(key)));
        }
    }

    private static List<(SuggestionKind Kind, int Id)> Parse(IReadOnlyList<string>? keys) =>
        (keys ?? []).Select(k => TryParse(k, out var key) ? key : default).Where(k => k.Id > 0).Distinct().Take(MaxKeys).ToList();

    private static bool TryParse(string? key, out (SuggestionKind Kind, int Id) parsed)
    {
        parsed = default;
        var parts = (key ?? "").Split(':');
        if (parts.Length != 2 || !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) || id <= 0)
            return false;
        SuggestionKind? kind = parts[0] switch { "faq" => SuggestionKind.Faq, "question" => SuggestionKind.Question, _ => null };
        if (kind is null)
            return false;
        parsed = (kind.Value, id);
        return true;
    }
}
