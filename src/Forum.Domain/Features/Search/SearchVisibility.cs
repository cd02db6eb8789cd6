using System.Linq.Expressions;
using Forum.Domain.Entities;

namespace Forum.Domain.Features.Search;

/// <summary>
/// THE one place that says which posts search may see. Search documents are built only from posts that pass
/// these tests (so hidden text is never indexed nor shown in a snippet), and results are filtered by them again.
/// Extend both when posts gain new states (hidden, held for review).
/// </summary>
public static class SearchVisibility
{
    public static readonly Expression<Func<Question, bool>> Question = q => q.DeletedAt == null;

    public static readonly Expression<Func<Answer, bool>> Answer = a => a.DeletedAt == null;
}
