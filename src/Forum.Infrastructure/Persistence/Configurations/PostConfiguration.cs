using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Forum.Infrastructure.Persistence.Configurations;

internal static class PostConfiguration
{
    public static void ConfigurePost<TPost>(EntityTypeBuilder<TPost> builder) where TPost : Post
    {
        builder.Ignore(p => p.Type);
        builder.Ignore(p => p.ThreadQuestionId);
        builder.Ignore(p => p.IsDeleted);
        builder.Ignore(p => p.IsHidden);
        builder.Ignore(p => p.IsPublic);
        builder.Property(p => p.DeletedById).IsMemberId();
        builder.Property(p => p.DeletedReason).HasMaxLength(500);
        builder.Property(p => p.HiddenById).IsMemberId();
        builder.Property(p => p.HiddenReason).HasMaxLength(500);
        // The moderation queue looks up held posts.
        builder.HasIndex(p => p.IsHeld);
        builder.Property(p => p.AuthorId).IsMemberId();
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
        builder.Ignore(q => q.IsClosed);
        builder.HasOne<Question>().WithMany().HasForeignKey(q => q.DuplicateOfQuestionId).OnDelete(DeleteBehavior.Restrict);
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
        // The lists of one language's questions, newest first.
        builder.Property(q => q.Language).HasMaxLength(Languages.CodeMax).HasDefaultValue(Languages.English);
        builder.HasIndex(q => new { q.Language, q.CreatedAt });
        // Customer service: the Needs-attention queue (open questions by tier and age), the follow-up scan, the claim.
        builder.Property(q => q.TakenById).IsMemberId();
        builder.Property(q => q.SupportNote).HasMaxLength(300);
        builder.Property(q => q.SatisfactionComment).HasMaxLength(1000);
        builder.HasOne(q => q.TakenBy).WithMany().HasForeignKey(q => q.TakenById).OnDelete(DeleteBehavior.ClientSetNull);
        // A helper's takes each use one of their few places: the cap on questions held at once holds under concurrency.
        builder.HasIndex(q => new { q.TakenById, q.TakeSlot }).IsUnique();
        builder.HasIndex(q => new { q.Status, q.AskerTier, q.CreatedAt });
        builder.HasIndex(q => new { q.Status, q.SolvedAt });
    }
}

internal sealed class AnswerConfiguration : IEntityTypeConfiguration<Answer>
{
    public void Configure(EntityTypeBuilder<Answer> builder)
    {
        PostConfiguration.ConfigurePost(builder);
        builder.Ignore(a => a.IsVerified);
        builder.Property(a => a.VerifiedById).IsMemberId();
        builder.HasIndex(a => new { a.QuestionId, a.Score });
    }
}

internal sealed class VoteConfiguration : IEntityTypeConfiguration<Vote>
{
    public void Configure(EntityTypeBuilder<Vote> builder)
    {
        builder.Property(v => v.VoterId).IsMemberId();
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
        builder.Property(m => m.MemberId).IsMemberId();
        builder.HasOne<Question>().WithMany().HasForeignKey(m => m.QuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(m => m.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PostRevisionConfiguration : IEntityTypeConfiguration<PostRevision>
{
    public void Configure(EntityTypeBuilder<PostRevision> builder)
    {
        builder.Property(r => r.EditorId).IsMemberId();
        builder.Property(r => r.Title).HasMaxLength(200);
        builder.HasOne(r => r.Editor).WithMany().HasForeignKey(r => r.EditorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.PostType, r.PostId });
    }
}

internal sealed class ReputationEventConfiguration : IEntityTypeConfiguration<ReputationEvent>
{
    public void Configure(EntityTypeBuilder<ReputationEvent> builder)
    {
        builder.Property(e => e.MemberId).IsMemberId();
        builder.Property(e => e.ActorId).IsMemberId();
        builder.HasOne<Member>().WithMany().HasForeignKey(e => e.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.MemberId, e.CreatedAt });
        builder.HasIndex(e => new { e.PostType, e.PostId });
    }
}

internal sealed class FlagConfiguration : IEntityTypeConfiguration<Flag>
{
    public void Configure(EntityTypeBuilder<Flag> builder)
    {
        builder.Property(f => f.ReporterId).IsMemberId();
        builder.Property(f => f.HandledById).IsMemberId();
        builder.Property(f => f.Note).HasMaxLength(500);
        builder.Property(f => f.Resolution).HasMaxLength(200);
        builder.Ignore(f => f.IsSpamOrAbuse);
        builder.Ignore(f => f.IsAutomatic);
        builder.Ignore(f => f.AwaitsPostId);
        builder.HasOne(f => f.Reporter).WithMany().HasForeignKey(f => f.ReporterId).OnDelete(DeleteBehavior.Cascade);
        // The queue (pending flags, oldest first), a post's flags, and a reporter's own flags and daily allowance.
        builder.HasIndex(f => new { f.Status, f.CreatedAt });
        builder.HasIndex(f => new { f.PostType, f.PostId, f.Status });
        builder.HasIndex(f => new { f.ReporterId, f.CreatedAt });
    }
}

internal sealed class ModerationActionConfiguration : IEntityTypeConfiguration<ModerationAction>
{
    public void Configure(EntityTypeBuilder<ModerationAction> builder)
    {
        builder.Property(m => m.ModeratorId).IsMemberId();
        builder.Property(m => m.MemberId).IsMemberId();
        builder.Property(m => m.Reason).HasMaxLength(500);
        builder.HasOne(m => m.Moderator).WithMany().HasForeignKey(m => m.ModeratorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Member).WithMany().HasForeignKey(m => m.MemberId).OnDelete(DeleteBehavior.Restrict);
        // The log is read newest first (by id), by moderator, by member and by post.
        builder.HasIndex(m => new { m.ModeratorId, m.CreatedAt });
        builder.HasIndex(m => new { m.MemberId, m.CreatedAt });
        builder.HasIndex(m => new { m.PostType, m.PostId });
        builder.HasIndex(m => m.QuestionId);
        builder.HasIndex(m => new { m.Action, m.CreatedAt });
    }
}
