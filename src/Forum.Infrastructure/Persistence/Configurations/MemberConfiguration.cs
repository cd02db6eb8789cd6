using Forum.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Forum.Infrastructure.Persistence.Configurations;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.Property(m => m.Id).IsMemberId();
        builder.Property(m => m.DisplayName).HasMaxLength(60);
        // No two members have names that look alike, even when they choose them at the same moment.
        builder.Property(m => m.NameKey).HasMaxLength(NameSkeleton.MaxLength);
        builder.HasIndex(m => m.NameKey).IsUnique();
        builder.Property(m => m.SuspensionReason).HasMaxLength(500);
        // Two moderators suspending or lifting the same suspension at once: one wins, the other gets a conflict.
        builder.Property(m => m.SuspendedUntil).IsConcurrencyToken();
        // Two renames at once (which could both pass the wait between renames): one wins, the other gets a conflict.
        builder.Property(m => m.DisplayNameChangedAt).IsConcurrencyToken();
        builder.Property(m => m.Language).HasMaxLength(Languages.CodeMax).HasDefaultValue(Languages.English);
        builder.HasOne<ForumUser>().WithOne().HasForeignKey<Member>(m => m.Id).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ForumUserConfiguration : IEntityTypeConfiguration<ForumUser>
{
    public void Configure(EntityTypeBuilder<ForumUser> builder) => builder.Property(u => u.DisplayName).HasMaxLength(60);
}

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(80);
        builder.Property(c => c.Slug).HasMaxLength(80);
        builder.Property(c => c.Description).HasMaxLength(500);
        builder.HasIndex(c => c.Slug).IsUnique();
    }
}

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(25);
        builder.HasIndex(t => t.Name).IsUnique();
    }
}
