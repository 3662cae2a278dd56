namespace Ontwar.Interpretation;

/// <summary>The stable codes of the Samenwerk-check's findings (seed 000:591-622); see <see cref="SamenwerkCheck"/>.</summary>
public static class CheckCodes
{
    /// <summary>A package needs a capability that no member of its team holds: a needed partner is missing (000:604, 000:910-912).</summary>
    public const string MissingPartner = "missingPartner";

    /// <summary>A team member holds no capability the package's activities require: a superfluous partner (000:604, 000:912).</summary>
    public const string SuperfluousPartner = "superfluousPartner";

    /// <summary>A team is smaller or larger than the scenario's team size limits (000:313).</summary>
    public const string TeamSizeOutsideLimits = "teamSizeOutsideLimits";

    /// <summary>A package works at another scale than the smallest ideal scale of its activities (000:606-614, 000:695).</summary>
    public const string ScaleNotSmallestIdeal = "scaleNotSmallestIdeal";

    /// <summary>Two packages would have to perform activities together: their split should be re-examined (000:931, 000:325).</summary>
    public const string JointExecutionAcrossPackages = "jointExecutionAcrossPackages";

    /// <summary>An activity sits in another package than the activity it is most strongly linked to (000:301-305).</summary>
    public const string SplitFromStrongestPartner = "splitFromStrongestPartner";

    /// <summary>An activity is in no package: nobody organises it (000:299, "denk ook aan onbestaande activiteiten").</summary>
    public const string ActivityNotOrganised = "activityNotOrganised";

    /// <summary>
    /// A goal of a package is not carried by every partner at its table: some partner contributes to none of the
    /// activities serving it, so a growth path may be needed (the Samenwerk-check's goal question, 000:603).
    /// </summary>
    public const string GoalNotShared = "goalNotShared";

    /// <summary>The scenario has goals, but no activity of a package serves any of them: the collaboration has no goal (000:601).</summary>
    public const string PackageWithoutGoal = "packageWithoutGoal";

    /// <summary>No package serves a goal of the scenario.</summary>
    public const string GoalUnserved = "goalUnserved";

    /// <summary>A goal is served by several packages that barely link (no chain of links of at least aligning between them).</summary>
    public const string GoalSplit = "goalSplit";

    /// <summary>An actor sits at more tables than <see cref="SamenwerkCheck.MaxTablesPerActor"/>: "you cannot sit in ten networks" (001:287).</summary>
    public const string ActorOverloaded = "actorOverloaded";

    /// <summary>Every code, in the order reports list them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        MissingPartner, SuperfluousPartner, TeamSizeOutsideLimits, ScaleNotSmallestIdeal,
        JointExecutionAcrossPackages, SplitFromStrongestPartner, ActivityNotOrganised,
        GoalNotShared, PackageWithoutGoal, GoalUnserved, GoalSplit, ActorOverloaded,
    ];
}

/// <summary>
/// One answer of the Samenwerk-check about a plan: a stable <see cref="Code"/> from <see cref="CheckCodes"/>, a sentence
/// in domain words, and the package, activity or member concerned. Immutable.
/// </summary>
public sealed class CheckFinding
{
    internal CheckFinding(
        string code,
        string message,
        string? package = null,
        string? activity = null,
        string? member = null,
        string? capability = null,
        string? otherPackage = null,
        string? otherActivity = null,
        double? cohesion = null,
        string? dutchMessage = null,
        string? goal = null)
    {
        Code = code;
        Message = message;
        DutchMessage = dutchMessage ?? message;
        Goal = goal;
        Package = package;
        Activity = activity;
        Member = member;
        Capability = capability;
        OtherPackage = otherPackage;
        OtherActivity = otherActivity;
        Cohesion = cohesion;
    }

    /// <summary>The finding's code, one of <see cref="CheckCodes.All"/>.</summary>
    public string Code { get; }

    /// <summary>What was found, in domain words (English).</summary>
    public string Message { get; }

    /// <summary>What was found, in Dutch, for <c>--lang nl</c> reports.</summary>
    public string DutchMessage { get; }

    /// <summary>The goal concerned (the goal codes), or <see langword="null"/>.</summary>
    public string? Goal { get; }

    /// <summary>The package concerned, or <see langword="null"/>.</summary>
    public string? Package { get; }

    /// <summary>The activity concerned, or <see langword="null"/>.</summary>
    public string? Activity { get; }

    /// <summary>The member concerned (<see cref="CheckCodes.SuperfluousPartner"/>, <see cref="CheckCodes.GoalNotShared"/>), or <see langword="null"/>; for <see cref="CheckCodes.ActorOverloaded"/> the actor.</summary>
    public string? Member { get; }

    /// <summary>The capability concerned (<see cref="CheckCodes.MissingPartner"/>), or <see langword="null"/>.</summary>
    public string? Capability { get; }

    /// <summary>The other package (a link's second package, or the strongest partner's package), or <see langword="null"/>.</summary>
    public string? OtherPackage { get; }

    /// <summary>The other activity (the strongest partner), or <see langword="null"/>.</summary>
    public string? OtherActivity { get; }

    /// <summary>The cohesion involved (of the link or the pair), or <see langword="null"/>.</summary>
    public double? Cohesion { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Code}: {Message}";
}
