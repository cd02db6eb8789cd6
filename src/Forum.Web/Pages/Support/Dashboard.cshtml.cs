namespace Forum.Web.Pages.Support;

/// <summary>The support dashboard for staff: response times, targets, backlog, satisfaction, follow-ups, top helpers.</summary>
public sealed class DashboardModel(IMediator mediator) : ForumPageModel(mediator)
{
    public SupportMetrics Metrics { get; private set; } = null!;

    public async Task OnGetAsync(int? days, CancellationToken ct) =>
        Metrics = await Mediator.Send(new GetSupportMetrics(days ?? 7), ct);
}

/// <summary>A horizontal bar chart drawn on the server as SVG; the page puts a table with the same numbers beside it.</summary>
public sealed record BarChart(string Id, string Title, string Unit, IReadOnlyList<BarChart.Bar> Bars)
{
    public const int Width = 420, LabelWidth = 130, BarHeight = 22, Gap = 10, ValueWidth = 60;

    /// <param name="IsContent">The label is the forum's data (a category's name, an article's title), not its words.</param>
    public sealed record Bar(string Label, double? Value, string Css = "bar", bool IsContent = false);

    public int Height => Math.Max(1, Bars.Count) * (BarHeight + Gap);
    public double Max => Math.Max(1, Bars.Max(b => b.Value ?? 0));

    public double BarWidth(Bar bar) => (bar.Value ?? 0) / Max * (Width - LabelWidth - ValueWidth);

    /// <summary>A label short enough for the chart's label column; the table beside it has the full text.</summary>
    public static string Shorten(string label, int max = 17) => label.Length <= max ? label : label[..(max - 1)].TrimEnd() + "…";

    public static string Format(double? value, string unit, string noData) =>
        value is { } v ? $"{v.ToString("0.#", System.Globalization.CultureInfo.CurrentCulture)}{unit}" : noData;
}
