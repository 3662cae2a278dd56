using Ontwar.Diagnostics;
using Ontwar.Internal;
using Ontwar.Plans;

namespace Ontwar;

/// <summary>
/// Everything Ontwar needs to plan one challenge (<em>uitdaging</em>): the activities, the dependencies between them,
/// the candidate team members, the practical rules, the team-size limits and, optionally, today's organisation.
/// A scenario is immutable and always valid: construction checks every cross-reference and reports all problems at once.
/// </summary>
public sealed class Scenario : IEquatable<Scenario>
{
    private readonly Dictionary<string, int> _activityIndex;
    private readonly Dictionary<string, int> _memberIndex;

    /// <summary>Creates a scenario and checks it.</summary>
    /// <param name="name">A name for people.</param>
    /// <param name="activities">The activities; identifiers unique.</param>
    /// <param name="dependencies">The dependencies between activities.</param>
    /// <param name="members">The candidate team members; identifiers unique.</param>
    /// <param name="rules">Practical rules, or <see langword="null"/> for none.</param>
    /// <param name="teamSize">Team-size limits, or <see langword="null"/> for the default 6..8.</param>
    /// <param name="current">Today's organisation, or <see langword="null"/>.</param>
    /// <param name="intensityWeights">The intensity-to-weight mapping, or <see langword="null"/> for <see cref="IntensityWeights.Default"/>.</param>
    /// <param name="goals">The goals activities serve, or <see langword="null"/> for none (contract section 4).</param>
    /// <param name="factors">The stimulating and inhibiting factors of worksheet tables 1 and 3, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException">A required argument or a list item is null.</exception>
    /// <exception cref="ScenarioValidationException">Identifiers repeat or refer to nothing; the exception lists every problem with its JSON path.</exception>
    public Scenario(
        string name,
        IEnumerable<Activity> activities,
        IEnumerable<Dependency> dependencies,
        IEnumerable<Member> members,
        IEnumerable<Rule>? rules = null,
        TeamSizeLimits? teamSize = null,
        Plan? current = null,
        IntensityWeights? intensityWeights = null,
        IEnumerable<Goal>? goals = null,
        IEnumerable<Factor>? factors = null)
    {
        Name = Preconditions.CheckNotNull(name);
        Activities = Copy(activities);
        Dependencies = Copy(dependencies);
        Members = Copy(members);
        Rules = rules is null ? Array.Empty<Rule>() : Copy(rules);
        TeamSize = teamSize ?? TeamSizeLimits.Default;
        Current = current;
        IntensityWeights = intensityWeights ?? IntensityWeights.Default;
        Goals = goals is null ? Array.Empty<Goal>() : Copy(goals);
        Factors = factors is null ? Array.Empty<Factor>() : Copy(factors);

        var problems = ScenarioValidator.Validate(this);
        if (problems.Count > 0)
        {
            throw new ScenarioValidationException(problems);
        }

        _activityIndex = Index(Activities, a => a.Id);
        _memberIndex = Index(Members, m => m.Id);
    }

    /// <summary>A name for people.</summary>
    public string Name { get; }

    /// <summary>The activities, in input order.</summary>
    public IReadOnlyList<Activity> Activities { get; }

    /// <summary>The dependencies, in input order.</summary>
    public IReadOnlyList<Dependency> Dependencies { get; }

    /// <summary>The candidate team members, in input order.</summary>
    public IReadOnlyList<Member> Members { get; }

    /// <summary>The practical rules, in input order.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>The team-size limits.</summary>
    public TeamSizeLimits TeamSize { get; }

    /// <summary>Today's organisation as given in the file's <c>current</c> section, or <see langword="null"/>.</summary>
    public Plan? Current { get; }

    /// <summary>The intensity-to-weight mapping.</summary>
    public IntensityWeights IntensityWeights { get; }

    /// <summary>The goals (<em>doelen</em>, seed 000:297) that activities serve, in input order.</summary>
    public IReadOnlyList<Goal> Goals { get; }

    /// <summary>The stimulating and inhibiting factors (worksheet tables 1 and 3, 000:684, 000:699), in input order.</summary>
    public IReadOnlyList<Factor> Factors { get; }

    /// <summary>The position of an activity in <see cref="Activities"/>.</summary>
    /// <param name="id">The activity identifier.</param>
    /// <returns>The index, or -1 when there is no such activity.</returns>
    public int IndexOfActivity(string id) => id is not null && _activityIndex.TryGetValue(id, out var i) ? i : -1;

    /// <summary>The position of a member in <see cref="Members"/>.</summary>
    /// <param name="id">The member identifier.</param>
    /// <returns>The index, or -1 when there is no such member.</returns>
    public int IndexOfMember(string id) => id is not null && _memberIndex.TryGetValue(id, out var i) ? i : -1;

    /// <summary>The activity with an identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The activity.</returns>
    /// <exception cref="KeyNotFoundException">No activity has that identifier.</exception>
    public Activity GetActivity(string id)
        => IndexOfActivity(id) is var i and >= 0 ? Activities[i] : throw new KeyNotFoundException($"No activity '{id}' in scenario '{Name}'.");

