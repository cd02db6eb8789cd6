using System.Text;
using Forum.Domain.Common;
using Forum.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Features.Search;

/// <summary>
/// Rebuilds the search documents of some questions from what is visible of them now. The database calls this
/// inside the transaction of every change to questions or answers, so the index never lags behind.
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
        var documents = await db.SearchDocuments.Where(d => questionIds.Contains(d.QuestionId)).ToDictionaryAsync(d => d.QuestionId, ct);

        foreach (var question in questions)
        {
            var body = new StringBuilder(SearchText.FromHtml(question.BodyHtml));
            var best = answers[question.Id].OrderByDescending(a => a.Id == question.AcceptedAnswerId).ThenByDescending(a => a.Score).ThenBy(a => a.Id);
            foreach (var answer in best.TakeWhile(_ => body.Length < SearchDocument.MaxBodyLength))
                body.Append("\n\n").Append(SearchText.FromHtml(answer.BodyHtml));
            if (documents.Remove(question.Id, out var document))
                document.Update(question.Title, body.ToString());
            else
                db.SearchDocuments.Add(new SearchDocument(question.Id, question.Title, body.ToString()));
        }
        // What is left belongs to questions that are gone or no longer visible.
        db.SearchDocuments.RemoveRange(documents.Values);
    }

    /// <summary>The questions that have no document yet (e.g. written before search existed).</summary>
    public static Task<List<int>> MissingAsync(IForumDb db, int take, CancellationToken ct) =>
        db.Questions.AsNoTracking().Where(SearchVisibility.Question)
            .Where(q => !db.SearchDocuments.Any(d => d.QuestionId == q.Id))
            .OrderBy(q => q.Id).Select(q => q.Id).Take(take).ToListAsync(ct);
}
