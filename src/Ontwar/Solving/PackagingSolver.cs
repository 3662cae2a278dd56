using Ontwar.Modeling;
using Ontwar.Solving.CpSat;
using Ontwar.Solving.Exact;
using Ontwar.Solving.Heuristic;

namespace Ontwar.Solving;

/// <summary>
/// The front door: builds the model of a scenario and solves it with the engine the options name.
/// </summary>
/// <remarks>
/// <see cref="EngineKind.Auto"/> picks the CP-SAT engine when the scenario has at most
/// <see cref="AutoExactLimit"/> activity groups (activities bound by together rules count once), because CP-SAT proves
/// such scenarios quickly and otherwise still returns its best plan and bound at the time limit; larger scenarios go
/// to the heuristic engine.
/// </remarks>
public static class PackagingSolver
{
    /// <summary>The largest number of activity groups for which <see cref="EngineKind.Auto"/> uses the exact engine.</summary>
    public const int AutoExactLimit = 150;

    /// <summary>Solves a scenario.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="SolverOptions.Default"/>.</param>
    /// <param name="ignoreRules">Whether to solve the ideal plan, without the scenario's rules.</param>
    /// <param name="cancellationToken">Stops the solve; the best plan so far is returned.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static SolveResult Solve(Scenario scenario, SolverOptions? options = null, bool ignoreRules = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Solve(PackagingModel.Build(scenario, ignoreRules), options, cancellationToken);
    }

    /// <summary>Solves a built model.</summary>
    /// <param name="model">The model.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="SolverOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the solve; the best plan so far is returned.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static SolveResult Solve(PackagingModel model, SolverOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= SolverOptions.Default;
        options.Validate();
        var engine = EngineFor(model, options.Engine);
        var logger = SolverLog.For(options);
        if (logger.IsEnabled(Microsoft.Extensions.Logging.LogLevel.Debug))
        {
            SolverLog.EngineChosen(logger, engine.Name, options.Engine, CountGroups(model), AutoExactLimit);
        }

        return engine.Solve(model, options, cancellationToken);
    }

    /// <summary>The engine a kind stands for on a given model.</summary>
    /// <param name="model">The model.</param>
    /// <param name="kind">The kind.</param>
    /// <returns>The engine.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    public static IPackagingEngine EngineFor(PackagingModel model, EngineKind kind)
    {
        ArgumentNullException.ThrowIfNull(model);
        return kind switch
        {
            EngineKind.Exact or EngineKind.CpSat => new CpSatEngine(),
            EngineKind.BranchAndBound => new ExactEngine(),
            EngineKind.Heuristic => new HeuristicEngine(),
            EngineKind.Auto => CountGroups(model) <= AutoExactLimit ? new CpSatEngine() : new HeuristicEngine(),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private static int CountGroups(PackagingModel model)
    {
        int groups = 0;
        for (int a = 0; a < model.ActivityCount; a++)
        {
            if (model.TogetherGroup(a) == a)
            {
                groups++;
            }
        }

        return groups;
    }
}