    /// <summary>The member with an identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The member.</returns>
    /// <exception cref="KeyNotFoundException">No member has that identifier.</exception>
    public Member GetMember(string id)
        => IndexOfMember(id) is var i and >= 0 ? Members[i] : throw new KeyNotFoundException($"No member '{id}' in scenario '{Name}'.");

    /// <summary>
    /// Today's organisation: the <c>current</c> section when given, otherwise the packages named by the activities'
    /// <see cref="Activity.CurrentPackage"/> tags (without teams), otherwise <see langword="null"/>.
    /// </summary>
    /// <returns>The plan of today, or <see langword="null"/> when the scenario says nothing about today.</returns>
    public Plan? CurrentOrganisation()
    {
        if (Current is not null)
        {
            return Current;
        }

        var groups = Activities.Where(a => a.CurrentPackage is not null)
            .GroupBy(a => a.CurrentPackage!, StringComparer.Ordinal)
            .Select(g => new ActivityPackage(g.Key, g.Select(a => a.Id)))
            .ToList();
        return groups.Count == 0 ? null : new Plan(groups);
    }

    /// <summary>The same scenario without its rules: the input of the ideal plan (seed 000:327-333). Factors lose their rule references.</summary>
    /// <returns>A scenario equal to this one but with no rules.</returns>
    public Scenario WithoutRules()
        => Rules.Count == 0 ? this : new Scenario(Name, Activities, Dependencies, Members, null, TeamSize, Current, IntensityWeights, Goals, FactorsWithoutRules());

    /// <summary>The same scenario with other rules. Factors keep their text but lose their rule references, since the positions they named no longer mean the same rules.</summary>
    /// <param name="rules">The rules.</param>
    /// <returns>The new scenario.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="ScenarioValidationException">A rule refers to an unknown activity or member.</exception>
    public Scenario WithRules(IEnumerable<Rule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new Scenario(Name, Activities, Dependencies, Members, rules, TeamSize, Current, IntensityWeights, Goals, FactorsWithoutRules());
    }

    /// <summary>The same scenario with other team-size limits.</summary>
    /// <param name="teamSize">The limits.</param>
    /// <returns>The new scenario.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="teamSize"/> is null.</exception>
    public Scenario WithTeamSize(TeamSizeLimits teamSize)
    {
        ArgumentNullException.ThrowIfNull(teamSize);
        return new Scenario(Name, Activities, Dependencies, Members, Rules, teamSize, Current, IntensityWeights, Goals, Factors);
    }

    /// <summary>The same scenario with other dependencies (for example perturbed weights).</summary>
    /// <param name="dependencies">The dependencies.</param>
    /// <returns>The new scenario.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dependencies"/> is null.</exception>
    /// <exception cref="ScenarioValidationException">A dependency refers to an unknown activity.</exception>
    public Scenario WithDependencies(IEnumerable<Dependency> dependencies)
    {
        ArgumentNullException.ThrowIfNull(dependencies);
        return new Scenario(Name, Activities, dependencies, Members, Rules, TeamSize, Current, IntensityWeights, Goals, Factors);
    }

    /// <inheritdoc/>
    public bool Equals(Scenario? other)
        => other is not null && Name == other.Name
           && Equality.Lists(Activities, other.Activities) && Equality.Lists(Dependencies, other.Dependencies)
           && Equality.Lists(Members, other.Members) && Equality.Lists(Rules, other.Rules)
           && TeamSize.Equals(other.TeamSize) && Equals(Current, other.Current)
           && IntensityWeights.Equals(other.IntensityWeights)
           && Equality.Lists(Goals, other.Goals) && Equality.Lists(Factors, other.Factors);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Scenario);

    /// <inheritdoc/>
    public override int GetHashCode()
        => HashCode.Combine(Name, Equality.ListHash(Activities), Equality.ListHash(Dependencies), Equality.ListHash(Members),
            Equality.ListHash(Rules), TeamSize, Current, HashCode.Combine(IntensityWeights, Equality.ListHash(Goals), Equality.ListHash(Factors)));

    /// <inheritdoc/>
    public override string ToString() => $"{Name}: {Activities.Count} activities, {Dependencies.Count} dependencies, {Members.Count} members";

    private IEnumerable<Factor> FactorsWithoutRules() => Factors.Select(f => f.WithoutRules());

    private static IReadOnlyList<T> Copy<T>(IEnumerable<T> items, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(items))] string? name = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, name);
        var list = new List<T>();
        foreach (var item in items)
        {
            ArgumentNullException.ThrowIfNull(item, name);
            list.Add(item);
        }

        return list.AsReadOnly();
    }

    private static Dictionary<string, int> Index<T>(IReadOnlyList<T> items, Func<T, string> id)
    {
        var index = new Dictionary<string, int>(items.Count, StringComparer.Ordinal);
        for (int i = 0; i < items.Count; i++)
        {
            index[id(items[i])] = i;
        }

        return index;
    }
}
