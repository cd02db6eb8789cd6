using System.Text;

namespace Forum.Domain.Features.Search;

/// <summary>
/// Rebuilds the search documents of some questions or FAQ articles from what is visible of them now: those of
/// questions a moment after a change to them or their answers (<see cref="RefreshSearchDocuments"/>), those of FAQ
/// articles inside the transaction of every change to them.
/// </summary>
public static class SearchIndexing
{
    /// <summary>Brings the documents of <paramref name="questionIds"/> up to date; the caller saves.</summary>
    public static async Task RefreshAsync(IForumDb db, IReadOnlyCollection<int> questionIds, CancellationToken ct)
    {
        if (questionIds.Count == 0)
            return;
        var questions = await db.Questions.AsNoTracking()
            .Where(q => questionIds.Contains(q.Id)).Where(SearchVisibility.Question)
            .Select(q => new { q.Id, q.Language, q.Title, q.BodyHtml, q.AcceptedAnswerId })
            .ToListAsync(ct);
        var answers = (await db.Answers.AsNoTracking()
            .Where(a => questionIds.Contains(a.QuestionId)).Where(SearchVisibility.Answer)
            .Select(a => new { a.Id, a.QuestionId, a.BodyHtml, a.Score })
            .ToListAsync(ct))
            .ToLookup(a => a.QuestionId);
        var documents = await db.SearchDocuments.Where(d => d.QuestionId != null && questionIds.Contains(d.QuestionId.Value))
            .ToDictionaryAsync(d => d.QuestionId!.Value, ct);

        foreach (var question in questions)
        {
            var body = QuestionText(question.BodyHtml, question.AcceptedAnswerId, answers[question.Id].Select(a => (a.Id, a.BodyHtml, a.Score)));
            if (documents.Remove(question.Id, out var document))
                document.Update(question.Language, question.Title, body);
            else
                db.SearchDocuments.Add(SearchDocument.ForQuestion(question.Id, question.Language, question.Title, body));
        }
        // What is left belongs to questions that are gone or no longer visible.
        db.SearchDocuments.RemoveRange(documents.Values);
    }

    /// <summary>
    /// What a question's document holds besides its title: the text of the question, then of its visible answers,
    /// the accepted one first, then by score, up to <see cref="SearchDocument.MaxBodyLength"/>. Tools that write many
    /// documents at once pass a <paramref name="toText"/> that remembers texts already made from the same HTML.
    /// </summary>
    public static string QuestionText(string questionHtml, int? acceptedAnswerId, IEnumerable<(int Id, string BodyHtml, int Score)> visibleAnswers, Func<string, string>? toText = null)
    {
        toText ??= SearchText.FromHtml;
        var body = new StringBuilder(toText(questionHtml));
        var best = visibleAnswers.OrderByDescending(a => a.Id == acceptedAnswerId).ThenByDescending(a => a.Score).ThenBy(a => a.Id);
        foreach (var answer in best.TakeWhile(_ => body.Length < SearchDocument.MaxBodyLength))
            body.Append("\n\n").Append(toText(answer.BodyHtml));
        return body.ToString();
    }

    /// <summary>
    /// Brings the documents of the FAQ articles <paramref name="articleIds"/> up to date: for each published,
    /// unarchived article, one in English with the title and the text of its current approved revision (never a
    /// draft nor a pending revision), and one for each published translation with its approved title and text.
    /// </summary>
    public static async Task RefreshFaqAsync(IForumDb db, IReadOnlyCollection<int> articleIds, CancellationToken ct)
    {
        if (articleIds.Count == 0)
            return;
        var articles = await db.FaqArticles.AsNoTracking()
            .Where(a => articleIds.Contains(a.Id)).Where(SearchVisibility.FaqArticle)
            .Select(a => new
            {
                a.Id, a.Title,
                BodyHtml = a.Revisions.Where(r => r.Number == a.CurrentRevisionNumber && r.Status == FaqRevisionStatus.Approved).Select(r => r.BodyHtml).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var visible = articles.Select(a => a.Id).ToList();
        var translations = await db.FaqTranslations.AsNoTracking()
            .Where(t => visible.Contains(t.ArticleId) && t.CurrentRevisionNumber > 0)
            .Select(t => new
            {
                t.ArticleId, t.Language, t.Title,
                BodyHtml = t.Revisions.Where(r => r.Number == t.CurrentRevisionNumber && r.Status == FaqRevisionStatus.Approved).Select(r => r.BodyHtml).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var documents = await db.SearchDocuments.Where(d => d.FaqArticleId != null && articleIds.Contains(d.FaqArticleId.Value))
            .ToDictionaryAsync(d => (d.FaqArticleId!.Value, d.Language), ct);
        var texts = articles.Select(a => (a.Id, Language: Languages.English, a.Title, a.BodyHtml))
            .Concat(translations.Select(t => (Id: t.ArticleId, t.Language, t.Title, t.BodyHtml)));
        foreach (var (id, language, title, html) in texts)
        {
            var body = SearchText.FromHtml(html);
            if (documents.Remove((id, language), out var document))
                document.Update(language, title, body);
            else
                db.SearchDocuments.Add(SearchDocument.ForFaqArticle(id, language, title, body));
        }
        // What is left belongs to articles that are gone, drafts again, or archived, and to translations no longer published.
        db.SearchDocuments.RemoveRange(documents.Values);
    }

    /// <summary>The questions that have no document yet (e.g. written before search existed).</summary>
    public static Task<List<int>> MissingAsync(IForumDb db, int take, CancellationToken ct) =>
        db.Questions.AsNoTracking().Where(SearchVisibility.Question)
            .Where(q => !db.SearchDocuments.Any(d => d.QuestionId == q.Id))
            .OrderBy(q => q.Id).Select(q => q.Id).Take(take).ToListAsync(ct);

    /// <summary>
    /// The searchable FAQ articles that lack a document in English or in the language of one of their published
    /// translations (e.g. published before the FAQ or its translations were searchable).
    /// </summary>
    public static Task<List<int>> MissingFaqAsync(IForumDb db, int take, CancellationToken ct) =>
        db.FaqArticles.AsNoTracking().Where(SearchVisibility.FaqArticle)
            .Where(a => !db.SearchDocuments.Any(d => d.FaqArticleId == a.Id && d.Language == Languages.English) ||
                        db.FaqTranslations.Any(t => t.ArticleId == a.Id && t.CurrentRevisionNumber > 0 &&
                                                    !db.SearchDocuments.Any(d => d.FaqArticleId == a.Id && d.Language == t.Language)))
            .OrderBy(a => a.Id).Select(a => a.Id).Take(take).ToListAsync(ct);
}
