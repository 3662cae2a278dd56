using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ontwar.Modeling;
using Ontwar.Tests.Shared;
using Ontwar.Tests.Support;
using Xunit;

namespace Ontwar.Tests.Modeling;

/// <summary>The oracle itself, on scenarios whose answers are worked out by hand, and its plans against the checker.</summary>
public class BruteForceOracleTests
{
    [Fact]
    public void Two_pairs_cut_the_weak_links()
    {
        var result = BruteForceOracle.Solve(SampleScenarios.TwoPairs());

        Assert.True(result.Feasible);
        Assert.Equal(1.5, result.Optimum, 12);
        Assert.Equal([0, 0, 1, 1], result.PackageOf!);
    }

    [Fact]
    public void Rules_are_respected_or_ignored()
    {
        var together = SampleScenarios.TwoPairs([new MemberRequiredRule("p1", "wash"), new MemberRequiredRule("p1", "physio"), new MemberExcludedRule("n2", "adapt")]);
        var impossible = SampleScenarios.TwoPairs([new ApartRule(["wash", "dress"]), new MemberRequiredRule("n1", "wash"), new MemberRequiredRule("n1", "dress")]);
        var contradictory = SampleScenarios.TwoPairs([new FixedScaleRule("adapt", Scale.LocalRegion), new FixedScaleRule("adapt", Scale.SupraLocalRegion)]);

        Assert.Equal(8.5, BruteForceOracle.Solve(together).Optimum, 12);
        Assert.False(BruteForceOracle.Solve(impossible).Feasible);
        Assert.False(BruteForceOracle.Solve(contradictory).Feasible);
        Assert.Equal(1.5, BruteForceOracle.Solve(impossible, ignoreRules: true).Optimum, 12);
        Assert.Equal(1.5, BruteForceOracle.Solve(contradictory, ignoreRules: true).Optimum, 12);
    }

    [Fact]
    public void Fixed_scales_decide_who_may_join()
    {
        // Fixing wash at the supra-local scale: only members working at that scale may join its package; nobody does.
        var fixedHigh = SampleScenarios.TwoPairs([new FixedScaleRule("wash", Scale.SupraLocalRegion)]);
        Assert.False(BruteForceOracle.Solve(fixedHigh).Feasible);

        // Fixing adapt at the municipality lets n2 (municipality) join its package.
        var fixedLow = SampleScenarios.TwoPairs([new FixedScaleRule("adapt", Scale.Municipality), new MemberRequiredRule("n2", "adapt")]);
        var result = BruteForceOracle.Solve(fixedLow);
        Assert.True(result.Feasible);
        Assert.Contains(1, result.Teams![result.PackageOf![3]]);
    }

    [Fact]
    public void Members_in_two_teams_split_their_hours()
    {
        Assert.Equal(4, BruteForceOracle.Solve(SampleScenarios.SharedNurse(1)).Optimum, 12);
        Assert.False(BruteForceOracle.Solve(SampleScenarios.SharedNurse(0.5)).Feasible);
    }

    [Fact]
    public void Scenarios_beyond_its_limits_are_refused()
        => Assert.Throws<ArgumentException>(() => BruteForceOracle.Solve(PlantedScenarios.Build(9, 3)));

    [Property(MaxTest = 1)]
    public Property Its_plans_pass_the_checker_with_the_optimum_as_cut()
    {
        return Prop.ForAll(Batch.Of(TinyScenarios.Arbitrary(), 150), batch =>
        {
            int feasible = 0;
            Array.ForEach(batch, scenario =>
            {
                foreach (bool ignoreRules in new[] { false, true })
                {
                    var result = BruteForceOracle.Solve(scenario, ignoreRules);
                    if (!result.Feasible)
                    {
                        continue;
                    }

                    feasible++;
                    var plan = PackagingModel.Build(scenario, ignoreRules).ToPlan(result.PackageOf, result.TeamsByBlock());
                    Assert.Empty(PlanChecker.Violations(scenario, plan, ignoreRules));
                    Assert.Equal(result.Optimum, PlanChecker.CutWeight(scenario, plan), 9);
                }
            });
            Assert.True(feasible >= 100, $"only {feasible} feasible");
        });
    }

    [Fact]
    public void The_checker_finds_each_kind_of_violation()
    {
        var s = SampleScenarios.TwoPairs([new TogetherRule(["wash", "dress"]), new MemberExcludedRule("n1", "physio")]);
        Ontwar.Plans.ActivityPackage P(string id, string[] acts, string[] members, Scale? scale = null) => new(id, acts, members, scale);
        List<string> Check(params Ontwar.Plans.ActivityPackage[] packages) => PlanChecker.Violations(s, new Ontwar.Plans.Plan(packages));

        Assert.Empty(Check(P("A", ["wash", "dress"], ["n1", "n2"]), P("B", ["physio", "adapt"], ["p1", "p2"])));
        Assert.Contains(Check(P("A", ["wash", "dress"], ["n1", "n2"]), P("B", ["physio"], ["p1", "p2"])), v => v.Contains("no package", StringComparison.Ordinal));
        Assert.Contains(Check(P("A", ["wash", "dress"], ["n1"]), P("B", ["physio", "adapt"], ["p1", "p2"])), v => v.Contains("outside", StringComparison.Ordinal));
        Assert.Contains(Check(P("A", ["wash", "dress"], ["n1", "p1"]), P("B", ["physio", "adapt"], ["p1", "p2"])), v => v.Contains("teams", StringComparison.Ordinal));
        Assert.Contains(Check(P("A", ["wash", "dress"], ["p1", "p2"]), P("B", ["physio", "adapt"], ["n1", "n2"])), v => v.Contains("holds", StringComparison.Ordinal));
        Assert.Contains(Check(P("A", ["wash", "physio"], ["n1", "p1"]), P("B", ["dress", "adapt"], ["n2", "p2"])), v => v.Contains("together", StringComparison.Ordinal));
        Assert.Contains(Check(P("A", ["wash", "dress", "physio"], ["n1", "p1"]), P("B", ["adapt"], ["n2", "p2"])), v => v.Contains("below", StringComparison.Ordinal));
        Assert.Contains(Check(P("A", ["wash", "dress"], ["n1", "n2"], Scale.LocalRegion), P("B", ["physio", "adapt"], ["p1", "p2"])), v => v.Contains("policy", StringComparison.Ordinal));
        Assert.Contains(Check(P("A", ["wash", "dress", "physio", "adapt"], ["n1", "p1"])), v => v.Contains("hours", StringComparison.Ordinal));
    }
}
