using FluentValidation;
using FluentValidation.Results;
using Forum.Domain.Common;
using Forum.Web.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Forum.Infrastructure;

namespace Forum.Web.Tests.Hosting;

/// <summary>Each failure of a use case, as the API, a page and a form shown again receive it.</summary>
public sealed class ForumFailuresTests
{
    /// <summary>The forum's words as the running test's culture reads them (English).</summary>
    private static readonly IStringLocalizer Texts = new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance).Create(typeof(SharedResource));

    public static TheoryData<ForumException, int, string> Refusals => new()
    {
        { new UnauthenticatedException(), 401, "Login required." },
        { new ForbiddenException("Only staff can verify answers."), 403, "Not allowed." },
        { new NotFoundException("The question"), 404, "Not found." },
        { new ConflictException("This question is already locked or closed."), 409, "Conflict." },
        { new ConcurrentChangeException("Someone else changed this answer."), 409, "Conflict." },
        { new RateLimitedException("You can post at most 4 answers a minute. Try again later.", TimeSpan.FromSeconds(12.2)), 429, "Too many requests." },
        { new RudeWordsException(["idiot"]), 422, "The text has words that may read as rude." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Each_refusal_is_a_problem_with_its_status_title_and_the_use_cases_words(ForumException refusal, int status, string title)
    {
        var problem = ForumFailures.ToProblem(refusal, Texts)!;

        Assert.Equal((status, title, refusal.Message), (problem.Status, problem.Title, problem.Detail));
    }

    [Fact]
    public void Field_errors_are_a_validation_problem_keyed_by_the_json_names()
    {
        var invalid = new ValidationException([new ValidationFailure("DuplicateOfQuestionId", "Give the id of the original question."),
            new ValidationFailure("Reason", "Give a reason."), new ValidationFailure("Reason", "Give a reason.")]);

        var problem = Assert.IsType<ValidationProblemDetails>(ForumFailures.ToProblem(invalid, Texts));
        var rule = Assert.IsType<ValidationProblemDetails>(ForumFailures.ToProblem(new RuleViolationException("DuplicateOfQuestionId", "The original question was not found."), Texts));

        Assert.Equal(400, problem.Status);
        Assert.Equal(["Give the id of the original question."], problem.Errors["duplicateOfQuestionId"]);
        Assert.Equal(["Give a reason."], problem.Errors["reason"]);
        Assert.Equal((400, "The original question was not found."), (rule.Status, rule.Errors["duplicateOfQuestionId"].Single()));
    }

    [Fact]
    public void A_conflict_carries_what_the_client_needs_to_recover_and_rude_words_name_the_words()
    {
        var conflict = new ConflictException("Someone edited this answer.", new Dictionary<string, object?> { ["currentBody"] = "newer text" });

        Assert.Equal("newer text", ForumFailures.ToProblem(conflict, Texts)!.Extensions["currentBody"]);
        Assert.Equal(new[] { "idiot" }, ForumFailures.ToProblem(new RudeWordsException(["idiot"]), Texts)!.Extensions["rudeWords"]);
    }

    [Fact]
    public void What_no_use_case_foresaw_is_no_problem_of_its_own()
    {
        Assert.Null(ForumFailures.ToProblem(new InvalidOperationException("a bug"), Texts));
        Assert.Null(ForumFailures.ToPageResult(new InvalidOperationException("a bug"), new DefaultHttpContext()));
        Assert.False(ForumFailures.TryAddToForm(new InvalidOperationException("a bug"), new ModelStateDictionary(), new DefaultHttpContext().Response));
    }

    [Theory]
    [InlineData(0.2, "1")]
    [InlineData(1, "1")]
    [InlineData(12.2, "13")]
    [InlineData(3600, "3600")]
    public void Retry_after_is_whole_seconds_rounded_up_and_never_zero(double seconds, string header)
    {
        Assert.Equal(header, ForumFailures.RetryAfterSeconds(TimeSpan.FromSeconds(seconds)));
    }

    [Fact]
    public void A_rate_limit_sets_retry_after_on_the_api_response()
    {
        var response = new DefaultHttpContext().Response;
        var limited = new RateLimitedException("You can post at most 5 questions a day. Try again later.", TimeSpan.FromMinutes(90));

        ForumFailures.Prepare(response, limited, ForumFailures.ToProblem(limited, Texts)!.Status);

        Assert.Equal((429, "5400"), (response.StatusCode, response.Headers.RetryAfter.ToString()));
    }

    [Fact]
    public async Task The_rate_limiters_rejection_is_a_429_problem_with_the_same_retry_after()
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().AddLocalization(o => o.ResourcesPath = "Resources").BuildServiceProvider() };
        context.Response.Body = new MemoryStream();

        await ForumFailures.RejectAsync(context, TimeSpan.FromSeconds(41.5));

        Assert.Equal((429, "42"), (context.Response.StatusCode, context.Response.Headers.RetryAfter.ToString()));
        context.Response.Body.Position = 0;
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync();
        Assert.Contains("Try again in 42 seconds.", body);
        Assert.Contains("\"status\":429", body);
    }

    [Fact]
    public void On_a_page_a_visitor_is_sent_to_log_in_and_other_refusals_get_the_status_page_with_their_words()
    {
        Assert.IsType<ChallengeResult>(ForumFailures.ToPageResult(new UnauthenticatedException(), new DefaultHttpContext()));

        var context = new DefaultHttpContext();
        var result = Assert.IsType<StatusCodeResult>(ForumFailures.ToPageResult(new NotFoundException("The answer"), context));
        Assert.Equal(404, result.StatusCode);
        Assert.Equal("The answer was not found.", context.Items[ForumFailures.PageMessageKey]);

        var limited = new DefaultHttpContext();
        Assert.Equal(429, Assert.IsType<StatusCodeResult>(ForumFailures.ToPageResult(new RateLimitedException("Slow down.", TimeSpan.FromSeconds(30)), limited)).StatusCode);
        Assert.Equal("30", limited.Response.Headers.RetryAfter.ToString());

        var invalid = new DefaultHttpContext();
        Assert.Equal(400, Assert.IsType<StatusCodeResult>(ForumFailures.ToPageResult(
            new ValidationException([new ValidationFailure("Tab", "Choose a tab.")]), invalid)).StatusCode);
        Assert.Equal("Choose a tab.", invalid.Items[ForumFailures.PageMessageKey]);
    }

    [Fact]
    public void A_form_shown_again_gets_field_errors_under_its_prefix_and_request_refusals_where_the_page_shows_them()
    {
        var form = new ModelStateDictionary();
        var response = new DefaultHttpContext().Response;

        Assert.True(ForumFailures.TryAddToForm(new ValidationException([new ValidationFailure("Body", "Write at least 20 characters.")]), form, response, "Input"));
        Assert.True(ForumFailures.TryAddToForm(new RuleViolationException("Tags", "Unknown tag."), form, response, "Input"));
        Assert.True(ForumFailures.TryAddToForm(new ConflictException("Someone edited this answer."), form, response));
        Assert.True(ForumFailures.TryAddToForm(new RateLimitedException("You changed your display name recently.", TimeSpan.FromDays(1)), form, response, requestKey: "DisplayName"));

        Assert.Equal("Write at least 20 characters.", form["Input.Body"]!.Errors.Single().ErrorMessage);
        Assert.Equal("Unknown tag.", form["Input.Tags"]!.Errors.Single().ErrorMessage);
        Assert.Equal("Someone edited this answer.", form[""]!.Errors.Single().ErrorMessage);
        Assert.Equal("You changed your display name recently.", form["DisplayName"]!.Errors.Single().ErrorMessage);
        Assert.Equal((429, "86400"), (response.StatusCode, response.Headers.RetryAfter.ToString()));
    }

    [Fact]
    public void A_rude_words_warning_comes_back_with_the_form_but_no_error_and_a_missing_post_is_no_form_error()
    {
        var form = new ModelStateDictionary();
        var response = new DefaultHttpContext().Response;

        Assert.True(ForumFailures.TryAddToForm(new RudeWordsException(["idiot"]), form, response));
        Assert.False(ForumFailures.TryAddToForm(new NotFoundException("The question"), form, response));
        Assert.False(ForumFailures.TryAddToForm(new ForbiddenException("No."), form, response));

        Assert.Equal(0, form.ErrorCount);
    }
}
