namespace Forum.Domain.Entities;

/// <summary>A product or topic that questions are asked about.</summary>
public sealed class Category
{
    private Category() { }

    public Category(string name, string slug, string description, int sortOrder)
    {
        Name = name;
        Slug = slug;
        Description = description;
        SortOrder = sortOrder;
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public string Description { get; private set; } = "";
    public int SortOrder { get; private set; }
}

public sealed class Tag
{
    private Tag() { }

    public Tag(string name) => Name = name;

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public List<Question> Questions { get; private set; } = [];
}
