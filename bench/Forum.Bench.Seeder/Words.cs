using System.Text;

/// <summary>Plausible support-forum text from small word lists, deterministic for a given Random.</summary>
internal static class Words
{
    public static readonly string[] Categories = ["Desktop app", "Mobile app", "Accounts and billing", "Sync and backup", "Privacy and security", "Add-ons", "Printing", "Email"];

    public static readonly string[] Tags =
    [
        "windows", "macos", "linux", "android", "ios", "sync", "backup", "restore", "password", "two-factor", "billing", "refund",
        "notifications", "performance", "crash", "startup", "update", "install", "themes", "fonts", "printing", "pdf", "export",
        "import", "search", "tabs", "bookmarks", "history", "cookies", "privacy", "vpn", "proxy", "certificates", "email", "calendar",
        "contacts", "attachments", "offline", "battery", "memory", "cpu", "network", "wifi", "bluetooth", "keyboard", "accessibility",
    ];

    private static readonly string[] Subjects = ["The app", "Sync", "My account", "The update", "Search", "Printing", "The mobile app", "Two-factor sign-in", "The backup", "Notifications", "The add-on", "Email"];
    private static readonly string[] Problems =
    [
        "stops working after", "crashes when", "is very slow since", "shows a blank window after", "logs me out after", "fails with an error after",
        "uses all the memory when", "does not start after", "loses my settings after", "keeps asking for my password after",
    ];
    private static readonly string[] Triggers =
    [
        "the latest update", "changing my password", "restoring a backup", "installing an add-on", "switching to dark mode", "connecting a second monitor",
        "moving to a new phone", "enabling two-factor authentication", "importing my bookmarks", "turning on battery saver", "a system upgrade",
    ];
    private static readonly string[] Sentences =
    [
        "I already tried restarting the app and the computer.", "This started a few days ago and happens every time.", "Clearing the cache did not help.",
        "Open **Settings** and choose *Reset preferences*, then restart.", "Check that the clock on your device is set automatically.",
        "The log shows `error 0x80070005` right before it happens.", "Reinstalling from the website fixed it for me.", "Is there a known workaround?",
        "Disable the add-ons one by one to find the one that causes it.", "It works fine in safe mode, so it is probably an extension.",
        "I am on the latest version, installed from the official site.", "Other devices on the same account sync without problems.",
    ];
    private static readonly string[] FirstNames = ["Ana", "Ben", "Chen", "Dara", "Eli", "Fatima", "Gus", "Hana", "Ivan", "Jo", "Kemal", "Lena", "Mateo", "Nia", "Omar", "Priya"];
    private static readonly string[] LastNames = ["Silva", "Novak", "Okafor", "Larsen", "Kim", "Haddad", "Moreau", "Tanaka", "Ruiz", "Fischer", "Costa", "Singh"];

    public static string Title(Random random) =>
        $"{Pick(random, Subjects)} {Pick(random, Problems)} {Pick(random, Triggers)} ({random.Next(1000, 9999)})";

    public static string Name(Random random) => $"{Pick(random, FirstNames)} {Pick(random, LastNames)}";

    public static string Paragraphs(Random random, int count)
    {
        var text = new StringBuilder();
        for (var p = 0; p < count; p++)
        {
            for (var s = 0; s < 3; s++)
                text.Append(Pick(random, Sentences)).Append(' ');
            text.Append("\n\n");
        }
        return text.ToString().Trim();
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
