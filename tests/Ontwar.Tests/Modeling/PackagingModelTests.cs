using Ontwar.Modeling;
using Xunit;

namespace Ontwar.Tests.Modeling;

public class PackagingModelTests
{
    private static Scenario Example(IReadOnlyList<Rule>? rules = null) => new(
        "example",
        [
            new Activity("a", "A", Scale.Municipality, ["care", "nursing", "care"], workload: 2),
            new Activity("b", "B", Scale.GeographicNeighbourhood, ["nursing"]),
            new Activity("c", "C", Scale.LocalRegion),
            new Activity("d", "D", Scale.SupraLocalRegion, ["social"]),
        ],
        [new Dependency("a", "b", Intensity.Joint), new Dependency("b", "a", 1.5), new Dependency("c", "d", Intensity.Referral)],
        [
            new Member("m1", Scale.Municipality, ["nursing", "care"], hours: 4, maxTeams: 2),
            new Member("m2", Scale.LocalRegion, ["social"]),
            new Member("m3", Scale.SupraLocalRegion),
        ],
        rules,
        new TeamSizeLimits(1, 2));

    [Fact]
    public void Numbers_activities_members_and_capabilities()
    {
        var model = PackagingModel.Build(Example());
        Assert.Equal(4, model.ActivityCount);
        Assert.Equal(3, model.MemberCount);
        Assert.Equal(3, model.CapabilityNames.Count);
        int care = IndexOf(model, "care"), nursing = IndexOf(model, "nursing"), social = IndexOf(model, "social");
        Assert.Equal(new[] { care, nursing }.Order(), model.RequiredCapabilities(0).ToArray());
        Assert.Equal(new[] { care, nursing }.Order(), model.HeldCapabilities(0).ToArray());
        Assert.Equal([0], model.HoldersOf(nursing).ToArray());
        Assert.Equal([1], model.HoldersOf(social).ToArray());
        Assert.Empty(model.RequiredCapabilities(2).ToArray());
        Assert.Equal(Scale.LocalRegion, model.MemberScale(1));
        Assert.Equal(2, model.MaxTeams(0));
        Assert.Equal(4, model.Hours(0));
        Assert.Equal(double.PositiveInfinity, model.Hours(1));
        Assert.Equal(2, model.Workload(0));
        Assert.Equal(0, model.Workload(1));
        Assert.True(model.HasWorkload);
        Assert.Equal(9.5, model.Graph.Weight(0, 1));
        Assert.Equal(1, model.Graph.Weight(2, 3));
        Assert.Equal(10.5, model.Graph.TotalWeight);
    }

    [Fact]
    public void Without_workloads_hours_do_not_constrain()
    {
        var s = new Scenario("x", [new Activity("a", "A", Scale.Municipality)], [], [new Member("m", Scale.Municipality, hours: 1)]);
        Assert.False(PackagingModel.Build(s).HasWorkload);
    }

    [Fact]
    public void The_package_scale_is_the_smallest_ideal_scale_unless_a_rule_fixes_it()
    {
        var model = PackagingModel.Build(Example());
        Assert.Equal(Scale.GeographicNeighbourhood, model.PackageScale([0, 1, 2]));
        Assert.Equal(Scale.LocalRegion, model.PackageScale([3, 2]));
        Assert.Throws<ArgumentException>(() => model.PackageScale([]));

        var ruled = PackagingModel.Build(Example([new FixedScaleRule("c", Scale.SupraLocalRegion), new FixedScaleRule("d", Scale.Municipality)]));
        Assert.Equal(Scale.SupraLocalRegion, ruled.FixedScale(2));
        Assert.Null(ruled.FixedScale(0));
        Assert.Equal(Scale.SupraLocalRegion, ruled.PackageScale([0, 1, 2]));
        Assert.Null(ruled.PackageScale([2, 3]));
        Assert.Empty(ruled.RuleConflicts);
    }

    [Fact]
    public void Together_rules_form_groups_represented_by_their_smallest_activity()
    {
        var model = PackagingModel.Build(Example([new TogetherRule(["d", "c"]), new TogetherRule(["b", "d"])]));
        Assert.Equal(0, model.TogetherGroup(0));
        Assert.Equal(1, model.TogetherGroup(1));
        Assert.Equal(1, model.TogetherGroup(2));
        Assert.Equal(1, model.TogetherGroup(3));
    }

