using Ontwar.Solving;
using Ontwar.Tests.Support;

namespace Ontwar.Tests.Solving.Support;

/// <summary>Shapes and options shared by the engine tests.</summary>
public static class TestShapes
{
    /// <summary>Tiny scenarios the oracle enumerates in milliseconds.</summary>
    public static readonly ScenarioGen.Shape Tiny = new(MaxActivities: 5, MaxMembers: 6, MaxTeamSize: 3);

    /// <summary>Options with a generous limit that tiny scenarios never reach.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The options.</returns>
    public static SolverOptions Generous(EngineKind engine, int seed = 0)
        => new() { TimeLimit = TimeSpan.FromSeconds(10), Engine = engine, Seed = seed };
}
