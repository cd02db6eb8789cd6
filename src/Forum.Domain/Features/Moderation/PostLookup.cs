using Forum.Domain.Common;
using Forum.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Features.Moderation;

/// <summary>Loads a question or an answer (with its question) for a change, whatever its moderation state.</summary>
internal static class PostLookup
{
    public static async Task<(Post Post, Question Question)> LoadAsync(IForumDb db, PostType type, int id, CancellationToken ct)
    {
        if (type == PostType.Question)
        {
            var question = await db.Questions.SingleOrDefaultAsync(q => q.Id == id, ct) ?? throw new NotFoundException("The question");
            return (question, question);
        }
        var answer = await db.Answers.Include(a => a.Question).SingleOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("The answer");
        return (answer, answer.Question!);
    }

    public static string Name(PostType type) => type == PostType.Question ? "The question" : "The answer";
}
