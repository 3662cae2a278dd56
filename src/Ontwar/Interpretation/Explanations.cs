using System.Globalization;

namespace Ontwar.Interpretation;

/// <summary>The stable codes of the constraints that stop a move or a merge (<see cref="MoveObstacle.Code"/>).</summary>
public static class ObstacleCodes
{
    /// <summary>No team within the team size limits can be formed for the package (too few members qualify, or covering every capability takes more members than the maximum).</summary>
    public const string TeamSize = "teamSize";

    /// <summary>No member of the scenario holds a capability the package would need.</summary>
    public const string CapabilityCover = "capabilityCover";

    /// <summary>Members holding a needed capability exist, but none works at the package's scale; or fixed-scale rules disagree.</summary>
    public const string Scale = "scale";

    /// <summary>A rule forbids it: a together rule would be split, an apart rule joined, or a member rule cannot be met.</summary>
    public const string Rule = "rule";

    /// <summary>The members who qualify have too few hours for the package's workload.</summary>
    public const string Hours = "hours";

    /// <summary>Each package could be staffed on its own, but not all at once: members are needed in other teams (team count or hours).</summary>
    public const string MemberCapacity = "memberCapacity";

    /// <summary>The staffing search reached its limit before it could decide.</summary>
    public const string SearchLimit = "searchLimit";
}

/// <summary>One constraint that stops a move or a merge, in domain words.</summary>
public sealed class MoveObstacle
{
    internal MoveObstacle(string code, string message, string? package)
    {
        Code = code;
        Message = message;
        Package = package;
    }

    /// <summary>The constraint, one of <see cref="ObstacleCodes"/>.</summary>
    public string Code { get; }

    /// <summary>What stops it.</summary>
    public string Message { get; }

    /// <summary>The package (after the move) the obstacle is about, or <see langword="null"/> for the plan as a whole.</summary>
    public string? Package { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Code}: {Message}";
}

/// <summary>
/// What moving an activity to another package (or merging two packages) would do: the change in cut weight, and whether
/// the plan could still be staffed and meet the rules, or which constraints stop it. Evaluated directly, without solving.
/// </summary>
public sealed class MoveOption
{
    internal MoveOption(string? target, double cutChange, IReadOnlyList<MoveObstacle> obstacles)
    {
        Target = target;
        CutChange = cutChange;
        Obstacles = obstacles;
    }

    /// <summary>The target package, or <see langword="null"/> for a new package of its own.</summary>
    public string? Target { get; }

    /// <summary>The cut after the move minus the cut before: positive when the move cuts more cohesion.</summary>
    public double CutChange { get; }

    /// <summary>Whether the move keeps the plan feasible (with teams chosen anew for the packages it touches).</summary>
    public bool Feasible => Obstacles.Count == 0;

    /// <summary>The constraints that stop the move; empty when it is feasible.</summary>
    public IReadOnlyList<MoveObstacle> Obstacles { get; }

    /// <inheritdoc/>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"-> {Target ?? "(own package)"}: cut {CutChange:+0.###;-0.###;0}, {(Feasible ? "feasible" : string.Join("; ", Obstacles))}");
}

/// <summary>An activity linked to the one explained, with the summed cohesion of the pair.</summary>
/// <param name="Activity">The linked activity.</param>
/// <param name="Package">Its package, or <see langword="null"/> when the plan does not place it.</param>
/// <param name="Cohesion">The summed cohesion between the two (all dependencies of the pair, either direction).</param>
public sealed record ActivityTie(string Activity, string? Package, double Cohesion);

/// <summary>Why an activity sits where it sits: its ties inside and outside its package and the cost of every move. Immutable.</summary>
public sealed class ActivityExplanation
{
    internal ActivityExplanation(string activity, string? package, IReadOnlyList<ActivityTie> inside, IReadOnlyList<ActivityTie> outside, IReadOnlyList<MoveOption> moves)
    {
        Activity = activity;
        Package = package;
        Inside = inside;
        Outside = outside;
        Moves = moves;
    }

    /// <summary>The activity explained.</summary>
    public string Activity { get; }

    /// <summary>Its package, or <see langword="null"/> when the plan does not place it.</summary>
    public string? Package { get; }

    /// <summary>Its ties to activities of its own package, strongest first (ties by scenario order).</summary>
    public IReadOnlyList<ActivityTie> Inside { get; }

    /// <summary>Its ties to activities outside its package, strongest first (ties by scenario order).</summary>
    public IReadOnlyList<ActivityTie> Outside { get; }

    /// <summary>
    /// Moving it to each other package, in plan order, then to a new package of its own (when it is not alone already);
    /// empty when the plan does not place it.
    /// </summary>
    public IReadOnlyList<MoveOption> Moves { get; }
}

/// <summary>Why a package is not merged with its closest neighbour. Immutable.</summary>
public sealed class PackageExplanation
{
    internal PackageExplanation(string package, LinkInterpretation? closest, string? neighbour, MoveOption? merge)
    {
        Package = package;
        ClosestLink = closest;
        ClosestNeighbour = neighbour;
        Merge = merge;
    }

    /// <summary>The package explained.</summary>
    public string Package { get; }

    /// <summary>The package it shares the most cohesion with, or <see langword="null"/> when it is linked to none.</summary>
    public string? ClosestNeighbour { get; }

    /// <summary>The link to <see cref="ClosestNeighbour"/>, or <see langword="null"/>.</summary>
    public LinkInterpretation? ClosestLink { get; }

    /// <summary>Merging the two (the merged package keeps this package's identifier), or <see langword="null"/> without a neighbour.</summary>
    public MoveOption? Merge { get; }
}