    [Fact]
    public void Apart_rules_become_ordered_pairs_and_member_rules_index_lists()
    {
        var model = PackagingModel.Build(Example(
        [
            new ApartRule(["d", "a", "b"]),
            new ApartRule(["b", "a"]),
            new MemberRequiredRule("m2", "d"),
            new MemberRequiredRule("m1", "d"),
            new MemberExcludedRule("m3", "a"),
        ]));
        Assert.Equal([(0, 1), (0, 3), (1, 3)], model.ApartPairs);
        Assert.Equal([0, 1], model.RequiredMembers(3).ToArray());
        Assert.Equal([2], model.ExcludedMembers(0).ToArray());
        Assert.Empty(model.RequiredMembers(0).ToArray());
    }

    [Fact]
    public void Two_fixed_scales_for_one_activity_are_a_conflict_at_the_second_rule()
    {
        var model = PackagingModel.Build(Example([new FixedScaleRule("a", Scale.Municipality), new FixedScaleRule("a", Scale.Municipality), new FixedScaleRule("a", Scale.LocalRegion)]));
        var conflict = Assert.Single(model.RuleConflicts);
        Assert.Equal("contradictory-rules", conflict.Code);
        Assert.Equal("$.rules[2]", conflict.Path);
    }

    [Fact]
    public void Ignoring_rules_leaves_every_rule_out()
    {
        var rules = new Rule[]
        {
            new TogetherRule(["a", "b"]), new ApartRule(["c", "d"]), new FixedScaleRule("a", Scale.LocalRegion),
            new FixedScaleRule("a", Scale.Municipality), new MemberRequiredRule("m1", "a"), new MemberExcludedRule("m2", "b"),
        };
        var model = PackagingModel.Build(Example(rules), ignoreRules: true);
        Assert.True(model.RulesIgnored);
        Assert.Equal(1, model.TogetherGroup(1));
        Assert.Empty(model.ApartPairs);
        Assert.Null(model.FixedScale(0));
        Assert.Empty(model.RuleConflicts);
        Assert.Empty(model.RequiredMembers(0).ToArray());
        Assert.Empty(model.ExcludedMembers(1).ToArray());
        Assert.False(PackagingModel.Build(Example(rules)).RulesIgnored);
    }

    [Fact]
    public void Plans_name_packages_in_order_of_their_first_activity_with_sorted_teams_and_policy_scales()
    {
        var model = PackagingModel.Build(Example());
        var plan = model.ToPlan([7, 3, 7, 3], new Dictionary<int, int[]> { [3] = [2, 0], [7] = [1] });
        Assert.Equal(2, plan.Packages.Count);
        Assert.Equal("P1", plan.Packages[0].Id);
        Assert.Equal(["a", "c"], plan.Packages[0].Activities);
        Assert.Equal(["m2"], plan.Packages[0].Members);
        Assert.Equal(Scale.Municipality, plan.Packages[0].Scale);
        Assert.Equal("P2", plan.Packages[1].Id);
        Assert.Equal(["b", "d"], plan.Packages[1].Activities);
        Assert.Equal(["m1", "m3"], plan.Packages[1].Members);
        Assert.Equal(Scale.GeographicNeighbourhood, plan.Packages[1].Scale);
    }

    [Fact]
    public void Plans_need_a_label_per_activity_and_a_team_per_label()
    {
        var model = PackagingModel.Build(Example());
        Assert.Throws<ArgumentException>(() => model.ToPlan([0, 0, 0], new Dictionary<int, int[]> { [0] = [0] }));
        Assert.Throws<ArgumentException>(() => model.ToPlan([0, 0, 1, 1], new Dictionary<int, int[]> { [0] = [0] }));
        Assert.Throws<ArgumentNullException>(() => model.ToPlan([0, 0, 0, 0], null!));
        Assert.Throws<ArgumentNullException>(() => PackagingModel.Build(null!));
    }

    private static int IndexOf(PackagingModel model, string capability)
    {
        for (int c = 0; c < model.CapabilityNames.Count; c++)
        {
            if (model.CapabilityNames[c] == capability)
            {
                return c;
            }
        }

        throw new KeyNotFoundException(capability);
    }
}
