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
}
