using Ontwar.Interpretation;
using Ontwar.Plans;
using Ontwar.Serialization;
using Ontwar.Tests.Serialization;
using Xunit;

namespace Ontwar.Tests.Interpretation;

/// <summary>The interpretation rules of docs/interpretation.md, on the seed's own examples and on small scenarios.</summary>
public sealed class PlanInterpreterTests
{
    private static readonly Scenario Maria = ScenarioJson.ReadFile(Json.SamplePath("maria.json"));

    /// <summary>The ideal plan of the seed: physiotherapy and home adaptations in one package (000:877, 000:936).</summary>
    private static Plan MariaTogether => new(
    [
        new ActivityPackage("care", ["hygiene", "physio", "adapt"], ["kine", "nurse", "socialworker", "builder"]),
        new ActivityPackage("home", ["household", "company"], ["carer", "daughter", "neighbour"]),
    ]);

    /// <summary>The realistic plan: the odd-job service works regionally, so home adaptations are split off (000:877).</summary>
    private static Plan MariaSplit => new(
    [
        new ActivityPackage("care", ["hygiene", "physio"], ["kine", "nurse"]),
        new ActivityPackage("adaptations", ["adapt"], ["handyman", "architect"], Scale.LocalRegion),
        new ActivityPackage("home", ["household", "company"], ["carer", "daughter"]),
    ]);

    [Fact]
    public void Maria_physiotherapy_and_home_adaptations_need_joint_execution_and_decentralised_coordination()
    {
        // 000:936: "samen activiteiten uitvoeren"; 000:991: "Decentraal".
        var care = PlanInterpreter.Interpret(Maria, MariaTogether).GetPackage("care");
        Assert.Equal(Intensity.Joint, care.Intensity);
        Assert.Equal(8, care.StrongestPairCohesion);
        Assert.Equal(Coordination.Decentralised, care.Coordination);
        Assert.Equal([DecisionLevel.Strategic, DecisionLevel.Structural, DecisionLevel.Operational], care.DecisionLevels);
        Assert.Equal(["hygiene", "physio", "adapt"], care.ComplexActivities);
    }

    [Fact]
    public void A_package_of_only_simple_activities_is_hierarchical_with_only_operational_decisions()
    {
        // Household help and companionship are both simple and stable in the Maria sample (000:982).
        var home = PlanInterpreter.Interpret(Maria, MariaTogether).GetPackage("home");
        Assert.Equal(Coordination.Hierarchical, home.Coordination);
        Assert.Equal([DecisionLevel.Operational], home.DecisionLevels);
        Assert.Empty(home.ComplexActivities);
        Assert.Equal(Intensity.Alignment, home.Intensity);
    }

    [Fact]
    public void One_complex_activity_makes_a_package_decentralised()
    {
        var plan = new Plan([new ActivityPackage("p", ["household", "company", "hygiene"], [])]);
        var p = PlanInterpreter.Interpret(Maria, plan).GetPackage("p");
        Assert.Equal(Coordination.Decentralised, p.Coordination);
        Assert.Equal(["hygiene"], p.ComplexActivities);
        Assert.Equal(3, p.DecisionLevels.Count);
    }

    [Fact]
    public void Splitting_physiotherapy_from_home_adaptations_gives_a_joint_link_whose_split_is_re_examined()
    {
        var interpretation = PlanInterpreter.Interpret(Maria, MariaSplit);
        var link = interpretation.FindLink("adaptations", "care");
        Assert.NotNull(link);
        Assert.Equal("care", link.First);
        Assert.Equal("adaptations", link.Second);
        Assert.Equal(8 + 2, link.Weight); // physio-adapt joint, hygiene-adapt information
        Assert.Equal(8, link.StrongestPairCohesion);
        Assert.Equal(Intensity.Joint, link.Intensity);
        Assert.True(link.ReexamineSplit);
        Assert.Equal(Coordination.Decentralised, link.Coordination);
        Assert.Equal([("physio", "adapt"), ("hygiene", "adapt")], link.Dependencies.Select(d => (d.From, d.To)));
        Assert.Contains(link, interpretation.LinksToReexamine);
    }

    [Fact]
    public void A_one_activity_package_has_no_inside_intensity()
    {
        var adaptations = PlanInterpreter.Interpret(Maria, MariaSplit).GetPackage("adaptations");
        Assert.Null(adaptations.Intensity);
        Assert.Null(adaptations.StrongestPairCohesion);
        Assert.Equal(0, adaptations.InternalWeight);
    }

    [Fact]
    public void Activities_without_a_link_between_them_give_no_inside_intensity()
    {
        // household and physio share no dependency in the Maria sample.
        var p = PlanInterpreter.Interpret(Maria, new Plan([new ActivityPackage("p", ["household", "physio"], [])])).GetPackage("p");
        Assert.Null(p.Intensity);
        Assert.Null(p.StrongestPairCohesion);
    }

