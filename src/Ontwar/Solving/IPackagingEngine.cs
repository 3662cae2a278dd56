using Ontwar.Modeling;

namespace Ontwar.Solving;

/// <summary>
/// Something that solves a <see cref="PackagingModel"/>: Ontwar's own exact and heuristic engines, the CP-SAT
/// engine, the MIP engine (CBC, SCIP or HiGHS through OR-Tools), and any future backend.
/// </summary>
/// <remarks>Implementations are stateless between calls and safe to use from several threads at once.</remarks>
public interface IPackagingEngine
{
    /// <summary>A short name for reports, for example <c>ontwar-exact</c>.</summary>
    string Name { get; }

    /// <summary>Solves the model.</summary>
    /// <param name="model">The built model.</param>
    /// <param name="options">Limits and seed; validated by the engine.</param>
    /// <param name="cancellationToken">Stops the solve; the best plan so far is returned with status feasible or unknown.</param>
    /// <returns>The result; never null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid.</exception>
    SolveResult Solve(PackagingModel model, SolverOptions options, CancellationToken cancellationToken = default);
}
