using Ontwar.Diagnostics;
using Ontwar.Evaluation;
using Ontwar.Plans;
using Xunit;

namespace Ontwar.Tests.Evaluation;

/// <summary>One example per violation kind: the base plan is feasible, and each change breaks exactly one constraint.</summary>
public class PlanCheckerTests
{
    private static readonly Scenario Scenario = Maria.Scenario();

    private static Diagnostic Single(PlanEvaluation evaluation, string code)
    {
        var found = evaluation.Violations.Where(v => v.Code == code).ToList();
        Assert.True(found.Count == 1, $"Expected one '{code}', got: {string.Join(" | ", evaluation.Violations)}");
        return found[0];
    }

    private static void OnlyErrors(PlanEvaluation evaluation, params string[] codes)
    {
        var errors = evaluation.Violations.Where(v => v.Severity == DiagnosticSeverity.Error).Select(v => v.Code).Distinct().Order();
        Assert.Equal(codes.Order(), errors);
        Assert.False(evaluation.IsFeasible);
    }

    [Fact]
    public void Base_plan_is_feasible_with_no_findings()
    {
        var evaluation = PlanEvaluator.Evaluate(Scenario, Maria.Plan());
        Assert.Empty(evaluation.Violations);
        Assert.True(evaluation.IsFeasible);
        Assert.True(evaluation.HasTeams);
        Assert.False(evaluation.RulesIgnored);
    }

    // ---- structure ----

    [Fact]
    public void Activity_in_no_package_is_an_error()
    {
        var e = PlanEvaluator.Evaluate(Scenario, Maria.Plan(p2Activities: ["company"]));
        var d = Single(e, ViolationCodes.ActivityNotPlanned);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("Activity 'household' (Gezinszorg) is in no package; every activity must be in exactly one package.", d.Message);
        Assert.Equal("$.packages", d.Path);
        OnlyErrors(e, ViolationCodes.ActivityNotPlanned);
    }