    [Theory]
    [InlineData(Intensity.Referral)]
    [InlineData(Intensity.Information)]
    [InlineData(Intensity.Alignment)]
    [InlineData(Intensity.Joint)]
    public void The_inside_intensity_of_one_linked_pair_is_the_pairs_intensity(Intensity intensity)
    {
        var s = Line(3, (0, 1, intensity));
        Assert.Equal(intensity, PlanInterpreter.Interpret(s, Together(s)).GetPackage("all").Intensity);
    }

    [Fact]
    public void Inside_intensity_follows_the_strongest_pair_not_the_sum_of_all_pairs()
    {
        // Three referral links add up to 3 (information level), but no pair has to share information.
        var s = Line(3, (0, 1, Intensity.Referral), (1, 2, Intensity.Referral), (0, 2, Intensity.Referral));
        var p = PlanInterpreter.Interpret(s, Together(s)).GetPackage("all");
        Assert.Equal(Intensity.Referral, p.Intensity);
        Assert.Equal(3, p.InternalWeight);
    }

    [Fact]
    public void Dependencies_between_the_same_pair_add_up_inside_a_package()
    {
        // Referral (1) + information (2) between a0 and a1 = 3: information; two informations = 4: alignment.
        var s = Line(2, (0, 1, Intensity.Referral), (1, 0, Intensity.Information));
        Assert.Equal(Intensity.Information, PlanInterpreter.Interpret(s, Together(s)).GetPackage("all").Intensity);
        var t = Line(2, (0, 1, Intensity.Information), (0, 1, Intensity.Information));
        Assert.Equal(Intensity.Alignment, PlanInterpreter.Interpret(t, Together(t)).GetPackage("all").Intensity);
    }

    [Fact]
    public void Intensity_grows_with_cohesion_for_explicit_weights()
    {
        var previous = Intensity.Referral;
        foreach (var weight in new[] { 0.5, 1, 1.5, 2, 3.9, 4, 7.99, 8, 100 })
        {
            var s = new ScenarioBuilder("w").AddActivity("a", "A", Scale.Municipality).AddActivity("b", "B", Scale.Municipality)
                .AddDependency("a", "b", weight).Build();
            var intensity = PlanInterpreter.Interpret(s, Together(s)).GetPackage("all").Intensity!.Value;
            Assert.True(intensity >= previous, $"weight {weight} gave {intensity}, below {previous}");
            Assert.Equal(s.IntensityWeights.IntensityFor(weight), intensity);
            previous = intensity;
        }

        Assert.Equal(Intensity.Joint, previous);
    }

    [Fact]
    public void A_link_sums_every_dependency_between_the_two_packages()
    {
        // Two information links (2 + 2 = 4) between the packages: aligning, not yet performing together.
        var s = Line(4, (0, 2, Intensity.Information), (1, 3, Intensity.Information), (0, 1, Intensity.Joint), (2, 3, Intensity.Joint));
        var plan = new Plan([new ActivityPackage("left", ["a0", "a1"], []), new ActivityPackage("right", ["a2", "a3"], [])]);
        var link = Assert.Single(PlanInterpreter.Interpret(s, plan).Links);
        Assert.Equal(4, link.Weight);
        Assert.Equal(2, link.StrongestPairCohesion);
        Assert.Equal(Intensity.Alignment, link.Intensity);
        Assert.False(link.ReexamineSplit);

        // One more aligning link reaches the joint level as a whole, but no pair must be performed together: the seed's
        // condition for re-examining the split (000:325, 000:931) is not met.
        var t = s.WithDependencies([.. s.Dependencies, new Dependency("a1", "a2", Intensity.Alignment)]);
        var joint = Assert.Single(PlanInterpreter.Interpret(t, plan).Links);
        Assert.Equal(8, joint.Weight);
        Assert.Equal(Intensity.Joint, joint.Intensity);
        Assert.Equal(Intensity.Alignment, joint.StrongestPairIntensity);
        Assert.False(joint.ReexamineSplit);
    }

