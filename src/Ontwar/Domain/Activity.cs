using Ontwar.Internal;

namespace Ontwar;

/// <summary>
/// An activity the challenge needs (Dutch: <em>activiteit</em>, seed 000:741-744): what has to be done,
/// which capabilities it requires and at which scale it is ideally organised.
/// </summary>
public sealed class Activity : IEquatable<Activity>
{
    /// <summary>Creates an activity.</summary>
    /// <param name="id">Unique identifier within the scenario.</param>
    /// <param name="name">Human-readable name, for example <c>Kinesitherapie</c>.</param>
    /// <param name="idealScale">The smallest scale at which the activity is ideally organised (000:838-840).</param>
    /// <param name="requires">Capabilities a team must hold to perform it; none by default.</param>
    /// <param name="complexity">Whether the activity is simple or complex; complex by default (with <paramref name="stability"/> it sets the coordination).</param>
    /// <param name="workload">Hours of work per period, when known; greater than zero.</param>
    /// <param name="function">Optional function or specialisation tag (used by the "per function" baseline).</param>
    /// <param name="currentPackage">Optional identifier of the package that performs the activity today.</param>
    /// <param name="stability">Whether the activity's challenge is stable or changing; changing by default (contract section 4).</param>
    /// <param name="goals">Identifiers of the goals the activity serves (<see cref="Scenario.Goals"/>); none by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="name"/> is blank, or a capability or goal identifier is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A scale, complexity or stability is undefined, or <paramref name="workload"/> is not finite and positive.</exception>
    public Activity(
        string id,
        string name,
        Scale idealScale,
        IEnumerable<string>? requires = null,
        Complexity complexity = Complexity.Complex,
        double? workload = null,
        string? function = null,
        string? currentPackage = null,
        Stability stability = Stability.Changing,
        IEnumerable<string>? goals = null)
    {
        Id = Preconditions.CheckId(id);
        Name = Preconditions.CheckId(name);
        IdealScale = Preconditions.CheckDefined(idealScale);
        Requires = Preconditions.CheckIds(requires);
        Complexity = Preconditions.CheckDefined(complexity);
        Workload = Preconditions.CheckPositiveFinite(workload);
        Function = function;
        CurrentPackage = currentPackage;
        Stability = Preconditions.CheckDefined(stability);
        Goals = Preconditions.CheckIds(goals);
    }

    /// <summary>Unique identifier within the scenario.</summary>
    public string Id { get; }

    /// <summary>Human-readable name.</summary>
    public string Name { get; }

    /// <summary>The smallest scale at which the activity is ideally organised (<em>ideale schaal</em>).</summary>
    public Scale IdealScale { get; }

    /// <summary>Capabilities the package's team must hold (<em>benodigde capaciteiten</em>).</summary>
    public IReadOnlyList<string> Requires { get; }

    /// <summary>Simple or complex (<em>eenvoudig / complex</em>); with <see cref="Stability"/> it sets the coordination.</summary>
    public Complexity Complexity { get; }

    /// <summary>
    /// Stable or changing (<em>stabiel / veranderlijk</em>). Only a simple and stable activity may be coordinated
    /// hierarchically (seed 000:695, 000:982-984).
    /// </summary>
    public Stability Stability { get; }

    /// <summary>Identifiers of the goals the activity serves (<em>doelen</em>, 000:297), in input order.</summary>
    public IReadOnlyList<string> Goals { get; }

    /// <summary>Whether the activity is simple and stable, so that hierarchical coordination fits it (000:982).</summary>
    public bool IsSimpleAndStable => Complexity == Complexity.Simple && Stability == Stability.Stable;

    /// <summary>Hours of work, or <see langword="null"/> when not given (then it does not constrain hours).</summary>
    public double? Workload { get; }

    /// <summary>Function or specialisation tag, or <see langword="null"/>.</summary>
    public string? Function { get; }

    /// <summary>The package that performs the activity today, or <see langword="null"/>.</summary>
    public string? CurrentPackage { get; }

    /// <inheritdoc/>
    public bool Equals(Activity? other)
        => other is not null
           && Id == other.Id && Name == other.Name && IdealScale == other.IdealScale
           && Equality.Lists(Requires, other.Requires) && Complexity == other.Complexity
           && Workload.Equals(other.Workload) && Function == other.Function && CurrentPackage == other.CurrentPackage
           && Stability == other.Stability && Equality.Lists(Goals, other.Goals);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Activity);

    /// <inheritdoc/>
    public override int GetHashCode()
        => HashCode.Combine(HashCode.Combine(Id, Name, IdealScale, Equality.ListHash(Requires), Complexity, Workload, Function, CurrentPackage), Stability, Equality.ListHash(Goals));

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({Name})";
}
