using System.Globalization;
using System.Security;
using System.Text;

namespace Ontwar.Benchmarks.Comparison;

/// <summary>One line of the plot.</summary>
/// <param name="Label">Legend text.</param>
/// <param name="Color">CSS colour.</param>
/// <param name="Dashed">Whether the line is dashed.</param>
/// <param name="Points">(size, milliseconds), any order.</param>
internal sealed record PlotSeries(string Label, string Color, bool Dashed, IReadOnlyList<(double X, double Y)> Points);

/// <summary>A hand-written SVG plot of time against size on log-log axes: decade ticks and grid, one line per series, a legend.</summary>
internal static class LogLogPlot
{
    private const double Width = 900, Height = 560;
    private const double Left = 80, Right = 290, Top = 50, Bottom = 60;

    internal static string Render(string title, string xLabel, string yLabel, IReadOnlyList<PlotSeries> series, IReadOnlyList<string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var all = series.SelectMany(s => s.Points).Where(p => p.X > 0 && p.Y > 0).ToList();
        if (all.Count == 0)
        {
            throw new ArgumentException("Nothing to plot: no series has a positive point.", nameof(series));
        }

        int x0 = (int)Math.Floor(Math.Log10(all.Min(p => p.X))), x1 = Math.Max(x0 + 1, (int)Math.Ceiling(Math.Log10(all.Max(p => p.X))));
        int y0 = (int)Math.Floor(Math.Log10(all.Min(p => p.Y))), y1 = Math.Max(y0 + 1, (int)Math.Ceiling(Math.Log10(all.Max(p => p.Y))));
        double plotW = Width - Left - Right, plotH = Height - Top - Bottom;
        double Px(double x) => Left + ((Math.Log10(x) - x0) / (x1 - x0) * plotW);
        double Py(double y) => Top + plotH - ((Math.Log10(y) - y0) / (y1 - y0) * plotH);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{N(Width)}\" height=\"{N(Height)}\" viewBox=\"0 0 {N(Width)} {N(Height)}\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"13\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{N(Width)}\" height=\"{N(Height)}\" fill=\"white\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(Left)}\" y=\"28\" font-size=\"17\" font-weight=\"bold\">{Esc(title)}</text>\n");

        // Grid: decades solid, 2..9 faint.
        for (int d = x0; d <= x1; d++)
        {
            double x = Px(Math.Pow(10, d));
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(x)}\" y1=\"{N(Top)}\" x2=\"{N(x)}\" y2=\"{N(Top + plotH)}\" stroke=\"#bbb\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x)}\" y=\"{N(Top + plotH + 20)}\" text-anchor=\"middle\">{Esc(SizeLabel(d))}</text>\n");
            for (int m = 2; d < x1 && m <= 9; m++)
            {
                double xm = Px(m * Math.Pow(10, d));
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(xm)}\" y1=\"{N(Top)}\" x2=\"{N(xm)}\" y2=\"{N(Top + plotH)}\" stroke=\"#eee\"/>\n");
            }
        }

        for (int d = y0; d <= y1; d++)
        {
            double y = Py(Math.Pow(10, d));
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(Left)}\" y1=\"{N(y)}\" x2=\"{N(Left + plotW)}\" y2=\"{N(y)}\" stroke=\"#bbb\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(Left - 8)}\" y=\"{N(y + 4)}\" text-anchor=\"end\">{Esc(TimeLabel(d))}</text>\n");
            for (int m = 2; d < y1 && m <= 9; m++)
            {
                double ym = Py(m * Math.Pow(10, d));
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(Left)}\" y1=\"{N(ym)}\" x2=\"{N(Left + plotW)}\" y2=\"{N(ym)}\" stroke=\"#eee\"/>\n");
            }
        }

        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(Left)}\" y=\"{N(Top)}\" width=\"{N(plotW)}\" height=\"{N(plotH)}\" fill=\"none\" stroke=\"#333\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(Left + (plotW / 2))}\" y=\"{N(Height - 18)}\" text-anchor=\"middle\">{Esc(xLabel)}</text>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text transform=\"translate(20 {N(Top + (plotH / 2))}) rotate(-90)\" text-anchor=\"middle\">{Esc(yLabel)}</text>\n");

        foreach (var s in series)
        {
            var points = s.Points.Where(p => p.X > 0 && p.Y > 0).OrderBy(p => p.X).ToList();
            if (points.Count == 0)
            {
                continue;
            }

            string dash = s.Dashed ? " stroke-dasharray=\"6 4\"" : string.Empty;
            string coords = string.Join(" ", points.Select(p => N(Px(p.X)) + "," + N(Py(p.Y))));
            svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{coords}\" fill=\"none\" stroke=\"{Esc(s.Color)}\" stroke-width=\"2\"{dash}/>\n");
            foreach (var p in points)
            {
                string fill = s.Dashed ? "white" : Esc(s.Color);
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(Px(p.X))}\" cy=\"{N(Py(p.Y))}\" r=\"3.5\" fill=\"{fill}\" stroke=\"{Esc(s.Color)}\" stroke-width=\"1.5\"/>\n");
            }
        }

        // Legend to the right of the plot.
        double lx = Left + plotW + 18, ly = Top + 8;
        foreach (var s in series)
        {
            string dash = s.Dashed ? " stroke-dasharray=\"6 4\"" : string.Empty;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(lx)}\" y1=\"{N(ly)}\" x2=\"{N(lx + 28)}\" y2=\"{N(ly)}\" stroke=\"{Esc(s.Color)}\" stroke-width=\"2\"{dash}/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(lx + 14)}\" cy=\"{N(ly)}\" r=\"3.5\" fill=\"{(s.Dashed ? "white" : Esc(s.Color))}\" stroke=\"{Esc(s.Color)}\" stroke-width=\"1.5\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(lx + 36)}\" y=\"{N(ly + 4)}\">{Esc(s.Label)}</text>\n");
            ly += 22;
        }

        foreach (var note in notes ?? [])
        {
            ly += 6;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(lx)}\" y=\"{N(ly + 4)}\" font-size=\"11\" fill=\"#555\">{Esc(note)}</text>\n");
            ly += 12;
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    internal static string SizeLabel(int decade) => decade switch
    {
        < 3 => N(Math.Pow(10, decade)),
        < 6 => N(Math.Pow(10, decade - 3)) + "k",
        _ => N(Math.Pow(10, decade - 6)) + "M",
    };

    internal static string TimeLabel(int decade) => decade switch
    {
        < 0 => Math.Pow(10, decade).ToString("0.##########", CultureInfo.InvariantCulture) + " ms",
        < 3 => N(Math.Pow(10, decade)) + " ms",
        _ => N(Math.Pow(10, decade - 3)) + " s",
    };

    private static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Esc(string text) => SecurityElement.Escape(text) ?? string.Empty;
}
