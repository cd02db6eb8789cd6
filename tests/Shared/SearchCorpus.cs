namespace Forum.Tests.Shared;

/// <summary>
/// A small curated set of support threads and searches whose right first result is known, used to check
/// relevance on SQLite (domain tests) and on PostgreSQL and SQLite through the API (web tests).
/// Every thread is tagged <see cref="Tag"/> so the web tests can leave the demo threads out.
/// </summary>
public static class SearchCorpus
{
    public const string Tag = "search-corpus";

    public sealed record Thread(string Title, string Body, string Answer, bool Solved);

    public static readonly Thread[] Threads =
    [
        new("Installer fails with error 1603 on Windows 11", "The setup wizard stops at 80% and shows error 1603. I am an administrator on this machine.",
            "Error 1603 means another installation is running. Restart Windows and run the installer again as administrator.", true),
        new("Spell checker underlines every word in German", "Since switching the interface language to Deutsch, the spell checker marks every word red.",
            "Install the German dictionary under Settings, Language, Dictionaries, then restart.", true),
        new("Attachments larger than 25 MB fail to upload", "Uploading a video of 40 MB stops at 99% and then says that the upload failed.",
            "The limit is 25 MB per attachment on the free plan; share a link to the video instead.", true),
        new("Keyboard shortcuts stopped working on macOS Sonoma", "Cmd+K and Cmd+Shift+P do nothing at all since the macOS upgrade last week.",
            "Grant the app the Accessibility permission in System Settings under Privacy.", false),
        new("Calendar events show in the wrong time zone", "Events created on my phone appear one hour later on the desktop. Both devices use Berlin time.",
            "Turn off the device time zone option in the calendar settings and pick Europe/Berlin explicitly.", true),
        new("Printing a note cuts off the right margin", "When I print to A4 paper, the last characters of each line are missing on the page.",
            "Set the page size to A4 in the page setup; the default is US Letter, which is wider.", true),
        new("Search inside PDF attachments finds nothing", "I attached scanned PDFs but searching for words inside them returns no results at all.",
            "Scanned PDFs are images: enable OCR under Settings, Attachments, Recognise text.", false),
        new("Tablet app crashes when rotating the screen", "On my Galaxy Tab the app closes immediately when I turn the tablet to landscape.",
            "This is fixed in version 5.1.3; update the app from the Play Store.", true),
        new("Exported CSV opens with broken accents in Excel", "Names like Jose and Zoe with accents show as garbage characters when I open the CSV export in Excel.",
            "Excel expects a byte order mark: choose CSV (UTF-8 with BOM) in the export dialog.", true),
        new("Dark mode makes code blocks unreadable", "In dark mode, code blocks have black text on a dark grey background, which I cannot read.",
            "Switch the code theme to Monokai under Appearance, it has light text.", false),
        new("Family plan members cannot see shared notebooks", "I invited my wife to the family plan, but the notebooks I shared do not appear on her account.",
            "Shared notebooks need to be accepted from the invitation email first.", true),
        new("Widget on the home screen is blank on iPhone", "The notes widget shows an empty white box since the iOS 18 update came out.",
            "Remove the widget and add it again after opening the app once.", false),
        new("Proxy server blocks sign in at work", "Our corporate proxy requires authentication and the app cannot reach the login server.",
            "Configure the proxy under Settings, Network; NTLM authentication is supported since 4.0.", true),
        new("Recover a note deleted by mistake", "I emptied the trash and lost a recipe note. Is there any way to get it back?",
            "Deleted notes stay 30 days in the server history: open Account, History, Restore.", true),
        new("Linux AppImage does not start on Ubuntu 24.04", "Double-clicking the AppImage does nothing; from a terminal it says that a library is missing.",
            "Install the libfuse2 package (sudo apt install libfuse2t64) and start it again.", true),
        new("Voice memos have no sound on playback", "Recorded voice memos show the right length but play only silence from start to end.",
            "Allow microphone access for the app; without it every recording is empty.", false),
        new("Change the email address of my account", "I want to move my account from my old work email to my personal one before I leave.",
            "Go to Account, Email, Change, and confirm the change from both mailboxes.", true),
        new("Markdown tables are not rendered in the preview", "Pipes and dashes stay as plain text instead of a table in preview mode.",
            "Tables need a blank line before them, and a separator row under the header.", false),
        new("Battery drains fast with background sync", "My phone loses 20% overnight and the battery page blames the app for it.",
            "Set background sync to every hour instead of instant in the sync settings.", true),
        new("Printer is not found on the network", "The print dialog lists no printers although the printer works from other apps.",
            "Check that the printer and the computer are on the same network segment.", false),
        new("Printer not found on the network anymore", "The print dialog lists no printers although the printer works from other apps.",
            "Reinstall the printer driver after the router change, it fixes it.", true),
        new("Two-factor backup codes lost with my phone", "I lost the recovery codes and my phone on holiday. How do I get back in?",
            "Contact support with an invoice number so that we can verify that you own the account.", true),
        new("Import notes from Evernote ENEX files", "How do I bring 2,000 notes exported from Evernote as ENEX files into the app?",
            "Use File, Import, Evernote; tags and attachments are kept during the import.", true),
        new("Font size too small on a 4K monitor", "Everything is tiny on my 4K display with Windows display scaling at 150%.",
            "Set the zoom to 150% or enable the option to follow the system scaling.", false),
    ];

    /// <summary><see cref="Searches"/> as xunit theory data.</summary>
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (query, expected) in Searches)
            data.Add(query, expected);
        return data;
    }

    /// <summary>A search and the title of the thread that must come first.</summary>
    public static readonly (string Query, string Expected)[] Searches =
    [
        ("error 1603", "Installer fails with error 1603 on Windows 11"),
        ("spell checker german", "Spell checker underlines every word in German"),
        ("upload attachment video", "Attachments larger than 25 MB fail to upload"),
        ("keyboard shortcuts", "Keyboard shortcuts stopped working on macOS Sonoma"),
        ("time zone calendar", "Calendar events show in the wrong time zone"),
        ("print margin", "Printing a note cuts off the right margin"),
        ("pdf ocr", "Search inside PDF attachments finds nothing"),
        ("\"scanned PDFs\"", "Search inside PDF attachments finds nothing"),
        ("tablet crashes landscape", "Tablet app crashes when rotating the screen"),
        ("csv excel accents", "Exported CSV opens with broken accents in Excel"),
        ("dark mode code blocks", "Dark mode makes code blocks unreadable"),
        ("family plan shared notebooks", "Family plan members cannot see shared notebooks"),
        ("iphone widget", "Widget on the home screen is blank on iPhone"),
        ("corporate proxy", "Proxy server blocks sign in at work"),
        ("recover deleted note trash", "Recover a note deleted by mistake"),
        ("appimage ubuntu", "Linux AppImage does not start on Ubuntu 24.04"),
        ("libfuse2", "Linux AppImage does not start on Ubuntu 24.04"),
        ("voice memo silence", "Voice memos have no sound on playback"),
        ("change email address", "Change the email address of my account"),
        ("markdown table preview", "Markdown tables are not rendered in the preview"),
        ("battery drain overnight", "Battery drains fast with background sync"),
        ("printer network", "Printer not found on the network anymore"),
        ("printer network -router", "Printer is not found on the network"),
        ("recovery codes lost phone", "Two-factor backup codes lost with my phone"),
        ("evernote import", "Import notes from Evernote ENEX files"),
        ("4k monitor font", "Font size too small on a 4K monitor"),
    ];
}
