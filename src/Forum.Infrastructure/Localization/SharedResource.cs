namespace Forum.Infrastructure;

/// <summary>
/// Names the forum's shared resources (Resources/SharedResource.resx, English, and one file per other language, such as
/// SharedResource.id.resx) for <c>IStringLocalizer&lt;SharedResource&gt;</c>. It lives in the assembly's root namespace
/// so that the resources' name is "Resources.SharedResource".
/// </summary>
public sealed class SharedResource
{
    private SharedResource() { }
}
