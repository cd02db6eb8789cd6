// The ceiling of the web stack on this machine: a minimal ASP.NET Core app that serves, from memory,
// a static HTML page as large as the forum's question page. scripts/bench.sh runs the same wrk against it.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();

var size = int.Parse(app.Configuration["PageBytes"] ?? "20000", System.Globalization.CultureInfo.InvariantCulture);
var paragraph = "<p>The desktop app shows a blank window after the latest update, on every start.</p>\n";
var body = string.Concat(Enumerable.Repeat(paragraph, Math.Max(1, size / paragraph.Length)));
var page = System.Text.Encoding.UTF8.GetBytes($"<!DOCTYPE html><html lang=\"en\"><head><title>Baseline</title></head><body>{body}</body></html>");

app.MapGet("/", () => Results.Bytes(page, "text/html; charset=utf-8"));
app.Run();
