using System.Globalization;
using System.Text;

namespace Ontwar.Modeling.Mip;

/// <summary>
/// Writes a <see cref="MipModel"/> in free MPS format, which CBC (<c>cbc model.mps solve</c>), HiGHS, Gurobi, CPLEX
/// and OR-Tools read. Numbers are written with the invariant culture in their shortest round-trip form.
/// </summary>
/// <remarks>
/// <para>Layout: <c>NAME</c>; <c>ROWS</c> with the objective row <c>obj</c> (type <c>N</c>) first, then one row per
/// constraint — <c>E</c> when both bounds are equal, <c>L</c> with only an upper bound, <c>G</c> with only a lower
/// bound, and <c>G</c> plus a <c>RANGES</c> entry <c>upper − lower</c> when both are finite; <c>COLUMNS</c> with the
/// objective coefficient and the row coefficients of every column (a column without any gets an explicit zero
/// objective entry so that it is not lost), integer columns between <c>'MARKER' 'INTORG'</c> and
/// <c>'MARKER' 'INTEND'</c>; <c>RHS</c> with the non-zero right-hand sides; <c>BOUNDS</c>.</para>
/// <para>Integer columns always get explicit bounds (<c>UP</c>, or <c>PL</c> when unbounded), because readers
/// disagree on the default upper bound of a column between integer markers. Other bounds are written only when they
/// differ from the default <c>[0, +∞)</c>: <c>FX</c>, <c>FR</c>, <c>MI</c>, <c>LO</c>, <c>UP</c>.</para>
/// </remarks>
public static class MpsWriter
{
    /// <summary>Writes the model.</summary>
    /// <param name="model">The model.</param>
    /// <param name="writer">Where to write; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">Writing fails.</exception>
    public static void Write(MipModel model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        const string obj = MipModelBuilder.ObjectiveName;

        writer.Write("NAME ");
        writer.Write(model.Name);
        writer.Write('\n');
        writer.Write("ROWS\n");
        writer.Write(" N  " + obj + "\n");
        foreach (var c in model.Constraints)
        {
            char type = c.Lower == c.Upper ? 'E' : double.IsNegativeInfinity(c.Lower) ? 'L' : 'G';
            writer.Write(' ');
            writer.Write(type);
            writer.Write("  ");
            writer.Write(c.Name);
            writer.Write('\n');
        }

        writer.Write("COLUMNS\n");
        var (starts, rows, values) = model.ToColumnMajor();
        bool inInteger = false;
        foreach (var v in model.Variables)
        {
            if (v.IsInteger != inInteger)
            {
                writer.Write(v.IsInteger ? "    MARKER  'MARKER'  'INTORG'\n" : "    MARKER  'MARKER'  'INTEND'\n");
                inInteger = v.IsInteger;
            }

            if (v.Objective != 0 || starts[v.Index] == starts[v.Index + 1])
            {
                Entry(writer, v.Name, obj, v.Objective);
            }

            for (int k = starts[v.Index]; k < starts[v.Index + 1]; k++)
            {
                Entry(writer, v.Name, model.Constraints[rows[k]].Name, values[k]);
            }
        }

        if (inInteger)
        {
            writer.Write("    MARKER  'MARKER'  'INTEND'\n");
        }

        writer.Write("RHS\n");
        foreach (var c in model.Constraints)
        {
            double rhs = double.IsNegativeInfinity(c.Lower) ? c.Upper : c.Lower;
            if (rhs != 0)
            {
                Entry(writer, "RHS", c.Name, rhs);
            }
        }

        var ranged = model.Constraints.Where(c => c.Lower != c.Upper && double.IsFinite(c.Lower) && double.IsFinite(c.Upper)).ToList();
        if (ranged.Count > 0)
        {
            writer.Write("RANGES\n");
            foreach (var c in ranged)
            {
                Entry(writer, "RNG", c.Name, c.Upper - c.Lower);
            }
        }

        writer.Write("BOUNDS\n");
        foreach (var v in model.Variables)
        {
            WriteBounds(writer, v);
        }

        writer.Write("ENDATA\n");
    }

    /// <summary>The model as MPS text.</summary>
    /// <param name="model">The model.</param>
    /// <returns>The text, lines ending in <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    public static string WriteToString(MipModel model) => MipText.ToText(model, Write);

    /// <summary>Writes the model to a file (UTF-8 without byte-order mark), replacing it if it exists.</summary>
    /// <param name="model">The model.</param>
    /// <param name="path">The file path.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">Writing fails.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be written.</exception>
    public static void WriteFile(MipModel model, string path) => MipText.ToFile(model, path, Write);

    internal static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static void Entry(TextWriter writer, string first, string second, double value)
    {
        writer.Write("    ");
        writer.Write(first);
        writer.Write("  ");
        writer.Write(second);
        writer.Write("  ");
        writer.Write(Number(value));
        writer.Write('\n');
    }

    private static void WriteBounds(TextWriter writer, MipVariable v)
    {
        if (v.Lower == v.Upper)
        {
            Bound(writer, "FX", v.Name, v.Lower);
            return;
        }

        if (double.IsNegativeInfinity(v.Lower) && double.IsPositiveInfinity(v.Upper))
        {
            Bound(writer, "FR", v.Name, null);
            return;
        }

        if (double.IsNegativeInfinity(v.Lower))
        {
            Bound(writer, "MI", v.Name, null);
        }
        else if (v.Lower != 0)
        {
            Bound(writer, "LO", v.Name, v.Lower);
        }

        if (!double.IsPositiveInfinity(v.Upper))
        {
            Bound(writer, "UP", v.Name, v.Upper);
        }
        else if (v.IsInteger)
        {
            Bound(writer, "PL", v.Name, null);
        }
    }

    private static void Bound(TextWriter writer, string type, string name, double? value)
    {
        writer.Write(' ');
        writer.Write(type);
        writer.Write(" BND  ");
        writer.Write(name);
        if (value is { } x)
        {
            writer.Write("  ");
            writer.Write(Number(x));
        }

        writer.Write('\n');
    }
}