    [Fact]
    public void A_link_between_simple_ends_is_hierarchical_even_when_the_packages_hold_complex_activities()
    {
        var s = new ScenarioBuilder("ends")
            .AddActivity("s1", "S1", Scale.Municipality, a => a.Simple().Stable())
            .AddActivity("c1", "C1", Scale.Municipality)
            .AddActivity("s2", "S2", Scale.Municipality, a => a.Simple().Stable())
            .AddActivity("c2", "C2", Scale.Municipality)
            .AddDependency("s1", "c1", Intensity.Joint)
            .AddDependency("s2", "c2", Intensity.Joint)
            .AddDependency("s1", "s2", Intensity.Information)
            .Build();
        var plan = new Plan([new ActivityPackage("p", ["s1", "c1"], []), new ActivityPackage("q", ["s2", "c2"], [])]);
        var link = Assert.Single(PlanInterpreter.Interpret(s, plan).Links);
        Assert.Equal(Coordination.Hierarchical, link.Coordination);
        Assert.Empty(link.ComplexActivities);

        var t = s.WithDependencies([.. s.Dependencies, new Dependency("c1", "s2", Intensity.Referral)]);
        var complex = Assert.Single(PlanInterpreter.Interpret(t, plan).Links);
        Assert.Equal(Coordination.Decentralised, complex.Coordination);
        Assert.Equal(["c1"], complex.ComplexActivities);
    }

    [Fact]
    public void Stederen_exchange_can_be_central_while_concrete_joint_efforts_are_decentral()
    {
        // 000:1000-1022: the regional platform and monitor are simple once running; efforts around families are complex.
        var s = ScenarioJson.ReadFile(Json.SamplePath("stederen.json"));
        var plan = new Plan(
        [
            new ActivityPackage("exchange", ["platform", "monitor", "housingpolicy"], []),
            new ActivityPackage("efforts", ["outreach", "family", "budget", "health", "housing", "meeting"], []),
        ]);
        var i = PlanInterpreter.Interpret(s, plan);
        Assert.Equal(Coordination.Hierarchical, i.GetPackage("exchange").Coordination);
        Assert.Equal([DecisionLevel.Operational], i.GetPackage("exchange").DecisionLevels);
        Assert.Equal(Coordination.Decentralised, i.GetPackage("efforts").Coordination);
    }

    [Fact]
    public void Needed_members_hold_a_required_capability_and_the_others_only_fill_the_team()
    {
        var care = PlanInterpreter.Interpret(Maria, MariaTogether).GetPackage("care");
        Assert.Equal(["kine", "nurse", "socialworker", "builder"], care.NeededMembers);
        Assert.Empty(care.FillingMembers);

        // The volunteer offers companionship, which neither hygienic care nor physiotherapy requires.
        var plan = new Plan([new ActivityPackage("care", ["hygiene", "physio"], ["kine", "nurse", "nurse2", "volunteer"])]);
        var p = PlanInterpreter.Interpret(Maria, plan).GetPackage("care");
        Assert.Equal(["kine", "nurse", "nurse2"], p.NeededMembers);
        Assert.Equal(["volunteer"], p.FillingMembers);
    }

    [Fact]
    public void Partners_are_the_distinct_organisations_of_the_team_and_a_member_without_one_stands_for_themselves()
    {
        var plan = new Plan([new ActivityPackage("care", ["hygiene"], ["nurse", "nurse2", "kine"])]);
        Assert.Equal(["Thuisverpleging", "Kinepraktijk De Beweging"], PlanInterpreter.Interpret(Maria, plan).GetPackage("care").Partners);

        var s = new ScenarioBuilder("partners").AddActivity("a", "A", Scale.Municipality)
            .AddMember("m1", Scale.Municipality, m => m.FromPartner("Org"))
            .AddMember("m2", Scale.Municipality, m => m.Named("Jan"))
            .AddMember("m3", Scale.Municipality)
            .Build();
        var p = PlanInterpreter.Interpret(s, new Plan([new ActivityPackage("p", ["a"], ["m1", "m2", "m3"])])).GetPackage("p");
        Assert.Equal(["Org", "Jan", "m3"], p.Partners);
    }

    [Fact]
    public void The_scale_is_the_plans_or_else_the_policy_with_or_without_rules()
    {
        var plan = new Plan(
        [
            new ActivityPackage("care", ["physio", "adapt"], []),
            new ActivityPackage("home", ["household", "company"], [], Scale.Municipality),
            new ActivityPackage("hygiene", ["hygiene"], []),
        ]);
        var realistic = PlanInterpreter.Interpret(Maria, plan);
        var care = realistic.GetPackage("care");
        Assert.Equal(Scale.LocalRegion, care.Scale); // adapt has a fixed-scale rule: localRegion
        Assert.True(care.ScaleFromPolicy);
        var home = realistic.GetPackage("home");
        Assert.Equal(Scale.Municipality, home.Scale); // given by the plan, larger than the policy's
        Assert.Equal(Scale.LivedNeighbourhood, home.PolicyScale);
        Assert.False(home.ScaleFromPolicy);

        var ideal = PlanInterpreter.Interpret(Maria, plan, ignoreRules: true);
        Assert.Equal(Scale.Municipality, ideal.GetPackage("care").Scale); // the smallest ideal scale (000:864-866)
        Assert.True(ideal.RulesIgnored);
    }

