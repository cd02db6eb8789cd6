using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Forum.Infrastructure.Persistence.Configurations;

internal sealed class SimilarQuestionLinkConfiguration : IEntityTypeConfiguration<SimilarQuestionLink>
{
    public void Configure(EntityTypeBuilder<SimilarQuestionLink> builder)
    {
        // A question's list is read in order by its key.
        builder.HasKey(r => new { r.QuestionId, r.Position });
        builder.HasOne<Question>().WithMany().HasForeignKey(r => r.QuestionId).OnDelete(DeleteBehavior.Cascade);
        // The lists a question is on, which are ranked again when it is edited.
        builder.HasOne<Question>().WithMany().HasForeignKey(r => r.SimilarQuestionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.SimilarQuestionId);
    }
}
