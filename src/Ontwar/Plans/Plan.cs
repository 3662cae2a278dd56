using Ontwar.Internal;

namespace Ontwar.Plans;

/// <summary>
/// A division of a scenario's activities into activity packages, each with a team and a scale. Used for the plans
/// engines return, for plans read from files and for the current organisation (<em>wat actoren vandaag doen</em>).
/// A plan is not checked against a scenario on construction: use the plan evaluator for that.
/// </summary>
public sealed class Plan : IEquatable<Plan>
{
    /// <summary>Creates a plan.</summary>
    /// <param name="packages">The packages.</param>
    /// <exception cref="ArgumentNullException"><paramref name="packages"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Two packages share an identifier.</exception>
    public Plan(IEnumerable<ActivityPackage> packages)
    {
        ArgumentNullException.ThrowIfNull(packages);
        var list = new List<ActivityPackage>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in packages)
        {
            ArgumentNullException.ThrowIfNull(p, nameof(packages));
            if (!ids.Add(p.Id))
            {
                throw new ArgumentException($"Two packages share the identifier '{p.Id}'.", nameof(packages));
            }

            list.Add(p);
        }

        Packages = list.AsReadOnly();
    }

    /// <summary>The packages, in order.</summary>
    public IReadOnlyList<ActivityPackage> Packages { get; }

    /// <inheritdoc/>
    public bool Equals(Plan? other) => other is not null && Equality.Lists(Packages, other.Packages);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Plan);

    /// <inheritdoc/>
    public override int GetHashCode() => Equality.ListHash(Packages);
}
