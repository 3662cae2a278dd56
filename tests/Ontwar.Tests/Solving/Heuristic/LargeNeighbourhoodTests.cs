using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ontwar.Generation;
using Ontwar.Modeling;
using Ontwar.Solving;
using Ontwar.Solving.Exact;
using Ontwar.Solving.Heuristic;
using Ontwar.Tests.Solving.Support;
using Ontwar.Tests.Support;
using Xunit;

namespace Ontwar.Tests.Solving.Heuristic;

/// <summary>
/// The heuristic with its construction repair and large-neighbourhood search on the tight and random families: every
/// plan passes the independent checks, and the same seed gives the same plan.
/// </summary>
public class LargeNeighbourhoodTests
{
    private static readonly SolverOptions Options = TestShapes.Generous(EngineKind.Heuristic);

    private static Scenario Tight(int activities, int seed)
        => TightScenarioGenerator.Generate(new TightScenarioOptions { Activities = activities, Seed = seed }).Scenario;

    // The comparison harness's random family, small: members to spare, capabilities n/6, up to three teams each.
    private static Scenario Random(int activities, int seed) => RandomScenarioGenerator.Generate(new RandomScenarioOptions
    {
        Activities = activities, Members = 3 * activities, Capabilities = Math.Max(3, activities / 6),
        HoldersPerCapability = 3, MaxTeamsPerMember = 3, Seed = seed,
    });

    [Property(MaxTest = 12)]
    public Property Every_plan_on_the_tight_family_passes_the_checker()
        => Prop.ForAll(Gen.Choose(0, 10_000).Zip(Gen.Choose(17, 40)).ToArbitrary(), pair =>
        {
            var scenario = Tight(pair.Item2, pair.Item1);
            ResultCheck.AssertSound(scenario, new HeuristicEngine().Solve(PackagingModel.Build(scenario), Options));
        });

    [Property(MaxTest = 12)]
    public Property Every_plan_on_the_random_family_passes_the_checker()
        => Prop.ForAll(Gen.Choose(0, 10_000).Zip(Gen.Choose(17, 80)).ToArbitrary(), pair =>
        {
            var scenario = Random(pair.Item2, pair.Item1);
            ResultCheck.AssertSound(scenario, new HeuristicEngine().Solve(PackagingModel.Build(scenario), Options));
        });

    [Property(MaxTest = 6)]
    public Property The_same_seed_gives_the_same_plan()
    {
        // A deterministic neighbourhood solver (the heuristic itself, which never nests a neighbourhood search on
        // 16 activities) makes the whole run a function of the seed, whatever the machine's speed.
        var engine = new HeuristicEngine(new HeuristicEngine());
        return Prop.ForAll(Gen.Choose(0, 10_000).Zip(Gen.Elements(true, false)).ToArbitrary(), pair =>
        {
            var scenario = pair.Item2 ? Tight(30, pair.Item1) : Random(60, pair.Item1);
            var model = PackagingModel.Build(scenario);
            var options = new SolverOptions { TimeLimit = TimeSpan.FromSeconds(60), Engine = EngineKind.Heuristic, Seed = pair.Item1 };
            var first = engine.Solve(model, options);
            var second = engine.Solve(model, options);
            ResultCheck.AssertSound(scenario, first);
            Assert.Equal(first.Status, second.Status);
            if (first.TryGetPlan(out var plan))
            {
                Assert.Equal(plan, second.Plan);
            }
        });
    }

    [Fact]
    public void The_neighbourhood_search_with_the_exact_engine_never_worsens_a_plan_of_the_plain_heuristic()
    {
        // With a neighbourhood solver that finds nothing, the heuristic is its local search alone; the exact solver
        // may only lower the cut (it accepts equal or better regions).
        var plain = new HeuristicEngine(new NoPlanEngine());
        var withExact = new HeuristicEngine(new ExactEngine());
        foreach (int seed in new[] { 1, 2, 3 })
        {
            var scenario = PlantedScenarioGenerator.Generate(new PlantedScenarioOptions { Activities = 60, Seed = seed, CrossLinksPerActivity = 1 }).Scenario;
            var model = PackagingModel.Build(scenario);
            var options = new SolverOptions { TimeLimit = TimeSpan.FromSeconds(60), Engine = EngineKind.Heuristic, Seed = seed };
            var a = plain.Solve(model, options);
            var b = withExact.Solve(model, options);
            ResultCheck.AssertSound(scenario, a);
            ResultCheck.AssertSound(scenario, b);
            Assert.True(a.HasPlan && b.HasPlan);
            Assert.True(b.Objective <= a.Objective + 1e-9, $"LNS {b.Objective} above local search {a.Objective}");
        }
    }

    [Fact]
    public void A_null_neighbourhood_solver_is_refused()
        => Assert.Throws<ArgumentNullException>(() => new HeuristicEngine(null!));

    /// <summary>A neighbourhood solver that never finds a plan.</summary>
    private sealed class NoPlanEngine : IPackagingEngine
    {
        public string Name => "none";

        public SolveResult Solve(PackagingModel model, SolverOptions options, CancellationToken cancellationToken = default)
            => new(SolveStatus.Unknown, Name, null, null, 0, TimeSpan.Zero);
    }
}