    [Fact]
    public void Weights_add_up_and_unplaced_activities_count_nowhere()
    {
        var full = PlanInterpreter.Interpret(Maria, MariaSplit);
        Assert.Equal(full.TotalWeight, full.InternalWeight + full.CutWeight, 9);
        Assert.Equal(Maria.Dependencies.Sum(d => d.CohesionUnder(Maria.IntensityWeights)), full.TotalWeight, 9);

        // Without "adapt" the links to it disappear: only household-hygiene (2) and company-physio (2) are cut.
        var partial = PlanInterpreter.Interpret(Maria, new Plan([MariaSplit.Packages[0], MariaSplit.Packages[2]]));
        Assert.Equal(4, partial.CutWeight);
        Assert.Equal(full.TotalWeight, partial.TotalWeight);
        Assert.True(partial.InternalWeight + partial.CutWeight < partial.TotalWeight);
    }

    [Fact]
    public void A_plan_that_does_not_fit_the_scenario_is_rejected_with_every_problem()
    {
        var plan = new Plan(
        [
            new ActivityPackage("p", ["physio", "nope", "physio"], ["kine", "ghost", "kine"]),
            new ActivityPackage("q", ["adapt", "physio"], []),
        ]);
        var e = Assert.Throws<ArgumentException>(() => PlanInterpreter.Interpret(Maria, plan));
        Assert.Contains("unknown activity 'nope'", e.Message, StringComparison.Ordinal);
        Assert.Contains("lists activity 'physio' twice", e.Message, StringComparison.Ordinal);
        Assert.Contains("unknown member 'ghost'", e.Message, StringComparison.Ordinal);
        Assert.Contains("lists member 'kine' twice", e.Message, StringComparison.Ordinal);
        Assert.Contains("activity 'physio' is in packages 'p' and 'q'", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => PlanInterpreter.Interpret(null!, plan));
        Assert.Throws<ArgumentNullException>(() => PlanInterpreter.Interpret(Maria, null!));
    }

    [Fact]
    public void Lookups_find_packages_and_links_in_either_order()
    {
        var i = PlanInterpreter.Interpret(Maria, MariaSplit);
        Assert.Equal(["care", "adaptations", "home"], i.Packages.Select(p => p.Id));
        Assert.Equal([0, 1, 2], i.Packages.Select(p => p.Index));
        Assert.Same(i.FindLink("care", "home"), i.FindLink("home", "care"));
        Assert.Null(i.FindLink("adaptations", "nowhere"));
        Assert.Equal(3, i.Links.Count);
        Assert.Equal(2, i.LinksOf("adaptations").Count);
        Assert.Throws<KeyNotFoundException>(() => i.GetPackage("nowhere"));
        Assert.Equal(
            i.Links.OrderBy(l => i.GetPackage(l.First).Index).ThenBy(l => i.GetPackage(l.Second).Index).Select(l => (l.First, l.Second)),
            i.Links.Select(l => (l.First, l.Second)));
    }

    [Fact]
    public void The_coordination_and_decision_level_rules_are_public_functions()
    {
        Assert.Equal(Coordination.Hierarchical, PlanInterpreter.CoordinationFor([]));
        Assert.Equal(Coordination.Hierarchical, PlanInterpreter.CoordinationFor([new Activity("a", "A", Scale.Municipality, complexity: Complexity.Simple, stability: Stability.Stable)]));
        Assert.Equal(Coordination.Decentralised, PlanInterpreter.CoordinationFor([new Activity("a", "A", Scale.Municipality, complexity: Complexity.Simple)]));
        Assert.Equal(Coordination.Decentralised, PlanInterpreter.CoordinationFor([new Activity("a", "A", Scale.Municipality)]));
        Assert.Equal([DecisionLevel.Operational], PlanInterpreter.DecisionLevelsFor(Coordination.Hierarchical));
        Assert.Throws<ArgumentOutOfRangeException>(() => PlanInterpreter.DecisionLevelsFor((Coordination)7));
    }

    /// <summary>Activities a0..a(n-1) with the given dependencies.</summary>
    private static Scenario Line(int n, params (int From, int To, Intensity Intensity)[] links)
    {
        var b = new ScenarioBuilder("line");
        for (int i = 0; i < n; i++)
        {
            b.AddActivity($"a{i}", $"A{i}", Scale.Municipality);
        }

        foreach (var (from, to, intensity) in links)
        {
            b.AddDependency($"a{from}", $"a{to}", intensity);
        }

        return b.Build();
    }

    private static Plan Together(Scenario s) => new([new ActivityPackage("all", s.Activities.Select(a => a.Id), [])]);
}
