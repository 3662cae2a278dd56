using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ontwar.Evaluation;
using Ontwar.Tests.Shared;
using Ontwar.Tests.Support;
using Xunit;
using Xunit.Sdk;

namespace Ontwar.Tests.Solving.Support;

/// <summary>The test oracle must find hand-computed optima and agree with the shared brute-force oracle.</summary>
public class TinyOracleTests
{
    private static readonly Scenario S = IndependentPlanCheckTests.S;

    [Fact]
    public void The_oracle_finds_the_optimum_of_a_hand_solved_scenario()
    {
        // With the rules, a and c must part; m2 must serve c; m3 cannot serve b. Best: {a, b} by m1 and m4, {c} by m2: cut 2.5.
        var answer = TinyOracle.Solve(S);
        Assert.True(answer.Feasible);
        Assert.Equal(2.5, answer.Optimum);
        IndependentPlanCheck.AssertFeasible(S, answer.Witness!);
        Assert.Equal(2.5, IndependentPlanCheck.CutWeight(S, answer.Witness!));

        // Without rules everything fits in one package: m1 covers care and nursing at the geographic-neighbourhood
        // scale, and m4 (no hours given, so unlimited) covers the 6.5 hours.
        var ideal = TinyOracle.Solve(S, ignoreRules: true);
        Assert.Equal(0, ideal.Optimum);
        IndependentPlanCheck.AssertFeasible(S, ideal.Witness!, ignoreRules: true);

        var impossible = S.WithTeamSize(new TeamSizeLimits(5, 5));
        Assert.False(TinyOracle.Solve(impossible, ignoreRules: true).Feasible);
    }

    [Fact]
    public void Partitions_are_enumerated_once_each()
    {
        Assert.Equal([1, 1, 2, 5, 15, 52, 203], Enumerable.Range(0, 7).Select(n => TinyOracle.Partitions(n).Count()));
        Assert.Equal(52, TinyOracle.Partitions(5).Select(p => string.Join(",", p)).Distinct().Count());
    }

    [Property(MaxTest = 200)]
    public Property Agrees_with_the_shared_brute_force_oracle_and_its_witnesses_pass_both_checkers()
    {
        return Prop.ForAll(ScenarioGen.Arbitrary(new ScenarioGen.Shape(MaxActivities: 5, MaxMembers: 6, MaxTeamSize: 3)), s =>
        {
            foreach (bool ideal in new[] { false, true })
            {
                var mine = TinyOracle.Solve(s, ideal);
                var shared = BruteForceOracle.Solve(s, ideal);
                if (mine.Feasible != shared.Feasible || (mine.Feasible && Math.Abs(mine.Optimum - shared.Optimum) > 1e-9))
                {
                    throw new XunitException($"The oracles disagree (ideal {ideal}): test oracle {mine.Feasible} {mine.Optimum}, "
                                             + $"shared oracle {shared.Feasible} {shared.Optimum}\n" + IndependentPlanCheck.Describe(s));
                }

                if (mine.Witness is { } plan)
                {
                    IndependentPlanCheck.AssertFeasible(s, plan, ideal);
                    var evaluation = PlanEvaluator.Evaluate(s, plan, ideal);
                    Assert.True(evaluation.IsFeasible, string.Join(" | ", evaluation.Violations.Select(v => v.Message)));
                    Assert.Equal(mine.Optimum, IndependentPlanCheck.CutWeight(s, plan), 9);
                }
            }
        });
    }
}
