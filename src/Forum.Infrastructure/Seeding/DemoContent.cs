namespace Forum.Infrastructure.Seeding;

/// <summary>
/// A demo thread: who asked what, the answers (author, body), votes (voter, answer index or -1 for the question, value);
/// asked <paramref name="AskedMinutesAgo"/> minutes ago with each answer <paramref name="AnswerMinutesAfter"/> minutes
/// after asking, so that the Needs attention queue and the support dashboard have real waiting and response times.
/// </summary>
public sealed record DemoThread(
    string Asker, string Category, string Title, string Body, string[] Tags,
    (string Author, string Body)[] Answers, (string Voter, int Answer, int Value)[] Votes, int? AcceptedAnswer,
    int AskedMinutesAgo = 0, int[]? AnswerMinutesAfter = null, int? Rating = null);

public static class DemoContent
{
    public static readonly (string Name, string Slug, string Description)[] Categories =
    [
        ("Desktop app", "desktop-app", "Installing, updating and using the app on Windows, macOS and Linux."),
        ("Mobile app", "mobile-app", "The app on Android and iOS: notifications, offline use, battery."),
        ("Accounts & billing", "accounts-billing", "Signing in, passwords, two-factor, plans, invoices and refunds."),
        ("Sync & backup", "sync-backup", "Keeping your data in step across devices and restoring it."),
        ("Privacy & security", "privacy-security", "Permissions, data export, suspicious activity."),
    ];

    public static readonly (string Email, string Name, int Reputation)[] Helpers =
    [
        ("carmen@forum.local", "Carmen Ortiz", 2450),
        ("dev@forum.local", "Dev Patel", 640),
        ("lin@forum.local", "Lin Wei", 180),
    ];

    public const string Priya = "priya@forum.local";

    /// <summary>Common responses staff keep for helpers: title, category slug (null: every category), Markdown.</summary>
    public static readonly (string Title, string? Category, string Body)[] CommonResponses =
    [
        ("Thanks for asking", null, "Hi, and thanks for asking here! To help you faster, could you tell us:\n\n- which version of the app you use (**Help → About**),\n- your operating system and its version,\n- what you did just before the problem started?"),
        ("Clear the cache", "desktop-app", "Please try clearing the app's cache:\n\n1. Quit the app completely.\n2. Delete the `cache` folder in your profile folder.\n3. Start the app again.\n\nYour notes and settings are not touched."),
        ("Refund timing", "accounts-billing", "Refunds go back to the card you paid with. Your bank usually shows them within **5 to 7 working days**. If it takes longer, reply here and staff will look into it."),
        ("Reconnect sync", "sync-backup", "Open **Settings → Sync**, choose **Disconnect this device** (tick *keep local data*), then sign in again. Your data merges back after the first sync."),
    ];

    private const string Alice = "alice@forum.local", Bob = "bob@forum.local", Carmen = "carmen@forum.local", Dev = "dev@forum.local", Lin = "lin@forum.local", Staff = "staff@forum.local";

