using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ontwar.Modeling;
using Ontwar.Solving.Staffing;
using Ontwar.Tests.Solving.Support;
using Ontwar.Tests.Support;
using Xunit;
using Xunit.Sdk;

namespace Ontwar.Tests.Solving.Staffing;

public class StafferTests
{
    private const long Budget = 5_000_000;

    /// <summary>Tiny scenarios with a seed that picks the packages to staff.</summary>
    private static FsCheck.Arbitrary<(Scenario Scenario, int Seed)> Cases(ScenarioGen.Shape shape) => Arb.From(
        from s in ScenarioGen.Scenarios(shape)
        from seed in Gen.Choose(0, 1_000_000)
        select (s, seed));

    [Property(MaxTest = 1)]
    public Property Is_complete_and_correct_against_team_enumeration()
    {
        return Prop.ForAll(Batch.Of(Cases(new ScenarioGen.Shape(MaxActivities: 6, MaxMembers: 7, MaxTeamSize: 3)), 300), batch =>
        {
            int feasible = 0, infeasible = 0;
            Array.ForEach(batch, x =>
            {
                var (model, demands) = RandomDemands(x.Scenario, x.Seed);
                var (capacity, hours) = Staffer.FullResources(model);
                var result = Staffer.Solve(model, demands, capacity, hours, Budget);
                var brute = TinyOracle.Staff(x.Scenario, demands.Select(d => Needs(model, d)).ToList());
                string context = $"staffer {result.Outcome}, enumeration {(brute is null ? "none" : "teams")}\n  "
                                 + string.Join("\n  ", demands.Select(d => Describe(model, d))) + "\n" + IndependentPlanCheck.Describe(x.Scenario);
                if (result.Outcome == StaffingOutcome.Unknown)
                {
                    throw new XunitException("The staffer ran out of a generous budget on a tiny case: " + context);
                }

                if ((result.Outcome == StaffingOutcome.Feasible) != (brute is not null))
                {
                    throw new XunitException("The staffer and the enumeration disagree: " + context);
                }

                if (result.Outcome == StaffingOutcome.Feasible)
                {
                    feasible++;
                    AssertValidTeams(model, demands, result, context);
                }
                else
                {
                    infeasible++;
                }

                // The necessary conditions never reject what can be staffed.
                if (brute is not null && !Staffer.NecessaryConditions(model, demands, capacity, hours))
                {
                    throw new XunitException("The necessary conditions reject staffable packages: " + context);
                }
            });
            Assert.True(feasible >= 60 && infeasible >= 60, $"feasible {feasible}, infeasible {infeasible}");
        });
    }

    [Property(MaxTest = 50)]
    public Property Leaves_the_callers_capacity_and_hours_untouched()
    {
        return Prop.ForAll(Cases(TestShapes.Tiny), x =>
        {
            var (model, demands) = RandomDemands(x.Scenario, x.Seed);
            var (capacity, hours) = Staffer.FullResources(model);
            var capacityBefore = (int[])capacity.Clone();
            var hoursBefore = (double[])hours.Clone();
            Staffer.Solve(model, demands, capacity, hours, Budget);
            Assert.Equal(capacityBefore, capacity);
            Assert.Equal(hoursBefore, hours);
        });
    }

    [Fact]
    public void No_packages_need_no_teams()
    {
        var s = new Scenario("one", [new Activity("a", "A", Scale.Municipality)], [], [new Member("m", Scale.Municipality)], teamSize: new TeamSizeLimits(1, 1));
        var model = PackagingModel.Build(s);
        var (capacity, hours) = Staffer.FullResources(model);
        var result = Staffer.Solve(model, [], capacity, hours, 10);
        Assert.Equal(StaffingOutcome.Feasible, result.Outcome);
        Assert.Empty(result.Teams!);
    }

    [Fact]
    public void Shares_a_member_between_teams_only_within_its_team_count_and_hours()
    {
        // Two packages of 3 hours each; the only nurse may join two teams and has 4 hours, the helper 2 hours.
        var s = new Scenario(
            "shared nurse",
            [new Activity("a", "A", Scale.Municipality, ["nursing"], workload: 3), new Activity("b", "B", Scale.Municipality, ["nursing"], workload: 3)],
            [],
            [new Member("nurse", Scale.Municipality, ["nursing"], hours: 4, maxTeams: 2), new Member("helper", Scale.Municipality, hours: 2, maxTeams: 2)],
            teamSize: new TeamSizeLimits(1, 2));
        var model = PackagingModel.Build(s);
        var demands = new[] { PackageDemand.For(model, [0])!, PackageDemand.For(model, [1])! };
        var (capacity, hours) = Staffer.FullResources(model);
        var result = Staffer.Solve(model, demands, capacity, hours, Budget);
        Assert.Equal(StaffingOutcome.Feasible, result.Outcome);
        AssertValidTeams(model, demands, result, "shared nurse");

        capacity[0] = 1;
        Assert.Equal(StaffingOutcome.Infeasible, Staffer.Solve(model, demands, capacity, hours, Budget).Outcome);
        (capacity, hours) = Staffer.FullResources(model);
        hours[1] = 1;
        Assert.Equal(StaffingOutcome.Infeasible, Staffer.Solve(model, demands, capacity, hours, Budget).Outcome);
    }

