namespace Forum.Tests.Shared;

/// <summary>
/// A small curated set of support threads and searches whose right first result is known, used to check
/// relevance on SQLite (domain tests) and on PostgreSQL and SQLite through the API (web tests).
/// Every thread is tagged <see cref="Tag"/> so the web tests can leave the demo threads out. A few threads are asked
/// in Indonesian, and searched in Indonesian.
/// </summary>
public static class SearchCorpus
{
    public const string Tag = "search-corpus";

    public sealed record Thread(string Title, string Body, string Answer, bool Solved, string Language = "en");

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
        new("Tidak bisa membayar langganan dengan kartu kredit", "Setiap kali saya mencoba membayar langganan tahunan, transaksinya gagal dan kartu saya ditolak.",
            "Aktifkan transaksi internasional untuk kartu Anda di aplikasi bank, lalu bayar lagi dari halaman Akun.", true, "id"),
        new("Lampiran tidak bisa diunduh di ponsel", "Saat saya membuka catatan di ponsel, unduhan lampiran PDF berhenti di 0% dan tidak pernah selesai.",
            "Izinkan aplikasi memakai data seluler untuk unduhan di Pengaturan, Sinkronisasi.", true, "id"),
        new("Sinkronisasi catatan berhenti setelah pembaruan", "Sejak pembaruan aplikasi minggu lalu, catatan baru di laptop tidak muncul di ponsel saya.",
            "Keluar dari akun di kedua perangkat lalu masuk lagi; sinkronisasi berjalan kembali.", true, "id"),
        new("Cara menginstal aplikasi di Linux", "Saya ingin menginstal aplikasi di laptop dengan Ubuntu, tetapi tidak menemukan paketnya.",
            "Unduh berkas AppImage dari situs kami, jadikan dapat dijalankan, lalu buka.", true, "id"),
    ];

    /// <summary>A solved thread whose answer staff verify and promote into an FAQ article with its own title and text.</summary>
    public sealed record Article(string Title, string Body, Thread Source);

    /// <summary>
    /// FAQ articles with the threads they came from; each search in <see cref="Searches"/> naming an article's title
    /// also matches that thread (solved), and the article must come first.
    /// </summary>
    public static readonly Article[] Articles =
    [
        new("How to get sync going again after a password change",
            "Every device signs out of sync when the account password changes. Open Account on each device, sign out, then sign in with the new password; sync resumes within a minute.",
            new("Sync stopped after I changed my password", "Since I changed my account password yesterday, notes no longer sync between my laptop and phone.",
                "Sign out on every device and sign in again with the new password, then sync resumes.", true)),
        new("Export a notebook as a PDF file",
            "Open the notebook, choose File, Export, and pick PDF as the format. Each note becomes a page of the exported PDF, with its attachments listed at the end.",
            new("Can I save a whole notebook as PDF", "I need to hand in my notebook as one PDF for a course; printing each note is too slow.",
                "Use File, Export and choose PDF, the export covers the whole notebook.", true)),
        new("Restore notes from an automatic backup",
            "The app keeps an automatic backup every day for 90 days. Open Settings, Backup, choose the day to restore, and the notes of that day come back next to the current ones.",
            new("Notes gone after reinstalling the app", "After a reinstall all my notes were gone. I had automatic backup turned on, I think.",
                "Go to Settings, Backup, and restore the backup from the day before the reinstall.", true)),
        new("Share a notebook through a public link",
            "Right-click the notebook, choose Share, then Create public link. Anyone with the link can read the notebook without an account; turn the link off there at any time.",
            new("Give a colleague read access without an account", "My colleague has no account. Can I let her read one notebook anyway?",
                "Yes, create a public link for the notebook from the share menu and send it to her.", true)),
        new("Reset a forgotten password",
            "On the sign-in page choose Forgot password, enter the email of the account and follow the link in the email within an hour to choose a new password.",
            new("I cannot remember my password", "I forgot the password and the sign-in page keeps refusing the ones I try.",
                "Use the Forgot password link on the sign-in page, you get an email to set a new one.", true)),
        new("Move your notes to a new computer",
            "Install the app on the new computer and sign in with the same account: every note syncs down by itself. Local notebooks must be exported on the old computer and imported on the new one.",
            new("New laptop, how do I take my notes along", "I bought a new laptop and want all my notes there, including the local notebooks.",
                "Sign in on the new laptop; for local notebooks export them first and import them after.", true)),
    ];

    /// <summary><see cref="Searches"/> as xunit theory data.</summary>
    public static TheoryData<string, string> Cases() => Cases(stemsIndonesian: false);

    /// <summary>
    /// <see cref="Searches"/>, and <see cref="IndonesianWordFormSearches"/> too on a database that
    /// <paramref name="stemsIndonesian"/>, as xunit theory data.
    /// </summary>
    public static TheoryData<string, string> Cases(bool stemsIndonesian)
    {
        var data = new TheoryData<string, string>();
        foreach (var (query, expected) in stemsIndonesian ? Searches.Concat(IndonesianWordFormSearches) : Searches)
            data.Add(query, expected);
        return data;
    }

    /// <summary>
    /// Indonesian searches naming another form of the thread's words ("pembayaran" for "membayar", "mengunduh" for
    /// "diunduh"): found where Indonesian is stemmed (PostgreSQL's 'indonesian' configuration), not by SQLite's
    /// tokenizer, which has no Indonesian stemmer (see SearchSql).
    /// </summary>
    public static readonly (string Query, string Expected)[] IndonesianWordFormSearches =
    [
        ("pembayaran gagal", "Tidak bisa membayar langganan dengan kartu kredit"),
        ("mengunduh lampiran", "Lampiran tidak bisa diunduh di ponsel"),
        ("perbarui sinkronisasi", "Sinkronisasi catatan berhenti setelah pembaruan"),
    ];

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
        ("sync password change", "How to get sync going again after a password change"),
        ("export notebook pdf", "Export a notebook as a PDF file"),
        ("restore backup", "Restore notes from an automatic backup"),
        ("public link share", "Share a notebook through a public link"),
        ("forgot password", "Reset a forgotten password"),
        ("\"new computer\" notes", "Move your notes to a new computer"),
        ("kartu kredit ditolak", "Tidak bisa membayar langganan dengan kartu kredit"),
        ("lampiran ponsel", "Lampiran tidak bisa diunduh di ponsel"),
        ("sinkronisasi catatan", "Sinkronisasi catatan berhenti setelah pembaruan"),
        // An Indonesian word whose Indonesian stem is an English one ("menginstal": "instal", as English stems
        // "install") finds the Indonesian thread, never the English installer threads through the wrong stemmer.
        ("menginstal", "Cara menginstal aplikasi di Linux"),
    ];
}
