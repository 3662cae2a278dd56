using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ontwar.Modeling;
using Ontwar.Modeling.Mip;
using Ontwar.Plans;
using Ontwar.Tests.Shared;
using Ontwar.Tests.Support;
using Xunit;

namespace Ontwar.Tests.Modeling;

public class TextbookFormulationTests
{
    [Fact]
    public void Slot_count_follows_member_places_and_activities()
    {
        Assert.Equal(2, TextbookFormulation.SlotCount(PackagingModel.Build(SampleScenarios.TwoPairs())));
        Assert.Equal(2, TextbookFormulation.SlotCount(PackagingModel.Build(SampleScenarios.SharedNurse(1))));
        Assert.Equal(6, TextbookFormulation.SlotCount(PackagingModel.Build(PlantedScenarios.Build(30, 5))));
        var tooFew = SampleScenarios.TwoPairs().WithTeamSize(new TeamSizeLimits(5, 6));
        Assert.Equal(1, TextbookFormulation.SlotCount(PackagingModel.Build(tooFew)));
        Assert.Equal(1, TextbookFormulation.Build(PackagingModel.Build(SampleScenarios.TwoPairs()), maxPackages: 1).SlotCount);
        Assert.Equal(2, TextbookFormulation.Build(PackagingModel.Build(SampleScenarios.TwoPairs()), maxPackages: 9).SlotCount);
    }

