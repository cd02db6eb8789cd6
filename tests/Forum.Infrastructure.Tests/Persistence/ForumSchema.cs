namespace Forum.Infrastructure.Tests.Persistence;

/// <summary>What every provider's migrations must create, by the names EF Core gives them.</summary>
internal static class ForumSchema
{
    public static readonly string[] Tables =
    [
        "AspNetUsers", "AspNetRoles", "AspNetUserRoles", "AspNetUserClaims", "AspNetUserLogins", "AspNetUserTokens", "AspNetRoleClaims",
        "Members", "Categories", "Tags", "Questions", "QuestionTags", "Answers", "Votes", "MeToos", "PostRevisions", "ReputationEvents",
        "SearchDocuments", "DataProtectionKeys",
        "__EFMigrationsHistory",
    ];

    /// <summary>The indexes behind the question lists (Newest, Active, Top, Unanswered, Solved, per category), the answer order, profiles and the reputation ledger.</summary>
    public static readonly string[] ListIndexes =
    [
        "IX_Questions_CreatedAt",
        "IX_Questions_LastActivityAt",
        "IX_Questions_Score",
        "IX_Questions_Status_AnswerCount_CreatedAt",
        "IX_Questions_Status_LastActivityAt",
        "IX_Questions_CategoryId_CreatedAt",
        "IX_Questions_AuthorId_CreatedAt",
        "IX_Answers_QuestionId_Score",
        "IX_Answers_AuthorId_CreatedAt",
        "IX_Votes_VoterId_CastAt",
        "IX_Votes_PostType_PostId",
        "IX_ReputationEvents_MemberId_CreatedAt",
        "IX_ReputationEvents_PostType_PostId",
        "IX_PostRevisions_PostType_PostId",
    ];

    /// <summary>Indexes that enforce a rule: one vote per member and post, unique category slugs, tag names and accounts.</summary>
    public static readonly string[] UniqueIndexes =
    [
        "IX_Votes_VoterId_PostType_PostId",
        "IX_Categories_Slug",
        "IX_Tags_Name",
        "UserNameIndex",
        "RoleNameIndex",
    ];

    public static string[] Missing(IEnumerable<string> expected, IEnumerable<string> actual)
    {
        var present = actual.ToHashSet(StringComparer.Ordinal);
        return expected.Where(name => !present.Contains(name)).ToArray();
    }
}
