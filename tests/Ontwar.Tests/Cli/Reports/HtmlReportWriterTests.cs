using System.Text.RegularExpressions;
using Ontwar.Cli.Reports;
using Xunit;

namespace Ontwar.Tests.Cli.Reports;

public sealed partial class HtmlReportWriterTests
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal) { "br", "meta", "hr", "img", "input", "link", "wbr" };

    public static TheoryData<string, string> Pages => new()
    {
        { "maria", "en" },
        { "maria", "nl" },
        { "stederen", "en" },
        { "stederen", "nl" },
        { "today", "en" },
    };

    private static ReportModel Model(string which) => which switch
    {
        "maria" => ReportSamples.Maria,
        "stederen" => ReportSamples.Stederen,
        _ => ReportSamples.MariaToday,
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_page_is_self_contained_well_nested_and_has_every_section(string which, string lang)
    {
        var labels = ReportLabels.For(lang);
        var html = HtmlReportWriter.Write(Model(which), labels);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains($"<html lang=\"{lang}\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        AssertWellNested(html);
        foreach (var key in new[] { "summary", "dsm", "graph", "table1", "table2", "table3", "check", "diagnostics" })
        {
            Assert.Contains(">" + System.Net.WebUtility.HtmlEncode(labels[key]) + "</h2>", html, StringComparison.Ordinal);
        }

        Assert.Equal(2, Regex.Matches(html, "<svg ").Count);
    }

    [Fact]
    public void Dutch_pages_use_the_worksheet_questions_and_the_seed_terms()
    {
        var html = HtmlReportWriter.Write(ReportSamples.Maria, ReportLabels.Dutch);
        Assert.Contains("Welke activiteiten hangen samen?", html, StringComparison.Ordinal);
        Assert.Contains("Welke partners zijn nodig?", html, StringComparison.Ordinal);
        Assert.Contains("Wat zijn de mogelijke gevolgen?", html, StringComparison.Ordinal);
        Assert.Contains("samen activiteiten uitvoeren", html, StringComparison.Ordinal);
        Assert.Contains("lokale regio", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Table 1", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_shows_status_bound_and_gap_and_table_3_the_cost_of_the_rules()
    {
        var html = HtmlReportWriter.Write(ReportSamples.Maria, ReportLabels.English);
        Assert.Contains("<span class=\"label\">Gap</span><span class=\"value\">0%</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"label\">Proven lower bound</span><span class=\"value\">11</span>", html, StringComparison.Ordinal);
        Assert.Contains("ideal 5, realistic 11, so the rules together cost +6 (proven)", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">+6 (proven)</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_check_section_counts_every_code_per_plan_in_both_languages()
    {
        foreach (var labels in new[] { ReportLabels.English, ReportLabels.Dutch })
        {
            var html = HtmlReportWriter.Write(ReportSamples.Maria, labels);
            foreach (var code in Ontwar.Interpretation.CheckCodes.All)
            {
                Assert.Contains(System.Net.WebUtility.HtmlEncode(labels.CheckCode(code)) + " <code>" + code + "</code>", html, StringComparison.Ordinal);
                Assert.NotEqual(code, labels.CheckCode(code));
            }

            Assert.Contains(System.Net.WebUtility.HtmlEncode(labels["planCurrent"]), html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_user_text_is_escaped()
    {
        var html = HtmlReportWriter.Write(ReportSamples.HostileModel(), ReportLabels.English);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;", html, StringComparison.Ordinal);
        AssertWellNested(html);
    }

    [Fact]
    public void A_page_without_a_plan_says_so_and_shows_the_reasons()
    {
        var scenario = new Scenario(
            "nobody nurses",
            [new Activity("a", "A", Ontwar.Scale.Municipality, ["nursing"])],
            [],
            [new Member("v", Ontwar.Scale.Municipality, ["visiting"])],
            teamSize: new TeamSizeLimits(1, 2));
        var model = ReportModelBuilder.FromSolve(scenario, Ontwar.Solving.PackagingSolver.Solve(scenario), false, Ontwar.Solving.SolverOptions.Default);
        var html = HtmlReportWriter.Write(model, ReportLabels.English);
        Assert.Contains("No plan to show", html, StringComparison.Ordinal);
        Assert.Contains("nursing", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
        AssertWellNested(html);
    }

    /// <summary>Every element but the void ones is closed, in order.</summary>
    internal static void AssertWellNested(string html)
    {
        var open = new Stack<string>();
        foreach (Match m in Tag().Matches(html))
        {
            var name = m.Groups[2].Value.ToLowerInvariant();
            bool closing = m.Groups[1].Value == "/";
            bool selfClosing = m.Value.EndsWith("/>", StringComparison.Ordinal);
            if (name == "!doctype" || VoidElements.Contains(name) || selfClosing)
            {
                continue;
            }

            if (!closing)
            {
                open.Push(name);
                continue;
            }

            Assert.True(open.Count > 0, $"</{name}> closes nothing");
            var top = open.Pop();
            Assert.True(top == name, $"</{name}> closes <{top}>");
        }

        Assert.Empty(open);
    }

    [GeneratedRegex(@"<(/?)([A-Za-z!][A-Za-z0-9]*)\b[^>]*>")]
    private static partial Regex Tag();
}
