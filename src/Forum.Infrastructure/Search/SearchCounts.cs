using System.Collections.Concurrent;

namespace Forum.Infrastructure.Search;

/// <summary>
/// Counts that cost the engine a long walk (how many titles contain a common word, how many documents there
/// are), kept for a few minutes so the next pages that need them ask nothing. A count under
/// <see cref="KeepFrom"/> is cheap to make and asked afresh every time, so a small forum's counts are always
/// exact; a kept count can only be a few minutes old, which moves a common word's share by very little.
/// Only words with at least <see cref="KeepFrom"/> titles are kept, so the memory is bounded by the titles'
/// length, not by their vocabulary.
/// </summary>
public sealed class SearchCounts
{
    public const long KeepFrom = 1000;
    private const long LifetimeMilliseconds = 10 * 60 * 1000;
    private readonly ConcurrentDictionary<string, (long Count, long Until)> _counts = new(StringComparer.Ordinal);

    public bool TryGet(string key, out long count)
    {
        if (_counts.TryGetValue(key, out var kept) && kept.Until > Environment.TickCount64)
        {
            count = kept.Count;
            return true;
        }
        count = 0;
        return false;
    }

    public void Keep(string key, long count)
    {
        if (count >= KeepFrom)
            _counts[key] = (count, Environment.TickCount64 + LifetimeMilliseconds);
    }
}
