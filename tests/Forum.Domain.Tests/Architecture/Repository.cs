using System.Text.RegularExpressions;

namespace Forum.Domain.Tests.Architecture;

/// <summary>The source tree the architecture tests read.</summary>
internal static class Repository
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Forum.sln")))
                return dir.FullName;
        throw new InvalidOperationException("The repository root (Forum.sln) was not found above the test's folder.");
    }

    /// <summary>
    /// The lines of the forum's own source (under src/, without build output and generated migrations) that match
    /// <paramref name="pattern"/>, as "path:line: text", in the files <paramref name="isChecked"/> takes (by their path
    /// from the repository's root, with forward slashes).
    /// </summary>
    public static List<string> SourceLinesMatching(Regex pattern, Func<string, bool> isChecked)
    {
        var root = Root();
        return Directory.EnumerateFiles(Path.Combine(root, "src"), "*.*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(root, file).Replace('\\', '/'))
            .Where(file => !file.Contains("/obj/") && !file.Contains("/bin/") && !file.Contains("/Migrations/") && isChecked(file))
            .SelectMany(file => File.ReadLines(Path.Combine(root, file))
                .Select((line, index) => (file, number: index + 1, line))
                .Where(l => pattern.IsMatch(l.line)))
            .Select(l => $"{l.file}:{l.number}: {l.line.Trim()}")
            .ToList();
    }
}
