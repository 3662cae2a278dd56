namespace Ontwar.Solving;

/// <summary>What a solve proved (contract section 2, <c>status</c>).</summary>
public enum SolveStatus
{
    /// <summary>No plan was found within the limits, and infeasibility was not proven either.</summary>
    Unknown = 0,

    /// <summary>A plan meeting every hard constraint was found; it is not proven optimal.</summary>
    Feasible = 1,

    /// <summary>A plan was found and proven to have the smallest cut weight.</summary>
    Optimal = 2,

    /// <summary>It was proven that no plan meets the hard constraints; the diagnostics say why.</summary>
    Infeasible = 3,
}

/// <summary>Which engine solves a model.</summary>
public enum EngineKind
{
    /// <summary>Exact when the scenario is small enough to prove, heuristic otherwise (see <c>docs/engines.md</c>).</summary>
    Auto = 0,

    /// <summary>Ontwar's branch-and-bound engine: proves optimality, or stops at the limit with a plan and a bound.</summary>
    Exact = 1,

    /// <summary>Ontwar's anytime local-search engine: fast on large scenarios, never claims optimality by itself.</summary>
    Heuristic = 2,
}
