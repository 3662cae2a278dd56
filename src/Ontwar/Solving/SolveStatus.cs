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
    /// <summary>CP-SAT when the scenario is small enough to state whole, the heuristic engine otherwise (see <c>docs/engines.md</c>).</summary>
    Auto = 0,

    /// <summary>The exact engine: the default exact engine, CP-SAT (<see cref="CpSat"/>).</summary>
    Exact = 1,

    /// <summary>Ontwar's anytime local-search engine: fast on large scenarios, never claims optimality by itself.</summary>
    Heuristic = 2,

    /// <summary>The OR-Tools CP-SAT engine: proves optimality or infeasibility, or stops at the limit with a plan and a bound.</summary>
    CpSat = 3,

    /// <summary>Ontwar's own branch and bound over groupings (kept as a second exact engine for cross-checks).</summary>
    BranchAndBound = 4,
}
