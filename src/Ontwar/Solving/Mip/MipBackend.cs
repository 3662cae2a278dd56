namespace Ontwar.Solving.Mip;

/// <summary>
/// The mixed-integer solver behind <see cref="MipEngine"/>. All three ship inside Google OR-Tools' native runtime
/// (reached through its <c>MPSolver</c>), so none needs a system package.
/// </summary>
public enum MipBackend
{
    /// <summary>COIN-OR CBC (the default): branch and cut on CLP. Engine name <c>cbc</c>.</summary>
    Cbc,

    /// <summary>SCIP: constraint integer programming with its own LP solver. Engine name <c>scip</c>.</summary>
    Scip,

    /// <summary>HiGHS: the MIP solver of the HiGHS project. Engine name <c>highs</c>.</summary>
    Highs,
}
