namespace Forum.Infrastructure.Persistence.Sql;

/// <summary>
/// Marks every member due for a badge check (<see cref="BadgeCheck"/>), for members whose counted items were written
/// without the forum's saves: those of the database as it was before checks existed (the BadgeChecks migration), and
/// the benchmark's bulk-written content. The same SQL runs on every database the forum supports.
/// </summary>
public static class BadgeCheckSql
{
    public const string EveryMember = """INSERT INTO "BadgeChecks" ("MemberId") SELECT "Id" FROM "Members";""";
}
