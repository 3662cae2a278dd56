using Ontwar.Modeling;
using Ontwar.Solving;
using Ontwar.Tests.Shared;
using Xunit.Sdk;

namespace Ontwar.Tests.Solving.Support;

/// <summary>Holds an exact engine against the brute-force oracle (the branch-and-bound and CP-SAT engine tests share it).</summary>
public static class OracleAgreement
{
    private static readonly SolverOptions Options = TestShapes.Generous(EngineKind.Exact);

    /// <summary>Solves every scenario of a batch with and without its rules; fails on the first disagreement.</summary>
    /// <param name="engine">The exact engine.</param>
    /// <param name="batch">The scenarios.</param>
    /// <returns>How many solves were feasible and how many infeasible, so a property can check both are represented.</returns>
    public static (int Feasible, int Infeasible) Count(IPackagingEngine engine, IEnumerable<Scenario> batch)
    {
        int feasible = 0, infeasible = 0;
        foreach (var s in batch)
        {
            foreach (bool ideal in new[] { false, true })
            {
                if (Agrees(engine, s, ideal))
                {
                    feasible++;
                }
                else
                {
                    infeasible++;
                }
            }
        }

        return (feasible, infeasible);
    }

    /// <summary>Solves with the engine and compares with the oracle; returns whether the scenario is feasible.</summary>
    public static bool Agrees(IPackagingEngine engine, Scenario s, bool ideal)
    {
        var oracle = BruteForceOracle.Solve(s, ideal);
        var result = engine.Solve(PackagingModel.Build(s, ideal), Options);
        ResultCheck.AssertSound(s, result, ideal);
        string context = $"(ideal {ideal}; oracle {(oracle.Feasible ? oracle.Optimum : "infeasible")}; engine {result.Status} {result.Objective}; "
                         + $"diagnostics {string.Join(" | ", result.Diagnostics.Select(d => d.Code + ": " + d.Message))})\n"
                         + IndependentPlanCheck.Describe(s);
        if (!oracle.Feasible)
        {
            if (result.Status != SolveStatus.Infeasible)
            {
                throw new XunitException("The oracle finds no plan but the engine does not say infeasible " + context);
            }

            return false;
        }

        if (result.Status != SolveStatus.Optimal)
        {
            throw new XunitException("The engine does not prove the optimum of a tiny feasible scenario " + context);
        }

        if (Math.Abs(result.Objective!.Value - oracle.Optimum) > 1e-9)
        {
            throw new XunitException("The engine's optimum differs from the oracle's " + context);
        }

        return true;
    }
}