    /// <summary>A random set of disjoint packages over the scenario's activities, each possibly at a smaller scale.</summary>
    private static (PackagingModel Model, List<PackageDemand> Demands) RandomDemands(Scenario s, int seed)
    {
        var random = new Random(seed);
        var model = PackagingModel.Build(s, ignoreRules: random.Next(3) == 0);
        int packages = 1 + random.Next(Math.Min(3, model.ActivityCount));
        var groups = Enumerable.Range(0, packages).Select(_ => new List<int>()).ToArray();
        for (int a = 0; a < model.ActivityCount; a++)
        {
            int g = random.Next(packages + 1);
            if (g < packages)
            {
                groups[g].Add(a);
            }
        }

        var demands = new List<PackageDemand>();
        foreach (var g in groups.Where(g => g.Count > 0))
        {
            if (PackageDemand.For(model, g.ToArray()) is { } d)
            {
                demands.Add(random.Next(4) == 0 ? d.AtScale((Scale)random.Next((int)d.Scale + 1)) : d);
            }
        }

        return (model, demands);
    }

    private static PackageNeeds Needs(PackagingModel model, PackageDemand d) => new(
        d.Capabilities.Select(c => model.CapabilityNames[c]).ToHashSet(StringComparer.Ordinal),
        d.Scale,
        d.Workload,
        d.Required.Select(m => model.Scenario.Members[m].Id).ToHashSet(StringComparer.Ordinal),
        d.Excluded.Select(m => model.Scenario.Members[m].Id).ToHashSet(StringComparer.Ordinal));

    private static string Describe(PackagingModel model, PackageDemand d)
    {
        var n = Needs(model, d);
        return $"package needs [{string.Join(",", n.Capabilities)}] at {n.Scale}, {n.Workload} h, required [{string.Join(",", n.Required)}], excluded [{string.Join(",", n.Excluded)}]";
    }

    /// <summary>Checks the staffer's teams and hours from the scenario's members.</summary>
    private static void AssertValidTeams(PackagingModel model, IReadOnlyList<PackageDemand> demands, StaffingResult result, string context)
    {
        var members = model.Scenario.Members;
        var teams = result.Teams!;
        Assert.Equal(demands.Count, teams.Length);
        var load = new int[members.Count];
        var given = new double[members.Count];
        for (int p = 0; p < demands.Count; p++)
        {
            var need = Needs(model, demands[p]);
            var team = teams[p].Select(m => members[m]).ToList();
            string where = $"package {p}: team [{string.Join(",", team.Select(m => m.Id))}]; {context}";
            Assert.True(team.Count >= model.TeamSize.Min && team.Count <= model.TeamSize.Max, "team size " + where);
            Assert.True(team.Select(m => m.Id).Distinct().Count() == team.Count, "duplicate member " + where);
            Assert.True(team.All(m => m.Scale >= need.Scale && !need.Excluded.Contains(m.Id)), "member not admitted " + where);
            Assert.True(need.Required.All(r => team.Any(m => m.Id == r)), "required member missing " + where);
            Assert.True(need.Capabilities.All(c => team.Any(m => m.Capabilities.Contains(c))), "capability uncovered " + where);
            double covered = 0;
            for (int i = 0; i < teams[p].Length; i++)
            {
                int m = teams[p][i];
                load[m]++;
                double h = model.HasWorkload ? result.Hours![p][i] : 0;
                Assert.True(h >= -1e-9, "negative hours " + where);
                given[m] += h;
                covered += h;
            }

            if (model.HasWorkload)
            {
                Assert.True(covered >= need.Workload - 1e-6, $"hours {covered} below workload {need.Workload} " + where);
            }
        }

        for (int m = 0; m < members.Count; m++)
        {
            Assert.True(load[m] <= members[m].MaxTeams, $"member {members[m].Id} in too many teams; {context}");
            Assert.True(given[m] <= (members[m].Hours ?? double.PositiveInfinity) + 1e-6, $"member {members[m].Id} gives more hours than it has; {context}");
        }
    }
}
