using Ontwar.Internal;

namespace Ontwar;

/// <summary>
/// A candidate team member (Dutch: <em>teamlid</em>): a person from a partner organisation or an informal actor
/// (family, neighbours, volunteers; seed 000:776-779) with capabilities, the largest scale they serve,
/// optional hours and the number of teams they may join.
/// </summary>
public sealed class Member : IEquatable<Member>
{
    /// <summary>Creates a member.</summary>
    /// <param name="id">Unique identifier within the scenario.</param>
    /// <param name="scale">The largest working area the member serves; they join only packages of this scale or smaller.</param>
    /// <param name="capabilities">Capabilities the member holds; none by default.</param>
    /// <param name="name">Human-readable name, or <see langword="null"/>.</param>
    /// <param name="partner">The partner organisation or informal network the member belongs to, or <see langword="null"/>.</param>
    /// <param name="hours">Hours available per period, when known; greater than zero. A member without hours is not limited by hours.</param>
    /// <param name="maxTeams">How many teams the member may join; at least 1, default 1.</param>
    /// <param name="informal">Whether the member is an informal actor rather than a professional of a partner organisation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or a capability is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The scale is undefined, <paramref name="hours"/> is not finite and positive, or <paramref name="maxTeams"/> is below 1.</exception>
    public Member(
        string id,
        Scale scale,
        IEnumerable<string>? capabilities = null,
        string? name = null,
        string? partner = null,
        double? hours = null,
        int maxTeams = 1,
        bool informal = false)
    {
        Id = Preconditions.CheckId(id);
        Scale = Preconditions.CheckDefined(scale);
        Capabilities = Preconditions.CheckIds(capabilities);
        Name = name;
        Partner = partner;
        Hours = Preconditions.CheckPositiveFinite(hours);
        MaxTeams = Preconditions.CheckAtLeast(maxTeams, 1);
        Informal = informal;
    }

    /// <summary>Unique identifier within the scenario.</summary>
    public string Id { get; }

    /// <summary>The largest working area the member serves.</summary>
    public Scale Scale { get; }

    /// <summary>Capabilities the member holds (<em>capaciteiten</em>).</summary>
    public IReadOnlyList<string> Capabilities { get; }

    /// <summary>Human-readable name, or <see langword="null"/>.</summary>
    public string? Name { get; }

    /// <summary>Partner organisation or informal network (<em>partner</em>), or <see langword="null"/>.</summary>
    public string? Partner { get; }

    /// <summary>Hours available, or <see langword="null"/> when not limited.</summary>
    public double? Hours { get; }

    /// <summary>How many teams the member may join.</summary>
    public int MaxTeams { get; }

    /// <summary>Whether the member is an informal actor (family, neighbours, volunteers).</summary>
    public bool Informal { get; }

    /// <summary>The display name: <see cref="Name"/> when given, else <see cref="Id"/>.</summary>
    public string DisplayName => Name ?? Id;

    /// <inheritdoc/>
    public bool Equals(Member? other)
        => other is not null && Id == other.Id && Scale == other.Scale && Equality.Lists(Capabilities, other.Capabilities)
           && Name == other.Name && Partner == other.Partner && Hours.Equals(other.Hours)
           && MaxTeams == other.MaxTeams && Informal == other.Informal;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Member);

    /// <inheritdoc/>
    public override int GetHashCode()
        => HashCode.Combine(Id, Scale, Equality.ListHash(Capabilities), Name, Partner, Hours, MaxTeams, Informal);

    /// <inheritdoc/>
    public override string ToString() => Name is null ? Id : $"{Id} ({Name})";
}
