using System.Globalization;
using System.Net;
using System.Text;
using Ontwar.Diagnostics;
using Ontwar.Interpretation;

namespace Ontwar.Cli.Reports;

/// <summary>
/// The <c>html</c> format: one self-contained page (inline CSS and inline SVG, no script, no external reference) with
/// the summary, the dependency structure matrix, the package graph, the worksheet's tables 1 to 3, the Samenwerk-check
/// and the diagnostics, in English or Dutch. Every text from the scenario is HTML-escaped. Prints on A4.
/// </summary>
internal static class HtmlReportWriter
{
    /// <summary>The longest list of findings shown per plan; the counts table still counts them all.</summary>
    internal const int MaxFindingsPerPlan = 30;

    /// <summary>The codes only asked of plans that give teams (<see cref="Interpretation.CheckReport.TeamsAssessed"/>).</summary>
    private static readonly string[] TeamCodes =
        [Interpretation.CheckCodes.MissingPartner, Interpretation.CheckCodes.SuperfluousPartner, Interpretation.CheckCodes.TeamSizeOutsideLimits];

    private static readonly string[] Tints = ["#e3eefa", "#fdecd6", "#e2f3e6", "#f1e4f5", "#fbf5d5", "#dff2f3", "#f9e1e1", "#ececec"];

    /// <summary>The background tint of package <paramref name="index"/>, shared with the DOT writer.</summary>
    internal static string PackageTint(int index) => Tints[index % Tints.Length];

    /// <summary>The colour of an intensity in the graph and its legend, from cool (referral) to hot (performing together).</summary>
    internal static string IntensityColour(Intensity intensity) => intensity switch
    {
        Intensity.Referral => "#8fb3d9",
        Intensity.Information => "#3d7cc9",
        Intensity.Alignment => "#e69b22",
        _ => "#c0392b",
    };

    /// <summary>Writes the page.</summary>
    internal static string Write(ReportModel model, ReportLabels labels)
    {
        var h = new StringBuilder(64 * 1024);
        h.Append("<!DOCTYPE html>\n<html lang=\"").Append(labels.HtmlLang).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(labels["title"] + ": " + model.ScenarioName)).Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n<main>\n");
        h.Append("<header><p class=\"kicker\">").Append(E(labels["title"])).Append("</p><h1>").Append(E(model.ScenarioName)).Append("</h1><p class=\"sub\">")
            .Append(E(labels["subtitle"])).Append("</p></header>\n");
        Summary(h, model, labels);
        if (model.HasPlan)
        {
            // Side by side when both fit (small scenarios), one under the other otherwise.
            h.Append("<div class=\"figures\">\n");
            Dsm(h, model, labels);
            Graph(h, model, labels);
            h.Append("</div>\n");
        }

        Table1(h, model, labels);
        if (model.HasPlan)
        {
            Table2(h, model, labels);
        }

