using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Forum.Infrastructure.Persistence.Configurations;

/// <summary>Badges, and the indexes the leaderboards sort and sum by.</summary>
internal sealed class MemberBadgeConfiguration : IEntityTypeConfiguration<MemberBadge>
{
    public void Configure(EntityTypeBuilder<MemberBadge> builder)
    {
        builder.Property(b => b.MemberId).IsMemberId();
        // Once per member and badge: a concurrent second award is refused by the database.
        builder.HasIndex(b => new { b.MemberId, b.Badge }).IsUnique();
        builder.HasIndex(b => new { b.Badge, b.MemberId });
        builder.HasOne(b => b.Member).WithMany().HasForeignKey(b => b.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>Members due for a look at their badges; the award job takes the oldest first, by id.</summary>
internal sealed class BadgeCheckConfiguration : IEntityTypeConfiguration<BadgeCheck>
{
    public void Configure(EntityTypeBuilder<BadgeCheck> builder)
    {
        builder.Property(c => c.MemberId).IsMemberId();
        builder.HasOne<Member>().WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>The all-time leaderboard sorts members by reputation.</summary>
internal sealed class MemberLeaderboardConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder) => builder.HasIndex(m => m.Reputation);
}

/// <summary>The weekly leaderboard sums the ledger since Monday.</summary>
internal sealed class ReputationWeekConfiguration : IEntityTypeConfiguration<ReputationEvent>
{
    public void Configure(EntityTypeBuilder<ReputationEvent> builder) => builder.HasIndex(e => new { e.CreatedAt, e.MemberId });
}
