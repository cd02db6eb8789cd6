using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Forum.Infrastructure.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.MemberId).IsMemberId();
        builder.Property(n => n.Text).HasMaxLength(Notification.TextMax);
        builder.Property(n => n.Link).HasMaxLength(Notification.UrlMax);
        builder.HasOne<Member>().WithMany().HasForeignKey(n => n.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(n => n.Question).WithMany().HasForeignKey(n => n.QuestionId).OnDelete(DeleteBehavior.Cascade);
        // The list (newest first) and the bell's unread count.
        builder.HasIndex(n => new { n.MemberId, n.CreatedAt });
        builder.HasIndex(n => new { n.MemberId, n.ReadAt });
    }
}

internal sealed class WatchConfiguration : IEntityTypeConfiguration<Watch>
{
    public void Configure(EntityTypeBuilder<Watch> builder)
    {
        builder.HasKey(w => new { w.QuestionId, w.MemberId });
        builder.Property(w => w.MemberId).IsMemberId();
        builder.HasOne(w => w.Question).WithMany().HasForeignKey(w => w.QuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(w => w.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(w => w.MemberId);
    }
}

internal sealed class EmailPreferenceConfiguration : IEntityTypeConfiguration<EmailPreference>
{
    public void Configure(EntityTypeBuilder<EmailPreference> builder)
    {
        builder.HasKey(p => new { p.MemberId, p.Kind });
        builder.Property(p => p.MemberId).IsMemberId();
        builder.HasOne<Member>().WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AnnouncementConfiguration : IEntityTypeConfiguration<Announcement>
{
    public void Configure(EntityTypeBuilder<Announcement> builder)
    {
        // An answer removed for good takes its announcement with it.
        builder.HasOne(a => a.Answer).WithMany().HasForeignKey(a => a.AnswerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.MemberId).IsMemberId();
        builder.Property(m => m.Subject).HasMaxLength(OutboxMessage.SubjectMax);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        // No foreign key to the member: an email already committed is still accounted for if the account goes.
        // The processor picks the due, unsent messages in order.
        builder.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
    }
}

internal sealed class CommonResponseConfiguration : IEntityTypeConfiguration<CommonResponse>
{
    public void Configure(EntityTypeBuilder<CommonResponse> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(CommonResponse.TitleMax);
        builder.Property(r => r.BodyMarkdown).HasMaxLength(CommonResponse.BodyMax);
        builder.Property(r => r.UpdatedById).IsMemberId();
        builder.HasOne(r => r.Category).WithMany().HasForeignKey(r => r.CategoryId).OnDelete(DeleteBehavior.Cascade);
        // Listed by category, then title.
        builder.HasIndex(r => new { r.CategoryId, r.Title });
    }
}

internal sealed class EscalationConfiguration : IEntityTypeConfiguration<Escalation>
{
    public void Configure(EntityTypeBuilder<Escalation> builder)
    {
        // One row per question and stage: a second run escalating the same question at the same moment is refused.
        builder.HasKey(e => new { e.QuestionId, e.Stage });
        builder.HasOne(e => e.Question).WithMany().HasForeignKey(e => e.QuestionId).OnDelete(DeleteBehavior.Cascade);
        // The emails due a few minutes after the notifications, and the dashboard's escalations of a period.
        builder.HasIndex(e => new { e.Stage, e.At });
    }
}
