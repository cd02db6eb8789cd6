namespace Forum.Domain.Entities;

/// <summary>A canned Markdown snippet staff keep for helpers, for one category or for all; helpers insert and personalise it.</summary>
public sealed class CommonResponse
{
    public const int TitleMax = 100, BodyMax = 5000;

    private CommonResponse() { }

    public CommonResponse(string title, string markdown, Category? category, string editorId, DateTimeOffset now)
    {
        Change(title, markdown, category, editorId, now);
    }

    public int Id { get; private set; }
    public string Title { get; private set; } = "";
    public string BodyMarkdown { get; private set; } = "";
    public int? CategoryId { get; private set; }
    public Category? Category { get; private set; }
    public string UpdatedById { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }

    public void Change(string title, string markdown, Category? category, string editorId, DateTimeOffset now)
    {
        Title = title;
        BodyMarkdown = markdown;
        Category = category;
        CategoryId = category?.Id;
        UpdatedById = editorId;
        UpdatedAt = now;
    }
}
