using System.Text;
using System.Text.RegularExpressions;

namespace Forum.Web.Tests.Harness;

/// <summary>The emails the forum wrote to its pickup folder, decoded to text (headers and body).</summary>
public static partial class Mailbox
{
    public static IReadOnlyList<string> MessagesTo(string folder, string address) =>
        Directory.Exists(folder)
            ? [.. Directory.GetFiles(folder, "*.eml").Select(File.ReadAllText).Where(m => m.Contains(address, StringComparison.OrdinalIgnoreCase)).Select(Decode)]
            : [];

    /// <summary>Every link (href) in the messages.</summary>
    public static IReadOnlyList<string> LinksIn(IEnumerable<string> messages) =>
        [.. messages.SelectMany(m => Href().Matches(m).Select(h => System.Net.WebUtility.HtmlDecode(h.Groups[1].Value)))];

    private static string Decode(string message)
    {
        var split = message.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (split < 0)
            return message;
        var (headers, body) = (message[..split], message[(split + 4)..]);
        if (headers.Contains("Content-Transfer-Encoding: base64", StringComparison.OrdinalIgnoreCase))
            body = Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Split("\r\n"))));
        else if (headers.Contains("Content-Transfer-Encoding: quoted-printable", StringComparison.OrdinalIgnoreCase))
            body = Encoding.UTF8.GetString(QuotedPrintable(body.Replace("=\r\n", "")));
        return headers + "\r\n\r\n" + body;
    }

    private static byte[] QuotedPrintable(string text)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }
        return [.. bytes];
    }

    [GeneratedRegex("href=[\"']([^\"']*)[\"']")]
    private static partial Regex Href();
}
