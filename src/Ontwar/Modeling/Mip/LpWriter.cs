using System.Globalization;
using System.Text;

namespace Ontwar.Modeling.Mip;

/// <summary>
/// Writes a <see cref="MipModel"/> in CPLEX LP format, which CBC (<c>cbc model.lp solve</c>), HiGHS, Gurobi, CPLEX and
/// OR-Tools read. Numbers are written with the invariant culture in their shortest round-trip form.
/// </summary>
/// <remarks>
/// <para>Sections: <c>Minimize</c> with the objective row <c>obj</c>; <c>Subject To</c> with one line per constraint
/// (<c>=</c>, <c>&lt;=</c> or <c>&gt;=</c>); <c>Bounds</c>; <c>Generals</c> listing the integer variables; <c>End</c>.
/// Long rows are wrapped after every eight terms.</para>
/// <para>The LP format has no ranged rows: a constraint with two different finite bounds becomes two rows named
/// <c>NAME_lo</c> (<c>&gt;=</c>) and <c>NAME_up</c> (<c>&lt;=</c>), each made unique like any other name. A row without
/// terms is written with a zero coefficient on the first variable. Bounds are written when they differ from the
/// default <c>[0, +∞)</c>, always for integer variables, and as <c>x &gt;= 0</c> for a variable that appears nowhere
/// else (so that it is not lost).</para>
/// </remarks>
public static class LpWriter
{
    private const int TermsPerLine = 8;

    /// <summary>Writes the model.</summary>
    /// <param name="model">The model.</param>
    /// <param name="writer">Where to write; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">Writing fails.</exception>
    public static void Write(MipModel model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        var names = new HashSet<string>(model.Variables.Select(v => v.Name).Concat(model.Constraints.Select(c => c.Name)), StringComparer.Ordinal)
        {
            MipModelBuilder.ObjectiveName,
        };
        var appears = new bool[model.Variables.Count];

        writer.Write("\\ Problem name: ");
        writer.Write(model.Name);
        writer.Write("\nMinimize\n obj:");
        var objective = model.Variables.Where(v => v.Objective != 0).Select(v => new MipTerm(v.Index, v.Objective)).ToList();
        WriteTerms(writer, model, objective, appears);
        writer.Write('\n');

        writer.Write("Subject To\n");
        foreach (var c in model.Constraints)
        {
            if (c.Lower == c.Upper)
            {
                Row(writer, model, c.Name, c.Terms, "=", c.Lower, appears);
            }
            else if (double.IsNegativeInfinity(c.Lower))
            {
                Row(writer, model, c.Name, c.Terms, "<=", c.Upper, appears);
            }
            else if (double.IsPositiveInfinity(c.Upper))
            {
                Row(writer, model, c.Name, c.Terms, ">=", c.Lower, appears);
            }
            else
            {
                Row(writer, model, Unique(names, c.Name + "_lo"), c.Terms, ">=", c.Lower, appears);
                Row(writer, model, Unique(names, c.Name + "_up"), c.Terms, "<=", c.Upper, appears);
            }
        }

        writer.Write("Bounds\n");
        foreach (var v in model.Variables)
        {
            WriteBounds(writer, v, appears[v.Index]);
        }

        var integers = model.Variables.Where(v => v.IsInteger).ToList();
        if (integers.Count > 0)
        {
            writer.Write("Generals\n");
            for (int i = 0; i < integers.Count; i++)
            {
                writer.Write(i % TermsPerLine == 0 ? (i == 0 ? " " : "\n ") : " ");
                writer.Write(integers[i].Name);
            }

            writer.Write('\n');
        }

        writer.Write("End\n");
    }

    /// <summary>The model as LP text.</summary>
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

    private static string Unique(HashSet<string> names, string name)
    {
        string candidate = name;
        for (int k = 2; !names.Add(candidate); k++)
        {
            candidate = name + "_" + k.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    private static void Row(TextWriter writer, MipModel model, string name, IReadOnlyList<MipTerm> terms, string op, double rhs, bool[] appears)
    {
        writer.Write(' ');
        writer.Write(name);
        writer.Write(':');
        WriteTerms(writer, model, terms, appears);
        writer.Write(' ');
        writer.Write(op);
        writer.Write(' ');
        writer.Write(MpsWriter.Number(rhs));
        writer.Write('\n');
    }

    private static void WriteTerms(TextWriter writer, MipModel model, IReadOnlyList<MipTerm> terms, bool[] appears)
    {
        if (terms.Count == 0)
        {
            writer.Write(" 0 ");
            writer.Write(model.Variables[0].Name);
            return;
        }

        for (int i = 0; i < terms.Count; i++)
        {
            if (i > 0 && i % TermsPerLine == 0)
            {
                writer.Write("\n  ");
            }

            var t = terms[i];
            appears[t.Variable] = true;
            double a = Math.Abs(t.Coefficient);
            writer.Write(t.Coefficient < 0 ? " - " : i == 0 ? " " : " + ");
            if (a != 1)
            {
                writer.Write(MpsWriter.Number(a));
                writer.Write(' ');
            }

            writer.Write(model.Variables[t.Variable].Name);
        }
    }

    private static void WriteBounds(TextWriter writer, MipVariable v, bool appears)
    {
        string name = v.Name;
        if (v.Lower == v.Upper)
        {
            writer.Write($" {name} = {MpsWriter.Number(v.Lower)}\n");
        }
        else if (double.IsNegativeInfinity(v.Lower) && double.IsPositiveInfinity(v.Upper))
        {
            writer.Write($" {name} free\n");
        }
        else if (double.IsPositiveInfinity(v.Upper))
        {
            if (v.Lower != 0 || v.IsInteger || !appears)
            {
                writer.Write($" {name} >= {MpsWriter.Number(v.Lower)}\n");
            }
        }
        else
        {
            string lower = double.IsNegativeInfinity(v.Lower) ? "-inf" : MpsWriter.Number(v.Lower);
            writer.Write($" {lower} <= {name} <= {MpsWriter.Number(v.Upper)}\n");
        }
    }
}
