using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Forum.Infrastructure.Persistence.Configurations;

internal sealed class FaqArticleConfiguration : IEntityTypeConfiguration<FaqArticle>
{
    public void Configure(EntityTypeBuilder<FaqArticle> builder)
    {
        builder.Ignore(a => a.IsPublished);
        builder.Ignore(a => a.IsArchived);
        builder.Property(a => a.Title).HasMaxLength(200);
        builder.Property(a => a.Slug).HasMaxLength(100);
        builder.Property(a => a.CreditedMemberId).IsMemberId();
        builder.Property(a => a.CreatedById).IsMemberId();
        builder.Property(a => a.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasIndex(a => a.Slug).IsUnique();
        // One article per answer: promoting it again leads to the same article.
        builder.HasIndex(a => a.SourceAnswerId).IsUnique();
        builder.HasIndex(a => a.SourceQuestionId);
        // The index lists articles by category and title.
        builder.HasIndex(a => new { a.CategoryId, a.Title });
        builder.HasOne(a => a.Category).WithMany().HasForeignKey(a => a.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Question>().WithMany().HasForeignKey(a => a.SourceQuestionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Answer>().WithMany().HasForeignKey(a => a.SourceAnswerId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(a => a.CreditedMember).WithMany().HasForeignKey(a => a.CreditedMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Revisions).WithOne(r => r.Article).HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(a => a.CurrentRevision);
    }
}

internal sealed class FaqRevisionConfiguration : IEntityTypeConfiguration<FaqRevision>
{
    public void Configure(EntityTypeBuilder<FaqRevision> builder)
    {
        builder.ConfigureReviewedText();
        builder.HasIndex(r => new { r.ArticleId, r.Number }).IsUnique();
    }
}

internal sealed class ArticleFeedbackConfiguration : IEntityTypeConfiguration<ArticleFeedback>
{
    public void Configure(EntityTypeBuilder<ArticleFeedback> builder)
    {
        builder.Property(f => f.MemberId).IsMemberId();
        builder.Property(f => f.BrowserId).HasMaxLength(64);
        builder.HasOne<FaqArticle>().WithMany().HasForeignKey(f => f.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(f => f.MemberId).OnDelete(DeleteBehavior.Cascade);
        // One answer per member and per anonymous browser; a second one replaces the first.
        builder.HasIndex(f => new { f.ArticleId, f.MemberId }).IsUnique();
        builder.HasIndex(f => new { f.ArticleId, f.BrowserId }).IsUnique();
        // The support dashboard's FAQ helpfulness: the votes given or changed in a period.
        builder.HasIndex(f => f.UpdatedAt);
    }
}

internal sealed class AskSuggestionConfiguration : IEntityTypeConfiguration<AskSuggestion>
{
    public void Configure(EntityTypeBuilder<AskSuggestion> builder)
    {
        builder.HasOne(s => s.Question).WithMany().HasForeignKey(s => s.QuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.QuestionId);
        // The staff report counts, per article, how often it was shown or opened before someone asked anyway.
        builder.HasIndex(s => new { s.Kind, s.TargetId });
    }
}

internal sealed class FaqTranslationConfiguration : IEntityTypeConfiguration<FaqTranslation>
{
    public void Configure(EntityTypeBuilder<FaqTranslation> builder)
    {
        builder.Ignore(t => t.IsPublished);
        builder.Ignore(t => t.IsOutOfDate);
        builder.Ignore(t => t.CurrentRevision);
        builder.Property(t => t.Language).HasMaxLength(Languages.CodeMax);
        builder.Property(t => t.Title).HasMaxLength(FaqTranslationRules.TitleMax);
        builder.Property(t => t.ConcurrencyStamp).IsConcurrencyToken();
        // One translation per article and language: of two first translations proposed at once, one is run again.
        builder.HasIndex(t => new { t.ArticleId, t.Language }).IsUnique();
        // "Needs update": the out-of-date translations, longest first.
        builder.HasIndex(t => t.OutOfDateSince);
        builder.HasOne(t => t.Article).WithMany().HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FaqRevision>().WithMany().HasForeignKey(t => t.SourceRevisionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(t => t.Revisions).WithOne(r => r.Translation).HasForeignKey(r => r.TranslationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FaqTranslationRevisionConfiguration : IEntityTypeConfiguration<FaqTranslationRevision>
{
    public void Configure(EntityTypeBuilder<FaqTranslationRevision> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(FaqTranslationRules.TitleMax);
        builder.ConfigureReviewedText();
        builder.HasOne(r => r.SourceRevision).WithMany().HasForeignKey(r => r.SourceRevisionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(r => new { r.TranslationId, r.Number }).IsUnique();
    }
}

/// <summary>What every text proposed for staff review (<see cref="ReviewedText"/>) maps alike.</summary>
internal static class ReviewedTextConfiguration
{
    public static void ConfigureReviewedText<T>(this EntityTypeBuilder<T> builder) where T : ReviewedText
    {
        builder.Property(r => r.Summary).HasMaxLength(FaqRules.SummaryMax);
        builder.Property(r => r.ProposedById).IsMemberId();
        builder.Property(r => r.ReviewedById).IsMemberId();
        builder.Property(r => r.ReviewComment).HasMaxLength(FaqRules.CommentMax);
        builder.HasOne(r => r.ProposedBy).WithMany().HasForeignKey(r => r.ProposedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.ReviewedBy).WithMany().HasForeignKey(r => r.ReviewedById).OnDelete(DeleteBehavior.Restrict);
        // The staff review queue (pending ones, oldest first) and a proposer's own waiting one.
        builder.HasIndex(r => new { r.Status, r.ProposedAt });
        builder.HasIndex(r => new { r.ProposedById, r.Status });
    }
}
