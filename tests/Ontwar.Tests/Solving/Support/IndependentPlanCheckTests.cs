using Ontwar.Plans;
using Xunit;

namespace Ontwar.Tests.Solving.Support;

/// <summary>The checker that judges the engines must itself catch every kind of violation.</summary>
public class IndependentPlanCheckTests
{
    internal static readonly Scenario S = new(
        "check",
        [
            new Activity("a", "A", Scale.Municipality, ["care"], workload: 3.5),
            new Activity("b", "B", Scale.GeographicNeighbourhood, ["nursing"], workload: 2),
            new Activity("c", "C", Scale.LocalRegion, workload: 1),
        ],
        [new Dependency("a", "b", Intensity.Joint), new Dependency("b", "c", 1.5), new Dependency("c", "b", Intensity.Referral)],
        [
            new Member("m1", Scale.Municipality, ["care", "nursing"], hours: 4, maxTeams: 2),
            new Member("m2", Scale.LocalRegion, hours: 1, maxTeams: 2),
            new Member("m3", Scale.SupraLocalRegion, ["care"]),
            new Member("m4", Scale.Municipality),
        ],
        [new ApartRule(["a", "c"]), new MemberRequiredRule("m2", "c"), new MemberExcludedRule("m3", "b")],
        new TeamSizeLimits(1, 2));

    private static Plan P(params ActivityPackage[] packages) => new(packages);

    private static ActivityPackage K(string id, string[] activities, string[] members, Scale? scale = null) => new(id, activities, members, scale);

    [Fact]
    public void A_valid_plan_passes_and_its_cut_is_recomputed()
    {
        var plan = P(K("P1", ["a", "b"], ["m1", "m4"], Scale.GeographicNeighbourhood), K("P2", ["c"], ["m2", "m3"], Scale.LocalRegion));
        Assert.Empty(IndependentPlanCheck.Violations(S, plan));
        Assert.Equal(2.5, IndependentPlanCheck.CutWeight(S, plan));
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("twice")]
    [InlineData("unknown activity")]
    [InlineData("team too large")]
    [InlineData("capability")]
    [InlineData("scale")]
    [InlineData("declared scale")]
    [InlineData("team count")]
    [InlineData("hours")]
    [InlineData("apart")]
    [InlineData("required")]
    [InlineData("excluded")]
    [InlineData("unknown member")]
    public void Each_kind_of_violation_is_caught(string kind)
    {
        var plan = kind switch
        {
            "missing" => P(K("P1", ["a", "b"], ["m1"])),
            "twice" => P(K("P1", ["a", "b"], ["m1"]), K("P2", ["c", "b"], ["m2", "m1"])),
            "unknown activity" => P(K("P1", ["a", "b"], ["m1"]), K("P2", ["c", "x"], ["m2", "m3"])),
            "team too large" => P(K("P1", ["a", "b"], ["m1"]), K("P2", ["c"], ["m2", "m3", "m1"])),
            "capability" => P(K("P1", ["a", "b"], ["m4"]), K("P2", ["c"], ["m2", "m3"])),
            "scale" => P(K("P1", ["a", "b"], ["m1"]), K("P2", ["c"], ["m2", "m1"])),
            "declared scale" => P(K("P1", ["a", "b"], ["m1", "m4"], Scale.Municipality), K("P2", ["c"], ["m2", "m3"])),
            "team count" => P(K("P1", ["a"], ["m3"]), K("P2", ["b"], ["m1"]), K("P3", ["c"], ["m2", "m3"])),
            "hours" => P(K("P1", ["a", "b"], ["m1", "m2"]), K("P2", ["c"], ["m2", "m3"])),
            "apart" => P(K("P1", ["a", "b", "c"], ["m1", "m2"])),
            "required" => P(K("P1", ["a", "b"], ["m1", "m4"]), K("P2", ["c"], ["m3"])),
            "excluded" => P(K("P1", ["a", "b"], ["m1", "m3"]), K("P2", ["c"], ["m2"])),
            "unknown member" => P(K("P1", ["a", "b"], ["m1"]), K("P2", ["c"], ["m2", "m9"])),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        Assert.NotEmpty(IndependentPlanCheck.Violations(S, plan));
    }

    [Fact]
    public void Rules_are_not_checked_for_the_ideal_plan_but_hard_constraints_are()
    {
        var plan = P(K("P1", ["a", "b", "c"], ["m1", "m3"]));
        Assert.NotEmpty(IndependentPlanCheck.Violations(S, plan));
        Assert.Empty(IndependentPlanCheck.Violations(S, plan, ignoreRules: true));
        Assert.NotEmpty(IndependentPlanCheck.Violations(S, P(K("P1", ["a", "b", "c"], ["m3"])), ignoreRules: true));
    }

    [Fact]
    public void Shared_members_split_their_hours_between_teams()
    {
        // p (4 hours, two teams) works alone on x (3 hours) and with q (1 hour) on y: 5 hours for 5 needed. Each team
        // alone has enough hours; with 5.5 needed in all, the split fails.
        Scenario Hours(double y) => new(
            "split",
            [new Activity("x", "X", Scale.Municipality, workload: 3), new Activity("y", "Y", Scale.Municipality, workload: y)],
            [],
            [new Member("p", Scale.Municipality, hours: 4, maxTeams: 2), new Member("q", Scale.Municipality, hours: 1)],
            teamSize: new TeamSizeLimits(1, 2));
        var plan = P(K("P1", ["x"], ["p"]), K("P2", ["y"], ["p", "q"]));
        Assert.Empty(IndependentPlanCheck.Violations(Hours(2), plan));
        Assert.Contains(IndependentPlanCheck.Violations(Hours(2.5), plan), v => v.Contains("hours", StringComparison.Ordinal));
    }
}
