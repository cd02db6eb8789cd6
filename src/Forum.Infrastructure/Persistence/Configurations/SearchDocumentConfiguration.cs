using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Forum.Infrastructure.Persistence.Configurations;

/// <summary>The full-text index on this table is created by hand-written SQL per provider: see Sql/SearchSql.cs.</summary>
internal sealed class SearchDocumentConfiguration : IEntityTypeConfiguration<SearchDocument>
{
    public void Configure(EntityTypeBuilder<SearchDocument> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Title).HasMaxLength(200);
        // Documents written before they had a language were all English ones, but for questions asked in another
        // language: the migration that adds the column gives those their question's.
        builder.Property(d => d.Language).HasMaxLength(Languages.CodeMax).HasDefaultValue(Languages.English);
        // One document per question and per article and language; the full-text queries pick one kind by these columns.
        builder.HasIndex(d => d.QuestionId).IsUnique();
        builder.HasIndex(d => new { d.FaqArticleId, d.Language }).IsUnique();
        builder.HasOne<Question>().WithOne().HasForeignKey<SearchDocument>(d => d.QuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FaqArticle>().WithMany().HasForeignKey(d => d.FaqArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
