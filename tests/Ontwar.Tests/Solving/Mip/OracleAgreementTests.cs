using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ontwar.Modeling;
using Ontwar.Solving;
using Ontwar.Solving.Mip;
using Ontwar.Tests.Shared;
using Ontwar.Tests.Support;
using Xunit;

namespace Ontwar.Tests.Solving.Mip;

/// <summary>The MIP engine (CBC, and SCIP and HiGHS on fewer cases) on the textbook MIP against the brute-force oracle on generated tiny scenarios.</summary>
public class OracleAgreementTests
{
    private static readonly SolverOptions Options = new() { TimeLimit = TimeSpan.FromSeconds(60) };

    private static readonly MipEngine Engine = new();

    [Property(MaxTest = 1)]
    public Property Cbc_matches_the_oracle_on_feasibility_tilted_scenarios_with_rules_and_hours()
    {
        return Prop.ForAll(Batch.Of(TinyScenarios.Arbitrary(maxActivities: 6, maxMembers: 7), 200), batch =>
        {
            var tally = new Tally();
            Array.ForEach(batch, s => AgreeWithOracle(Engine, s, false, tally));

            // The property must not pass vacuously: most scenarios are feasible with a cut, some infeasible.
            Assert.True(tally.WithCut >= 40, tally.ToString());
            Assert.True(tally.Infeasible >= 20, tally.ToString());
        });
    }

    [Property(MaxTest = 1)]
    public Property Cbc_matches_the_oracle_on_feasibility_tilted_ideal_scenarios()
    {
        return Prop.ForAll(Batch.Of(TinyScenarios.Arbitrary(maxActivities: 6, maxMembers: 7, withRules: false), 100), batch =>
        {
            var tally = new Tally();
            Array.ForEach(batch, s => AgreeWithOracle(Engine, s, true, tally));
            Assert.True(tally.WithCut >= 12, tally.ToString());
        });
    }

    [Property(MaxTest = 1)]
    public Property Cbc_matches_the_oracle_on_the_general_scenario_generator()
    {
        return Prop.ForAll(Batch.Of(ScenarioGen.Arbitrary(new ScenarioGen.Shape(MaxActivities: 5, MaxMembers: 6, MaxTeamSize: 3)), 100), batch =>
        {
            var tally = new Tally();
            Array.ForEach(batch, s => AgreeWithOracle(Engine, s, false, tally));
            Assert.True(tally.Feasible >= 10, tally.ToString());
        });
    }

    [Property(MaxTest = 1)]
    public Property Cbc_matches_the_oracle_on_the_general_generator_without_rules_or_hours()
    {
        return Prop.ForAll(Batch.Of(ScenarioGen.Arbitrary(new ScenarioGen.Shape(MaxActivities: 6, MaxMembers: 7, WithRules: false, WithHours: false, MaxTeamSize: 2)), 60), batch =>
        {
            var tally = new Tally();
            Array.ForEach(batch, s => AgreeWithOracle(Engine, s, true, tally));
            Assert.True(tally.Feasible >= 10, tally.ToString());
        });
    }

    private static void AgreeWithOracle(MipEngine engine, Scenario scenario, bool ignoreRules, Tally tally)
    {
        var oracle = BruteForceOracle.Solve(scenario, ignoreRules);
        var model = PackagingModel.Build(scenario, ignoreRules);
        var result = engine.Solve(model, Options);
        tally.Count(oracle);
        if (!oracle.Feasible)
        {
            Assert.Equal(SolveStatus.Infeasible, result.Status);
            Assert.False(result.HasPlan);
            return;
        }

        Assert.Equal(SolveStatus.Optimal, result.Status);
        Assert.Equal(engine.Name, result.Engine);
        Assert.Equal(oracle.Optimum, result.Objective!.Value, 6);
        Assert.Empty(PlanChecker.Violations(scenario, result.Plan, ignoreRules));
        Assert.Equal(oracle.Optimum, PlanChecker.CutWeight(scenario, result.Plan), 6);
        Assert.Equal(result.Objective.Value, result.Bound, 6);
        Assert.Equal(0, result.Gap);
    }

    [Property(MaxTest = 1)]
    public Property Scip_matches_the_oracle_on_feasibility_tilted_scenarios() => OtherBackendMatchesTheOracle(MipBackend.Scip);

    [Property(MaxTest = 1)]
    public Property Highs_matches_the_oracle_on_feasibility_tilted_scenarios() => OtherBackendMatchesTheOracle(MipBackend.Highs);

    private static Property OtherBackendMatchesTheOracle(MipBackend backend)
    {
        var engine = new MipEngine(backend);
        return Prop.ForAll(Batch.Of(TinyScenarios.Arbitrary(maxActivities: 6, maxMembers: 7), 60), batch =>
        {
            var tally = new Tally();
            Array.ForEach(batch, s => AgreeWithOracle(engine, s, false, tally));
            Assert.True(tally.WithCut >= 10 && tally.Infeasible >= 5, tally.ToString());
        });
    }

    private sealed class Tally
    {
        public int Feasible { get; private set; }

        public int WithCut { get; private set; }

        public int Infeasible { get; private set; }

        public void Count(OracleResult oracle)
        {
            if (!oracle.Feasible)
            {
                Infeasible++;
            }
            else
            {
                Feasible++;
                WithCut += oracle.Optimum > 0 ? 1 : 0;
            }
        }

        public override string ToString() => $"feasible {Feasible} (with a cut {WithCut}), infeasible {Infeasible}";
    }
}
