using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Forum.Infrastructure.Persistence.Configurations;

internal static class MemberIdColumns
{
    /// <summary>
    /// A column that holds a member's id, which is their Identity account's id: as long as Identity's own key column
    /// (450 characters), so the two compare and join alike on every database.
    /// </summary>
    public static PropertyBuilder<T> IsMemberId<T>(this PropertyBuilder<T> property) => property.HasMaxLength(450);
}
