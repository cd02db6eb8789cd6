using System.Linq.Expressions;

namespace Forum.Domain.Features.Questions;

public static class TagFilter
{
    /// <summary>
    /// The questions tagged <paramref name="tag"/>, as "id among the tag's questions": read once through the tag's
    /// index, where "any of its tags is" would be checked question by question over the whole list (fifteen times
    /// slower on SQLite at 100,000 questions).
    /// </summary>
    public static Expression<Func<Question, bool>> TaggedWith(IForumDb db, string tag) =>
        q => db.Tags.Where(t => t.Name == tag).SelectMany(t => t.Questions).Select(t => t.Id).Contains(q.Id);
}
