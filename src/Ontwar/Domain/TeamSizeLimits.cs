using Ontwar.Internal;

namespace Ontwar;

/// <summary>
/// How many members a package's team has: "the ideal team size is between 6 and 8 members" (seed 000:313).
/// </summary>
public sealed class TeamSizeLimits : IEquatable<TeamSizeLimits>
{
    /// <summary>The seed's default: 6 to 8 members.</summary>
    public static TeamSizeLimits Default { get; } = new(6, 8);

    /// <summary>Creates limits.</summary>
    /// <param name="min">Smallest team; at least 1.</param>
    /// <param name="max">Largest team; at least <paramref name="min"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="min"/> is below 1 or <paramref name="max"/> below <paramref name="min"/>.</exception>
    public TeamSizeLimits(int min, int max)
    {
        Min = Preconditions.CheckAtLeast(min, 1);
        if (max < min)
        {
            throw new ArgumentOutOfRangeException(nameof(max), max, $"The largest team size must be at least the smallest ({min}).");
        }

        Max = max;
    }

    /// <summary>Smallest team.</summary>
    public int Min { get; }

    /// <summary>Largest team.</summary>
    public int Max { get; }

    /// <summary>Whether a team of <paramref name="size"/> members is within the limits.</summary>
    /// <param name="size">A team size.</param>
    /// <returns><see langword="true"/> when <c>Min &lt;= size &lt;= Max</c>.</returns>
    public bool Allows(int size) => size >= Min && size <= Max;

    /// <inheritdoc/>
    public bool Equals(TeamSizeLimits? other) => other is not null && Min == other.Min && Max == other.Max;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TeamSizeLimits);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Min, Max);

    /// <inheritdoc/>
    public override string ToString() => $"{Min}..{Max}";
}
