using Forum.Domain.Common;

namespace Forum.Domain.Tests.Harness;

public static class PhraseKeys
{
    /// <summary>A phrase as its resource keys and arguments ("Key(argument, …)"), so a test sees what would be looked up.</summary>
    public static string Of(Phrase phrase) =>
        phrase.Say((key, arguments) => arguments.Length == 0 ? key : $"{key}({string.Join(", ", arguments)})");
}
