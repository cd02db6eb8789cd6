using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Moderation;
using Forum.Infrastructure;
using Forum.Infrastructure.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Forum.Infrastructure.Tests.Localization;

/// <summary>Every language of the forum has every sentence of every other, with the same placeholders.</summary>
public sealed partial class ResourceFilesTests
{
    private static readonly ResourceManager Shared = new("Forum.Infrastructure.Resources.SharedResource", typeof(SharedResource).Assembly);

    private static Dictionary<string, string> SentencesIn(string language)
    {
        var culture = language == Languages.English ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language);
        var set = Shared.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new Xunit.Sdk.XunitException($"There are no resources in \"{language}\".");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    public static TheoryData<string> OtherLanguages()
    {
        var languages = new TheoryData<string>();
        foreach (var language in Languages.All.Where(l => l != Languages.English))
            languages.Add(language);
        return languages;
    }

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void Every_English_key_exists_in_the_other_language_and_the_other_way_round(string language)
    {
        var english = SentencesIn(Languages.English);
        var other = SentencesIn(language);

        Assert.Empty(english.Keys.Except(other.Keys).Order());
        Assert.Empty(other.Keys.Except(english.Keys).Order());
        Assert.Empty(other.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key));
    }

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void Placeholders_are_the_same_in_both_languages(string language)
    {
        var english = SentencesIn(Languages.English);
        var other = SentencesIn(language);

        var mismatched = english.Keys.Intersect(other.Keys)
            .Where(key => !Placeholders(english[key]).SequenceEqual(Placeholders(other[key])))
            .Select(key => $"{key}: \"{english[key]}\" / \"{other[key]}\"");
        Assert.Empty(mismatched);
    }

    [Fact]
    public void Every_name_the_pages_look_up_by_its_code_is_in_the_resources()
    {
        var english = SentencesIn(Languages.English);
        var keys = Enum.GetValues<ModerationActionType>().Select(a => $"Moderation.Action.{ModerationCodes.Code(a)}")
            .Concat(ModerationCodes.FlagReasons.Keys.Select(code => $"Flag.Reason.{code}"))
            .Concat(Enum.GetValues<Badge>().SelectMany(b => new[] { $"Badge.{b}", $"Badge.{b}.Description" }))
            .Concat(Enum.GetValues<NotificationKind>().Select(k => $"NotificationKind.{k}"))
            .Concat(Enum.GetValues<ReputationReason>().Select(r => $"Reputation.Reason.{r}"))
            .Concat(Enum.GetValues<FeedbackReason>().Select(r => $"Faq.Feedback.Reason.{r}"))
            .Concat(Enum.GetValues<SupportTier>().Select(t => $"Tier.{t}"))
            .Concat(Enum.GetValues<QuestionStatus>().Where(s => s != QuestionStatus.Open).SelectMany(s => new[] { $"Status.{s}", $"Status.{s}.Hint" }))
            .Concat(Enum.GetValues<MemberRole>().Where(r => r != MemberRole.Member).SelectMany(r => new[] { $"Role.{r}", $"Role.{r}.Description" }));

        var missing = keys.Where(key => !english.ContainsKey(key)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void The_placeholder_check_sees_a_missing_or_renumbered_placeholder()
    {
        Assert.NotEqual(Placeholders("{0} answered your question."), Placeholders("menjawab pertanyaan Anda."));
        Assert.NotEqual(Placeholders("\"{0}\" ({1})"), Placeholders("\"{0}\" ({0})"));
        Assert.Equal(Placeholders("{1}: {0:N0}"), Placeholders("{0:N0} — {1}"));
    }

    [Fact]
    public void A_sentence_is_said_in_the_language_asked_for_whatever_the_current_culture()
    {
        var texts = new ResourceTexts(new StringLocalizer<SharedResource>(new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance)));
        var before = CultureInfo.CurrentUICulture;

        Assert.Equal("Rina menjawab pertanyaan Anda.", texts.Get("id", "Notification.AnsweredYourQuestion", "Rina"));
        Assert.Equal("Rina answered your question.", texts.Get("en", "Notification.AnsweredYourQuestion", "Rina"));
        Assert.Equal("Rina answered your question.", texts.Get("xx", "Notification.AnsweredYourQuestion", "Rina"));
        Assert.Equal(before, CultureInfo.CurrentUICulture);
    }

    /// <summary>The distinct placeholder numbers of a format string ("{1} … {0:N0}" → 0, 1), doubled braces excepted.</summary>
    private static int[] Placeholders(string format) =>
        [.. Placeholder().Matches(format.Replace("{{", "").Replace("}}", "")).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Order()];

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
