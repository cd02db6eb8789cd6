using Forum.Domain.Common;

namespace Forum.Domain.Tests.Users;

public sealed class NameSkeletonTests
{
    [Theory]
    [InlineData("paypal", "pаypаl")] // Cyrillic а
    [InlineData("Scope", "Ѕсоре")] // all Cyrillic
    [InlineData("OPTIMA", "ΟΡΤΙΜΑ")] // Greek capitals
    [InlineData("Nora", "Νοra")] // Greek Ν and ο
    [InlineData("O0o", "ooo")]
    [InlineData("Il1|", "llll")]
    [InlineData("Ann", "Ａｎｎ")]
    [InlineData("Ann", "𝐀𝐧𝐧")] // mathematical bold
    [InlineData("ﬁne", "fine")] // ligature
    [InlineData("Ren\u00E9e", "Rene\u0301e")]
    [InlineData("a\u200B\u200C\u200D\u2060\uFEFFb c", "abc")]
    [InlineData("a\u202Eb", "ab")]
    [InlineData("Mike", "MIKE")]
    [InlineData("Mike", "Mlke")]
    [InlineData("Mom", "Rnorn")]
    [InlineData("Jo-Anne", "jo anne")]
    public void Look_alikes_share_a_skeleton(string one, string other) =>
        Assert.Equal(NameSkeleton.Of(one), NameSkeleton.Of(other));

    [Theory]
    [InlineData("Bob", "Rob")]
    [InlineData("Anna", "Anne")]
    [InlineData("Dan", "Dean")]
    [InlineData("Kai", "Kal2")]
    [InlineData("Мария", "Мариям")]
    [InlineData("Σοφία", "Σοφίας")]
    public void Different_names_keep_different_skeletons(string one, string other) =>
        Assert.NotEqual(NameSkeleton.Of(one), NameSkeleton.Of(other));

    [Fact]
    public void A_skeleton_is_lower_case_letters_and_digits_of_bounded_length()
    {
        Assert.Equal("sarnstaff", NameSkeleton.Of("Sam Staff!"));
        Assert.Equal("", NameSkeleton.Of("... --- ..."));
        Assert.Equal(NameSkeleton.MaxLength, NameSkeleton.Of(new string('\uFDFA', 60)).Length);
    }
}