    [Fact]
    public void The_formulation_of_a_small_scenario_has_the_documented_size()
    {
        var f = TextbookFormulation.Build(PackagingModel.Build(SampleScenarios.TwoPairs()));

        // x: 1 + 2 + 2 + 2 (activity a only in slots 0..a); y: 4 x 2; u: 2; c: 4 edges; h: 4 x 2.
        Assert.Equal(29, f.Mip.Variables.Count);
        Assert.Equal(17, f.Mip.IntegerCount);
        Assert.Equal(f.Mip.Variables.Where(v => v.IsInteger).Select(v => v.Index), f.IntegerVariables);
        Assert.Equal(-1, f.X(0, 1));
        Assert.True(f.HasHours);
        Assert.Equal(4, f.Edges.Count);

        // assign 4, open 7, nonempty 2, order 1, separation 14, size 4, cover 7, teams 4, scale 2, hours 10 + 4.
        Assert.Equal(59, f.Mip.Constraints.Count);
        Assert.Equal(2, f.Mip.Constraints.Count(c => c.Name.StartsWith("scale_n2_", StringComparison.Ordinal)));
        Assert.Contains("59 constraints", f.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_add_rows_only_when_they_are_kept()
    {
        var scenario = SampleScenarios.TwoPairs(
        [
            new TogetherRule(["wash", "adapt"]), new ApartRule(["dress", "physio"]), new FixedScaleRule("wash", Scale.LocalRegion),
            new FixedScaleRule("dress", Scale.Municipality), new MemberRequiredRule("n1", "dress"), new MemberExcludedRule("p2", "adapt"),
        ]);
        var kept = TextbookFormulation.Build(PackagingModel.Build(scenario)).Mip.Constraints.Select(c => c.Name).ToList();
        var ideal = TextbookFormulation.Build(PackagingModel.Build(scenario, ignoreRules: true)).Mip.Constraints.Select(c => c.Name).ToList();

        foreach (var prefix in new[] { "together_adapt_wash_", "apart_dress_physio_", "fixed_wash_dress_", "required_n1_dress_", "not_p2_adapt_", "scale_n2_wash_" })
        {
            Assert.Contains(kept, n => n.StartsWith(prefix, StringComparison.Ordinal));
            Assert.DoesNotContain(ideal, n => n.StartsWith(prefix, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_known_optimal_plan_encodes_to_a_feasible_vector_with_its_cut()
    {
        var scenario = SampleScenarios.TwoPairs();
        var f = TextbookFormulation.Build(PackagingModel.Build(scenario));
        var plan = new Plan([new ActivityPackage("A", ["wash", "dress"], ["n1", "n2"]), new ActivityPackage("B", ["physio", "adapt"], ["p1", "p2"])]);

        var values = f.Encode(plan);
        Assert.Equal(0, f.Mip.MaxViolation(values), 9);
        Assert.Equal(1.5, f.Mip.ObjectiveValue(values), 9);
        Assert.Equal(1, values[f.X(2, 1)]);
        Assert.Equal(1, values[f.Used(1)]);
        Assert.Equal(1, values[f.Cut(f.Edges.ToList().FindIndex(e => e.Source == 1 && e.Target == 2))]);

        // Hours: wash and dress need 5 of the nurses' 8.
        Assert.Equal(5, f.Mip.Variables.Count(v => v.Name.StartsWith("h_n", StringComparison.Ordinal)) > 0 ? values[f.Hours(0, 0)] + values[f.Hours(1, 0)] : 0, 9);
        var decoded = f.DecodePlan(values);
        Assert.Equal(["wash", "dress"], decoded.Packages[0].Activities);
        Assert.Equal(["p1", "p2"], decoded.Packages[1].Members);
        Assert.Equal(Scale.Municipality, decoded.Packages[1].Scale);
    }

    [Fact]
    public void Members_in_two_teams_must_split_their_hours()
    {
        var plan = new Plan([new ActivityPackage("A", ["a"], ["nurse", "h1"]), new ActivityPackage("B", ["b"], ["nurse", "h2"])]);
        var enough = TextbookFormulation.Build(PackagingModel.Build(SampleScenarios.SharedNurse(1)));
        var tooFew = TextbookFormulation.Build(PackagingModel.Build(SampleScenarios.SharedNurse(0.5)));

        Assert.Equal(0, enough.Mip.MaxViolation(enough.Encode(plan)), 9);
        Assert.True(tooFew.Mip.MaxViolation(tooFew.Encode(plan)) > 0.4);
    }

    [Fact]
    public void Decode_rejects_vectors_that_are_no_assignment()
    {
        var f = TextbookFormulation.Build(PackagingModel.Build(SampleScenarios.TwoPairs()));
        var values = f.Encode(new Plan([new ActivityPackage("A", ["wash", "dress"], ["n1", "n2"]), new ActivityPackage("B", ["physio", "adapt"], ["p1", "p2"])]));

        Assert.Throws<ArgumentException>(() => f.Decode(values.AsSpan(1)));
        var twice = (double[])values.Clone();
        twice[f.X(3, 0)] = 1;
        Assert.Throws<ArgumentException>(() => f.Decode(twice));
        var none = (double[])values.Clone();
        none[f.X(3, 1)] = 0.2;
        Assert.Throws<ArgumentException>(() => f.Decode(none));
        var decoded = f.Decode(values);
        Assert.Equal([0, 0, 1, 1], decoded.PackageOf);
        Assert.Equal([2, 3], decoded.Teams[1]);
    }

    [Fact]
    public void Encode_rejects_plans_that_do_not_fit()
    {
        var f = TextbookFormulation.Build(PackagingModel.Build(SampleScenarios.TwoPairs()));
        ActivityPackage P(string id, string[] acts, string[] members) => new(id, acts, members);

        Assert.Throws<ArgumentException>(() => f.Encode(new Plan([P("A", ["wash", "dress", "physio", "adapt", "x"], ["n1"])])));
        Assert.Throws<ArgumentException>(() => f.Encode(new Plan([P("A", ["wash", "dress", "physio"], ["n1"])])));
        Assert.Throws<ArgumentException>(() => f.Encode(new Plan([P("A", ["wash", "dress", "physio", "adapt"], ["n1"]), P("B", ["wash"], ["n2"])])));
        Assert.Throws<ArgumentException>(() => f.Encode(new Plan([P("A", ["wash", "dress", "physio", "adapt"], ["zz"])])));
        Assert.Throws<ArgumentException>(() => f.Encode(new Plan([P("A", ["wash"], ["n1"]), P("B", ["dress"], ["n2"]), P("C", ["physio", "adapt"], ["p1"])])));
        Assert.Throws<ArgumentException>(() => f.Encode([0, 0, 1, 1], new Dictionary<int, int[]> { [0] = [0] }));
        Assert.Throws<ArgumentException>(() => f.Encode([0, 0, 0, 0], new Dictionary<int, int[]> { [0] = [9] }));
        Assert.Throws<ArgumentException>(() => f.Encode([0, 0], new Dictionary<int, int[]> { [0] = [0] }));
        Assert.Throws<ArgumentNullException>(() => f.Encode(null!));
        Assert.Throws<ArgumentNullException>(() => TextbookFormulation.Build(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => TextbookFormulation.Build(PackagingModel.Build(SampleScenarios.TwoPairs()), 0));
    }

    [Property(MaxTest = 1)]
    public Property The_oracle_optimum_encodes_to_a_feasible_vector_with_the_same_objective()
    {
        return Prop.ForAll(Batch.Of(TinyScenarios.Arbitrary(maxActivities: 6, maxMembers: 7), 150), batch =>
        {
            int feasible = 0;
            Array.ForEach(batch, scenario =>
            {
                var oracle = BruteForceOracle.Solve(scenario);
                if (!oracle.Feasible)
                {
                    return;
                }

                feasible++;
                var f = TextbookFormulation.Build(PackagingModel.Build(scenario));
                var values = f.Encode(oracle.PackageOf, oracle.TeamsByBlock());
                Assert.True(f.Mip.MaxViolation(values) <= 1e-7, $"violation {f.Mip.MaxViolation(values)}");
                Assert.Equal(oracle.Optimum, f.Mip.ObjectiveValue(values), 9);

                var back = f.Decode(values);
                for (int a = 0; a < oracle.PackageOf!.Length; a++)
                {
                    for (int b = 0; b < a; b++)
                    {
                        Assert.Equal(oracle.PackageOf[a] == oracle.PackageOf[b], back.PackageOf[a] == back.PackageOf[b]);
                    }

                    Assert.Equal(oracle.Teams![oracle.PackageOf[a]], back.Teams[back.PackageOf[a]]);
                }
            });
            Assert.True(feasible >= 50, $"only {feasible} feasible scenarios");
        });
    }

    [Property(MaxTest = 1)]
    public Property A_plan_is_feasible_for_the_mip_exactly_when_the_independent_checker_accepts_it()
    {
        var cases = from s in TinyScenarios.Scenarios(maxActivities: 5, maxMembers: 6)
                    from ignoreRules in Gen.Elements(false, false, true)
                    from seed in Gen.Choose(0, int.MaxValue - 1)
                    select (s, ignoreRules, seed);
        return Prop.ForAll(Batch.Of(Arb.From(cases), 400), batch =>
        {
            int valid = 0, invalid = 0;
            Array.ForEach(batch, c =>
            {
                var (scenario, ignoreRules, seed) = c;
                var model = PackagingModel.Build(scenario, ignoreRules);
                var f = TextbookFormulation.Build(model);
                var (packageOf, teams) = RandomPlan(scenario, BruteForceOracle.Solve(scenario, ignoreRules), new Random(seed));
                var plan = model.ToPlan(packageOf, teams);
                bool accepted = PlanChecker.Violations(scenario, plan, ignoreRules).Count == 0;
                if (packageOf.Distinct().Count() > f.SlotCount)
                {
                    Assert.False(accepted, "a valid plan has more packages than the formulation's slots");
                    Assert.Throws<ArgumentException>(() => f.Encode(packageOf, teams));
                    invalid++;
                    return;
                }

                var values = f.Encode(packageOf, teams);
                Assert.Equal(accepted, f.Mip.MaxViolation(values) <= 1e-7);
                if (accepted)
                {
                    valid++;
                    Assert.Equal(PlanChecker.CutWeight(scenario, plan), f.Mip.ObjectiveValue(values), 9);
                }
                else
                {
                    invalid++;
                }
            });
            Assert.True(valid >= 60 && invalid >= 60, $"valid {valid}, invalid {invalid}");
        });
    }

    /// <summary>The oracle's optimal plan with up to two random changes, or a random plan.</summary>
    private static (int[] PackageOf, Dictionary<int, int[]> Teams) RandomPlan(Scenario s, OracleResult oracle, Random random)
    {
        int n = s.Activities.Count, m = s.Members.Count;
        int[] packageOf;
        Dictionary<int, int[]> teams;
        if (oracle.Feasible && random.Next(4) > 0)
        {
            packageOf = (int[])oracle.PackageOf!.Clone();
            teams = oracle.TeamsByBlock();
            int changes = random.Next(3);
            for (int i = 0; i < changes; i++)
            {
                int label = packageOf[random.Next(n)];
                var team = teams[label].ToList();
                switch (random.Next(3))
                {
                    case 0:
                        packageOf[random.Next(n)] = packageOf[random.Next(n)];
                        break;
                    case 1 when team.Count > 0:
                        team.RemoveAt(random.Next(team.Count));
                        break;
                    default:
                        int extra = random.Next(m);
                        if (!team.Contains(extra))
                        {
                            team.Add(extra);
                        }

                        break;
                }

                teams[label] = [.. team];
            }
        }
        else
        {
            int blocks = 1 + random.Next(n);
            packageOf = Enumerable.Range(0, n).Select(_ => random.Next(blocks)).ToArray();
            teams = packageOf.Distinct().ToDictionary(
                b => b,
                _ => Enumerable.Range(0, m).Where(_ => random.Next(3) == 0).ToArray());
        }

        return (packageOf, teams);
    }
}
