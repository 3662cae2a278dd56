using System.Text;

namespace Ontwar.Modeling.Mip;

/// <summary>
/// Builds a <see cref="MipModel"/> variable by variable and row by row. Not thread-safe; <see cref="Build"/> returns an
/// immutable model and the builder may be used further afterwards.
/// </summary>
/// <remarks>
/// <para>Names are sanitised so that MPS and LP readers accept them: characters other than ASCII letters, digits and
/// <c>_</c> become <c>_</c>; a name that is empty, starts with a digit or with <c>e</c>/<c>E</c> (LP readers take it for
/// an exponent), or equals an LP keyword (<c>st</c>, <c>bounds</c>, <c>free</c>, <c>inf</c>, …) gets a leading <c>_</c>;
/// names are cut to 240 characters. Variables and constraints share one name space, in which <c>obj</c> (the objective
/// row) is reserved; a name already taken gets the first free suffix <c>_2</c>, <c>_3</c>, ….</para>
/// <para>Terms of one row that name the same variable are added up; zero coefficients are dropped.</para>
/// </remarks>
public sealed class MipModelBuilder
{
    /// <summary>The name of the objective row in exported files; no variable or constraint gets it.</summary>
    public const string ObjectiveName = "obj";

    private const int MaxNameLength = 240;

    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "st", "subject", "to", "such", "that", "min", "max", "minimize", "maximize", "minimise", "maximise",
        "minimum", "maximum", "bound", "bounds", "free", "inf", "infinity", "gen", "general", "generals", "integer",
        "integers", "bin", "binary", "binaries", "semi", "semis", "semi-continuous", "sos", "end",
        ObjectiveName,
    };

    private readonly string _name;
    private readonly List<MipVariable> _variables = [];
    private readonly List<MipConstraint> _constraints = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal) { ObjectiveName };

    /// <summary>Creates an empty builder.</summary>
    /// <param name="name">The problem name; sanitised like the other names.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public MipModelBuilder(string name = "ontwar")
    {
        ArgumentNullException.ThrowIfNull(name);
        _name = Sanitize(name);
    }

    /// <summary>Number of variables added so far.</summary>
    public int VariableCount => _variables.Count;

    /// <summary>Number of constraints added so far.</summary>
    public int ConstraintCount => _constraints.Count;

    /// <summary>Adds a variable.</summary>
    /// <param name="name">Its name; sanitised and made unique.</param>
    /// <param name="lower">Lower bound; not NaN, not +∞.</param>
    /// <param name="upper">Upper bound; not NaN, not −∞, at least <paramref name="lower"/>.</param>
    /// <param name="isInteger">Whether it must be an integer.</param>
    /// <param name="objective">Objective coefficient; finite.</param>
    /// <returns>The variable's index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A bound or the objective coefficient is invalid.</exception>
    public int AddVariable(string name, double lower, double upper, bool isInteger, double objective = 0)
    {
        ArgumentNullException.ThrowIfNull(name);
        CheckBounds(lower, upper, nameof(lower), nameof(upper));
        if (!double.IsFinite(objective))
        {
            throw new ArgumentOutOfRangeException(nameof(objective), objective, "The objective coefficient must be finite.");
        }

        var v = new MipVariable(_variables.Count, Unique(name), lower, upper, isInteger, objective);
        _variables.Add(v);
        return v.Index;
    }

    /// <summary>Adds a binary (0/1 integer) variable.</summary>
    /// <param name="name">Its name; sanitised and made unique.</param>
    /// <param name="objective">Objective coefficient; finite.</param>
    /// <returns>The variable's index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="objective"/> is not finite.</exception>
    public int AddBinary(string name, double objective = 0) => AddVariable(name, 0, 1, true, objective);

    /// <summary>Adds a continuous variable.</summary>
    /// <param name="name">Its name; sanitised and made unique.</param>
    /// <param name="lower">Lower bound; not NaN, not +∞.</param>
    /// <param name="upper">Upper bound; not NaN, not −∞, at least <paramref name="lower"/>.</param>
    /// <param name="objective">Objective coefficient; finite.</param>
    /// <returns>The variable's index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A bound or the objective coefficient is invalid.</exception>
    public int AddContinuous(string name, double lower, double upper, double objective = 0)
        => AddVariable(name, lower, upper, false, objective);

    /// <summary>Adds the constraint <c>lower &lt;= Σ terms &lt;= upper</c>.</summary>
    /// <param name="name">Its name; sanitised and made unique.</param>
    /// <param name="terms">The terms; variables must exist, coefficients be finite; repeated variables add up.</param>
    /// <param name="lower">Lower bound; −∞ for none; not NaN, not +∞.</param>
    /// <param name="upper">Upper bound; +∞ for none; not NaN, not −∞, at least <paramref name="lower"/>.</param>
    /// <returns>The constraint's index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A term names an unknown variable or has a non-finite coefficient, or a bound is invalid.</exception>
    /// <exception cref="ArgumentException">Both bounds are infinite (the row would constrain nothing).</exception>
    public int AddConstraint(string name, ReadOnlySpan<MipTerm> terms, double lower, double upper)
    {
        ArgumentNullException.ThrowIfNull(name);
        CheckBounds(lower, upper, nameof(lower), nameof(upper));
        if (double.IsNegativeInfinity(lower) && double.IsPositiveInfinity(upper))
        {
            throw new ArgumentException($"Constraint '{name}' needs at least one finite bound.", nameof(lower));
        }

        var merged = new SortedDictionary<int, double>();
        foreach (var t in terms)
        {
            if ((uint)t.Variable >= (uint)_variables.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(terms), t.Variable, $"Constraint '{name}' names variable {t.Variable}, but there are {_variables.Count}.");
            }

            if (!double.IsFinite(t.Coefficient))
            {
                throw new ArgumentOutOfRangeException(nameof(terms), t.Coefficient, $"Constraint '{name}' has a coefficient that is not finite.");
            }

            merged[t.Variable] = merged.GetValueOrDefault(t.Variable) + t.Coefficient;
        }

        var kept = merged.Where(p => p.Value != 0).Select(p => new MipTerm(p.Key, p.Value)).ToArray();
        var c = new MipConstraint(_constraints.Count, Unique(name), kept, lower, upper);
        _constraints.Add(c);
        return c.Index;
    }

    /// <summary>Adds the constraint <c>Σ terms &lt;= upper</c>.</summary>
    /// <param name="name">Its name.</param>
    /// <param name="terms">The terms.</param>
    /// <param name="upper">The finite right-hand side.</param>
    /// <returns>The constraint's index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A term is invalid, or <paramref name="upper"/> is not finite.</exception>
    public int AddLessOrEqual(string name, ReadOnlySpan<MipTerm> terms, double upper)
        => double.IsFinite(upper)
            ? AddConstraint(name, terms, double.NegativeInfinity, upper)
            : throw new ArgumentOutOfRangeException(nameof(upper), upper, "The right-hand side must be finite.");

    /// <summary>Adds the constraint <c>Σ terms &gt;= lower</c>.</summary>
    /// <param name="name">Its name.</param>
    /// <param name="terms">The terms.</param>
    /// <param name="lower">The finite right-hand side.</param>
    /// <returns>The constraint's index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A term is invalid, or <paramref name="lower"/> is not finite.</exception>
    public int AddGreaterOrEqual(string name, ReadOnlySpan<MipTerm> terms, double lower)
        => double.IsFinite(lower)
            ? AddConstraint(name, terms, lower, double.PositiveInfinity)
            : throw new ArgumentOutOfRangeException(nameof(lower), lower, "The right-hand side must be finite.");

    /// <summary>Adds the constraint <c>Σ terms = value</c>.</summary>
    /// <param name="name">Its name.</param>
    /// <param name="terms">The terms.</param>
    /// <param name="value">The finite right-hand side.</param>
    /// <returns>The constraint's index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A term is invalid, or <paramref name="value"/> is not finite.</exception>
    public int AddEqual(string name, ReadOnlySpan<MipTerm> terms, double value)
        => double.IsFinite(value)
            ? AddConstraint(name, terms, value, value)
            : throw new ArgumentOutOfRangeException(nameof(value), value, "The right-hand side must be finite.");

    /// <summary>Creates the immutable model of everything added so far.</summary>
    /// <returns>The model.</returns>
    /// <exception cref="InvalidOperationException">No variable was added.</exception>
    public MipModel Build()
    {
        if (_variables.Count == 0)
        {
            throw new InvalidOperationException("A model needs at least one variable.");
        }

        return new MipModel(_name, [.. _variables], [.. _constraints]);
    }

    /// <summary>The sanitised form of a name, before it is made unique.</summary>
    /// <param name="name">Any string.</param>
    /// <returns>A name MPS and LP readers accept.</returns>
    internal static string Sanitize(string name)
    {
        var sb = new StringBuilder(Math.Min(name.Length, MaxNameLength) + 1);
        foreach (char ch in name)
        {
            sb.Append(char.IsAsciiLetterOrDigit(ch) || ch == '_' ? ch : '_');
            if (sb.Length == MaxNameLength)
            {
                break;
            }
        }

        if (sb.Length == 0 || char.IsAsciiDigit(sb[0]) || sb[0] is 'e' or 'E' || Keywords.Contains(sb.ToString()))
        {
            sb.Insert(0, '_');
        }

        return sb.ToString();
    }

    private static void CheckBounds(double lower, double upper, string lowerName, string upperName)
    {
        if (double.IsNaN(lower) || double.IsPositiveInfinity(lower))
        {
            throw new ArgumentOutOfRangeException(lowerName, lower, "A lower bound must be a number or negative infinity.");
        }

        if (double.IsNaN(upper) || double.IsNegativeInfinity(upper) || upper < lower)
        {
            throw new ArgumentOutOfRangeException(upperName, upper, $"An upper bound must be a number or positive infinity, at least the lower bound {lower}.");
        }
    }

    private string Unique(string name)
    {
        string baseName = Sanitize(name);
        string candidate = baseName;
        for (int k = 2; !_names.Add(candidate); k++)
        {
            candidate = baseName + "_" + k.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
