namespace Ontwar.Modeling.Mip;

/// <summary>
/// A solver-neutral mixed-integer linear program: variables with bounds, integrality and an objective coefficient, and
/// linear constraints <c>lower &lt;= Σ coefficient · variable &lt;= upper</c>; the objective is minimised. Built with
/// <see cref="MipModelBuilder"/>, written with <see cref="MpsWriter"/> or <see cref="LpWriter"/>, solved by any MIP
/// solver (the MIP engine in <c>Ontwar.Solving.Mip</c> loads it into OR-Tools' MPSolver). Immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// Names are already sanitised and unique (see <see cref="MipModelBuilder"/>), so every writer can use them as they are.
/// Infinite bounds are <see cref="double.NegativeInfinity"/> and <see cref="double.PositiveInfinity"/>.
/// </remarks>
public sealed class MipModel
{
    internal MipModel(string name, MipVariable[] variables, MipConstraint[] constraints)
    {
        Name = name;
        Variables = Array.AsReadOnly(variables);
        Constraints = Array.AsReadOnly(constraints);
        NonZeroCount = constraints.Sum(c => c.Terms.Count);
        IntegerCount = variables.Count(v => v.IsInteger);
    }

    /// <summary>The problem name (sanitised like every other name).</summary>
    public string Name { get; }

    /// <summary>The variables (columns); variable <c>i</c> has <see cref="MipVariable.Index"/> <c>i</c>.</summary>
    public IReadOnlyList<MipVariable> Variables { get; }

    /// <summary>The constraints (rows); constraint <c>i</c> has <see cref="MipConstraint.Index"/> <c>i</c>.</summary>
    public IReadOnlyList<MipConstraint> Constraints { get; }

    /// <summary>Number of non-zero coefficients in the constraint matrix.</summary>
    public int NonZeroCount { get; }

    /// <summary>Number of integer variables.</summary>
    public int IntegerCount { get; }

    /// <summary>The objective value of a vector of variable values.</summary>
    /// <param name="values">One value per variable.</param>
    /// <returns><c>Σ objective_j · values_j</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="values"/> does not have one value per variable.</exception>
    public double ObjectiveValue(ReadOnlySpan<double> values)
    {
        CheckLength(values);
        double sum = 0;
        for (int j = 0; j < Variables.Count; j++)
        {
            sum += Variables[j].Objective * values[j];
        }

        return sum;
    }

    /// <summary>
    /// The largest violation by a vector of values of any bound, integrality requirement or constraint: 0 when the
    /// vector is feasible.
    /// </summary>
    /// <param name="values">One value per variable.</param>
    /// <returns>The largest absolute violation.</returns>
    /// <exception cref="ArgumentException"><paramref name="values"/> does not have one value per variable.</exception>
    public double MaxViolation(ReadOnlySpan<double> values)
    {
        CheckLength(values);
        double worst = 0;
        for (int j = 0; j < Variables.Count; j++)
        {
            var v = Variables[j];
            double x = values[j];
            if (double.IsNaN(x))
            {
                return double.PositiveInfinity;
            }

            worst = Math.Max(worst, Math.Max(v.Lower - x, x - v.Upper));
            if (v.IsInteger)
            {
                worst = Math.Max(worst, Math.Abs(x - Math.Round(x)));
            }
        }

        foreach (var c in Constraints)
        {
            double activity = 0;
            foreach (var t in c.Terms)
            {
                activity += t.Coefficient * values[t.Variable];
            }

            worst = Math.Max(worst, Math.Max(c.Lower - activity, activity - c.Upper));
        }

        return worst;
    }

    /// <summary>The constraint matrix in compressed sparse column form (what most solver APIs load).</summary>
    /// <returns>Column starts (one more than there are variables), row indices and coefficients.</returns>
    internal (int[] Starts, int[] Rows, double[] Values) ToColumnMajor()
    {
        var starts = new int[Variables.Count + 1];
        foreach (var c in Constraints)
        {
            foreach (var t in c.Terms)
            {
                starts[t.Variable + 1]++;
            }
        }

        for (int j = 0; j < Variables.Count; j++)
        {
            starts[j + 1] += starts[j];
        }

        var fill = (int[])starts.Clone();
        var rows = new int[NonZeroCount];
        var values = new double[NonZeroCount];
        foreach (var c in Constraints)
        {
            foreach (var t in c.Terms)
            {
                int k = fill[t.Variable]++;
                rows[k] = c.Index;
                values[k] = t.Coefficient;
            }
        }

        return (starts, rows, values);
    }

    /// <inheritdoc/>
    public override string ToString()
        => $"{Name}: {Variables.Count} variables ({IntegerCount} integer), {Constraints.Count} constraints, {NonZeroCount} non-zeros";

    private void CheckLength(ReadOnlySpan<double> values)
    {
        if (values.Length != Variables.Count)
        {
            throw new ArgumentException($"Expected {Variables.Count} values, one per variable; got {values.Length}.", nameof(values));
        }
    }
}

/// <summary>A variable (column) of a <see cref="MipModel"/>. Immutable.</summary>
public sealed class MipVariable
{
    internal MipVariable(int index, string name, double lower, double upper, bool isInteger, double objective)
    {
        Index = index;
        Name = name;
        Lower = lower;
        Upper = upper;
        IsInteger = isInteger;
        Objective = objective;
    }

    /// <summary>Position in <see cref="MipModel.Variables"/>.</summary>
    public int Index { get; }

    /// <summary>The sanitised, unique name.</summary>
    public string Name { get; }

    /// <summary>Lower bound; <see cref="double.NegativeInfinity"/> for none.</summary>
    public double Lower { get; }

    /// <summary>Upper bound; <see cref="double.PositiveInfinity"/> for none.</summary>
    public double Upper { get; }

    /// <summary>Whether the variable must take an integer value.</summary>
    public bool IsInteger { get; }

    /// <summary>Whether the variable is an integer between 0 and 1.</summary>
    public bool IsBinary => IsInteger && Lower == 0 && Upper == 1;

    /// <summary>The objective coefficient (the objective is minimised).</summary>
    public double Objective { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Name} in [{Lower}, {Upper}]{(IsInteger ? " integer" : string.Empty)}";
}

/// <summary>A linear constraint (row) <c>Lower &lt;= Σ terms &lt;= Upper</c> of a <see cref="MipModel"/>. Immutable.</summary>
public sealed class MipConstraint
{
    internal MipConstraint(int index, string name, MipTerm[] terms, double lower, double upper)
    {
        Index = index;
        Name = name;
        Terms = Array.AsReadOnly(terms);
        Lower = lower;
        Upper = upper;
    }

    /// <summary>Position in <see cref="MipModel.Constraints"/>.</summary>
    public int Index { get; }

    /// <summary>The sanitised, unique name.</summary>
    public string Name { get; }

    /// <summary>The non-zero terms, ordered by variable, each variable at most once.</summary>
    public IReadOnlyList<MipTerm> Terms { get; }

    /// <summary>Lower bound of the row activity; <see cref="double.NegativeInfinity"/> for none.</summary>
    public double Lower { get; }

    /// <summary>Upper bound of the row activity; <see cref="double.PositiveInfinity"/> for none.</summary>
    public double Upper { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Name}: {Lower} <= {Terms.Count} terms <= {Upper}";
}

/// <summary>One term <c>Coefficient · variable</c> of a linear constraint.</summary>
/// <param name="Variable">The variable's index.</param>
/// <param name="Coefficient">The coefficient; finite.</param>
public readonly record struct MipTerm(int Variable, double Coefficient);
