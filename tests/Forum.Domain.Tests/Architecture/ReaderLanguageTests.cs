using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;
using Forum.Domain.Common;
using Forum.Infrastructure;
using Forum.Infrastructure.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace Forum.Domain.Tests.Architecture;

/// <summary>
/// What the use cases tell a reader goes through the resources, so it is said in the reader's language: a validation
/// message written as an English literal, or a refusal thrown without the phrase that says it, fails here.
/// </summary>
public sealed partial class ReaderLanguageTests
{
    public static TheoryData<Type> Validators()
    {
        var validators = new TheoryData<Type>();
        foreach (var type in typeof(IForumTexts).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IValidator).IsAssignableFrom(t))
                     .OrderBy(t => t.FullName, StringComparer.Ordinal))
            validators.Add(type);
        return validators;
    }

    [Theory]
    [MemberData(nameof(Validators))]
    public void Every_validation_message_is_said_in_the_readers_language(Type validatorType)
    {
        var services = new ServiceCollection().AddLogging().AddLocalization(o => o.ResourcesPath = "Resources")
            .AddSingleton<IForumTexts, ResourceTexts>().BuildServiceProvider();
        var validator = (IValidator)ActivatorUtilities.CreateInstance(services, validatorType);

        var components = validator.CreateDescriptor().Rules.SelectMany(r => r.Components.Select(c => (rule: r.PropertyName, component: c))).ToList();
        var english = In("en", () => components.Select(c => c.component.GetUnformattedErrorMessage()).ToList());
        var indonesian = In("id", () => components.Select(c => c.component.GetUnformattedErrorMessage()).ToList());

        var same = components.Where((c, i) => english[i] == indonesian[i]).Select(c => $"{c.rule}: \"{english[components.IndexOf(c)]}\"");
        Assert.True(!same.Any(), $"{validatorType.Name} says these in English whatever the reader's language; say them with .Says(texts, key):\n" + string.Join("\n", same));
    }

    [GeneratedRegex(@"new (RuleViolation|Conflict|Forbidden|RateLimited|TooLarge|ConcurrentChange)Exception\(")]
    private static partial Regex RefusalThrown();

    /// <summary>Each refusal constructed in <paramref name="source"/>, with its arguments (up to the closing parenthesis).</summary>
    private static IEnumerable<string> Refusals(string source) => RefusalThrown().Matches(source).Select(m => m.Value + Arguments(source, m.Index + m.Length));

    /// <summary>The text from <paramref name="start"/> to the parenthesis that closes the one before it, strings skipped.</summary>
    private static string Arguments(string source, int start)
    {
        var (depth, inString) = (1, false);
        for (var i = start; i < source.Length; i++)
        {
            var c = source[i];
            if (inString)
            {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
            }
            else if (c == '"') inString = true;
            else if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return source[start..(i + 1)];
        }
        return source[start..];
    }

    [Fact]
    public void Every_refusal_carries_the_phrase_that_says_it_in_the_readers_language()
    {
        var root = Repository.Root();
        var offences = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(file => Refusals(File.ReadAllText(file)).Where(r => !SaysItself(r))
                .Select(r => $"{Path.GetRelativePath(root, file)}: {r.ReplaceLineEndings(" ")}"))
            .ToList();

        Assert.True(offences.Count == 0, "Give each refusal its Phrase (a resource key), as in new ConflictException(\"…\", said: Phrase.Of(\"Problem.…\")):\n" + string.Join("\n", offences));
    }

    [Fact]
    public void The_refusal_check_sees_a_message_without_its_phrase()
    {
        Assert.False(SaysItself(Assert.Single(Refusals("throw new ConflictException($\"This was already {status}; (see below).\"); var said = Phrase.Of(\"X\");"))));
        Assert.False(SaysItself(Assert.Single(Refusals("throw new RuleViolationException(nameof(X),\n    \"The text is too long.\");"))));
        Assert.True(SaysItself(Assert.Single(Refusals("throw new ConflictException(\"Taken; sorry.\", said: Phrase.Of(\"Problem.Taken\"));"))));
        Assert.True(SaysItself(Assert.Single(Refusals("throw new ForbiddenException(\"No.\", Phrase.Of(\"Problem.No\"));"))));
    }

    /// <summary>The arguments hand the exception a phrase (Phrase.Of, a phrase as said:, another failure's Said).</summary>
    private static bool SaysItself(string refusal) =>
        refusal.Contains("Phrase", StringComparison.Ordinal) || refusal.Contains("said:", StringComparison.Ordinal) || refusal.Contains(".Said", StringComparison.Ordinal);

    private static T In<T>(string language, Func<T> work)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            return work();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
