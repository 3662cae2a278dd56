namespace Ontwar;

/// <summary>
/// The bounds every valid scenario keeps to, so that no command can overflow, run out of memory or garble a terminal
/// on a scenario that validates. A scenario outside them is invalid: its constructor (and so the JSON reader) reports
/// each value with its JSON path. docs/integrators.md lists them with the reasons.
/// </summary>
public static class ScenarioLimits
{
    /// <summary>
    /// The largest <see cref="TeamSizeLimits.Max"/> (and so <see cref="TeamSizeLimits.Min"/>): 1,000. A team is a
    /// table of people; the engines size their work by it, so an unbounded value would cost unbounded memory.
    /// </summary>
    public const int MaxTeamSize = 1000;

    /// <summary>
    /// The largest <see cref="Member.MaxTeams"/>: 1,000,000, the most activities (and so packages) a scenario file can
    /// list. Below it, a value larger than the number of activities means "no limit" and is used as that number.
    /// </summary>
    public const int MaxTeamsPerMember = 1_000_000;

    /// <summary>
    /// The largest weight of one dependency, given as <see cref="Dependency.Weight"/> or through
    /// <see cref="IntensityWeights"/>: 1e9.
    /// </summary>
    public const double MaxWeight = 1e9;

    /// <summary>
    /// The largest sum of all dependency weights: 1e12. Every cut weight, internal weight and objective is at most this
    /// sum, so they stay finite and keep about four decimal places of precision.
    /// </summary>
    public const double MaxTotalWeight = 1e12;

    /// <summary>
    /// The largest <see cref="Activity.Workload"/> and <see cref="Member.Hours"/>: 1e9 hours, so sums over a million
    /// activities or members stay finite.
    /// </summary>
    public const double MaxHours = 1e9;

    /// <summary>
    /// The longest identifier (activity, member, package, capability and function names used as keys): 256 UTF-16
    /// code units.
    /// </summary>
    public const int MaxIdentifierLength = 256;

    /// <summary>The longest free text (the scenario's, an activity's or a member's name, a partner, a rule's reason): 4,096 UTF-16 code units.</summary>
    public const int MaxTextLength = 4096;
}
