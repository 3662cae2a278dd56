using Ontwar.Plans;

namespace Ontwar.Solving.Mip;

/// <summary>
/// Settings of <see cref="MipEngine"/> beyond <see cref="SolverOptions"/>: the backend, a warm-start plan, a limit on
/// the number of packages, and parameters in the backend's own format. Immutable; invalid values are rejected when set.
/// </summary>
public sealed class MipOptions
{
    private readonly MipBackend _backend = MipBackend.Cbc;
    private readonly int? _maxPackages;
    private readonly string _backendParameters = string.Empty;

    /// <summary>CBC, no warm start, no package limit, no backend parameters.</summary>
    public static MipOptions Default { get; } = new();

    /// <summary>The MIP solver. Default <see cref="MipBackend.Cbc"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined backend.</exception>
    public MipBackend Backend
    {
        get => _backend;
        init => _backend = Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "Backend must be a defined MipBackend.");
    }

    /// <summary>
    /// A plan of the solved scenario to start from (for example the heuristic's), or <see langword="null"/>. When it
    /// meets every hard constraint it is the backend's solution hint and the answer if the backend finds nothing better;
    /// otherwise it is ignored with a <c>warm-start-ignored</c> warning (see <see cref="MipEngine"/>).
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
    /// Parameters in SCIP's settings format, applied after the ones the engine sets, for example
    /// <c>separating/maxrounds = 0</c>. Default empty. CBC and HiGHS take no parameters through OR-Tools' MPSolver, so
    /// with those backends, as with a SCIP parameter that does not exist, a non-empty value makes the solve throw.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public string BackendParameters
    {
        get => _backendParameters;
        init => _backendParameters = value ?? throw new ArgumentNullException(nameof(value));
    }
}
