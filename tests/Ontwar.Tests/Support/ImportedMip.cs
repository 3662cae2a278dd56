using Google.OrTools.ModelBuilder;

namespace Ontwar.Tests.Support;

/// <summary>
/// An exported MPS file read back by OR-Tools' own MPS reader (ModelBuilder's <c>ImportFromMpsString</c>, independent of
/// Ontwar's writer and of the MIP engine's loading) and solved with SCIP. OR-Tools 9.15's <c>ImportFromMpsFile</c>
/// fails on every file here, so the text is read first; its LP reader is not a CPLEX LP reader, so LP files are not
/// read back.
/// </summary>
/// <param name="Status">The solver's status.</param>
/// <param name="Objective">The objective value (meaningful with a solution).</param>
/// <param name="Rows">The constraint names as read.</param>
/// <param name="Columns">Each variable's name as read, with its value in the solution (0 without one).</param>
public sealed record ImportedMip(SolveStatus Status, double Objective, IReadOnlyList<string> Rows, IReadOnlyDictionary<string, double> Columns)
{
    /// <summary>Reads the MPS file and solves it.</summary>
    /// <param name="file">The exported file.</param>
    /// <returns>What the reader and the solver saw.</returns>
    /// <exception cref="InvalidOperationException">OR-Tools cannot read the file.</exception>
    public static ImportedMip Solve(string file)
    {
        var model = new Model();
        if (!model.ImportFromMpsString(File.ReadAllText(file)))
        {
            throw new InvalidOperationException("OR-Tools could not read " + file);
        }

        var solver = new Solver("scip");
        solver.SetTimeLimitInSeconds(60);
        var status = solver.Solve(model);
        bool solved = status is SolveStatus.OPTIMAL or SolveStatus.FEASIBLE;
        var rows = Enumerable.Range(0, model.ConstraintsCount()).Select(i => model.ConstraintFromIndex(i).Name).ToList();
        var columns = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int j = 0; j < model.VariablesCount(); j++)
        {
            var variable = model.VarFromIndex(j);
            columns.Add(variable.Name, solved ? solver.Value(variable) : 0);
        }

        return new ImportedMip(status, solved ? solver.ObjectiveValue : double.NaN, rows, columns);
    }
}
