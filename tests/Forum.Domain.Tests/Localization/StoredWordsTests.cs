using System.Reflection;
using Forum.Domain.Features.Moderation;
using Forum.Domain.Features.Support;
using Forum.Domain.Tests.Harness;

namespace Forum.Domain.Tests.Localization;

/// <summary>
/// Words the forum stores in English because every row ever written has them (what became of a flag, a note for
/// helpers) are read through the resources in the reader's language; what the forum does not know stays as stored.
/// </summary>
public sealed class StoredWordsTests
{
    [Fact]
    public void Every_flag_resolution_the_forum_writes_is_said_through_its_resource()
    {
        var resolutions = typeof(FlagResolutions).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (Name: f.Name, Stored: (string)f.GetRawConstantValue()!)).ToList();

        Assert.NotEmpty(resolutions);
        Assert.All(resolutions, r => Assert.Equal($"FlagResolution.{r.Name}", PhraseKeys.Of(FlagResolutions.Said(r.Stored))));
        Assert.Equal("Handled by hand", PhraseKeys.Of(FlagResolutions.Said("Handled by hand")));
    }

    [Fact]
    public void The_note_of_a_question_back_in_the_queue_is_said_with_its_day()
    {
        var stored = SupportNotes.NoLongerSolved(new DateTimeOffset(2026, 12, 4, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal("The asker said on 2026-12-04 that the accepted answer no longer solves this.", stored);
        Assert.Equal($"Support.Note.NoLongerSolved({new DateOnly(2026, 12, 4)})", PhraseKeys.Of(SupportNotes.Said(stored)));
        Assert.Equal("The asker said on a Tuesday that the accepted answer no longer solves this.",
            PhraseKeys.Of(SupportNotes.Said("The asker said on a Tuesday that the accepted answer no longer solves this.")));
    }
}
