using Ontwar.Internal;

namespace Ontwar;

/// <summary>The kind of a practical rule (contract section 1, <c>rules[].kind</c>).</summary>
public enum RuleKind
{
    /// <summary>The activities must share one package (<c>together</c>).</summary>
    Together = 0,

    /// <summary>The activities must be in pairwise different packages (<c>apart</c>).</summary>
    Apart = 1,

    /// <summary>The package of an activity has a fixed scale (<c>fixedScale</c>).</summary>
    FixedScale = 2,

    /// <summary>A member must be in the team of an activity's package (<c>memberRequired</c>).</summary>
    MemberRequired = 3,

    /// <summary>A member must not be in the team of an activity's package (<c>memberExcluded</c>).</summary>
    MemberExcluded = 4,
}

/// <summary>
/// A practical obstacle of reality (legal, financial, practical; seed 000:327-333) that the realistic plan must respect
/// and the ideal plan ignores. The set of rule kinds is closed: see the derived types.
/// </summary>
public abstract class Rule : IEquatable<Rule>
{
    private protected Rule(string? reason) => Reason = reason;

    /// <summary>The rule's kind.</summary>
    public abstract RuleKind Kind { get; }

    /// <summary>Why the rule exists, in the user's words, or <see langword="null"/>.</summary>
    public string? Reason { get; }

    /// <summary>The contract name of a rule kind, for example <c>fixedScale</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its name in scenario files.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    public static string NameOf(RuleKind kind) => kind switch
    {
        RuleKind.Together => "together",
        RuleKind.Apart => "apart",
        RuleKind.FixedScale => "fixedScale",
        RuleKind.MemberRequired => "memberRequired",
        RuleKind.MemberExcluded => "memberExcluded",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <inheritdoc/>
    public abstract bool Equals(Rule? other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Rule);

    /// <inheritdoc/>
    public abstract override int GetHashCode();
}

/// <summary>A rule that several activities must share one package (<em>samen in één pakket</em>).</summary>
public sealed class TogetherRule : Rule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="activities">At least two distinct activity identifiers.</param>
    /// <param name="reason">Why, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="activities"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two distinct identifiers, or a blank one.</exception>
    public TogetherRule(IEnumerable<string> activities, string? reason = null)
        : base(reason) => Activities = RuleChecks.Group(activities);

    /// <inheritdoc/>
    public override RuleKind Kind => RuleKind.Together;

    /// <summary>The activities that must share a package.</summary>
    public IReadOnlyList<string> Activities { get; }

    /// <inheritdoc/>
    public override bool Equals(Rule? other)
        => other is TogetherRule t && Reason == t.Reason && Equality.Lists(Activities, t.Activities);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Reason, Equality.ListHash(Activities));
}

/// <summary>A rule that activities must be in pairwise different packages (<em>apart</em>).</summary>
public sealed class ApartRule : Rule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="activities">At least two distinct activity identifiers.</param>
    /// <param name="reason">Why, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="activities"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two distinct identifiers, or a blank one.</exception>
    public ApartRule(IEnumerable<string> activities, string? reason = null)
        : base(reason) => Activities = RuleChecks.Group(activities);

    /// <inheritdoc/>
    public override RuleKind Kind => RuleKind.Apart;

    /// <summary>The activities that must be in different packages.</summary>
    public IReadOnlyList<string> Activities { get; }

    /// <inheritdoc/>
    public override bool Equals(Rule? other)
        => other is ApartRule t && Reason == t.Reason && Equality.Lists(Activities, t.Activities);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Reason, Equality.ListHash(Activities));
}

/// <summary>
/// A rule that the package holding an activity works at one fixed scale, whatever the ideal scales of its activities
/// (for example a legal obligation to organise something regionally).
/// </summary>
public sealed class FixedScaleRule : Rule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="activity">The activity identifier.</param>
    /// <param name="scale">The scale its package must have.</param>
    /// <param name="reason">Why, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="activity"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="activity"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is undefined.</exception>
    public FixedScaleRule(string activity, Scale scale, string? reason = null)
        : base(reason)
    {
        Activity = Preconditions.CheckId(activity);
        Scale = Preconditions.CheckDefined(scale);
    }

    /// <inheritdoc/>
    public override RuleKind Kind => RuleKind.FixedScale;

    /// <summary>The activity identifier.</summary>
    public string Activity { get; }

    /// <summary>The scale its package must have.</summary>
    public Scale Scale { get; }

    /// <inheritdoc/>
    public override bool Equals(Rule? other)
        => other is FixedScaleRule t && Reason == t.Reason && Activity == t.Activity && Scale == t.Scale;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Reason, Activity, Scale);
}

/// <summary>A rule that a member must be in the team of the package holding an activity.</summary>
public sealed class MemberRequiredRule : Rule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="member">The member identifier.</param>
    /// <param name="activity">The activity identifier.</param>
    /// <param name="reason">Why, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">An identifier is null.</exception>
    /// <exception cref="ArgumentException">An identifier is blank.</exception>
    public MemberRequiredRule(string member, string activity, string? reason = null)
        : base(reason)
    {
        Member = Preconditions.CheckId(member);
        Activity = Preconditions.CheckId(activity);
    }

    /// <inheritdoc/>
    public override RuleKind Kind => RuleKind.MemberRequired;

    /// <summary>The member identifier.</summary>
    public string Member { get; }

    /// <summary>The activity identifier.</summary>
    public string Activity { get; }

    /// <inheritdoc/>
    public override bool Equals(Rule? other)
        => other is MemberRequiredRule t && Reason == t.Reason && Member == t.Member && Activity == t.Activity;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Reason, Member, Activity);
}

/// <summary>A rule that a member must not be in the team of the package holding an activity.</summary>
public sealed class MemberExcludedRule : Rule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="member">The member identifier.</param>
    /// <param name="activity">The activity identifier.</param>
    /// <param name="reason">Why, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">An identifier is null.</exception>
    /// <exception cref="ArgumentException">An identifier is blank.</exception>
    public MemberExcludedRule(string member, string activity, string? reason = null)
        : base(reason)
    {
        Member = Preconditions.CheckId(member);
        Activity = Preconditions.CheckId(activity);
    }

    /// <inheritdoc/>
    public override RuleKind Kind => RuleKind.MemberExcluded;

    /// <summary>The member identifier.</summary>
    public string Member { get; }

    /// <summary>The activity identifier.</summary>
    public string Activity { get; }

    /// <inheritdoc/>
    public override bool Equals(Rule? other)
        => other is MemberExcludedRule t && Reason == t.Reason && Member == t.Member && Activity == t.Activity;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Reason, Member, Activity);
}

internal static class RuleChecks
{
    internal static IReadOnlyList<string> Group(IEnumerable<string> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var list = Preconditions.CheckIds(activities, nameof(activities));
        if (list.Distinct(StringComparer.Ordinal).Count() < 2)
        {
            throw new ArgumentException("A together or apart rule names at least two different activities.", nameof(activities));
        }

        return list;
    }
}
