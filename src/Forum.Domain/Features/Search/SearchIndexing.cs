using System.Text;

namespace Forum.Domain.Features.Search;

/// <summary>
/// Rebuilds the search documents of some questions or FAQ articles from what is visible of them now. The database
/// calls this inside the transaction of every change to questions, answers or FAQ articles, so the index never
/// lags behind.
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
            .Select(q => new { q.Id, q.Title, q.BodyHtml, q.AcceptedAnswerId })
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
            Write(db, documents, question.Id, question.Title, body, SearchDocument.ForQuestion);
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
    /// Brings the documents of the FAQ articles <paramref name="articleIds"/> up to date: the title and the text of
    /// the current approved revision of each published, unarchived article (never a draft nor a pending revision).
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
        var documents = await db.SearchDocuments.Where(d => d.FaqArticleId != null && articleIds.Contains(d.FaqArticleId.Value))
            .ToDictionaryAsync(d => d.FaqArticleId!.Value, ct);
        foreach (var article in articles)
            Write(db, documents, article.Id, article.Title, SearchText.FromHtml(article.BodyHtml), SearchDocument.ForFaqArticle);
        // What is left belongs to articles that are gone, drafts again, or archived.
        db.SearchDocuments.RemoveRange(documents.Values);
    }

    private static void Write(IForumDb db, Dictionary<int, SearchDocument> documents, int id, string title, string body, Func<int, string, string, SearchDocument> create)
    {
        if (documents.Remove(id, out var document))
            document.Update(title, body);
        else
            db.SearchDocuments.Add(create(id, title, body));
    }

    /// <summary>The questions that have no document yet (e.g. written before search existed).</summary>
    public static Task<List<int>> MissingAsync(IForumDb db, int take, CancellationToken ct) =>
        db.Questions.AsNoTracking().Where(SearchVisibility.Question)
            .Where(q => !db.SearchDocuments.Any(d => d.QuestionId == q.Id))
            .OrderBy(q => q.Id).Select(q => q.Id).Take(take).ToListAsync(ct);

    /// <summary>The searchable FAQ articles that have no document yet (e.g. published before the FAQ was searchable).</summary>
    public static Task<List<int>> MissingFaqAsync(IForumDb db, int take, CancellationToken ct) =>
        db.FaqArticles.AsNoTracking().Where(SearchVisibility.FaqArticle)
            .Where(a => !db.SearchDocuments.Any(d => d.FaqArticleId == a.Id))
            .OrderBy(a => a.Id).Select(a => a.Id).Take(take).ToListAsync(ct);
}
