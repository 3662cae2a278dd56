using System.Net;
using Ontwar.Cli.Reports;
using Xunit;

namespace Ontwar.Tests.Cli.Reports;

/// <summary>
/// Worksheet tables 1 to 3 as the seed has them (000:684-700, 000:1049-1052) in the HTML and CSV reports of Maria:
/// factors, removable or not, consequences only of rules that cost something, how to absorb them, no placeholder text,
/// link decision levels, the coordination layer, goals, and a Dutch report that is Dutch.
/// </summary>
public sealed class MethodReportTests
{
    private static string Html(string lang) => WebUtility.HtmlDecode(HtmlReportWriter.Write(ReportSamples.Maria, ReportLabels.For(lang)));

    [Fact]
    public void Table_1_shows_the_stimulating_and_inhibiting_factors_of_each_activity()
    {
        var html = Html("en");
        Assert.Contains("Potentially stimulating factors", html, StringComparison.Ordinal);
        Assert.Contains("Een gedeeld infodossier met vaste rubrieken", html, StringComparison.Ordinal);
        Assert.Contains("voldoende opdrachten binnen te krijgen (000:877). (cannot be removed)", html, StringComparison.Ordinal);
        Assert.Contains("001:280). (removable)", html, StringComparison.Ordinal);
        Assert.Contains("simple and stable", html, StringComparison.Ordinal);
        Assert.Contains("complex and changing", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_3_has_every_column_of_the_seed_and_a_way_to_absorb_each_broken_link()
    {
        var html = Html("en");
        foreach (var column in new[] { "Stimulating factors to use", "Inhibiting factors you can remove", "Inhibiting factor behind it (rule)", "How it deviates", "Possible consequences", "How to absorb the consequences" })
        {
            Assert.Contains(column, html, StringComparison.Ordinal);
        }

        // physio–adapt (performing together) now crosses packages: the seed's forms for that intensity absorb it.
        Assert.Contains("Kinesitherapie and Kleine aanpassingen om het huis toegankelijker te maken still have to be performed together across packages", html, StringComparison.Ordinal);
        Assert.Contains("works at local region, larger than municipality and its rim, where the ideal plan organises it with Hygiënische zorgen, Kinesitherapie: keep someone who works at municipality and its rim in touch with it", html, StringComparison.Ordinal);
        Assert.Contains("kennen elkaars manier van werken niet (000:877; elkaar niet kennen is de meest gehoorde remmende factor, 001:280). (in P", html, StringComparison.Ordinal);
        Assert.DoesNotContain("this factor can be removed", html, StringComparison.Ordinal); // the factor behind rule 0 is not removable
    }

    [Fact]
    public void A_rule_that_costs_nothing_gets_no_broken_links_and_no_placeholder_text_is_left()
    {
        var row = ReportSamples.Maria.Deviations.Rules.Single(r => r.Rule is MemberRequiredRule);
        Assert.Equal(0, row.Cost!.MarginalCost);
        Assert.Empty(row.NewlyCut);
        Assert.Empty(row.MovedActivities);

        var html = Html("en");
        Assert.Contains("the rule costs nothing", html, StringComparison.Ordinal);
        Assert.Contains("An, dochter sits in the team of package", html, StringComparison.Ordinal);
        Assert.DoesNotContain("moves from ideal package", html, StringComparison.Ordinal);
        Assert.DoesNotContain("package - →", html, StringComparison.Ordinal);
        Assert.DoesNotContain("instead of -", html, StringComparison.Ordinal);
        Assert.DoesNotContain("obstacle that cannot be removed", html, StringComparison.Ordinal);
        Assert.Contains("coordination decentralised instead of hierarchical", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_2_shows_what_linked_packages_decide_together_the_coordination_layer_and_the_goals()
    {
        var html = Html("en");
        Assert.Contains("Decided together (000:325)", html, StringComparison.Ordinal);
        Assert.Contains("strategic, structural, operational", html, StringComparison.Ordinal);
        Assert.Contains("must be performed together across the two packages", html, StringComparison.Ordinal);
        Assert.Contains("Coordination between packages: the core group", html, StringComparison.Ordinal);
        Assert.Contains("Maria kan tijdelijk extra ondersteund thuis blijven wonen", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Dutch_report_speaks_Dutch_in_its_findings_warnings_and_deviations()
    {
        var html = Html("nl");
        Assert.Contains("Hoe ga je die gevolgen opvangen?", html, StringComparison.Ordinal);
        Assert.Contains("Welke remmende factoren voor je samenwerking kan je wegwerken?", html, StringComparison.Ordinal);
        Assert.Contains("groeitraject", html, StringComparison.Ordinal);
        Assert.Contains("herbekijk", html, StringComparison.OrdinalIgnoreCase);
        foreach (var english in new[] { "growth path", "Re-examine the split", "is split from its strongest partner", "sits at the table of package", "must be performed together", "still have to be performed", "the rule costs nothing", "leaves", "decided together" })
        {
            Assert.DoesNotContain(english, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_move_out_of_one_large_ideal_package_says_whom_it_stays_with_and_shortens_long_lists()
    {
        // Tienen's ideal plan is one package (cut 0); the apart rule of the feasts (002:482) splits it, so every move
        // leaves most of its companions and joins no one new.
        var model = ReportSamples.Solve("tienen.json", ideal: false);
        var html = WebUtility.HtmlDecode(HtmlReportWriter.Write(model, ReportLabels.English));
        Assert.Contains(" more and stays with ", html, StringComparison.Ordinal);
        Assert.Contains(model.Deviations.Comparison!.MovedActivities, m => m.RealisticCompanions.Count > 0 && !m.Joins.Any());
        Assert.DoesNotContain("forms a package of its own", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_goal_question_is_answered_per_package()
    {
        var en = Html("en");
        Assert.Contains("Goals: shared and carried by all partners? (000:603)", en, StringComparison.Ordinal);
        Assert.Contains("'Maria voelt zich niet eenzaam zolang ze niet naar de breiclub kan' is not yet carried by Kinepraktijk De Beweging", en, StringComparison.Ordinal);
        Assert.Contains("every partner at the table contributes to each of its goals", en, StringComparison.Ordinal);
        Assert.Contains("wordt nog niet gedragen door Kinepraktijk De Beweging", Html("nl"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_csv_gives_each_activity_its_packages_links_with_the_decisions_taken_together()
    {
        var csv = CsvPlanWriter.Write(ReportSamples.Maria, ReportLabels.English);
        var header = csv.Split('\n')[0];
        Assert.EndsWith(",packageLinks", header, StringComparison.Ordinal);
        Assert.Contains("joint strategic+structural+operational", csv, StringComparison.Ordinal);
        Assert.StartsWith("activiteit,", CsvPlanWriter.Write(ReportSamples.Maria, ReportLabels.Dutch), StringComparison.Ordinal);
    }
}
