using Ontwar.Evaluation;
using Ontwar.Interpretation;
using Ontwar.Plans;
using Ontwar.Serialization;
using Ontwar.Solving;
using Ontwar.Tests.Serialization;
using Ontwar.Tests.Solving.Support;
using Xunit;

namespace Ontwar.Tests.Interpretation;

/// <summary>The Samenwerk-check (seed 000:591-622) of today's organisation, the per-function split and the optimised plan.</summary>
public sealed class SamenwerkCheckTests
{
    private static readonly Scenario Maria = ScenarioJson.ReadFile(Json.SamplePath("maria.json"));

    private static readonly Scenario Stederen = ScenarioJson.ReadFile(Json.SamplePath("stederen.json"));

    private static List<CheckFinding> Findings(CheckReport report, string code) => report.Findings.Where(f => f.Code == code).ToList();

    [Fact]
    public void Marias_organisation_today_misses_a_partner_has_teams_of_one_and_splits_physiotherapy_from_home_adaptations()
    {
        var today = SamenwerkCheck.Check(Maria, Baselines.AsToday(Maria)!, SamenwerkCheck.Current);
        Assert.True(today.TeamsAssessed);

        var missing = Assert.Single(Findings(today, CheckCodes.MissingPartner));
        Assert.Equal(("today-adaptation", "adapt", "adaptation-advice"), (missing.Package, missing.Activity, missing.Capability));
        Assert.Equal(4, today.Counts[CheckCodes.TeamSizeOutsideLimits]);
        Assert.Equal(0, today.Counts[CheckCodes.SuperfluousPartner]);

        var joint = Assert.Single(Findings(today, CheckCodes.JointExecutionAcrossPackages));
        Assert.Equal(("today-physio", "today-adaptation"), (joint.Package, joint.OtherPackage));
        Assert.Equal(8, joint.Cohesion);

        var physio = Findings(today, CheckCodes.SplitFromStrongestPartner).Single(f => f.Activity == "physio");
        Assert.Equal(("adapt", "today-adaptation", 8.0), (physio.OtherActivity, physio.OtherPackage, physio.Cohesion));

        // Household help runs municipality-wide although its ideal scale is the geographic neighbourhood.
        var scale = Assert.Single(Findings(today, CheckCodes.ScaleNotSmallestIdeal));
        Assert.Equal(("today-homecare", "household"), (scale.Package, scale.Activity));
        Assert.Equal(23, today.CutWeight);
    }

    [Fact]
    public void A_member_no_activity_needs_is_a_superfluous_partner()
    {
        var plan = new Plan([new ActivityPackage("care", ["hygiene", "physio"], ["kine", "nurse", "volunteer"])]);
        var report = SamenwerkCheck.Check(Maria, plan, "mine");
        var f = Assert.Single(Findings(report, CheckCodes.SuperfluousPartner));
        Assert.Equal(("care", "volunteer"), (f.Package, f.Member));
        Assert.Equal(3, report.Counts[CheckCodes.ActivityNotOrganised]);
        Assert.Equal(CheckCodes.All.Count, report.Counts.Count);
    }

    [Fact]
    public void The_per_function_split_gives_no_teams_so_partners_and_team_sizes_are_not_assessed()
    {
        var report = SamenwerkCheck.Check(Maria, Baselines.PerFunction(Maria), SamenwerkCheck.PerFunction);
        Assert.False(report.TeamsAssessed);
        Assert.Equal(0, report.Counts[CheckCodes.MissingPartner] + report.Counts[CheckCodes.TeamSizeOutsideLimits] + report.Counts[CheckCodes.SuperfluousPartner]);

        // Care and housing are separate functions, so physiotherapy and home adaptations are split (000:301).
        Assert.Contains(report.Findings, f => f.Code == CheckCodes.JointExecutionAcrossPackages);
    }

    [Fact]
    public void In_Stederen_the_regional_exchange_and_monitor_are_not_organised_today()
    {
        var today = SamenwerkCheck.Check(Stederen, Baselines.AsToday(Stederen)!, SamenwerkCheck.Current);
        Assert.Equal(["platform", "monitor"], Findings(today, CheckCodes.ActivityNotOrganised).Select(f => f.Activity));
    }

    [Fact]
    public void The_optimised_plan_improves_on_today_and_on_the_per_function_split()
    {
        var result = SamenwerkCheck.Run(Maria, TestShapes.Generous(EngineKind.Exact));
        Assert.Equal(SolveStatus.Optimal, result.Solve.Status);
        var overToday = result.OverCurrent!;
        Assert.Equal(SamenwerkCheck.Current, overToday.Baseline);
        Assert.Equal(23, overToday.BaselineCut);
        Assert.Equal(11, overToday.OptimisedCut);
        Assert.Equal(12, overToday.CutReduction);
        Assert.Equal(CheckCodes.All, overToday.Findings.Select(f => f.Code));
        var teams = overToday.Findings.Single(f => f.Code == CheckCodes.TeamSizeOutsideLimits);
        Assert.Equal((4, 0), (teams.Before, teams.After));

        // An engine's plan is feasible: every needed partner is there and every team within its limits.
        Assert.Equal(0, result.Optimised!.Counts[CheckCodes.MissingPartner]);
        Assert.Equal(0, result.Optimised.Counts[CheckCodes.TeamSizeOutsideLimits]);
        Assert.True(result.OverPerFunction!.CutReduction >= 0);
    }

    [Fact]
    public void Without_a_description_of_today_only_the_per_function_split_is_checked()
    {
        var s = new Scenario("no today", [new Activity("a", "A", Scale.Municipality, function: "care")], [], [new Member("m", Scale.Municipality)], teamSize: new TeamSizeLimits(1, 1));
        var result = SamenwerkCheck.Run(s, TestShapes.Generous(EngineKind.Exact));
        Assert.Null(result.Current);
        Assert.Null(result.OverCurrent);
        Assert.NotNull(result.OverPerFunction);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentNullException>(() => SamenwerkCheck.Check(Maria, null!, "x"));
        Assert.Throws<ArgumentException>(() => SamenwerkCheck.Check(Maria, new Plan([new ActivityPackage("p", ["nope"])]), "x"));
        Assert.Throws<ArgumentNullException>(() => SamenwerkCheck.Run(null!, (SolveResult)null!));
    }
}