    [Fact]
    public void Activity_in_two_packages_is_an_error_at_the_second_place()
    {
        var e = PlanEvaluator.Evaluate(Scenario, Maria.Plan(p2Activities: ["household", "company", "hygiene"], p2Members: ["fam", "vol", "nurse2"]));
        var d = Single(e, ViolationCodes.ActivityInTwoPackages);
        Assert.Equal("$.packages[1].activities[2]", d.Path);
        Assert.Contains("'hygiene'", d.Message, StringComparison.Ordinal);
        Assert.Contains("P1", d.Message, StringComparison.Ordinal);
        Assert.Contains("P2", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Activity_listed_twice_in_one_package_is_an_error()
    {
        var e = PlanEvaluator.Evaluate(Scenario, Maria.Plan(p1Activities: ["physio", "adapt", "physio", "hygiene"]));
        Assert.Equal("$.packages[0].activities[2]", Single(e, ViolationCodes.DuplicateActivity).Path);
        OnlyErrors(e, ViolationCodes.DuplicateActivity);
    }

    [Fact]
    public void Unknown_activity_is_an_error()
    {
        var e = PlanEvaluator.Evaluate(Scenario, Maria.Plan(p1Activities: ["physio", "adapt", "hygiene", "ghost"]));
        var d = Single(e, ViolationCodes.UnknownActivity);
        Assert.Equal("$.packages[0].activities[3]", d.Path);
        Assert.Contains("'ghost'", d.Message, StringComparison.Ordinal);
        OnlyErrors(e, ViolationCodes.UnknownActivity);
    }

    [Fact]
    public void Unknown_member_is_an_error()
    {
        var e = PlanEvaluator.Evaluate(Scenario, Maria.Plan(p2Members: ["fam", "vol", "ghost"]));
        Assert.Equal("$.packages[1].members[2]", Single(e, ViolationCodes.UnknownMember).Path);
        OnlyErrors(e, ViolationCodes.UnknownMember);
    }

    [Fact]
    public void Empty_package_is_an_error()
    {
        var e = PlanEvaluator.Evaluate(Scenario, Maria.Plan(more: new ActivityPackage("P3", [], ["driver", "nurse2"])));
        var d = Single(e, ViolationCodes.EmptyPackage);
        Assert.Equal("$.packages[2]", d.Path);
        Assert.Contains("P3", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Member_twice_in_one_team_is_an_error()
    {
        var e = PlanEvaluator.Evaluate(Scenario, Maria.Plan(p2Members: ["fam", "vol", "fam"]));
        Assert.Equal("$.packages[1].members[2]", Single(e, ViolationCodes.DuplicateMember).Path);
        OnlyErrors(e, ViolationCodes.DuplicateMember);
    }

    // ---- teams ----

    [Fact]
    public void Grouping_only_plan_reports_no_teams_once_and_no_team_errors()
    {
        var scenario = Maria.Builder().RequireMember("vol", "physio").Build();
        var e = PlanEvaluator.Evaluate(scenario, Maria.GroupingOnly());
        var d = Single(e, ViolationCodes.NoTeams);
        Assert.Equal(DiagnosticSeverity.Info, d.Severity);
        Assert.Single(e.Violations);
        Assert.True(e.IsFeasible);
        Assert.False(e.HasTeams);
        Assert.Equal(["physiotherapy", "home-adaptation", "nursing"], e.Packages[0].MissingCapabilities);
    }

    [Fact]
    public void Package_without_team_in_a_plan_with_teams_is_too_small()
    {
        var e = PlanEvaluator.Evaluate(Scenario, Maria.Plan(p2Members: []));
        Assert.Equal("$.packages[1].members", Single(e, ViolationCodes.TeamTooSmall).Path);
        Assert.DoesNotContain(e.Violations, v => v.Code == ViolationCodes.NoTeams);
    }

    [Fact]
    public void Team_below_minimum_is_an_error()
    {
        var e = PlanEvaluator.Evaluate(Scenario.WithTeamSize(new TeamSizeLimits(3, 3)), Maria.Plan());
        var d = Single(e, ViolationCodes.TeamTooSmall);
        Assert.Equal("$.packages[1].members", d.Path);
        Assert.Contains("P2", d.Message, StringComparison.Ordinal);
        Assert.Contains("2 members", d.Message, StringComparison.Ordinal);
        OnlyErrors(e, ViolationCodes.TeamTooSmall);
    }

    [Fact]
    public void Team_above_maximum_is_an_error()
    {
        var e = PlanEvaluator.Evaluate(Scenario.WithTeamSize(new TeamSizeLimits(1, 2)), Maria.Plan());
        Assert.Equal("$.packages[0].members", Single(e, ViolationCodes.TeamTooLarge).Path);
        OnlyErrors(e, ViolationCodes.TeamTooLarge);
    }

    [Fact]
    public void Missing_capability_names_capability_and_activity()
    {
        var e = PlanEvaluator.Evaluate(Scenario, Maria.Plan(p1Members: ["kine", "nurse"]));
        var d = Single(e, ViolationCodes.MissingCapability);
        Assert.Equal("Package P1 needs capability 'home-adaptation' (activity 'adapt') but no member of its team holds it.", d.Message);
        Assert.Equal("$.packages[0]", d.Path);
        Assert.Equal(["home-adaptation"], e.Packages[0].MissingCapabilities);
        OnlyErrors(e, ViolationCodes.MissingCapability);
    }

    [Fact]
    public void Missing_capability_needed_by_two_activities_is_reported_once_naming_both()
    {
        var scenario = Maria.Builder().AddActivity("bath", "Badhulp", Scale.Municipality, a => a.Requires("nursing")).Build();
        var plan = Maria.Plan(p1Activities: ["physio", "adapt", "hygiene", "bath"], p1Members: ["kine", "social"]);
        var d = Single(PlanEvaluator.Evaluate(scenario, plan), ViolationCodes.MissingCapability);
        Assert.Contains("activities 'hygiene', 'bath'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Member_in_more_teams_than_allowed_is_an_error()
    {
        var e = PlanEvaluator.Evaluate(Scenario, Maria.Plan(p2Members: ["fam", "vol", "kine"]));
        var d = Single(e, ViolationCodes.MemberInTooManyTeams);
        Assert.Equal("$.packages[1].members[2]", d.Path);
        Assert.Contains("'kine' (Kinesitherapeut C)", d.Message, StringComparison.Ordinal);
        Assert.Contains("at most 1", d.Message, StringComparison.Ordinal);
        OnlyErrors(e, ViolationCodes.MemberInTooManyTeams);
    }

    [Fact]
    public void Member_in_two_teams_is_fine_when_allowed()
    {
        var scenario = Maria.Builder().AddMember("coach", Scale.SupraLocalRegion, m => m.WithCapabilities("nursing").WithMaxTeams(2)).Build();
        var e = PlanEvaluator.Evaluate(scenario, Maria.Plan(p1Members: ["kine", "social", "coach"], p2Members: ["fam", "vol", "coach"]));
        Assert.DoesNotContain(e.Violations, v => v.Code == ViolationCodes.MemberInTooManyTeams);
    }

    [Fact]
    public void Member_working_at_a_smaller_scale_than_the_package_is_an_error()
    {
        var e = PlanEvaluator.Evaluate(Scenario, Maria.Plan(p1Members: ["kine", "social", "nurse2"]));
        var d = Single(e, ViolationCodes.MemberScaleTooSmall);
        Assert.Equal("$.packages[0].members[2]", d.Path);
        Assert.Contains("geographicNeighbourhood", d.Message, StringComparison.Ordinal);
        Assert.Contains("municipality", d.Message, StringComparison.Ordinal);
        OnlyErrors(e, ViolationCodes.MemberScaleTooSmall);
    }

    [Fact]
    public void Member_scale_is_checked_against_the_stated_scale()
    {
        Assert.Empty(PlanEvaluator.Evaluate(Scenario, Maria.Plan(p2Scale: Scale.LivedNeighbourhood)).Violations);

        // Stated larger than the policy: fam (geographic neighbourhood) and vol (lived neighbourhood) no longer fit.
        var e = PlanEvaluator.Evaluate(Scenario, Maria.Plan(p2Scale: Scale.Municipality));
        Assert.Equal(Scale.Municipality, e.Packages[1].Scale);
        Assert.Equal(2, e.Violations.Count(v => v.Code == ViolationCodes.MemberScaleTooSmall));
        OnlyErrors(e, ViolationCodes.ScaleNotPolicy, ViolationCodes.MemberScaleTooSmall);
    }

    // ---- scale ----

    [Fact]
    public void Package_scale_is_the_smallest_ideal_scale_of_its_activities()
    {
        var e = PlanEvaluator.Evaluate(Scenario, Maria.Plan());
        Assert.Equal(Scale.Municipality, e.Packages[0].PolicyScale);
        Assert.Equal(Scale.Municipality, e.Packages[0].Scale);
        Assert.Equal(Scale.LivedNeighbourhood, e.Packages[1].PolicyScale);
    }

    [Fact]
    public void Stated_scale_other_than_the_policy_is_an_error()
    {
        var e = PlanEvaluator.Evaluate(Scenario, Maria.Plan(p1Scale: Scale.LocalRegion));
        var d = Single(e, ViolationCodes.ScaleNotPolicy);
        Assert.Equal("$.packages[0].scale", d.Path);
        Assert.Contains("'physio'", d.Message, StringComparison.Ordinal);
        Assert.Equal(Scale.LocalRegion, e.Packages[0].Scale);
        Assert.Equal(Scale.Municipality, e.Packages[0].PolicyScale);

        // The stated scale is the package's scale: the nurse, who works up to municipality level, no longer fits.
        OnlyErrors(e, ViolationCodes.ScaleNotPolicy, ViolationCodes.MemberScaleTooSmall);
    }

    [Fact]
    public void Fixed_scale_rule_sets_the_policy_and_then_binds_members()
    {
        var scenario = Maria.Builder().FixScale("adapt", Scale.LocalRegion).Build();
        var e = PlanEvaluator.Evaluate(scenario, Maria.Plan());
        Assert.Equal(Scale.LocalRegion, e.Packages[0].PolicyScale);
        var d = Single(e, ViolationCodes.MemberScaleTooSmall);
        Assert.Contains("'nurse'", d.Message, StringComparison.Ordinal);

        var ideal = PlanEvaluator.Evaluate(scenario, Maria.Plan(), ignoreRules: true);
        Assert.Equal(Scale.Municipality, ideal.Packages[0].PolicyScale);
        Assert.True(ideal.IsFeasible);
        Assert.True(ideal.RulesIgnored);
    }

    [Fact]
    public void Stated_scale_other_than_a_fixed_scale_is_a_rule_violation()
    {
        var scenario = Maria.Builder().AddRule(new FixedScaleRule("adapt", Scale.LocalRegion, "wettelijk regionaal")).Build();
        var e = PlanEvaluator.Evaluate(scenario, Maria.Plan(p1Scale: Scale.Municipality));
        var d = Single(e, ViolationCodes.RuleFixedScale);
        Assert.Equal("$.packages[0].scale", d.Path);
        Assert.Contains("wettelijk regionaal", d.Message, StringComparison.Ordinal);
        OnlyErrors(e, ViolationCodes.RuleFixedScale);
        Assert.True(PlanEvaluator.Evaluate(scenario, Maria.Plan(p1Scale: Scale.Municipality), ignoreRules: true).IsFeasible);
    }

    [Fact]
    public void Two_fixed_scales_in_one_package_conflict()
    {
        var scenario = Maria.Builder().FixScale("adapt", Scale.LocalRegion).FixScale("physio", Scale.Municipality).Build();
        var e = PlanEvaluator.Evaluate(scenario, Maria.Plan());
        var d = Single(e, ViolationCodes.FixedScaleConflict);
        Assert.Equal("$.packages[0]", d.Path);
        Assert.Null(e.Packages[0].PolicyScale);
        Assert.Null(e.Packages[0].Scale);
        OnlyErrors(e, ViolationCodes.FixedScaleConflict);
    }

    [Fact]
    public void Equal_fixed_scales_in_one_package_do_not_conflict()
    {
        var scenario = Maria.Builder().FixScale("adapt", Scale.Municipality).FixScale("physio", Scale.Municipality).Build();
        Assert.Empty(PlanEvaluator.Evaluate(scenario, Maria.Plan()).Violations);
    }

    // ---- rules ----

    [Fact]
    public void Together_rule_split_over_packages_is_an_error()
    {
        var scenario = Maria.Builder().AddRule(new TogetherRule(["physio", "household"], "één aanspreekpunt")).Build();
        var e = PlanEvaluator.Evaluate(scenario, Maria.Plan());
        var d = Single(e, ViolationCodes.RuleTogetherSplit);
        Assert.Equal("Activities 'physio', 'household' must share one package (rule $.rules[0]: één aanspreekpunt), but they are split: 'physio' in P1, 'household' in P2.", d.Message);
        OnlyErrors(e, ViolationCodes.RuleTogetherSplit);
        Assert.True(PlanEvaluator.Evaluate(scenario, Maria.Plan(), ignoreRules: true).IsFeasible);
    }

    [Fact]
    public void Apart_rule_joined_in_a_package_is_an_error()
    {
        var scenario = Maria.Builder().Apart("physio", "household", "adapt").Build();
        var e = PlanEvaluator.Evaluate(scenario, Maria.Plan());
        var d = Single(e, ViolationCodes.RuleApartJoined);
        Assert.Equal("$.packages[0]", d.Path);
        Assert.Contains("'physio', 'adapt'", d.Message, StringComparison.Ordinal);
        OnlyErrors(e, ViolationCodes.RuleApartJoined);
    }

    [Fact]
    public void Required_member_missing_from_the_team_is_an_error()
    {
        var scenario = Maria.Builder().WithTeamSize(2, 4).RequireMember("driver", "company").Build();
        var e = PlanEvaluator.Evaluate(scenario, Maria.Plan());
        var d = Single(e, ViolationCodes.RuleMemberRequired);
        Assert.Equal("$.packages[1].members", d.Path);
        Assert.Contains("'driver'", d.Message, StringComparison.Ordinal);
        OnlyErrors(e, ViolationCodes.RuleMemberRequired);

        var met = PlanEvaluator.Evaluate(scenario, Maria.Plan(p2Members: ["fam", "vol", "driver"]));
        Assert.Empty(met.Violations);
        Assert.Empty(met.Packages[1].UnneededMembers);
    }

    [Fact]
    public void Excluded_member_in_the_team_is_an_error()
    {
        var scenario = Maria.Builder().ExcludeMember("social", "physio").Build();
        var e = PlanEvaluator.Evaluate(scenario, Maria.Plan());
        Assert.Equal("$.packages[0].members[1]", Single(e, ViolationCodes.RuleMemberExcluded).Path);
        OnlyErrors(e, ViolationCodes.RuleMemberExcluded);
    }

    [Fact]
    public void Ideal_evaluation_ignores_every_rule()
    {
        var scenario = Maria.Builder()
            .Together("physio", "household").Apart("physio", "adapt").RequireMember("driver", "company").ExcludeMember("kine", "physio")
            .Build();
        Assert.Equal(4, PlanEvaluator.Evaluate(scenario, Maria.Plan()).Violations.Count(v => v.Code.StartsWith("rule-", StringComparison.Ordinal)));
        Assert.True(PlanEvaluator.Evaluate(scenario, Maria.Plan(), ignoreRules: true).IsFeasible);
    }

    // ---- warnings ----

    [Fact]
    public void Member_without_needed_capability_is_a_warning_only()
    {
        var e = PlanEvaluator.Evaluate(Scenario, Maria.Plan(p2Members: ["fam", "vol", "driver"]));
        var d = Single(e, ViolationCodes.UnneededMember);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal("$.packages[1].members[2]", d.Path);
        Assert.Equal(["driver"], e.Packages[1].UnneededMembers);
        Assert.True(e.IsFeasible);
    }

    [Fact]
    public void Messages_use_invariant_numbers_under_any_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("nl-BE");
            var scenario = new ScenarioBuilder("h").WithTeamSize(1, 2)
                .AddActivity("x", "X", Scale.Municipality, a => a.WithWorkload(5.5))
                .AddMember("a", Scale.Municipality, m => m.WithHours(2.25))
                .Build();
            var d = Single(PlanEvaluator.Evaluate(scenario, new Plan([new ActivityPackage("P1", ["x"], ["a"])])), ViolationCodes.HoursShortfall);
            Assert.Contains("5.5 hours", d.Message, StringComparison.Ordinal);
            Assert.Contains("3.25 hours short", d.Message, StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Evaluate_rejects_null_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => PlanEvaluator.Evaluate(null!, Maria.Plan()));
        Assert.Throws<ArgumentNullException>(() => PlanEvaluator.Evaluate(Scenario, null!));
    }
}
