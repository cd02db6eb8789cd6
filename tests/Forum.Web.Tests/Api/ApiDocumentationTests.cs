using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Api;

/// <summary>The OpenAPI document describes every operation as it really answers, and the API reference page renders it.</summary>
public sealed partial class ApiDocumentationTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    /// <summary>Plain lists open to everyone, and the bell's count (0 for a visitor), with no input that can be wrong: nothing they answer is a 4xx.</summary>
    private static readonly string[] OperationsWithoutFailures = ["GET /api/v1/categories", "GET /api/v1/faq", "GET /api/v1/notifications/unread-count"];

    /// <summary>The account endpoints that answer a bare 200 whatever the address, so as not to tell which addresses have accounts.</summary>
    private static readonly string[] SuccessesWithoutBody =
        ["POST /api/v1/auth/forgotPassword", "POST /api/v1/auth/register", "POST /api/v1/auth/resendConfirmationEmail", "POST /api/v1/auth/resetPassword"];

    [Fact]
    public async Task Every_operation_has_a_name_a_summary_a_described_success_and_its_failures_as_problem_details()
    {
        var operations = Operations(await DocumentAsync()).ToList();

        Assert.True(operations.Count >= 79, $"only {operations.Count} operations are described");
        Assert.Equal(operations.Count, operations.Select(o => o.Operation.GetProperty("operationId").GetString()).Distinct().Count());
        var withoutFailures = new List<string>();
        var withoutBody = new List<string>();
        foreach (var (name, operation) in operations)
        {
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()), $"{name} has no summary");
            var responses = operation.GetProperty("responses").EnumerateObject().ToList();
            var successes = responses.Where(r => r.Name.StartsWith('2')).ToList();
            Assert.True(successes.Count > 0, $"{name} has no 2xx response");
            foreach (var success in successes.Where(r => r.Name != "204"))
            {
                if (!success.Value.TryGetProperty("content", out var content))
                    withoutBody.Add(name);
                else
                    Assert.True(content.EnumerateObject().All(c => c.Value.TryGetProperty("schema", out _)), $"{name} does not describe the body of its {success.Name}");
            }
            var failures = responses.Where(r => r.Name.StartsWith('4')).ToList();
            if (failures.Count == 0)
                withoutFailures.Add(name);
            foreach (var failure in failures)
                Assert.True(failure.Value.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{name}'s {failure.Name} is not a ProblemDetails");
        }
        Assert.Equal(OperationsWithoutFailures, withoutFailures.Order(StringComparer.Ordinal));
        Assert.Equal(SuccessesWithoutBody, withoutBody.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_security_schemes_are_the_bearer_token_and_the_cookie_with_the_antiforgery_header()
    {
        var document = await DocumentAsync();
        var schemes = document.GetProperty("components").GetProperty("securitySchemes");

        Assert.Equal("http", schemes.GetProperty("bearer").GetProperty("type").GetString());
        Assert.Equal("bearer", schemes.GetProperty("bearer").GetProperty("scheme").GetString());
        Assert.Equal(("apiKey", "cookie", "forum.auth"), ApiKey(schemes.GetProperty("cookie")));
        Assert.Equal(("apiKey", "header", "RequestVerificationToken"), ApiKey(schemes.GetProperty("antiforgery")));

        // A member's change: the bearer token, or the cookie together with the antiforgery header; never anonymous.
        Assert.Equal(["antiforgery+cookie", "bearer"], Requirements(document, "/api/v1/questions", "post"));
        // A read open to visitors: anonymous, or signed in either way (the answer may depend on who asks).
        Assert.Equal(["", "bearer", "cookie"], Requirements(document, "/api/v1/questions/{id}", "get"));
        // The Identity API's own signed-in endpoints.
        Assert.Equal(["bearer", "cookie"], Requirements(document, "/api/v1/auth/manage/info", "get"));
        // Every operation says who may call it.
        Assert.All(Operations(document), o => Assert.True(o.Operation.GetProperty("security").GetArrayLength() > 0, $"{o.Name} declares no security"));
    }

    [Fact]
    public async Task Failures_follow_the_use_case_a_staff_only_change_needs_sign_in_and_the_role()
    {
        var document = await DocumentAsync();
        var promote = document.GetProperty("paths").GetProperty("/api/v1/answers/{id}/promote").GetProperty("post").GetProperty("responses");

        Assert.Equal(["200", "201", "400", "401", "403", "404", "409", "429"], promote.EnumerateObject().Select(r => r.Name).Order().ToArray());
        Assert.Equal("#/components/schemas/HttpValidationProblemDetails",
            promote.GetProperty("400").GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString());
    }

    [Fact]
    public async Task The_api_reference_page_runs_only_its_own_nonced_scripts_and_the_footer_links_to_it()
    {
        var client = forum.CreateClient();
        var response = await client.GetAsync("/api/reference/");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("openapi/v1.json", html);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = Assert.Single(NonceInPolicy().Matches(csp)).Groups[1].Value;
        var scripts = ScriptTag().Matches(html);
        Assert.NotEmpty(scripts);
        Assert.All(scripts, script => Assert.Contains($"nonce=\"{nonce}\"", script.Value));
        Assert.DoesNotContain("unsafe-inline", csp.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)));
        Assert.Contains("frame-ancestors 'none'", csp);

        var again = (await client.GetAsync("/api/reference/")).Headers.GetValues("Content-Security-Policy").Single();
        Assert.NotEqual(csp, again);
        Assert.Contains("href=\"/api/reference/\"", await client.GetStringAsync("/"));
    }

    /// <summary>The document passes `redocly lint` (recommended rules) with no error, run by the CLI installed in tests/openapi-lint.</summary>
    [Fact]
    public async Task The_openapi_document_passes_redocly_lint_without_errors()
    {
        var tool = Path.Combine(LintToolFolder(), "node_modules", ".bin", "redocly");
        Assert.True(File.Exists(tool), $"{tool} is missing: run `npm ci` in tests/openapi-lint (scripts/test.sh does).");
        var file = Path.Combine(Path.GetTempPath(), $"forum-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, await forum.CreateClient().GetStringAsync("/openapi/v1.json"));
        try
        {
            var lint = new ProcessStartInfo(tool, ["lint", file, "--format=stylish", "--max-problems=1000"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                Environment = { ["REDOCLY_TELEMETRY"] = "off", ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true", ["NO_COLOR"] = "1" },
            };
            using var process = Process.Start(lint)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"redocly lint found errors (exit code {process.ExitCode}):\n{await output}\n{await errors}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private async Task<JsonElement> DocumentAsync() =>
        await (await forum.CreateClient().GetAsync("/openapi/v1.json")).JsonAsync(HttpStatusCode.OK);

    private static IEnumerable<(string Name, JsonElement Operation)> Operations(JsonElement document) =>
        from path in document.GetProperty("paths").EnumerateObject()
        from operation in path.Value.EnumerateObject()
        where Methods.Contains(operation.Name)
        select ($"{operation.Name.ToUpperInvariant()} {path.Name}", operation.Value);

    private static (string?, string?, string?) ApiKey(JsonElement scheme) =>
        (scheme.GetProperty("type").GetString(), scheme.GetProperty("in").GetString(), scheme.GetProperty("name").GetString());

    /// <summary>Each alternative of the operation's security as its schemes joined by "+" (an empty one: anonymous).</summary>
    private static string[] Requirements(JsonElement document, string path, string method) =>
        document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("security").EnumerateArray()
            .Select(requirement => string.Join('+', requirement.EnumerateObject().Select(s => s.Name).Order()))
            .Order(StringComparer.Ordinal).ToArray();

    private static string LintToolFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "openapi-lint");
            if (File.Exists(Path.Combine(candidate, "package.json")))
                return candidate;
        }
        throw new DirectoryNotFoundException("tests/openapi-lint was not found above the test's folder.");
    }

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NonceInPolicy();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();
}
