namespace Forum.Infrastructure.Email;

/// <summary>How email leaves the forum; bound from "Email".</summary>
public sealed class EmailOptions
{
    public string From { get; set; } = "forum@forum.local";
    /// <summary>When set, messages are written as .eml files here instead of being sent (Development).</summary>
    public string? PickupDirectory { get; set; }
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 25;
    public bool EnableSsl { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
}
