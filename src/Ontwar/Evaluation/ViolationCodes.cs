namespace Ontwar.Evaluation;

/// <summary>
/// The stable codes of the diagnostics <see cref="PlanEvaluator"/> reports (<see cref="Diagnostics.Diagnostic.Code"/>).
/// Programs match on these; the messages are for people and may change. <c>docs/model.md</c> defines every check.
/// </summary>
public static class ViolationCodes
{
    /// <summary>Error: a scenario activity is in no package.</summary>
    public const string ActivityNotPlanned = "activity-not-planned";

    /// <summary>Error: an activity is in two or more packages.</summary>
    public const string ActivityInTwoPackages = "activity-in-two-packages";

    /// <summary>Error: a package lists the same activity twice.</summary>
    public const string DuplicateActivity = "duplicate-activity";

    /// <summary>Error: a package lists an activity the scenario does not have.</summary>
    public const string UnknownActivity = "unknown-activity";

    /// <summary>Error: a team lists a member the scenario does not have.</summary>
    public const string UnknownMember = "unknown-member";

    /// <summary>Error: a package has no activities.</summary>
    public const string EmptyPackage = "empty-package";

    /// <summary>Error: a team lists the same member twice.</summary>
    public const string DuplicateMember = "duplicate-member";

    /// <summary>Info: no package lists members, so the plan only groups activities and the team constraints were not checked.</summary>
    public const string NoTeams = "no-teams";

    /// <summary>Error: a team has fewer members than <see cref="TeamSizeLimits.Min"/>.</summary>
    public const string TeamTooSmall = "team-too-small";

    /// <summary>Error: a team has more members than <see cref="TeamSizeLimits.Max"/>.</summary>
    public const string TeamTooLarge = "team-too-large";

    /// <summary>Error: an activity of a package requires a capability no member of its team holds.</summary>
    public const string MissingCapability = "missing-capability";

    /// <summary>Error: a member is in more teams than <see cref="Member.MaxTeams"/>.</summary>
    public const string MemberInTooManyTeams = "member-in-too-many-teams";

    /// <summary>Error: a member's working scale is smaller than the scale of a package whose team they are in.</summary>
    public const string MemberScaleTooSmall = "member-scale-too-small";

    /// <summary>Error: the plan states a package scale other than the scale policy's (smallest ideal scale of its activities).</summary>
    public const string ScaleNotPolicy = "scale-not-policy";

    /// <summary>Error: the plan states a package scale other than the one a fixed-scale rule gives it.</summary>
    public const string RuleFixedScale = "rule-fixed-scale";

    /// <summary>Error: a package holds activities whose fixed-scale rules name different scales.</summary>
    public const string FixedScaleConflict = "fixed-scale-conflict";

    /// <summary>Error: the hours of the members cannot cover the workload of one or more packages.</summary>
    public const string HoursShortfall = "hours-shortfall";

    /// <summary>Error: the activities of a together rule are in different packages.</summary>
    public const string RuleTogetherSplit = "rule-together-split";

    /// <summary>Error: two activities of an apart rule share a package.</summary>
    public const string RuleApartJoined = "rule-apart-joined";

    /// <summary>Error: a member a rule requires is not in the team of the activity's package.</summary>
    public const string RuleMemberRequired = "rule-member-required";

    /// <summary>Error: a member a rule excludes is in the team of the activity's package.</summary>
    public const string RuleMemberExcluded = "rule-member-excluded";

    /// <summary>Warning: a team member holds no capability the package's activities require (only needed partners, seed 000:910-912).</summary>
    public const string UnneededMember = "unneeded-member";
}
