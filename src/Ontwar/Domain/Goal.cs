using Ontwar.Internal;

namespace Ontwar;

/// <summary>The time horizon of a goal (<em>korte- en lange-termijndoelen</em>, seed 000:297).</summary>
public enum GoalHorizon
{
    /// <summary>A short-term goal (<em>kortetermijndoel</em>).</summary>
    Short = 0,

    /// <summary>A long-term goal (<em>langetermijndoel</em>).</summary>
    Long = 1,
}

/// <summary>
/// A goal the challenge is tackled for (Dutch: <em>doel</em>, seed 000:295-297: "which short- and long-term goals do
/// you formulate together?"). Activities name the goals they serve; the Samenwerk-check asks of every package whether
/// its goals are shared by all partners at its table (000:603).
/// </summary>
public sealed class Goal : IEquatable<Goal>
{
    /// <summary>Creates a goal.</summary>
    /// <param name="id">Unique identifier within the scenario.</param>
    /// <param name="name">What the goal is, in the user's words.</param>
    /// <param name="horizon">Short or long term, or <see langword="null"/> when not said.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="horizon"/> is not a defined value.</exception>
    public Goal(string id, string name, GoalHorizon? horizon = null)
    {
        Id = Preconditions.CheckId(id);
        Name = Preconditions.CheckId(name);
        Horizon = horizon is { } h ? Preconditions.CheckDefined(h) : null;
    }

    /// <summary>Unique identifier within the scenario.</summary>
    public string Id { get; }

    /// <summary>What the goal is.</summary>
    public string Name { get; }

    /// <summary>Short or long term, or <see langword="null"/> when not said.</summary>
    public GoalHorizon? Horizon { get; }

    /// <inheritdoc/>
    public bool Equals(Goal? other) => other is not null && Id == other.Id && Name == other.Name && Horizon == other.Horizon;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Goal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Name, Horizon);

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({Name})";
}
