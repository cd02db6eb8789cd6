using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Forum.Infrastructure.Persistence.Configurations;

internal sealed class UploadedImageConfiguration : IEntityTypeConfiguration<UploadedImage>
{
    public void Configure(EntityTypeBuilder<UploadedImage> builder)
    {
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.UploaderId).IsMemberId();
        builder.Property(i => i.ContentType).HasMaxLength(50);
        builder.HasOne<Member>().WithMany().HasForeignKey(i => i.UploaderId).OnDelete(DeleteBehavior.Cascade);
        // Posts are never deleted as rows (moderation and their authors only mark them), so their images need no cascade.
        builder.HasOne(i => i.Question).WithMany().HasForeignKey(i => i.QuestionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(i => i.Answer).WithMany().HasForeignKey(i => i.AnswerId).OnDelete(DeleteBehavior.NoAction);
        // The uploader's allowance counts their recent uploads.
        builder.HasIndex(i => new { i.UploaderId, i.CreatedAt });
        builder.HasIndex(i => i.QuestionId);
        builder.HasIndex(i => i.AnswerId);
    }
}
