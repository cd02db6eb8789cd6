namespace Forum.Domain.Common;

/// <summary>
/// The names of the fields in FluentValidation's own messages ("'Page size' must be between 1 and 100"), in the
/// language of the request being validated, from the resources (<c>Field.{Property}</c>). A field without a resource
/// keeps the name FluentValidation gives it.
/// </summary>
public static class FieldNames
{
    public static void SayIn(IForumTexts texts) =>
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
        {
            if (member is null)
                return null;
            var key = $"Field.{member.Name}";
            var name = texts.Get(Languages.Current, key);
            return name == key ? null : name;
        };
}