    public static readonly DemoThread[] Threads =
    [
        new(Lin, "sync-backup", "Sync stopped working after I changed my password",
            "I changed my account password yesterday and since then my laptop shows **Sync paused** with a yellow icon.\n\nMy phone syncs fine. I already tried signing out and in again on the laptop. Version 4.2 on Windows 11.",
            ["sync", "password", "windows"],
            [(Carmen, "Changing the password invalidates the sync keys on every device that was signed in before.\n\n1. Open **Settings → Sync**.\n2. Choose **Disconnect this device**, and tick *keep local data*.\n3. Sign in again with the new password.\n\nYour data stays on the device and merges back after the first sync."),
             (Dev, "If disconnecting does not help, delete `sync-state.json` in the profile folder while the app is closed; it is recreated on the next start.")],
            [(Carmen, -1, 1), (Bob, 0, 1), (Dev, 0, 1), (Bob, 1, 1)], 0, AskedMinutesAgo: 3 * 1440, AnswerMinutesAfter: [7, 95], Rating: 5),
        new(Dev, "desktop-app", "The app uses 100% CPU when a large folder is open",
            "When I open a project folder with about 40,000 files, the app sits at 100% CPU on one core for several minutes, and typing lags.\n\nIs there a way to exclude folders from indexing?",
            ["performance", "indexing"],
            [(Carmen, "Yes: add a `.appignore` file to the root of the folder, one pattern a line, like `.gitignore`:\n\n```\nnode_modules/\nbuild/\n*.log\n```\n\nIndexing skips matching paths, and the CPU load drops once the first pass finishes.")],
            [(Bob, -1, 1), (Lin, 0, 1), (Bob, 0, 1)], 0, AskedMinutesAgo: 5 * 1440, AnswerMinutesAfter: [22], Rating: 4),
        new(Alice, "accounts-billing", "I was charged twice for my yearly plan this month",
            "My card statement shows two charges of the yearly plan, three days apart. My account page shows only one invoice. How do I get the second charge refunded?",
            ["billing", "refund"],
            [(Staff, "Sorry about that. The second charge is an authorisation hold from a failed attempt; it is released by your bank within 5 to 7 working days without any action from you.\n\nIf it is still there after a week, reply here with the last four digits of the card and we will follow up.")],
            [(Carmen, 0, 1)], null, AskedMinutesAgo: 2 * 1440, AnswerMinutesAfter: [41]),
        new(Lin, "mobile-app", "No notifications on Android 15 unless the app is open",
            "Since the Android 15 update I only get notifications when the app is in the foreground. Notifications are enabled in the app and in the system settings.",
            ["android", "notifications"],
            [(Dev, "Android 15 puts apps you rarely open into the *restricted* battery bucket. Go to **Settings → Apps → Forum app → Battery** and choose **Unrestricted**."),
             (Lin, "Also check that *Pause app activity if unused* is off on the same page.")],
            [(Carmen, 0, 1), (Bob, 0, 1), (Carmen, 1, 1)], 0, AskedMinutesAgo: 6 * 1440, AnswerMinutesAfter: [18, 30]),
        new(Carmen, "privacy-security", "How do I export all my data before closing my account?",
            "I would like a copy of everything I stored (notes, attachments and settings) before I close my account. Is there an export that includes attachments?",
            ["export", "account"],
            [],
            [(Bob, -1, 1)], null, AskedMinutesAgo: 26 * 60),
        new(Lin, "desktop-app", "Dark theme resets to light after every update",
            "Every time the desktop app updates itself, my theme goes back to light and I have to pick dark again. Is this a known problem? I am on macOS 15.",
            ["macos", "themes", "updates"],
            [(Dev, "It happens when the app was installed from the disk image and then moved while running: updates write a fresh settings file. Reinstall it into **Applications** directly and the theme sticks.")],
            [(Carmen, -1, 1), (Lin, 0, 1)], null, AskedMinutesAgo: 1440 + 300, AnswerMinutesAfter: [12]),
        new(Bob, "sync-backup", "Restoring a backup from last week without losing today's notes",
            "I deleted a notebook by mistake. There is a backup from last week. If I restore it, will the notes I wrote today disappear?",
            ["backup", "restore"],
            [],
            [], null, AskedMinutesAgo: 3 * 60),
        new(Dev, "accounts-billing", "Two-factor codes are always rejected as invalid",
            "I set up two-factor authentication with my authenticator app, but every code is rejected as invalid, even fresh ones. Locked out on the web, still signed in on my phone.",
            ["two-factor", "sign-in"],
            [(Carmen, "Codes depend on the clock. Turn on *automatic date & time* on the phone that runs the authenticator; a drift of more than 30 seconds makes every code invalid."),
             (Staff, "If the clock is right and codes still fail, use one of your recovery codes to sign in, then set up two-factor again from **Account → Two-factor authentication**.")],
            [(Bob, 0, 1), (Lin, 0, 1), (Carmen, 1, 1)], 0, AskedMinutesAgo: 4 * 1440, AnswerMinutesAfter: [9, 64], Rating: 3),
        new(Priya, "accounts-billing", "How do I add a second admin to our team account?",
            "Our IT lead is leaving and I need to give admin rights to a colleague before that. Where is this done?",
            ["team", "admin"],
            [(Staff, "Open **Team → Members**, choose your colleague and set their role to **Admin**. Only an existing admin can do this, so do it before the IT lead's account is closed.")],
            [(Carmen, 0, 1)], 0, AskedMinutesAgo: 2 * 1440, AnswerMinutesAfter: [6], Rating: 5),
        // Waiting right now, for the Needs attention queue: Priya is on the Priority tier.
        new(Priya, "desktop-app", "The app crashes every time I export a report to PDF",
            "Exporting any report to PDF closes the app without an error message. Printing the same report works. This blocks our month-end reporting; we are on the business plan.",
            ["export", "pdf", "crash"], [], [], null, AskedMinutesAgo: 25),
        new(Priya, "accounts-billing", "The invoice shows our old company name",
            "We renamed our company last month and updated the billing profile, but the new invoice still shows the old name. Can it be reissued?",
            ["billing", "invoice"], [], [], null, AskedMinutesAgo: 4),
        new(Alice, "mobile-app", "The home screen widget shows yesterday's data",
            "The widget on my iPhone home screen only updates when I open the app. Background refresh is on for the app. iOS 18.",
            ["ios", "widget"], [], [], null, AskedMinutesAgo: 50),
        new(Dev, "sync-backup", "Where are automatic backups stored on Linux?",
            "I would like to include the app's automatic backups in my own backup job. Which folder are they written to on Linux, and are they compressed?",
            ["linux", "backup"], [], [], null, AskedMinutesAgo: 12),
    ];

