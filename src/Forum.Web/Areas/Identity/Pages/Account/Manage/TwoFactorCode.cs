using System.Text;
using QRCoder;

namespace Forum.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// What an authenticator app needs to add the forum: the shared key (shown in groups of four to type it) and the
/// otpauth:// address, drawn as a QR code in a PNG data address (an image, so the strict CSP needs no exception).
/// </summary>
public static class TwoFactorCode
{
    public const string Issuer = "Forum";

    /// <summary>A code as typed (spaces allowed, as apps show "123 456") as Identity checks it.</summary>
    public static string Digits(string code) => code.Replace(" ", "").Trim();

    public static string Readable(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        return text.ToString().TrimEnd().ToLowerInvariant();
    }

    public static string AuthenticatorUri(string account, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(account)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";

    public static string QrCodeDataUrl(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }
}
