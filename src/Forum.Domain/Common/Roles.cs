namespace Forum.Domain.Common;

public static class Roles
{
    public const string Admin = "Admin";
    public const string Moderator = "Moderator";
    public const string Staff = "Staff";

    public static readonly string[] All = [Admin, Moderator, Staff];
}