        Table3(h, model, labels);
        Check(h, model, labels);
        Diagnostics(h, model, labels);
        h.Append("<footer>").Append(E(labels["footer"])).Append("</footer>\n</main>\n</body>\n</html>\n");
        return h.ToString();
    }

    private static void Summary(StringBuilder h, ReportModel model, ReportLabels labels)
    {
        var s = model.Status;
        h.Append("<section class=\"summary\"><h2>").Append(E(labels["summary"])).Append("</h2>\n<div class=\"cards\">\n");
        Card(h, labels["status"], StatusName(s.Status, labels), s.Status is "optimal" or "feasible" or "given" ? "ok" : "bad");
        Card(h, labels["engine"], s.Engine + (s.ElapsedMs is { } ms ? Invariant($" · {ms} ms") : string.Empty), null);
        if (s.CutWeight is { } cut)
        {
            Card(h, labels["cut"], Num(cut), null);
        }

        if (s.InternalWeight is { } inside)
        {
            Card(h, labels["inside"], Num(inside), null);
        }

        Card(h, labels["bound"], s.Bound is { } b ? Num(b) : labels["unknown"], null);
        Card(h, labels["gap"], s.Gap is { } g ? g.ToString("0.#%", CultureInfo.InvariantCulture) : labels["unknown"], null);
        Card(h, labels["packages"], model.Packages.Count.ToString(CultureInfo.InvariantCulture), null);
        Card(h, labels["rules"], model.RuleCount == 0 ? labels["rulesNone"] : labels.Format(model.RulesIgnored ? "rulesIgnored" : "rulesApplied", model.RuleCount), null);
        h.Append("</div>\n");
        if (!model.HasPlan)
        {
            h.Append("<p class=\"warn\">").Append(E(labels["noPlan"])).Append("</p>\n");
        }

        h.Append("</section>\n");
    }

    private static void Card(StringBuilder h, string label, string value, string? css)
        => h.Append("<div class=\"card").Append(css is null ? string.Empty : " " + css).Append("\"><span class=\"label\">").Append(E(label))
            .Append("</span><span class=\"value\">").Append(E(value)).Append("</span></div>\n");

    private static string StatusName(string status, ReportLabels labels) => status switch
    {
        "optimal" => labels["statusOptimal"],
        "feasible" => labels["statusFeasible"],
        "infeasible" => labels["statusInfeasible"],
        "given" => labels["statusGiven"],
        _ => labels["statusUnknown"],
    };

    /// <summary>The DSM as an SVG heat map: a cell per pair shaded by cohesion, package blocks outlined.</summary>
    private static void Dsm(StringBuilder h, ReportModel model, ReportLabels labels)
    {
        var dsm = model.Dsm;
        int n = dsm.Ids.Count;
        h.Append("<section class=\"dsm\"><h2>").Append(E(labels["dsm"])).Append("</h2>\n<p class=\"note\">").Append(E(labels["dsmNote"])).Append("</p>\n");
        if (dsm.PackageLevel)
        {
            h.Append("<p class=\"warn\">").Append(E(labels.Format("dsmPackageLevel", dsm.ActivityCount, ReportModelBuilder.MaxDsmActivities))).Append("</p>\n");
        }

        double cell = n <= 12 ? 34 : n <= 30 ? 24 : Math.Max(1.5, 720.0 / n);
        bool labelled = cell >= 10;
        double margin = labelled ? Math.Min(220, 12 + (6.2 * Math.Min(34, dsm.Names.Max(x => x.Length)))) : 8;
        double top = labelled ? 64 : 8;
        double size = cell * n;
        h.Append(Invariant($"<svg class=\"matrix\" role=\"img\" viewBox=\"0 0 {margin + size + 8:0.#} {top + size + 8:0.#}\" width=\"{margin + size + 8:0.#}\" height=\"{top + size + 8:0.#}\">\n"));
        for (int b = 0; b < dsm.Blocks.Count; b++)
        {
            var block = dsm.Blocks[b];
            h.Append(Invariant($"<rect x=\"{margin + (block.Start * cell):0.##}\" y=\"{top + (block.Start * cell):0.##}\" width=\"{block.Count * cell:0.##}\" height=\"{block.Count * cell:0.##}\" fill=\"{PackageTint(b)}\"/>\n"));
        }

        for (int r = 0; r < n; r++)
        {
            for (int c = 0; c < n; c++)
            {
                double w = dsm.At(r, c);
                if (w <= 0)
                {
                    continue;
                }

                double t = dsm.MaxWeight <= 0 ? 0 : w / dsm.MaxWeight;
                h.Append(Invariant($"<rect x=\"{margin + (c * cell):0.##}\" y=\"{top + (r * cell):0.##}\" width=\"{cell:0.##}\" height=\"{cell:0.##}\" fill=\"{Shade(t)}\">"))
                    .Append("<title>").Append(E(dsm.Names[r] + " · " + dsm.Names[c] + ": " + Num(w))).Append("</title></rect>\n");
                if (cell >= 22)
                {
                    h.Append(Invariant($"<text class=\"cellnum\" x=\"{margin + (c * cell) + (cell / 2):0.##}\" y=\"{top + (r * cell) + (cell / 2) + 4:0.##}\" fill=\"{(t > 0.45 ? "#fff" : "#123")}\">{Num(w)}</text>\n"));
                }
            }
        }

        if (!dsm.PackageLevel)
        {
            for (int d = 0; d < n; d++)
            {
                h.Append(Invariant($"<rect x=\"{margin + (d * cell):0.##}\" y=\"{top + (d * cell):0.##}\" width=\"{cell:0.##}\" height=\"{cell:0.##}\" fill=\"#bbb\"/>\n"));
            }
        }

        if (n <= 60)
        {
            for (int g = 0; g <= n; g++)
            {
                h.Append(Invariant($"<line class=\"grid\" x1=\"{margin:0.##}\" y1=\"{top + (g * cell):0.##}\" x2=\"{margin + size:0.##}\" y2=\"{top + (g * cell):0.##}\"/>"))
                    .Append(Invariant($"<line class=\"grid\" x1=\"{margin + (g * cell):0.##}\" y1=\"{top:0.##}\" x2=\"{margin + (g * cell):0.##}\" y2=\"{top + size:0.##}\"/>\n"));
            }
        }

        foreach (var block in dsm.Blocks)
        {
            h.Append(Invariant($"<rect class=\"block\" x=\"{margin + (block.Start * cell):0.##}\" y=\"{top + (block.Start * cell):0.##}\" width=\"{block.Count * cell:0.##}\" height=\"{block.Count * cell:0.##}\">"))
                .Append("<title>").Append(E(block.PackageId)).Append("</title></rect>\n");
        }

        if (labelled)
        {
            for (int r = 0; r < n; r++)
            {
                h.Append(Invariant($"<text class=\"rowlabel\" x=\"{margin - 6:0.##}\" y=\"{top + (r * cell) + (cell / 2) + 4:0.##}\">")).Append(E(Cut(dsm.Names[r], 34))).Append("</text>\n");
                h.Append(Invariant($"<text class=\"collabel\" transform=\"translate({margin + (r * cell) + (cell / 2) + 4:0.##},{top - 6:0.##}) rotate(-50)\">")).Append(E(Cut(dsm.Ids[r], 12))).Append("</text>\n");
            }
        }

        h.Append("</svg>\n</section>\n");
    }

    /// <summary>White to deep blue by the share <paramref name="t"/> of the largest weight.</summary>
    private static string Shade(double t)
    {
        t = Math.Clamp(t, 0, 1);
        int r = (int)Math.Round(222 - (190 * t)), g = (int)Math.Round(235 - (160 * t)), b = (int)Math.Round(247 - (97 * t));
        return Invariant($"#{r:x2}{g:x2}{b:x2}");
    }

    /// <summary>The package graph: packages on a circle (deterministic), sized by activities; links by cohesion and intensity.</summary>
    private static void Graph(StringBuilder h, ReportModel model, ReportLabels labels)
    {
        h.Append("<section class=\"graph\"><h2>").Append(E(labels["graph"])).Append("</h2>\n<p class=\"note\">").Append(E(labels["graphNote"])).Append("</p>\n");
        int k = model.Packages.Count;
        const double width = 700;
        double height = k <= 2 ? 240 : k <= 4 ? 420 : 520;
        double cx = width / 2, cy = (height / 2) + 6;
        int most = model.Packages.Max(p => p.Activities.Count);
        double maxRadius = Math.Clamp(260.0 / Math.Max(1, Math.Sqrt(k)), 14, 60);
        maxRadius = Math.Min(maxRadius, (height / 2) - 40);
        if (k > 2)
        {
            // Keep neighbours on the circle apart: k diameters must fit in nine tenths of its circumference.
            double ring0 = Math.Min(cx, cy) - 36;
            maxRadius = Math.Max(4, Math.Min(maxRadius, 0.9 * Math.PI * ring0 / (k + (0.9 * Math.PI))));
        }

        double Radius(PackageRow p) => Math.Max(Math.Min(10, maxRadius), maxRadius * Math.Sqrt(p.Activities.Count / (double)most));
        double ring = k == 1 ? 0 : k == 2 ? 200 : Math.Min(cx, cy) - maxRadius - 36;
        var at = new Dictionary<string, (double X, double Y, double R)>(StringComparer.Ordinal);
        for (int i = 0; i < k; i++)
        {
            // Two packages sit left and right; more go round a circle starting at the top.
            double angle = k == 2 ? Math.PI * (1 - i) : (-Math.PI / 2) + (2 * Math.PI * i / k);
            at[model.Packages[i].Id] = (cx + (ring * Math.Cos(angle)), cy + (ring * Math.Sin(angle)), Radius(model.Packages[i]));
        }

        h.Append(Invariant($"<svg class=\"pgraph\" role=\"img\" viewBox=\"0 0 {width} {height + 40}\" width=\"{width}\" height=\"{height + 40}\">\n"));
        double max = model.Links.Count == 0 ? 1 : model.Links.Max(l => l.Weight);
        foreach (var link in model.Links.OrderBy(l => l.Weight))
        {
            var a = at[link.First];
            var b = at[link.Second];
            h.Append(Invariant($"<line x1=\"{a.X:0.#}\" y1=\"{a.Y:0.#}\" x2=\"{b.X:0.#}\" y2=\"{b.Y:0.#}\" stroke=\"{IntensityColour(link.Intensity)}\" stroke-width=\"{(k > 20 ? 0.8 + (4 * link.Weight / max) : 1.5 + (8.5 * link.Weight / max)):0.#}\" stroke-linecap=\"round\" opacity=\"0.85\"{(link.Reexamine ? " stroke-dasharray=\"10 5\"" : string.Empty)}>"))
                .Append("<title>").Append(E($"{link.First} – {link.Second}: {Num(link.Weight)} ({labels.Intensity(link.Intensity)})")).Append("</title></line>\n");
            if (k <= 24)
            {
                double mx = (a.X + b.X) / 2, my = (a.Y + b.Y) / 2;
                h.Append(Invariant($"<text class=\"elabel\" x=\"{mx:0.#}\" y=\"{my + 4:0.#}\">{Num(link.Weight)}</text>\n"));
            }
        }

        for (int i = 0; i < k; i++)
        {
            var p = model.Packages[i];
            var (x, y, r) = at[p.Id];
            h.Append(Invariant($"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"{r:0.#}\" fill=\"{PackageTint(i)}\" stroke=\"#445\" stroke-width=\"1.5\">"))
                .Append("<title>").Append(E(p.Id + ": " + string.Join(", ", p.ActivityNames))).Append("</title></circle>\n");
            if (k <= 40)
            {
                h.Append(Invariant($"<text class=\"nlabel\" x=\"{x:0.#}\" y=\"{y + 4:0.#}\">")).Append(E(Cut(p.Id, 10))).Append("</text>\n");
                if (k <= 12)
                {
                    var sub = Invariant($"{p.Activities.Count} · ") + (p.Scale is { } s ? labels.Scale(s) : "-");
                    h.Append(Invariant($"<text class=\"nsub\" x=\"{x:0.#}\" y=\"{y + r + 14:0.#}\">")).Append(E(sub)).Append("</text>\n");
                }
            }
        }

        double lx = 12;
        h.Append(Invariant($"<text class=\"legend\" x=\"{lx}\" y=\"{height + 24}\">")).Append(E(labels["legendIntensity"] + ":")).Append("</text>\n");
        lx += 78;
        foreach (var intensity in new[] { Intensity.Referral, Intensity.Information, Intensity.Alignment, Intensity.Joint })
        {
            var name = labels.Intensity(intensity);
            h.Append(Invariant($"<line x1=\"{lx}\" y1=\"{height + 20}\" x2=\"{lx + 26}\" y2=\"{height + 20}\" stroke=\"{IntensityColour(intensity)}\" stroke-width=\"5\"/>"))
                .Append(Invariant($"<text class=\"legend\" x=\"{lx + 32}\" y=\"{height + 24}\">")).Append(E(name)).Append("</text>\n");
            lx += 44 + (6.3 * name.Length);
        }

        h.Append("</svg>\n");
        if (model.Links.Count == 0)
        {
            h.Append("<p class=\"note\">").Append(E(labels["graphNoLinks"])).Append("</p>\n");
        }

        h.Append("</section>\n");
    }

    private static void Table1(StringBuilder h, ReportModel model, ReportLabels labels)
    {
        bool goals = model.Activities.Any(a => a.Goals.Count > 0);
        h.Append("<section><h2>").Append(E(labels["table1"])).Append("</h2>\n<table>\n<thead><tr>");
        Headers(h, labels, "t1Activity", "t1Ideal", "t1Requires", "t1Partners", "t1Complexity");
        if (goals)
        {
            Headers(h, labels, "t1Goals");
        }

        Headers(h, labels, "t1Stimulating", "t1Inhibiting", "t1Package");
        h.Append("</tr></thead>\n<tbody>\n");
        foreach (var a in model.Activities)
        {
            h.Append("<tr><td><strong>").Append(E(a.Name)).Append("</strong><br><code>").Append(E(a.Id)).Append("</code></td><td>")
                .Append(E(labels.Scale(a.IdealScale))).Append("</td><td>").Append(E(List(a.Requires))).Append("</td><td>")
                .Append(E(List(a.CapablePartners))).Append("</td><td>").Append(E(labels.Character(a.Complexity, a.Stability))).Append("</td><td>");
            if (goals)
            {
                h.Append(E(List(a.Goals))).Append("</td><td>");
            }

            h.Append(Lines([.. a.Factors.Where(f => f.Kind == FactorKind.Stimulating).Select(f => f.Text)])).Append("</td><td>")
                .Append(Lines([.. a.Factors.Where(f => f.Kind == FactorKind.Inhibiting).Select(f => FactorText(f, labels))])).Append("</td><td>")
                .Append(E(a.PackageId ?? "-")).Append("</td></tr>\n");
        }

        h.Append("</tbody>\n</table>\n");
        var general = model.Factors.Where(f => f.Activities.Count == 0).ToList();
        if (general.Count > 0)
        {
            h.Append("<h3>").Append(E(labels["t1General"])).Append("</h3>\n<table>\n<thead><tr>");
            Headers(h, labels, "t1Stimulating", "t1Inhibiting");
            h.Append("</tr></thead>\n<tbody>\n<tr><td>")
                .Append(Lines([.. general.Where(f => f.Kind == FactorKind.Stimulating).Select(f => f.Text)])).Append("</td><td>")
                .Append(Lines([.. general.Where(f => f.Kind == FactorKind.Inhibiting).Select(f => FactorText(f, labels))])).Append("</td></tr>\n</tbody>\n</table>\n");
        }

        h.Append("</section>\n");
    }

    /// <summary>An inhibiting factor with whether it can be removed.</summary>
    private static string FactorText(Factor f, ReportLabels labels) => f.Text + " (" + labels[f.Removable ? "removable" : "notRemovable"] + ")";

    private static void Table2(StringBuilder h, ReportModel model, ReportLabels labels)
    {
        h.Append("<section><h2>").Append(E(labels["table2"])).Append("</h2>\n<table>\n<thead><tr>");
        bool goals = model.Packages.Any(p => p.Goals.Count > 0);
        Headers(h, labels, "t2Package", "t2Activities", "t2Scale", "t2Partners", "t2Team", "t2Intensity", "t2Coordination", "t2Between");
        if (goals)
        {
            Headers(h, labels, "t2Goals");
        }
        h.Append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < model.Packages.Count; i++)
        {
            var p = model.Packages[i];
            var between = model.Links.Where(l => l.First == p.Id || l.Second == p.Id)
                .Select(l => (l.First == p.Id ? l.Second : l.First) + ": " + labels.Intensity(l.Intensity) + ", " + labels.Coordination(l.Coordination));
            h.Append("<tr><td><span class=\"swatch\" style=\"background:").Append(PackageTint(i)).Append("\"></span><strong>").Append(E(p.Id)).Append("</strong></td><td>")
                .Append(E(string.Join(", ", p.ActivityNames))).Append("</td><td>").Append(E(p.Scale is { } s ? labels.Scale(s) : "-")).Append("</td><td>")
                .Append(E(List(p.Partners))).Append("</td><td>");
            foreach (var m in p.Team)
            {
                h.Append("<span class=\"member ").Append(m.Needed ? "needed" : "filling").Append("\" title=\"")
                    .Append(E(labels[m.Needed ? "needed" : "filling"])).Append("\">").Append(E(m.Name)).Append("</span> ");
            }

            h.Append("</td><td>").Append(E(p.Intensity is { } it ? labels.Intensity(it) : "-")).Append("</td><td>")
                .Append(E(labels.Coordination(p.Coordination))).Append("<br><small>").Append(E(labels["t2Decisions"] + ": " + string.Join(", ", p.DecisionLevels.Select(labels.Decision))))
                .Append("</small></td><td>").Append(E(List([.. between]))).Append("</td>");
            if (goals)
            {
                h.Append("<td>").Append(E(List(p.Goals))).Append("</td>");
            }

            h.Append("</tr>\n");
        }

        h.Append("</tbody>\n</table>\n");
        if (model.Links.Count > 0)
        {
            h.Append("<h3>").Append(E(labels["linksTitle"])).Append("</h3>\n<table>\n<thead><tr>");
            Headers(h, labels, "lPackages", "lWeight", "lIntensity", "lCoordination", "lDecisions", "lForms", "lReexamine");
            h.Append("</tr></thead>\n<tbody>\n");
            foreach (var l in model.Links)
            {
                h.Append(l.Reexamine ? "<tr class=\"flag\">" : "<tr>").Append("<td>").Append(E(l.First + " – " + l.Second)).Append("</td><td class=\"num\">").Append(Num(l.Weight)).Append("</td><td>")
                    .Append("<span class=\"dot\" style=\"background:").Append(IntensityColour(l.Intensity)).Append("\"></span>").Append(E(labels.Intensity(l.Intensity))).Append("</td><td>")
                    .Append(E(labels.Coordination(l.Coordination))).Append("</td><td>")
                    .Append(E(Levels(l.DecisionLevels, labels, "lDecisionsNone"))).Append("</td><td>")
                    .Append(E(string.Join(", ", l.Forms.Select(labels.Form)))).Append("</td><td>")
                    .Append(E(labels[l.Reexamine ? "yes" : "no"])).Append("</td></tr>\n");
            }

            h.Append("</tbody>\n</table>\n");
            foreach (var l in model.Links.Where(l => l.Reexamine))
            {
                h.Append("<p class=\"warn\">").Append(E(ReexamineText(l, labels))).Append("</p>\n");
            }
        }

        Layer(h, model, labels);
        Goals(h, model, labels);
        h.Append("</section>\n");
    }

    /// <summary>Why a link's split should be re-examined, in the report's language.</summary>
    private static string ReexamineText(LinkRow l, ReportLabels labels)
        => labels.Format("lReason", l.First, l.Second, string.Join(", ", l.JointPairs.Select(p => p.From + "–" + p.To)));

    private static string Levels(IReadOnlyList<DecisionLevel> levels, ReportLabels labels, string noneKey)
        => levels.Count == 0 ? labels[noneKey] : string.Join(", ", levels.Select(labels.Decision));

    /// <summary>The coordination layer above the packages and the load per actor.</summary>
    private static void Layer(StringBuilder h, ReportModel model, ReportLabels labels)
    {
        if (model.Layer is { } layer)
        {
            h.Append("<h3>").Append(E(labels["layerTitle"])).Append("</h3>\n<p class=\"note\">").Append(E(labels["layerNote"])).Append("</p>\n<table>\n<thead><tr>");
            Headers(h, labels, "layerPackage", "layerSeat", "layerActor", "layerOut");
            h.Append("</tr></thead>\n<tbody>\n");
            foreach (var seat in layer.Seats)
            {
                h.Append("<tr><td>").Append(E(seat.Package)).Append("</td><td>").Append(E(MemberName(model, seat.Member))).Append("</td><td>")
                    .Append(E(seat.Actor)).Append("</td><td class=\"num\">").Append(Num(seat.LinksOut)).Append("</td></tr>\n");
            }

            h.Append("</tbody>\n</table>\n<p>").Append(E(labels.Format("layerDecides", Levels(layer.DecisionLevels, labels, "layerNothing")))).Append("</p>\n");
        }

        var loads = model.ActorLoads.Where(l => l.Tables.Count > 1).ToList();
        if (loads.Count == 0)
        {
            return;
        }

        h.Append("<h3>").Append(E(labels["loadsTitle"])).Append("</h3>\n<p class=\"note\">")
            .Append(E(labels.Format("loadsNote", Interpretation.SamenwerkCheck.MaxTablesPerActor))).Append("</p>\n<table>\n<thead><tr>");
        Headers(h, labels, "loadActor", "loadTables");
        h.Append("</tr></thead>\n<tbody>\n");
        foreach (var load in loads)
        {
            bool over = load.Tables.Count > Interpretation.SamenwerkCheck.MaxTablesPerActor;
            var tables = load.Tables.Select(t => t == ActorLoad.LayerTable ? labels["layerTable"] : t);
            h.Append(over ? "<tr class=\"flag\">" : "<tr>").Append("<td>").Append(E(load.Actor)).Append("</td><td>")
                .Append(E(Invariant($"{load.Tables.Count}: ") + string.Join(", ", tables) + (over ? " (" + labels["loadTooMany"] + ")" : string.Empty))).Append("</td></tr>\n");
        }

        h.Append("</tbody>\n</table>\n");
    }

    /// <summary>The goals and the packages that serve them (000:297, 000:603).</summary>
    private static void Goals(StringBuilder h, ReportModel model, ReportLabels labels)
    {
        if (model.Goals.Count == 0)
        {
            return;
        }

        h.Append("<h3>").Append(E(labels["goalsTitle"])).Append("</h3>\n<table>\n<thead><tr>");
        Headers(h, labels, "gGoal", "gPackages", "gNote");
        h.Append("</tr></thead>\n<tbody>\n");
        foreach (var g in model.Goals)
        {
            var horizon = g.Goal.Horizon is { } hz ? " (" + labels[hz == GoalHorizon.Short ? "gShort" : "gLong"] + ")" : string.Empty;
            var note = g.Unserved ? labels["gUnserved"] : g.BarelyLinked ? labels["gSplit"] : "-";
            h.Append(g.Unserved || g.BarelyLinked ? "<tr class=\"flag\">" : "<tr>").Append("<td>").Append(E(g.Goal.Name + horizon)).Append("</td><td>")
                .Append(E(g.Unserved ? "-" : string.Join(", ", g.Packages))).Append("</td><td>").Append(E(note)).Append("</td></tr>\n");
        }

        h.Append("</tbody>\n</table>\n");
    }

    private static void Table3(StringBuilder h, ReportModel model, ReportLabels labels)
    {
        var d = model.Deviations;
        h.Append("<section><h2>").Append(E(labels["table3"])).Append("</h2>\n");
        if (!d.Available)
        {
            h.Append("<p class=\"note\">").Append(E(labels[d.Missing switch
            {
                DeviationsMissing.NoRules => "t3NoRules",
                DeviationsMissing.NotComputed => "t3NotComputed",
                _ => "t3NoPlan",
            }])).Append("</p>\n</section>\n");
            return;
        }

        var c = d.Comparison;
        h.Append("<p>").Append(E(labels.Format(
            "t3Intro",
            c.Ideal.Objective is { } io ? Num(io) : "-",
            c.Realistic.Objective is { } ro ? Num(ro) : "-",
            c.CostDifference is { } total ? Signed(total) : labels["unknown"],
            labels[c.IsProven ? "proven" : "estimate"]))).Append("</p>\n");
        if (d.Given)
        {
            h.Append("<p class=\"note\">").Append(E(labels["t3Given"])).Append("</p>\n");
        }

        if (d.RuleCostsSkipped)
        {
            h.Append("<p class=\"note\">").Append(E(labels.Format("t3CostsSkipped", ReportModelBuilder.MaxRuleCostActivities, ReportModelBuilder.MaxRuleCostRules))).Append("</p>\n");
        }

        var names = model.Activities.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        string Name(string id) => names.GetValueOrDefault(id) ?? id;
        c.Realistic.TryGetPlan(out var realistic);
        c.Ideal.TryGetPlan(out var ideal);
        Factors(h, model, labels, realistic);
        h.Append("<table>\n<thead><tr>");
        Headers(h, labels, "t3Factor", "t3How", "t3Cost", "t3Consequences", "t3Absorb");
        h.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in d.Rules)
        {
            var consequences = new List<string>();
            var absorb = new List<string>();
            var effect = Effect(row.Rule, model, labels, realistic, ideal, Name, absorb);
            if (effect is not null)
            {
                consequences.Add(effect);
            }

            consequences.AddRange(row.MovedActivities.Select(m => MoveText(m, labels, Name)));
            consequences.AddRange(row.NewlyCut.Select(dep => labels.Format("t3Broken", Name(dep.From), Name(dep.To), DependencyStrength(dep, model, labels))));
            absorb.AddRange(row.NewlyCut.Select(dep => Mitigation(dep, model, labels, Name)));
            if (row.NewlyCut.Any(dep => dep.Intensity == Intensity.Joint))
            {
                consequences.Add(labels["t3Reexamine"]);
                absorb.Add(labels["mReexamine"]);
            }

            if (row.Cost?.MarginalCost is { } zero && zero <= 0 && !row.Cost.MayRelax)
            {
                consequences.Add(labels["t3CostsNothing"]);
            }
            else if (consequences.Count == 0)
            {
                consequences.Add(labels["t3NoConsequence"]);
            }

            if (row.Factors.Any(f => f.Removable))
            {
                absorb.Insert(0, labels["t3RemovableRule"]);
            }

            if (absorb.Count == 0)
            {
                absorb.Add(labels["mNone"]);
            }

            var cost = row.Cost;
            string costText = cost is null ? labels["t3CostNotComputed"]
                : cost.MarginalCost is { } mc ? Signed(mc) + " (" + labels[cost.IsProven ? "proven" : "estimate"] + ")"
                : labels["unknown"];
            h.Append(cost?.MarginalCost > 0 ? "<tr class=\"flag\">" : "<tr>").Append("<td>");
            if (row.Factors.Count > 0)
            {
                h.Append(Lines([.. row.Factors.Select(f => f.Kind == FactorKind.Inhibiting ? FactorText(f, labels) : f.Text)]));
                if (row.Rule.Reason is { Length: > 0 } why)
                {
                    h.Append("<br><small>").Append(E(why)).Append("</small>");
                }
            }
            else
            {
                h.Append(row.Rule.Reason is { Length: > 0 } reason ? E(reason) : "<em>" + E(labels["t3NoReason"]) + "</em>");
            }

            h.Append("<br><code>").Append(E(Invariant($"$.rules[{row.Index}]"))).Append("</code></td><td>")
                .Append(E(Describe(row.Rule, model, labels, Name))).Append("</td><td class=\"num\">").Append(E(costText));
            if (cost?.MayRelax == true)
            {
                h.Append("<br><small>").Append(E(labels["t3MayRelax"])).Append("</small>");
            }

            h.Append("</td><td>").Append(Lines(consequences)).Append("</td><td>").Append(Lines(absorb)).Append("</td></tr>\n");
        }

        h.Append("</tbody>\n</table>\n");
        AllDeviations(h, model, c, labels, Name);
        h.Append("</section>\n");
    }

    /// <summary>Table 3's first two columns: the stimulating factors to use and the inhibiting factors that can be removed, with the realistic packages they touch.</summary>
    private static void Factors(StringBuilder h, ReportModel model, ReportLabels labels, Plans.Plan? realistic)
    {
        string Where(Factor f)
        {
            var packages = realistic?.Packages.Where(p => p.Activities.Any(f.Activities.Contains)).Select(p => p.Id).ToList() ?? [];
            return packages.Count == 0 ? f.Text : labels.Format("t3FactorWhere", f.Text, string.Join(", ", packages));
        }

        var stimulating = model.Factors.Where(f => f.Kind == FactorKind.Stimulating).Select(Where).ToList();
        var removable = model.Factors.Where(f => f.Kind == FactorKind.Inhibiting && f.Removable).Select(Where).ToList();
        h.Append("<table>\n<thead><tr>");
        Headers(h, labels, "t3Stimulating", "t3RemovableTitle");
        h.Append("</tr></thead>\n<tbody>\n<tr><td>")
            .Append(stimulating.Count == 0 ? "<em>" + E(labels["t3NoFactors"]) + "</em>" : Lines(stimulating)).Append("</td><td>")
            .Append(removable.Count == 0 ? "<em>" + E(labels["t3NoFactors"]) + "</em>" : Lines(removable)).Append("</td></tr>\n</tbody>\n</table>\n");
    }

    /// <summary>
    /// What a rule itself does to the realistic plan, whatever it costs: the scale it fixes, the member it puts in or
    /// keeps out of a team; and, for a scale or a member that does not fit, how to absorb it.
    /// </summary>
    private static string? Effect(Rule rule, ReportModel model, ReportLabels labels, Plans.Plan? realistic, Plans.Plan? ideal, Func<string, string> name, List<string> absorb)
    {
        var package = realistic?.Packages.FirstOrDefault(p => p.Activities.Contains(rule switch
        {
            FixedScaleRule f => f.Activity,
            MemberRequiredRule r => r.Activity,
            MemberExcludedRule e => e.Activity,
            _ => string.Empty,
        }));
        if (package is null)
        {
            return null;
        }

        switch (rule)
        {
            case FixedScaleRule f:
                // Against the ideal plan: the scale its package would have there, with the companions it would have there
                // (000:864-866: cohesive activities share the smallest ideal scale).
                var there = ideal?.Packages.FirstOrDefault(p => p.Activities.Contains(f.Activity));
                if (there?.Scale is { } idealScale && idealScale != f.Scale)
                {
                    var companions = string.Join(", ", there.Activities.Where(a => a != f.Activity).Select(name));
                    absorb.Add(labels.Format(f.Scale > idealScale ? "mScaleUp" : "mScaleDown", package.Id, labels.Scale(f.Scale), labels.Scale(idealScale), companions.Length == 0 ? name(f.Activity) : companions));
                }

                return labels.Format("t3EffectScale", package.Id, labels.Scale(f.Scale));
            case MemberRequiredRule r:
                // Whether the member is needed is known from the plan shown, which is the realistic plan only when it was solved with the rules.
                var row = model.RulesIgnored || model.Deviations.Given ? null : model.Packages.FirstOrDefault(p => p.Id == package.Id);
                if (row?.Team.FirstOrDefault(m => m.Id == r.Member) is { Needed: false })
                {
                    absorb.Add(labels.Format("mFilling", MemberName(model, r.Member), package.Id));
                }

                return labels.Format("t3EffectMember", MemberName(model, r.Member), package.Id);
            case MemberExcludedRule e:
                return labels.Format("t3EffectExcluded", MemberName(model, e.Member), package.Id);
            default:
                return null;
        }
    }

    /// <summary>How to absorb a link that now crosses packages: the collaboration forms of its intensity (000:619-622).</summary>
    private static string Mitigation(Dependency dep, ReportModel model, ReportLabels labels, Func<string, string> name)
    {
        var intensity = dep.Intensity ?? model.IntensityWeights.IntensityFor(dep.CohesionUnder(model.IntensityWeights));
        var forms = string.Join(", ", CollaborationForms.For(intensity).Select(labels.Form));
        var levels = PlanInterpreter.SharedDecisionLevelsFor(intensity, Coordination.Decentralised);
        return intensity switch
        {
            Intensity.Joint => labels.Format("mJoint", name(dep.From), name(dep.To), forms, string.Join(", ", levels.Select(labels.Decision))),
            Intensity.Alignment => labels.Format("mAlign", name(dep.From), name(dep.To), forms),
            Intensity.Information => labels.Format("mInfo", name(dep.From), name(dep.To), forms),
            _ => labels.Format("mReferral", name(dep.From), name(dep.To), forms),
        };
    }

    private static string DependencyStrength(Dependency dep, ReportModel model, ReportLabels labels)
        => dep.Intensity is { } i ? labels.Intensity(i) : Num(dep.CohesionUnder(model.IntensityWeights));

    /// <summary>A moved activity named by the companions it leaves and joins: package identifiers of two solves are unrelated.</summary>
    private static string MoveText(ActivityMove m, ReportLabels labels, Func<string, string> name)
    {
        if (m.RealisticPackage is null)
        {
            return labels.Format("t3MovedNowhere", name(m.Activity));
        }

        var leaves = Few(m.Leaves.Select(name).ToList(), labels);
        var joins = Few(m.Joins.Select(name).ToList(), labels);
        if (leaves.Length == 0)
        {
            return labels.Format("t3MovedJoins", name(m.Activity), joins, m.RealisticPackage);
        }

        if (joins.Length > 0)
        {
            return labels.Format("t3Moved", name(m.Activity), leaves, joins, m.RealisticPackage);
        }

        // It joins no one new: it stays with part of its ideal companions, or is alone.
        return m.RealisticCompanions.Count == 0
            ? labels.Format("t3MovedAlone", name(m.Activity), leaves, m.RealisticPackage)
            : labels.Format("t3MovedStays", name(m.Activity), leaves, Few(m.RealisticCompanions.Select(name).ToList(), labels), m.RealisticPackage);
    }

    /// <summary>At most four names, then how many more: a move out of a large package should not list all of it.</summary>
    private static string Few(IReadOnlyList<string> names, ReportLabels labels)
        => names.Count <= 4 ? string.Join(", ", names) : labels.Format("andMore", string.Join(", ", names.Take(3)), names.Count - 3);

    /// <summary>How a rule makes the plan deviate, in the report's language.</summary>
    private static string Describe(Rule rule, ReportModel model, ReportLabels labels, Func<string, string> name) => rule switch
    {
        TogetherRule t => labels.Format("ruleTogether", string.Join(", ", t.Activities.Select(name))),
        ApartRule a => labels.Format("ruleApart", string.Join(", ", a.Activities.Select(name))),
        FixedScaleRule f => labels.Format(
            "ruleFixedScale",
            name(f.Activity),
            labels.Scale(f.Scale),
            model.Activities.FirstOrDefault(a => a.Id == f.Activity) is { } act ? labels.Scale(act.IdealScale) : "-"),
        MemberRequiredRule r => labels.Format("ruleMemberRequired", MemberName(model, r.Member), name(r.Activity)),
        MemberExcludedRule e => labels.Format("ruleMemberExcluded", MemberName(model, e.Member), name(e.Activity)),
        _ => Rule.NameOf(rule.Kind),
    };

    private static string MemberName(ReportModel model, string id) => model.MemberNames.GetValueOrDefault(id) ?? id;

    /// <summary>Every deviation <see cref="Interpretation.PlanComparer"/> found, whichever rule caused it.</summary>
    private static void AllDeviations(StringBuilder h, ReportModel model, Interpretation.PlanComparison c, ReportLabels labels, Func<string, string> name)
    {
        h.Append("<h3>").Append(E(labels["t3All"])).Append("</h3>\n");
        var items = new List<string>();
        items.AddRange(c.MovedActivities.Select(m => MoveText(m, labels, name)));
        items.AddRange(c.NewlyCutDependencies.Select(dep => labels.Format("t3Broken", name(dep.From), name(dep.To), DependencyStrength(dep, model, labels))));
        items.AddRange(c.NoLongerCutDependencies.Select(dep => labels.Format("t3Joined", name(dep.From), name(dep.To), DependencyStrength(dep, model, labels))));
        string Named(IReadOnlyList<string> activities) => string.Join(", ", activities.Select(name));
        string LevelList(IReadOnlyList<DecisionLevel> levels) => levels.Count == 0 ? labels["nothing"] : string.Join(", ", levels.Select(labels.Decision));
        foreach (var p in c.PackageChanges)
        {
            if (p.IdealPackage is null)
            {
                items.Add(labels.Format("t3NewPackage", p.RealisticPackage!, Named(p.RealisticActivities)));
                continue;
            }

            if (p.RealisticPackage is null)
            {
                items.Add(labels.Format("t3LostPackage", p.IdealPackage, Named(p.IdealActivities)));
                continue;
            }

            var what = new List<string>();
            if (p.ScaleChanged)
            {
                what.Add(labels.Format("t3ScaleChange", p.RealisticScale is { } rs ? labels.Scale(rs) : "-", p.IdealScale is { } ids ? labels.Scale(ids) : "-"));
            }

            if (p.MembersAdded.Count > 0)
            {
                what.Add(labels.Format("t3TeamJoin", string.Join("; ", p.MembersAdded.Select(m => MemberName(model, m)))));
            }

            if (p.MembersRemoved.Count > 0)
            {
                what.Add(labels.Format("t3TeamLeave", string.Join("; ", p.MembersRemoved.Select(m => MemberName(model, m)))));
            }

            if (p.IntensityChanged)
            {
                what.Add(labels.Format("t3IntensityChange", p.RealisticIntensity is { } ri ? labels.Intensity(ri) : labels["none"], p.IdealIntensity is { } ii ? labels.Intensity(ii) : labels["none"]));
            }

            if (p.CoordinationChanged && p.RealisticCoordination is { } rc && p.IdealCoordination is { } ic)
            {
                what.Add(labels.Format("t3CoordinationChange", labels.Coordination(rc), labels.Coordination(ic)));
            }

            if (p.DecisionLevelsChanged)
            {
                what.Add(labels.Format("t3DecisionChange", LevelList(p.RealisticDecisionLevels), LevelList(p.IdealDecisionLevels)));
            }

            items.Add(labels.Format("t3Package", p.RealisticPackage + " (" + Named(p.RealisticActivities) + ")", string.Join("; ", what)));
        }

        foreach (var l in c.LinkChanges)
        {
            if (l.Ideal is null)
            {
                items.Add(labels.Format("t3LinkNew", l.Realistic!.First + " – " + l.Realistic.Second));
                continue;
            }

            if (l.Realistic is null)
            {
                items.Add(labels.Format("t3LinkGone", l.Ideal.First + " – " + l.Ideal.Second));
                continue;
            }

            var what = new List<string>();
            if (l.IntensityChanged)
            {
                what.Add(labels.Format("t3LinkIntensity", labels.Intensity(l.Realistic.Intensity), labels.Intensity(l.Ideal.Intensity)));
            }

            if (l.CoordinationChanged)
            {
                what.Add(labels.Format("t3CoordinationChange", labels.Coordination(l.Realistic.Coordination), labels.Coordination(l.Ideal.Coordination)));
            }

            if (l.DecisionLevelsChanged)
            {
                what.Add(labels.Format("t3LinkDecisions", LevelList(l.Realistic.DecisionLevels), LevelList(l.Ideal.DecisionLevels)));
            }

            items.Add(labels.Format("t3Link", l.Realistic.First + " – " + l.Realistic.Second, string.Join("; ", what)));
        }

        if (items.Count == 0)
        {
            h.Append("<p class=\"note\">").Append(E(labels["t3None"])).Append("</p>\n");
            return;
        }

        h.Append("<ul class=\"plans\">\n");
        foreach (var item in items)
        {
            h.Append("<li>").Append(E(item)).Append("</li>\n");
        }

        h.Append("</ul>\n");
    }

    private static void Check(StringBuilder h, ReportModel model, ReportLabels labels)
    {
        var check = model.Checks;
        h.Append("<section><h2>").Append(E(labels["check"])).Append("</h2>\n<p class=\"note\">").Append(E(labels["checkNote"])).Append("</p>\n");
        if (check.Plans.Count == 0)
        {
            h.Append("</section>\n");
            return;
        }

        // One column per plan: packages, cut and the number of findings per code, so the improvement reads across a row.
        h.Append("<table class=\"counts\">\n<thead><tr><th></th>");
        foreach (var p in check.Plans)
        {
            h.Append("<th>").Append(E(PlanName(p.Kind, labels))).Append("</th>");
        }

        h.Append("</tr></thead>\n<tbody>\n<tr><td>").Append(E(labels["packages"])).Append("</td>");
        foreach (var p in check.Plans)
        {
            h.Append("<td class=\"num\">").Append(p.Report.Plan.Packages.Count.ToString(CultureInfo.InvariantCulture)).Append("</td>");
        }

        h.Append("</tr>\n<tr><td>").Append(E(labels["cut"])).Append("</td>");
        foreach (var p in check.Plans)
        {
            h.Append("<td class=\"num\">").Append(Num(p.Report.CutWeight)).Append("</td>");
        }

        h.Append("</tr>\n");
        foreach (var code in Interpretation.CheckCodes.All)
        {
            h.Append("<tr><td>").Append(E(labels.CheckCode(code))).Append(" <code>").Append(E(code)).Append("</code></td>");
            foreach (var p in check.Plans)
            {
                bool assessed = p.Report.TeamsAssessed || !TeamCodes.Contains(code);
                int n = p.Report.Counts[code];
                h.Append(assessed && n > 0 ? "<td class=\"num bad\">" : "<td class=\"num\">").Append(assessed ? n.ToString(CultureInfo.InvariantCulture) : "–").Append("</td>");
            }

            h.Append("</tr>\n");
        }

        h.Append("</tbody>\n</table>\n");
        if (check.Plans.Any(p => !p.Report.TeamsAssessed))
        {
            h.Append("<p class=\"note\">").Append(E(labels["cNoTeams"])).Append("</p>\n");
        }

        if (check.Improvements.Count > 0)
        {
            h.Append("<ul class=\"plans\">\n");
            foreach (var i in check.Improvements)
            {
                int before = i.Findings.Sum(f => f.Before), after = i.Findings.Sum(f => f.After);
                h.Append("<li>").Append(E(labels.Format(i.CutReduction >= 0 ? "cImprovement" : "cWorse", PlanName(i.Baseline, labels), Num(Math.Abs(i.CutReduction)), before, after))).Append("</li>\n");
            }

            h.Append("</ul>\n");
        }

        GoalQuestion(h, model, labels);
        var findings = check.Plans.SelectMany(p => p.Report.Findings.Take(MaxFindingsPerPlan).Select(f => (p.Kind, Finding: f))).ToList();
        if (findings.Count == 0)
        {
            h.Append("<p class=\"ok\">").Append(E(labels["cNone"])).Append("</p>\n</section>\n");
            return;
        }

        h.Append("<h3>").Append(E(labels["cFindings"])).Append("</h3>\n<table>\n<thead><tr>");
        Headers(h, labels, "cPlan", "cQuestion", "cFinding");
        h.Append("</tr></thead>\n<tbody>\n");
        foreach (var (kind, f) in findings)
        {
            h.Append("<tr><td>").Append(E(PlanName(kind, labels))).Append("</td><td>").Append(E(labels.CheckCode(f.Code))).Append("</td><td>")
                .Append(E(labels.Finding(f))).Append(" <code>").Append(E(f.Code)).Append("</code></td></tr>\n");
        }

        h.Append("</tbody>\n</table>\n");
        foreach (var p in check.Plans.Where(p => p.Report.Findings.Count > MaxFindingsPerPlan))
        {
            h.Append("<p class=\"note\">").Append(E(labels.Format("cMore", PlanName(p.Kind, labels), p.Report.Findings.Count - MaxFindingsPerPlan))).Append("</p>\n");
        }

        h.Append("</section>\n");
    }

    /// <summary>
    /// The check's first question answered per package of the plan shown (000:603): are its goals shared and carried by
    /// all partners at its table, or is a growth path needed? Only when the scenario has goals and the plan gives teams.
    /// </summary>
    private static void GoalQuestion(StringBuilder h, ReportModel model, ReportLabels labels)
    {
        var shown = model.Checks.Plans.FirstOrDefault(p => p.Kind == CheckedPlanKind.Shown)?.Report;
        if (model.Goals.Count == 0 || shown is null || !shown.TeamsAssessed)
        {
            return;
        }

        h.Append("<h3>").Append(E(labels["cGoalTitle"])).Append("</h3>\n<table>\n<thead><tr>");
        Headers(h, labels, "t2Package", "t2Goals", "cGoalAnswer");
        h.Append("</tr></thead>\n<tbody>\n");
        var names = model.Goals.ToDictionary(g => g.Goal.Id, g => g.Goal.Name, StringComparer.Ordinal);
        foreach (var p in model.Packages)
        {
            var open = shown.Findings.Where(f => f.Code == CheckCodes.GoalNotShared && f.Package == p.Id)
                .Select(f => labels.Format("cGoalGrowth", names.GetValueOrDefault(f.Goal ?? string.Empty) ?? f.Goal ?? "-", MemberPartner(model, p, f.Member)))
                .ToList();
            var answer = p.Goals.Count == 0 ? labels["cGoalNone"] : open.Count == 0 ? labels["cGoalShared"] : string.Join("; ", open);
            h.Append(p.Goals.Count == 0 || open.Count > 0 ? "<tr class=\"flag\">" : "<tr>").Append("<td>").Append(E(p.Id)).Append("</td><td>")
                .Append(E(List(p.Goals))).Append("</td><td>").Append(E(answer)).Append("</td></tr>\n");
        }

        h.Append("</tbody>\n</table>\n");
    }

    private static string MemberPartner(ReportModel model, PackageRow package, string? member)
        => package.Team.FirstOrDefault(m => m.Id == member) is { } t ? t.Partner ?? t.Name : member ?? "-";

    private static void Diagnostics(StringBuilder h, ReportModel model, ReportLabels labels)
    {
        h.Append("<section><h2>").Append(E(labels["diagnostics"])).Append("</h2>\n");
        if (model.Diagnostics.Count == 0)
        {
            h.Append("<p class=\"note\">").Append(E(labels["diagnosticsNone"])).Append("</p>\n</section>\n");
            return;
        }

        h.Append("<ul class=\"diag\">\n");

        // The re-examine warnings are Ontwar's own and come in link order: in Dutch they are written from the links.
        var reexamine = new Queue<LinkRow>(model.Links.Where(l => l.Reexamine));
        foreach (var d in model.Diagnostics)
        {
            var message = labels.Language == ReportLanguage.Dutch && d.Code == Interpretation.InterpretationCodes.ReexamineSplit && reexamine.TryDequeue(out var link)
                ? ReexamineText(link, labels)
                : d.Message;
            h.Append("<li class=\"").Append(SeverityClass(d.Severity)).Append("\"><strong>").Append(E(SeverityName(d.Severity, labels))).Append("</strong> ")
                .Append(E(message)).Append(" <code>").Append(E(d.Code)).Append("</code>").Append(d.Path is null ? string.Empty : " <code>" + E(d.Path) + "</code>").Append("</li>\n");
        }

        h.Append("</ul>\n</section>\n");
    }

    private static string PlanName(CheckedPlanKind kind, ReportLabels labels) => kind switch
    {
        CheckedPlanKind.Shown => labels["planShown"],
        CheckedPlanKind.Current => labels["planCurrent"],
        _ => labels["planPerFunction"],
    };

    private static string SeverityName(DiagnosticSeverity severity, ReportLabels labels) => severity switch
    {
        DiagnosticSeverity.Error => labels["sevError"],
        DiagnosticSeverity.Warning => labels["sevWarning"],
        _ => labels["sevInfo"],
    };

    private static string SeverityClass(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    private static void Headers(StringBuilder h, ReportLabels labels, params string[] keys)
    {
        foreach (var key in keys)
        {
            h.Append("<th>").Append(E(labels[key])).Append("</th>");
        }
    }

    private static string Lines(IEnumerable<string> lines) => string.Join("<br>", lines.Select(E));

    private static string List(IReadOnlyList<string> values) => values.Count == 0 ? "-" : string.Join(", ", values);

    private static string Cut(string value, int max) => value.Length <= max ? value : string.Concat(value.AsSpan(0, max - 1), "…");

    /// <summary>HTML-escapes text (element content and attribute values alike).</summary>
    internal static string E(string value) => WebUtility.HtmlEncode(value);

    private static string Num(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Signed(double value) => (value > 0 ? "+" : string.Empty) + Num(value);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private const string Css = """
        :root { --ink: #1f2a36; --muted: #5b6775; --line: #d7dde4; --accent: #1f5f9e; --bad: #b03a2e; --warn: #9a6700; }
        * { box-sizing: border-box; }
        body { margin: 0; background: #f4f6f8; color: var(--ink); font: 14px/1.45 "Segoe UI", "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 1180px; margin: 0 auto; padding: 24px 28px 40px; background: #fff; }
        header { border-bottom: 3px solid var(--accent); padding-bottom: 10px; margin-bottom: 18px; }
        .kicker { margin: 0; color: var(--accent); font-weight: 600; text-transform: uppercase; letter-spacing: .06em; font-size: 12px; }
        h1 { margin: 4px 0 2px; font-size: 26px; }
        .sub { margin: 0; color: var(--muted); }
        h2 { font-size: 18px; margin: 28px 0 6px; color: var(--accent); border-bottom: 1px solid var(--line); padding-bottom: 4px; }
        h3 { font-size: 15px; margin: 18px 0 6px; }
        .figures { display: flex; flex-wrap: wrap; gap: 0 36px; align-items: flex-start; }
        .figures > section { flex: 0 1 auto; min-width: 0; }
        .figures .note { max-width: 520px; }
        .note { color: var(--muted); margin: 4px 0 10px; max-width: 900px; }
        .warn { color: var(--warn); font-weight: 600; }
        .ok { color: #1e7a3c; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 10px; }
        .card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; background: #fafbfc; }
        .card .label { display: block; color: var(--muted); font-size: 12px; }
        .card .value { display: block; font-size: 17px; font-weight: 600; }
        .card.ok .value { color: #1e7a3c; }
        .card.bad .value { color: var(--bad); }
        svg { display: block; max-width: 100%; height: auto; margin: 6px 0; }
        .matrix .grid { stroke: #fff; stroke-width: .6; }
        .matrix .block { fill: none; stroke: #1f2a36; stroke-width: 2; }
        .matrix text { font-size: 11px; fill: var(--ink); }
        .matrix .rowlabel { text-anchor: end; }
        .matrix .cellnum { text-anchor: middle; font-size: 10px; }
        .pgraph .nlabel { text-anchor: middle; font-weight: 700; font-size: 13px; fill: var(--ink); }
        .pgraph .nsub { text-anchor: middle; font-size: 11px; fill: var(--muted); }
        .pgraph .elabel { text-anchor: middle; font-size: 11px; fill: var(--ink); paint-order: stroke; stroke: #fff; stroke-width: 3px; }
        .pgraph .legend { font-size: 12px; fill: var(--muted); }
        table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; font-size: 13px; }
        th, td { border: 1px solid var(--line); padding: 5px 7px; text-align: left; vertical-align: top; }
        th { background: #eef2f6; font-weight: 600; }
        tbody tr:nth-child(even) { background: #fafbfc; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.num.bad { color: var(--bad); font-weight: 600; }
        table.counts { width: auto; }
        table.counts td:first-child { min-width: 320px; }
        tr.flag td { background: #fdf0ee; }
        tr.error td:nth-child(3) { color: var(--bad); font-weight: 600; }
        tr.warning td:nth-child(3) { color: var(--warn); font-weight: 600; }
        code { font: 12px ui-monospace, "DejaVu Sans Mono", monospace; color: var(--muted); }
        .member { display: inline-block; border-radius: 10px; padding: 0 7px; margin: 1px 0; font-size: 12px; }
        .member.needed { background: #dbeafa; }
        .member.filling { background: #eee; color: var(--muted); }
        .swatch, .dot { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; border: 1px solid #889; vertical-align: baseline; }
        .dot { border-radius: 50%; border: none; }
        ul.plans, ul.diag { margin: 4px 0 10px; padding-left: 20px; }
        li.error { color: var(--bad); }
        li.warning { color: var(--warn); }
        footer { margin-top: 30px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 8px; }
        @media print {
          @page { size: A4; margin: 14mm; }
          body { background: #fff; font-size: 11px; }
          main { max-width: none; padding: 0; }
          section { break-inside: avoid-page; }
          table { font-size: 10px; }
          tr { break-inside: avoid; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }

        """;
}
