using Ontwar.Plans;

namespace Ontwar.Benchmarks.Comparison;

/// <summary>Whether a peer can run here: the program found, or how to install it.</summary>
/// <param name="IsAvailable">Whether the peer can run.</param>
/// <param name="Detail">The program path and version when available; otherwise what is missing and how to get it.</param>
internal sealed record PeerAvailability(bool IsAvailable, string Detail);

/// <summary>What a peer is given besides the scenario.</summary>
/// <param name="TimeLimit">The time limit every engine and solver gets.</param>
/// <param name="Seed">The seed for peers that draw random numbers.</param>
/// <param name="PackageCount">The number of packages in the plan of Ontwar's default engine (METIS's k), when there is one.</param>
/// <param name="WorkDirectory">A directory for the peer's files.</param>
internal sealed record PeerContext(TimeSpan TimeLimit, int Seed, int? PackageCount, string WorkDirectory);

/// <summary>
/// What a peer returned: a plan with teams (Ontwar's engines, CBC), or only a partition of the activities (METIS,
/// Louvain), which the harness then tries to staff. <paramref name="Elapsed"/> is wall time from the scenario to the
/// answer: model building, writing the peer's input, the run, and reading its output.
/// </summary>
/// <param name="Status">optimal, feasible, infeasible, unknown, partition, or failed.</param>
/// <param name="Plan">The plan, for peers that staff.</param>
/// <param name="PackageOf">Part label per activity, for partitioning peers.</param>
/// <param name="Elapsed">Wall time.</param>
/// <param name="Note">Anything worth reporting (timeouts, errors).</param>
internal sealed record PeerRun(string Status, Plan? Plan, int[]? PackageOf, TimeSpan Elapsed, string? Note = null);

/// <summary>One engine or outside program the harness compares.</summary>
internal interface IPeer
{
    /// <summary>The name in the tables.</summary>
    string Name { get; }

    /// <summary>Whether the peer's program is present; when not, how to install it.</summary>
    PeerAvailability CheckAvailability();

    /// <summary>Why the peer is not run on this scenario (too large for it), or null to run it.</summary>
    string? NotRunReason(BenchmarkScenario scenario);

    /// <summary>Runs the peer.</summary>
    PeerRun Run(BenchmarkScenario scenario, PeerContext context);
}
