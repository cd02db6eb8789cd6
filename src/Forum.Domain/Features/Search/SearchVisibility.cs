using System.Linq.Expressions;

namespace Forum.Domain.Features.Search;

/// <summary>
/// Which posts search may see: only public ones (<see cref="ContentVisibility"/>: not deleted, not hidden, not
/// held for review). Search documents are built only from posts that pass these tests (so hidden text is never
/// indexed nor shown in a snippet), and results are filtered by them again. FAQ articles are searchable while
/// published and not archived: drafts never are, and an archived article leaves the index (its page says it is
/// archived, so a result could only lead to a dead end). Only an article's current approved revision is indexed.
/// </summary>
public static class SearchVisibility
{
    public static readonly Expression<Func<Question, bool>> Question = ContentVisibility.IsPublicQuestion;

    public static readonly Expression<Func<Answer, bool>> Answer = ContentVisibility.IsPublicAnswer;

    public static readonly Expression<Func<FaqArticle, bool>> FaqArticle = a => a.PublishedAt != null && a.ArchivedAt == null;
}
