using Ontwar.Internal;

namespace Ontwar;

/// <summary>Whether a factor helps or hinders the collaboration (worksheet tables 1 and 3, seed 000:684, 000:699).</summary>
public enum FactorKind
{
    /// <summary>A stimulating factor (<em>stimulerende factor</em>): something to use to realise the collaboration.</summary>
    Stimulating = 0,

    /// <summary>An inhibiting factor (<em>remmende factor</em>): removable, or a reason to deviate from the ideal collaboration.</summary>
    Inhibiting = 1,
}

/// <summary>
/// A stimulating or inhibiting factor of the collaboration (Dutch: <em>stimulerende / remmende factor</em>; worksheet
/// table 1, seed 000:684, and table 3, 000:699-700 and 000:1049-1052). An inhibiting factor is either removable
/// (<em>kan je wegwerken</em>) or not, and then it is the reason to deviate from the ideal plan; the rules it explains
/// are named by their position in the scenario's rules.
/// </summary>
public sealed class Factor : IEquatable<Factor>
{
    /// <summary>Creates a factor.</summary>
    /// <param name="id">Unique identifier within the scenario.</param>
    /// <param name="kind">Stimulating or inhibiting.</param>
    /// <param name="text">The factor, in the user's words.</param>
    /// <param name="removable">Whether an inhibiting factor can be removed; must be <see langword="false"/> for a stimulating one.</param>
    /// <param name="activities">The activities it touches, or <see langword="null"/> for none.</param>
    /// <param name="rules">The positions (in <see cref="Scenario.Rules"/>) of the rules it causes or explains, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/>, <paramref name="text"/> or an activity identifier is blank,
    /// or a stimulating factor is said to be removable.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined or a rule position is negative.</exception>
    public Factor(string id, FactorKind kind, string text, bool removable = false, IEnumerable<string>? activities = null, IEnumerable<int>? rules = null)
    {
        Id = Preconditions.CheckId(id);
        Kind = Preconditions.CheckDefined(kind);
        Text = Preconditions.CheckId(text);
        if (removable && kind == FactorKind.Stimulating)
        {
            throw new ArgumentException("Only an inhibiting factor can be removable.", nameof(removable));
        }

        Removable = removable;
        Activities = Preconditions.CheckIds(activities);
        var list = (rules ?? []).ToList();
        foreach (int r in list)
        {
            Preconditions.CheckAtLeast(r, 0, nameof(rules));
        }

        Rules = list.AsReadOnly();
    }

    /// <summary>Unique identifier within the scenario.</summary>
    public string Id { get; }

    /// <summary>Stimulating or inhibiting.</summary>
    public FactorKind Kind { get; }

    /// <summary>The factor, in the user's words.</summary>
    public string Text { get; }

    /// <summary>Whether this inhibiting factor can be removed (<em>wegwerken</em>); always <see langword="false"/> for a stimulating one.</summary>
    public bool Removable { get; }

    /// <summary>The activities it touches, in input order.</summary>
    public IReadOnlyList<string> Activities { get; }

    /// <summary>The positions of the rules it causes or explains, in input order.</summary>
    public IReadOnlyList<int> Rules { get; }

    /// <summary>Whether it is an inhibiting factor that cannot be removed: a reason to deviate from the ideal plan (000:699).</summary>
    public bool IsObstacle => Kind == FactorKind.Inhibiting && !Removable;

    /// <summary>The same factor without rule references (when the rules it pointed at are replaced).</summary>
    /// <returns>The factor, or this one when it names no rule.</returns>
    public Factor WithoutRules() => Rules.Count == 0 ? this : new Factor(Id, Kind, Text, Removable, Activities, null);

    /// <inheritdoc/>
    public bool Equals(Factor? other)
        => other is not null && Id == other.Id && Kind == other.Kind && Text == other.Text && Removable == other.Removable
           && Equality.Lists(Activities, other.Activities) && Rules.SequenceEqual(other.Rules);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Factor);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Kind, Text, Removable, Equality.ListHash(Activities), Rules.Count);

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({(Kind == FactorKind.Stimulating ? "stimulating" : Removable ? "inhibiting, removable" : "inhibiting")}): {Text}";
}
