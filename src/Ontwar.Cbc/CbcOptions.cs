using Ontwar.Plans;

namespace Ontwar.Cbc;

/// <summary>
/// Settings of the CBC backend beyond <see cref="Solving.SolverOptions"/>: a warm-start plan, a limit on the number of
/// packages, and extra CBC parameters. Immutable; invalid values are rejected when set.
/// </summary>
public sealed class CbcOptions
{
    private readonly int? _maxPackages;
    private readonly IReadOnlyDictionary<string, string> _parameters = new Dictionary<string, string>(StringComparer.Ordinal).AsReadOnly();

    /// <summary>No warm start, no package limit, no extra parameters.</summary>
    public static CbcOptions Default { get; } = new();

    /// <summary>
    /// A plan of the solved scenario to start from (for example the heuristic's), or <see langword="null"/>. It becomes
    /// CBC's first incumbent when it meets every hard constraint, and is ignored with a <c>warm-start-ignored</c>
    /// warning otherwise (see <see cref="CbcEngine"/>).
    /// </summary>
    public Plan? WarmStart { get; init; }

    /// <summary>
    /// The largest number of packages the formulation allows (it lowers the slot count K of
    /// <see cref="Modeling.Mip.TextbookFormulation"/>), or <see langword="null"/> for no limit beyond K.
    /// Fewer slots make the MIP smaller, but plans with more packages are then excluded.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int? MaxPackages
    {
        get => _maxPackages;
        init => _maxPackages = value is < 1
            ? throw new ArgumentOutOfRangeException(nameof(value), value, "MaxPackages must be at least 1 or null.")
            : value;
    }

    /// <summary>
    /// Extra CBC command-line parameters (name without the leading dash, and value), applied after the ones the engine
    /// sets and so overriding them, for example <c>{ "cuts": "off" }</c>. Default none.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">A name is empty, starts with a dash or contains white space, or a value is null or contains white space.</exception>
    public IReadOnlyDictionary<string, string> Parameters
    {
        get => _parameters;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            var copy = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, v) in value)
            {
                if (string.IsNullOrEmpty(name) || name[0] == '-' || name.Any(char.IsWhiteSpace))
                {
                    throw new ArgumentException($"CBC parameter name '{name}' must be non-empty, without a leading dash and without white space.", nameof(value));
                }

                if (v is null || v.Length == 0 || v.Any(char.IsWhiteSpace))
                {
                    throw new ArgumentException($"CBC parameter '{name}' needs a value without white space.", nameof(value));
                }

                copy[name] = v;
            }

            _parameters = copy.AsReadOnly();
        }
    }
}
