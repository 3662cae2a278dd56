using Ontwar.Generation;
using Ontwar.Modeling;

namespace Ontwar.Benchmarks.Comparison;

/// <summary>A generated scenario of the catalogue, with its model and, for planted ones, the planted cut.</summary>
internal sealed class BenchmarkScenario
{
    internal BenchmarkScenario(string kind, int size, int seed, Scenario scenario, double? plantedCut)
    {
        Kind = kind;
        Size = size;
        Seed = seed;
        Scenario = scenario;
        PlantedCut = plantedCut;
        Model = PackagingModel.Build(scenario);
    }

    /// <summary><c>planted</c>, <c>random</c> or <c>tight</c>.</summary>
    internal string Kind { get; }

    /// <summary>Number of activities.</summary>
    internal int Size { get; }

    internal int Seed { get; }

    internal Scenario Scenario { get; }

    /// <summary>The model (built once, for the peers that need indices).</summary>
    internal PackagingModel Model { get; }

    /// <summary>The cut of the planted plan, for planted and tight scenarios.</summary>
    internal double? PlantedCut { get; }

    internal string Name => $"{Kind} {Size}";
}

/// <summary>A catalogue entry: generated only when its turn comes, so that large scenarios are not all in memory at once.</summary>
internal sealed record CatalogueEntry(string Kind, int Size, int Seed)
{
    internal BenchmarkScenario Generate()
    {
        if (Kind == ScenarioCatalogue.Planted)
        {
            var planted = PlantedScenarioGenerator.Generate(new PlantedScenarioOptions { Activities = Size, Seed = Seed });
            return new BenchmarkScenario(Kind, Size, Seed, planted.Scenario, planted.PlantedCut);
        }

        if (Kind == ScenarioCatalogue.Tight)
        {
            var tight = TightScenarioGenerator.Generate(new TightScenarioOptions { Activities = Size, Seed = Seed });
            return new BenchmarkScenario(Kind, Size, Seed, tight.Scenario, tight.PlantedCut);
        }

        return new BenchmarkScenario(Kind, Size, Seed, RandomScenarioGenerator.Generate(RandomOptions(Size, Seed)), null);
    }

    /// <summary>
    /// The library's random scenarios, with a capability pool that grows with the size (n/6, so that no single team
    /// covers everything and a plan needs many packages) and members to spare: three candidates per activity, each
    /// capability held by at least three of them, each member in up to three teams.
    /// </summary>
    internal static RandomScenarioOptions RandomOptions(int size, int seed)
=> new()
        {
            Activities = size,
            Members = 3 * size,
            Capabilities = Math.Max(3, size / 6),
            HoldersPerCapability = 3,
            MaxTeamsPerMember = 3,
            Seed = seed,
        };
}

/// <summary>
/// The scenarios of the comparison: planted (<see cref="PlantedScenarioGenerator"/>, a known good plan), random
/// (<see cref="RandomScenarioGenerator"/>, no structure) and tight (<see cref="TightScenarioGenerator"/>, a known plan
/// whose teams have hours only 10 to 25 % above the workload), sizes 10 to 100 000 activities, fixed seeds.
/// </summary>
internal static class ScenarioCatalogue
{
    internal const string Planted = "planted";
    internal const string Random = "random";
    internal const string Tight = "tight";

    /// <summary>Sizes of the full run.</summary>
    internal static readonly int[] FullSizes = [10, 30, 100, 1_000, 10_000, 100_000];

    /// <summary>Sizes of the quick run (about a minute or two).</summary>
    internal static readonly int[] QuickSizes = [10, 30, 1_000];

    /// <summary>The entries, small to large, planted, random, then tight at each size; seed 1 throughout.</summary>
    internal static IReadOnlyList<CatalogueEntry> Entries(bool quick, int? maxSize = null)
        => (quick ? QuickSizes : FullSizes)
            .Where(n => maxSize is not { } max || n <= max)
            .SelectMany(n => new[] { new CatalogueEntry(Planted, n, 1), new CatalogueEntry(Random, n, 1), new CatalogueEntry(Tight, n, 1) })
            .ToList();
}
