using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace Forum.Web.Pages;

/// <summary>
/// The words the pages' scripts show (the editor toolbar, drafts, live notices, suggestions, upload errors), handed to
/// them in the reader's language: the layout writes them as one JSON object (resource key to text, placeholders kept
/// as {0}) into a script element of type application/json, which site.js reads for <c>window.forumText</c>.
/// </summary>
public static class ScriptTexts
{
    /// <summary>Every resource key a script asks for; a key missing here comes back to the script as the key itself.</summary>
    public static readonly IReadOnlyList<string> Keys =
    [
        "Script.Suggestion.Faq", "Script.Suggestion.SolvedQuestion",
        "Script.CommonResponses.NoneMatch",
        "Script.Draft.Offer", "Script.Draft.OfferSaved", "Script.Draft.Restore", "Script.Draft.Discard",
        "Script.Preview.Unavailable",
        "Script.Live.NewAnswer", "Script.Live.NewAnswers", "Script.Live.QueueChanged", "Script.Live.HandledBy",
        "Script.Live.HandledByAnother", "Script.Live.NewItem", "Script.Live.NewItems",
        "NeedsAttention.TargetIn", "NeedsAttention.OverdueBy",
        "Time.BriefMinutes", "Time.BriefHours", "Time.BriefHoursMinutes", "Time.BriefDays", "Time.BriefDaysHours",
        "Layout.Notifications", "Layout.NotificationsUnread",
        "Script.Toolbar", "Script.Toolbar.Bold", "Script.Toolbar.Italic", "Script.Toolbar.Heading", "Script.Toolbar.Link",
        "Script.Toolbar.Code", "Script.Toolbar.Quote", "Script.Toolbar.BulletedList", "Script.Toolbar.NumberedList",
        "Script.Toolbar.Image", "Script.Toolbar.WithShortcut",
        "Script.Toolbar.BoldText", "Script.Toolbar.ItalicText", "Script.Toolbar.LinkText", "Script.Toolbar.CodeText",
        "Script.Image.NotAnImage", "Script.Image.Uploading", "Script.Image.Added", "Script.Image.LogIn",
        "Script.Image.Failed", "Script.Image.DefaultName",
        "Script.Mention.List", "Script.Mention.InThread",
        "Queue.Waiting.One", "Queue.Waiting.Other",
        "Script.Moderation.Unreachable", "Script.Moderation.PressToDecide", "Script.Moderation.TypeOriginal",
        "Script.Moderation.TypeReason",
    ];

    /// <summary>The texts as JSON that is safe inside a script element (the serializer escapes &lt; and &gt;).</summary>
    public static string Json(IStringLocalizer texts) =>
        JsonSerializer.Serialize(Keys.ToDictionary(key => key, key => texts[key].Value));
}
