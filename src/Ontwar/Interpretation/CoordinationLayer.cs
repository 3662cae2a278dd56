using System.Globalization;

namespace Ontwar.Interpretation;

/// <summary>
/// The table above the packages when a plan has several linked ones: seed 000's <em>kerngroep</em> that facilitates
/// and supports the action groups rather than deciding everything (000:419-437), seed 003's <em>regieteam</em> around the
/// <em>buurtzorgregisseur</em> (003:438-448). One seat per linked package, taken by the team member with the most cohesion
/// to other packages; it decides together what the links between packages ask (<see cref="LinkInterpretation.DecisionLevels"/>).
/// Immutable; made by <see cref="PlanInterpreter"/>.
/// </summary>
public sealed class CoordinationLayer
{
    internal CoordinationLayer(IReadOnlyList<LayerSeat> seats, IReadOnlyList<DecisionLevel> decisionLevels)
    {
        Seats = seats;
        DecisionLevels = decisionLevels;
    }

    /// <summary>One seat per package that is linked to another package and has a team, in plan order.</summary>
    public IReadOnlyList<LayerSeat> Seats { get; }

    /// <summary>
    /// The decision levels the layer takes: every level some link between packages must decide together, ordered from
    /// strategic to operational; empty when the packages only refer or share information (then the layer only keeps
    /// each other informed).
    /// </summary>
    public IReadOnlyList<DecisionLevel> DecisionLevels { get; }

    /// <inheritdoc/>
    public override string ToString() => string.Join(", ", Seats.Select(s => $"{s.Package}: {s.Member}"));
}

/// <summary>A package's seat at the coordination layer.</summary>
/// <param name="Package">The package.</param>
/// <param name="Member">The member who sits there for it: of its team, the one needed for the activities with the most cohesion to other packages (ties: team order).</param>
/// <param name="Actor">The member's partner organisation, or the member's display name for someone without one.</param>
/// <param name="LinksOut">The summed cohesion of the cut dependencies of the activities the member is needed for.</param>
public sealed record LayerSeat(string Package, string Member, string Actor, double LinksOut)
{
    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Package}: {Member} ({Actor}, {LinksOut:0.###} out)");
}

/// <summary>
/// How many tables one actor sits at across the plan (its members' package teams and its seats at the coordination
/// layer): "you cannot sit in ten networks" (seed 001:287).
/// </summary>
/// <param name="Actor">The partner organisation, or the display name of a member without one.</param>
/// <param name="Tables">The package identifiers of the teams it sits in, in plan order, then <see cref="ActorLoad.LayerTable"/> when it has a seat at the layer.</param>
/// <param name="Members">Its members who sit at any of those tables, in scenario order.</param>
public sealed record ActorLoad(string Actor, IReadOnlyList<string> Tables, IReadOnlyList<string> Members)
{
    /// <summary>The name <see cref="Tables"/> uses for the coordination layer.</summary>
    public const string LayerTable = "coordination layer";

    /// <inheritdoc/>
    public override string ToString() => $"{Actor}: {Tables.Count} ({string.Join(", ", Tables)})";
}

/// <summary>Which packages serve one goal of the scenario, and whether the goal is left unserved or split over packages that barely link.</summary>
/// <param name="Goal">The goal.</param>
/// <param name="Packages">The packages with an activity serving the goal, in plan order.</param>
/// <param name="BarelyLinked">Whether the goal is served by several packages that are not joined by links of at least
/// <see cref="Intensity.Alignment"/> (directly or through one another): its activities are split over teams that hardly work together.</param>
public sealed record GoalCoverage(Goal Goal, IReadOnlyList<string> Packages, bool BarelyLinked)
{
    /// <summary>Whether no package serves the goal.</summary>
    public bool Unserved => Packages.Count == 0;
}
