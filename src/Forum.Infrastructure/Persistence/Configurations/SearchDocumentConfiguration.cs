using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Forum.Infrastructure.Persistence.Configurations;

/// <summary>The full-text index on this table is created by hand-written SQL per provider: see Sql/SearchSql.cs.</summary>
internal sealed class SearchDocumentConfiguration : IEntityTypeConfiguration<SearchDocument>
{
    public void Configure(EntityTypeBuilder<SearchDocument> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Title).HasMaxLength(200);
        // One document per question and per article; the full-text queries pick one kind by these columns.
        builder.HasIndex(d => d.QuestionId).IsUnique();
        builder.HasIndex(d => d.FaqArticleId).IsUnique();
        builder.HasOne<Question>().WithOne().HasForeignKey<SearchDocument>(d => d.QuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FaqArticle>().WithOne().HasForeignKey<SearchDocument>(d => d.FaqArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
