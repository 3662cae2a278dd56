using Ontwar.Internal;

namespace Ontwar.Plans;

/// <summary>
/// An activity package (Dutch: <em>activiteitenpakket</em>, seed 000:303): a set of activities performed by one
/// autonomous team at one scale.
/// </summary>
public sealed class ActivityPackage : IEquatable<ActivityPackage>
{
    /// <summary>Creates a package.</summary>
    /// <param name="id">Identifier, unique within its plan.</param>
    /// <param name="activities">Identifiers of its activities.</param>
    /// <param name="members">Identifiers of its team members; may be empty in a plan that only groups activities.</param>
    /// <param name="scale">Its scale, or <see langword="null"/> to let the scale policy decide.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="activities"/> is null.</exception>
    /// <exception cref="ArgumentException">An identifier is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is undefined.</exception>
    public ActivityPackage(string id, IEnumerable<string> activities, IEnumerable<string>? members = null, Scale? scale = null)
    {
        Id = Preconditions.CheckId(id);
        ArgumentNullException.ThrowIfNull(activities);
        Activities = Preconditions.CheckIds(activities);
        Members = Preconditions.CheckIds(members);
        Scale = scale is { } s ? Preconditions.CheckDefined(s) : null;
    }

    /// <summary>Identifier, unique within its plan.</summary>
    public string Id { get; }

    /// <summary>Identifiers of the package's activities.</summary>
    public IReadOnlyList<string> Activities { get; }

    /// <summary>Identifiers of the members of the package's team.</summary>
    public IReadOnlyList<string> Members { get; }

    /// <summary>The package's scale, or <see langword="null"/> when the plan leaves it to the scale policy.</summary>
    public Scale? Scale { get; }

    /// <inheritdoc/>
    public bool Equals(ActivityPackage? other)
        => other is not null && Id == other.Id && Equality.Lists(Activities, other.Activities)
           && Equality.Lists(Members, other.Members) && Scale == other.Scale;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ActivityPackage);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Equality.ListHash(Activities), Equality.ListHash(Members), Scale);

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: [{string.Join(", ", Activities)}] team [{string.Join(", ", Members)}]";
}
