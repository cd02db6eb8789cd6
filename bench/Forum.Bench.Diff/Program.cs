using System.Diagnostics;
using System.Text;
using Forum.Domain.Common;
using Baseline = Forum.Bench.Diff.Baseline;

// Times TextDiff.Compare (DiffPlex) against the hand-written diff it replaced, on a long FAQ article.
//   dotnet run -c Release --project bench/Forum.Bench.Diff [-- --lines 3000 --seed 42]
var lines = args.SkipWhile(a => a != "--lines").Skip(1).Select(int.Parse).DefaultIfEmpty(3000).First();
var seed = args.SkipWhile(a => a != "--seed").Skip(1).Select(int.Parse).DefaultIfEmpty(42).First();
var random = new Random(seed);
var article = Article(random, lines);
var original = string.Join('\n', article);
Console.WriteLine($"Article: {article.Count} lines, {Encoding.UTF8.GetByteCount(original) / 1024} KB");

var cases = new (string Name, string After)[]
{
    ("40 scattered edits", string.Join('\n', Edit(random, article, 40))),
    ("one edit in every 10 lines", string.Join('\n', Edit(random, article, article.Count / 10))),
    ("one edit in every 3 lines", string.Join('\n', Edit(random, article, article.Count / 3))),
    ("every line rewritten", string.Join('\n', Article(new Random(seed + 1), lines))),
};
Console.WriteLine("| case | implementation | ms per Compare | KB allocated per Compare | lines shown |");
Console.WriteLine("|---|---|---:|---:|---:|");
foreach (var (name, after) in cases)
{
    Measure(name, "hand-written", () => Baseline.TextDiff.Compare(original, after).Count);
    Measure(name, "DiffPlex", () => TextDiff.Compare(original, after).Count);
}

static void Measure(string name, string implementation, Func<int> compare)
{
    var shown = compare(); // warm-up
    var runs = 0;
    var allocated = GC.GetAllocatedBytesForCurrentThread();
    var clock = Stopwatch.StartNew();
    while (runs < 3 || clock.ElapsedMilliseconds < 1000)
    {
        compare();
        runs++;
    }
    clock.Stop();
    allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
    Console.WriteLine($"| {name} | {implementation} | {clock.Elapsed.TotalMilliseconds / runs:F2} | {allocated / runs / 1024:N0} | {shown} |");
}

// Markdown shaped like a long help article: headings, paragraphs of ~70-character lines, lists and code blocks.
static List<string> Article(Random random, int count)
{
    string[] words = ["account", "settings", "sync", "backup", "device", "sign", "in", "password", "reset", "the", "your",
        "open", "choose", "select", "menu", "profile", "email", "confirm", "restore", "data", "to", "and", "of", "a", "it",
        "when", "app", "update", "version", "support", "team", "member", "link", "page", "click", "save", "change"];
    var result = new List<string>(count);
    while (result.Count < count)
    {
        switch (random.Next(10))
        {
            case 0: result.Add($"## {Sentence(random, words, 3, 6)}"); result.Add(""); break;
            case 1: for (var i = random.Next(2, 5); i > 0; i--) result.Add($"- {Sentence(random, words, 4, 10)}"); result.Add(""); break;
            case 2: result.Add("```"); for (var i = random.Next(2, 5); i > 0; i--) result.Add($"forum {words[random.Next(words.Length)]} --{words[random.Next(words.Length)]} {random.Next(100)}"); result.Add("```"); result.Add(""); break;
            default: for (var i = random.Next(2, 6); i > 0; i--) result.Add(Sentence(random, words, 14, 22)); result.Add(""); break;
        }
    }
    return result.Take(count).ToList();
}

static string Sentence(Random random, string[] words, int min, int max)
{
    var sentence = string.Join(' ', Enumerable.Range(0, random.Next(min, max)).Select(_ => words[random.Next(words.Length)]));
    return char.ToUpperInvariant(sentence[0]) + sentence[1..] + ".";
}

// Edits scattered over the article: a word changed in a line, a line removed, or a line added.
static List<string> Edit(Random random, List<string> article, int edits)
{
    var result = article.ToList();
    for (var e = 0; e < edits; e++)
    {
        var at = random.Next(result.Count);
        switch (random.Next(3))
        {
            case 0:
                var lineWords = result[at].Split(' ');
                lineWords[random.Next(lineWords.Length)] = "changed";
                result[at] = string.Join(' ', lineWords);
                break;
            case 1: result.RemoveAt(at); break;
            default: result.Insert(at, "A new line the editor added to explain one more step of the setup."); break;
        }
    }
    return result;
}