    /// <summary>Answers staff verified (thread index, answer index), and whether they were promoted into the FAQ.</summary>
    public static readonly (int Thread, int Answer, bool Promote)[] VerifiedAnswers =
    [
        (0, 0, true),
        (1, 0, true),
        (3, 0, true),
        (7, 1, false),
    ];

    /// <summary>
    /// Proposed FAQ edits on the article promoted from a thread: the editor replaces <c>Find</c> with <c>Replace</c>;
    /// staff approve it (<c>RejectWith</c> null), reject it with that comment, or leave it waiting (<c>Pending</c>).
    /// </summary>
    public static readonly (int Thread, string Editor, string Find, string Replace, string Summary, string? RejectWith, bool Pending)[] FaqEdits =
    [
        (0, Carmen, "3. Sign in again with the new password.", "3. Sign in again with the new password.\n4. Wait for the first sync to finish before editing on this device.",
            "Wait for the first sync", null, false),
        (0, Dev, "Your data stays on the device", "If it still says *Sync paused*, delete `sync-state.json` while the app is closed. Your data stays on the device",
            "Mention sync-state.json", null, false),
        (3, Dev, "choose **Unrestricted**", "choose **Unrestricted** (on Samsung phones also remove the app from *Sleeping apps*)",
            "Samsung sleeping apps", "Thanks! Samsung's menus differ by model; we are writing a separate article for them.", false),
        (1, Dev, "Indexing skips matching paths", "Indexing skips matching paths (restart the app after editing the file)",
            "Restart after editing .appignore", null, true),
    ];

    /// <summary>"Was this helpful?" votes on the article promoted from a thread: voter, yes or no, and why not.</summary>
    public static readonly (int Thread, string Voter, bool Helpful, FeedbackReason? Reason)[] FaqFeedback =
    [
        (0, Alice, true, null), (0, Bob, true, null), (0, Priya, true, null), (0, Lin, false, FeedbackReason.Outdated),
        (1, Alice, false, FeedbackReason.Confusing), (1, Bob, true, null), (1, Priya, false, FeedbackReason.DoesNotApply), (1, Lin, false, FeedbackReason.Confusing),
        (3, Alice, false, FeedbackReason.Outdated), (3, Bob, true, null), (3, Priya, true, null),
    ];
}
