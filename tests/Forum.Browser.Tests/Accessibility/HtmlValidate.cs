using System.Diagnostics;
using System.Text.Json;

namespace Forum.Browser.Tests.Accessibility;

/// <summary>
/// html-validate (npm, its recommended rules) over pages' HTML as the forum served it, run by the copy that
/// scripts/test.sh installs in tests/html-validate (`npm ci`); one run for all the pages given.
/// </summary>
public static class HtmlValidate
{
    /// <returns>One line per error: the page's address, where in it, the rule and its message.</returns>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(IReadOnlyList<(string Address, string Html)> pages)
    {
        var folder = ToolFolder();
        var tool = Path.Combine(folder, "node_modules", ".bin", "html-validate");
        if (!File.Exists(tool))
            throw new InvalidOperationException($"{tool} is missing: run `npm ci` in tests/html-validate (scripts/test.sh does).");
        var work = Directory.CreateTempSubdirectory("forum-html-validate-");
        try
        {
            var addresses = new Dictionary<string, string>();
            for (var i = 0; i < pages.Count; i++)
            {
                var file = Path.Combine(work.FullName, $"page-{i:D3}.html");
                await File.WriteAllTextAsync(file, pages[i].Html);
                addresses[file] = pages[i].Address;
            }
            var start = new ProcessStartInfo(tool)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                Environment = { ["NO_COLOR"] = "1" },
            };
            // The report goes to a file: node may exit before a large answer on a pipe is written out.
            var report = Path.Combine(work.FullName, "report.json");
            foreach (var argument in new[] { "--config", Path.Combine(folder, ".htmlvalidate.json"), "--formatter", $"json={report}" }.Concat(addresses.Keys))
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var json = File.Exists(report) ? (await File.ReadAllTextAsync(report)).Trim() : "";
            if (process.ExitCode is not (0 or 1) || (process.ExitCode == 1 && json.Length == 0))
                throw new InvalidOperationException($"html-validate failed (exit code {process.ExitCode}): {await output} {await errors}");
            if (json.Length == 0)
                return [];
            var found = new List<string>();
            foreach (var result in JsonDocument.Parse(json).RootElement.EnumerateArray())
            {
                var address = addresses.GetValueOrDefault(result.GetProperty("filePath").GetString()!, result.GetProperty("filePath").GetString()!);
                foreach (var message in result.GetProperty("messages").EnumerateArray().Where(m => m.GetProperty("severity").GetInt32() >= 2))
                    found.Add($"{address} line {message.GetProperty("line")}: {message.GetProperty("ruleId").GetString()}: {message.GetProperty("message").GetString()}");
            }
            return found;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static string ToolFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "html-validate");
            if (File.Exists(Path.Combine(candidate, "package.json")))
                return candidate;
        }
        throw new DirectoryNotFoundException("tests/html-validate was not found above the test's folder.");
    }
}
