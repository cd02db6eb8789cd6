using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Forum.Infrastructure.Persistence.Configurations;

internal sealed class FaqRelatedQuestionConfiguration : IEntityTypeConfiguration<FaqRelatedQuestion>
{
    public void Configure(EntityTypeBuilder<FaqRelatedQuestion> builder)
    {
        // An article's list is read in order by its key.
        builder.HasKey(r => new { r.ArticleId, r.Position });
        builder.HasOne<FaqArticle>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        // The lists a question is on, which are ranked again when it is retitled.
        builder.HasOne<Question>().WithMany().HasForeignKey(r => r.QuestionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.QuestionId);
    }
}
