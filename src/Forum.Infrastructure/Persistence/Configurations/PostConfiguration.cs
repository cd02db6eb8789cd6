using Forum.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Forum.Infrastructure.Persistence.Configurations;

internal static class PostConfiguration
{
    public static void ConfigurePost<TPost>(EntityTypeBuilder<TPost> builder) where TPost : Post
    {
        builder.Ignore(p => p.Type);
        builder.Ignore(p => p.IsDeleted);
        builder.Property(p => p.AuthorId).HasMaxLength(450);
        builder.Property(p => p.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasOne(p => p.Author).WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.AuthorId, p.CreatedAt });
    }
}

internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> builder)
    {
        PostConfiguration.ConfigurePost(builder);
        builder.Ignore(q => q.AcceptsNewAnswers);
        builder.Property(q => q.Title).HasMaxLength(200);
        builder.Property(q => q.Slug).HasMaxLength(100);
        builder.HasOne(q => q.Category).WithMany().HasForeignKey(q => q.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(q => q.Tags).WithMany(t => t.Questions).UsingEntity("QuestionTags");
        builder.HasMany(q => q.Answers).WithOne(a => a.Question).HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Cascade);
        // One index per list order (Newest, Active, Top; Unanswered and Solved filter on status first).
        builder.HasIndex(q => q.CreatedAt);
        builder.HasIndex(q => q.LastActivityAt);
        builder.HasIndex(q => q.Score);
        builder.HasIndex(q => new { q.Status, q.AnswerCount, q.CreatedAt });
        builder.HasIndex(q => new { q.Status, q.LastActivityAt });
        builder.HasIndex(q => new { q.CategoryId, q.CreatedAt });
        // Customer service: the Needs-attention queue (open questions by tier and age), the follow-up scan, the claim.
        builder.Property(q => q.TakenById).HasMaxLength(450);
        builder.Property(q => q.SupportNote).HasMaxLength(300);
        builder.Property(q => q.SatisfactionComment).HasMaxLength(1000);
        builder.HasOne(q => q.TakenBy).WithMany().HasForeignKey(q => q.TakenById).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasIndex(q => new { q.Status, q.AskerTier, q.CreatedAt });
        builder.HasIndex(q => new { q.Status, q.SolvedAt });
    }
}

internal sealed class AnswerConfiguration : IEntityTypeConfiguration<Answer>
{
    public void Configure(EntityTypeBuilder<Answer> builder)
    {
        PostConfiguration.ConfigurePost(builder);
        builder.HasIndex(a => new { a.QuestionId, a.Score });
    }
}

internal sealed class VoteConfiguration : IEntityTypeConfiguration<Vote>
{
    public void Configure(EntityTypeBuilder<Vote> builder)
    {
        builder.Property(v => v.VoterId).HasMaxLength(450);
        builder.HasOne<Member>().WithMany().HasForeignKey(v => v.VoterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.VoterId, v.PostType, v.PostId }).IsUnique();
        builder.HasIndex(v => new { v.VoterId, v.CastAt });
        builder.HasIndex(v => new { v.PostType, v.PostId });
    }
}

internal sealed class MeTooConfiguration : IEntityTypeConfiguration<MeToo>
{
    public void Configure(EntityTypeBuilder<MeToo> builder)
    {
        builder.HasKey(m => new { m.QuestionId, m.MemberId });
        builder.Property(m => m.MemberId).HasMaxLength(450);
        builder.HasOne<Question>().WithMany().HasForeignKey(m => m.QuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(m => m.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PostRevisionConfiguration : IEntityTypeConfiguration<PostRevision>
{
    public void Configure(EntityTypeBuilder<PostRevision> builder)
    {
        builder.Property(r => r.EditorId).HasMaxLength(450);
        builder.Property(r => r.Title).HasMaxLength(200);
        builder.HasOne(r => r.Editor).WithMany().HasForeignKey(r => r.EditorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.PostType, r.PostId });
    }
}

internal sealed class ReputationEventConfiguration : IEntityTypeConfiguration<ReputationEvent>
{
    public void Configure(EntityTypeBuilder<ReputationEvent> builder)
    {
        builder.Property(e => e.MemberId).HasMaxLength(450);
        builder.Property(e => e.ActorId).HasMaxLength(450);
        builder.HasOne<Member>().WithMany().HasForeignKey(e => e.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.MemberId, e.CreatedAt });
        builder.HasIndex(e => new { e.PostType, e.PostId });
    }
}
