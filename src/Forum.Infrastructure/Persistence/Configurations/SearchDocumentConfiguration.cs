using Forum.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Forum.Infrastructure.Persistence.Configurations;

/// <summary>The full-text index on this table is created by hand-written SQL per provider: see Sql/SearchSql.cs.</summary>
internal sealed class SearchDocumentConfiguration : IEntityTypeConfiguration<SearchDocument>
{
    public void Configure(EntityTypeBuilder<SearchDocument> builder)
    {
        builder.HasKey(d => d.QuestionId);
        builder.Property(d => d.QuestionId).ValueGeneratedNever();
        builder.Property(d => d.Title).HasMaxLength(200);
        builder.HasOne<Question>().WithOne().HasForeignKey<SearchDocument>(d => d.QuestionId).OnDelete(DeleteBehavior.Cascade);
    }
}
