using Ontwar.Diagnostics;
using Ontwar.Plans;

namespace Ontwar;

/// <summary>
/// Fluent construction of a <see cref="Scenario"/> in code. Nothing is checked until <see cref="Build"/>, which reports
/// every problem at once, with the JSON path the item would have in a scenario file.
/// </summary>
/// <example>
/// <code>
/// var maria = new ScenarioBuilder("Maria")
///     .WithTeamSize(2, 4)
///     .AddActivity("physio", "Kinesitherapie", Scale.Municipality, a => a.Requires("physiotherapy").WithWorkload(4))
///     .AddActivity("adapt", "Kleine aanpassingen", Scale.LocalRegion, a => a.Requires("home-adaptation"))
///     .AddDependency("physio", "adapt", Intensity.Joint)
///     .AddMember("kine", Scale.Municipality, m => m.WithCapabilities("physiotherapy").WithHours(8))
///     .Build();
/// </code>
/// </example>
public sealed class ScenarioBuilder
{
    private readonly string _name;
    private readonly List<Func<Activity>> _activities = [];
    private readonly List<Func<Dependency>> _dependencies = [];
    private readonly List<Func<Member>> _members = [];
    private readonly List<Func<Rule>> _rules = [];
    private readonly List<Func<ActivityPackage>> _current = [];
    private readonly List<Func<Goal>> _goals = [];
    private readonly List<Func<Factor>> _factors = [];
    private Func<TeamSizeLimits>? _teamSize;
    private Func<IntensityWeights>? _weights;

    /// <summary>Starts a scenario.</summary>
    /// <param name="name">Its name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public ScenarioBuilder(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        _name = name;
    }

    /// <summary>Sets the team-size limits (default 6..8).</summary>
    /// <param name="min">Smallest team.</param>
    /// <param name="max">Largest team.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder WithTeamSize(int min, int max)
    {
        _teamSize = () => new TeamSizeLimits(min, max);
        return this;
    }

    /// <summary>Overrides the intensity-to-weight mapping (default 1, 2, 4, 8).</summary>
    /// <param name="referral">Referral weight.</param>
    /// <param name="information">Information-sharing weight.</param>
    /// <param name="alignment">Aligning weight.</param>
    /// <param name="joint">Performing-together weight.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder WithIntensityWeights(double referral, double information, double alignment, double joint)
    {
        _weights = () => new IntensityWeights(referral, information, alignment, joint);
        return this;
    }

    /// <summary>Adds an activity.</summary>
    /// <param name="id">Identifier.</param>
    /// <param name="name">Name.</param>
    /// <param name="idealScale">Ideal scale.</param>
    /// <param name="configure">Optional further settings.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder AddActivity(string id, string name, Scale idealScale, Action<ActivityOptions>? configure = null)
    {
        var options = new ActivityOptions();
        configure?.Invoke(options);
        _activities.Add(() => new Activity(id, name, idealScale, options.Capabilities, options.Complexity, options.Workload, options.Function, options.CurrentPackage, options.Stability, options.GoalIds));
        return this;
    }

    /// <summary>Adds a dependency given as an intensity.</summary>
    /// <param name="from">First activity.</param>
    /// <param name="to">Second activity.</param>
    /// <param name="intensity">Intensity.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder AddDependency(string from, string to, Intensity intensity)
    {
        _dependencies.Add(() => new Dependency(from, to, intensity));
        return this;
    }

    /// <summary>Adds a dependency given as a weight.</summary>
    /// <param name="from">First activity.</param>
    /// <param name="to">Second activity.</param>
    /// <param name="weight">Positive, finite weight.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder AddDependency(string from, string to, double weight)
    {
        _dependencies.Add(() => new Dependency(from, to, weight));
        return this;
    }

    /// <summary>Adds a candidate team member.</summary>
    /// <param name="id">Identifier.</param>
    /// <param name="scale">Largest scale the member serves.</param>
    /// <param name="configure">Optional further settings.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder AddMember(string id, Scale scale, Action<MemberOptions>? configure = null)
    {
        var options = new MemberOptions();
        configure?.Invoke(options);
        _members.Add(() => new Member(id, scale, options.Capabilities, options.Name, options.Partner, options.Hours, options.MaxTeams, options.Informal));
        return this;
    }

    /// <summary>Adds a rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public ScenarioBuilder AddRule(Rule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _rules.Add(() => rule);
        return this;
    }

    /// <summary>Adds a rule that the activities share a package.</summary>
    /// <param name="activities">The activities.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder Together(params string[] activities)
    {
        _rules.Add(() => new TogetherRule(activities));
        return this;
    }

    /// <summary>Adds a rule that the activities are in different packages.</summary>
    /// <param name="activities">The activities.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder Apart(params string[] activities)
    {
        _rules.Add(() => new ApartRule(activities));
        return this;
    }

    /// <summary>Adds a rule fixing the scale of an activity's package.</summary>
    /// <param name="activity">The activity.</param>
    /// <param name="scale">The scale.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder FixScale(string activity, Scale scale)
    {
        _rules.Add(() => new FixedScaleRule(activity, scale));
        return this;
    }

    /// <summary>Adds a rule that a member is in the team of an activity's package.</summary>
    /// <param name="member">The member.</param>
    /// <param name="activity">The activity.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder RequireMember(string member, string activity)
    {
        _rules.Add(() => new MemberRequiredRule(member, activity));
        return this;
    }

    /// <summary>Adds a rule that a member is not in the team of an activity's package.</summary>
    /// <param name="member">The member.</param>
    /// <param name="activity">The activity.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder ExcludeMember(string member, string activity)
    {
        _rules.Add(() => new MemberExcludedRule(member, activity));
        return this;
    }

    /// <summary>Adds a goal that activities can serve (<see cref="ActivityOptions.Serves(string[])"/>).</summary>
    /// <param name="id">Identifier.</param>
    /// <param name="name">What the goal is.</param>
    /// <param name="horizon">Short or long term, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder AddGoal(string id, string name, GoalHorizon? horizon = null)
    {
        _goals.Add(() => new Goal(id, name, horizon));
        return this;
    }

    /// <summary>Adds a stimulating or inhibiting factor (worksheet tables 1 and 3).</summary>
    /// <param name="id">Identifier.</param>
    /// <param name="kind">Stimulating or inhibiting.</param>
    /// <param name="text">The factor in words.</param>
    /// <param name="removable">Whether an inhibiting factor can be removed.</param>
    /// <param name="activities">The activities it touches, or <see langword="null"/>.</param>
    /// <param name="rules">The positions of the rules it explains, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder AddFactor(string id, FactorKind kind, string text, bool removable = false, IEnumerable<string>? activities = null, IEnumerable<int>? rules = null)
    {
        var acts = activities?.ToList();
        var ruleList = rules?.ToList();
        _factors.Add(() => new Factor(id, kind, text, removable, acts, ruleList));
        return this;
    }

    /// <summary>Adds a package of today's organisation.</summary>
    /// <param name="id">Package identifier.</param>
    /// <param name="activities">Its activities.</param>
    /// <param name="members">Its team, or <see langword="null"/>.</param>
    /// <param name="scale">Its scale, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder AddCurrentPackage(string id, IEnumerable<string> activities, IEnumerable<string>? members = null, Scale? scale = null)
    {
        var acts = activities?.ToList();
        var team = members?.ToList();
        _current.Add(() => new ActivityPackage(id, acts!, team, scale));
        return this;
    }

    /// <summary>Checks everything and builds the scenario.</summary>
    /// <returns>The scenario.</returns>
    /// <exception cref="ScenarioValidationException">Any value is invalid or any reference does not resolve; lists every problem.</exception>
    public Scenario Build()
    {
        var problems = new List<Diagnostic>();
        var teamSize = Make(_teamSize, "$.teamSize", problems);
        var weights = Make(_weights, "$.intensityWeights", problems);
        var activities = MakeAll(_activities, "$.activities", problems);
        var dependencies = MakeAll(_dependencies, "$.dependencies", problems);
        var members = MakeAll(_members, "$.members", problems);
        var rules = MakeAll(_rules, "$.rules", problems);
        var current = MakeAll(_current, "$.current.packages", problems);
        var goals = MakeAll(_goals, "$.goals", problems);
        var factors = MakeAll(_factors, "$.factors", problems);
        Plan? plan = null;
        if (problems.Count == 0 && current.Count > 0)
        {
            try
            {
                plan = new Plan(current);
            }
            catch (ArgumentException e)
            {
                problems.Add(Diagnostic.Error("duplicate-id", e.Message, "$.current.packages"));
            }
        }

        if (problems.Count > 0)
        {
            // Report the value problems together with the reference problems the complete items still reveal.
            try
            {
                _ = new Scenario(_name, activities, dependencies, members, rules, teamSize, null, weights, goals, factors);
            }
            catch (ScenarioValidationException e)
            {
                problems.AddRange(e.Diagnostics.Where(d => d.Code == "duplicate-id"));
            }

            throw new ScenarioValidationException(problems);
        }

        return new Scenario(_name, activities, dependencies, members, rules, teamSize, plan, weights, goals, factors);
    }

    private static T? Make<T>(Func<T>? factory, string path, List<Diagnostic> problems)
        where T : class
    {
        if (factory is null)
        {
            return null;
        }

        try
        {
            return factory();
        }
        catch (ArgumentException e)
        {
            problems.Add(Diagnostic.Error("invalid-value", FirstLine(e.Message), PathOf(path, e.ParamName)));
            return null;
        }
    }

    private static List<T> MakeAll<T>(List<Func<T>> factories, string listPath, List<Diagnostic> problems)
        where T : class
    {
        var items = new List<T>(factories.Count);
        for (int i = 0; i < factories.Count; i++)
        {
            if (Make(factories[i], $"{listPath}[{i}]", problems) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    private static string PathOf(string path, string? parameter)
        => parameter switch
        {
            null or "" => path,
            "idealScale" or "requires" or "complexity" or "workload" or "function" or "currentPackage"
                or "id" or "name" or "scale" or "capabilities" or "partner" or "hours" or "maxTeams"
                or "from" or "to" or "weight" or "intensity" or "min" or "max" or "activities" or "activity" or "member"
                or "referral" or "information" or "alignment" or "joint" or "stability" or "goals" or "kind" or "text"
                or "removable" or "rules" or "horizon" => $"{path}.{parameter}",
            _ => path,
        };

    private static string FirstLine(string message)
    {
        var cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        var line = cut >= 0 ? message[..cut] : message;
        var newline = line.IndexOf('\n', StringComparison.Ordinal);
        return (newline >= 0 ? line[..newline] : line).Trim();
    }
}

/// <summary>Optional settings of an activity in a <see cref="ScenarioBuilder"/>.</summary>
public sealed class ActivityOptions
{
    internal List<string> Capabilities { get; } = [];

    internal Complexity Complexity { get; private set; } = Complexity.Complex;

    internal double? Workload { get; private set; }

    internal string? Function { get; private set; }

    internal string? CurrentPackage { get; private set; }

    internal Stability Stability { get; private set; } = Stability.Changing;

    internal List<string> GoalIds { get; } = [];

    /// <summary>Adds required capabilities.</summary>
    /// <param name="capabilities">Capability names.</param>
    /// <returns>These options.</returns>
    public ActivityOptions Requires(params string[] capabilities)
    {
        Capabilities.AddRange(capabilities);
        return this;
    }

    /// <summary>
    /// Marks the activity simple (default: complex). As in a scenario file, its stability stays changing unless
    /// <see cref="Stable"/> is called too: only a simple and stable activity may be coordinated hierarchically.
    /// </summary>
    /// <returns>These options.</returns>
    public ActivityOptions Simple()
    {
        Complexity = Complexity.Simple;
        return this;
    }

    /// <summary>Marks the activity stable (<em>stabiel</em>) without changing its complexity.</summary>
    /// <returns>These options.</returns>
    public ActivityOptions Stable()
    {
        Stability = Stability.Stable;
        return this;
    }

    /// <summary>Marks the activity changing (<em>veranderlijk</em>, the default) without changing its complexity.</summary>
    /// <returns>These options.</returns>
    public ActivityOptions Changing()
    {
        Stability = Stability.Changing;
        return this;
    }

    /// <summary>Names goals the activity serves.</summary>
    /// <param name="goals">Goal identifiers (added with <see cref="ScenarioBuilder.AddGoal(string, string, GoalHorizon?)"/>).</param>
    /// <returns>These options.</returns>
    public ActivityOptions Serves(params string[] goals)
    {
        GoalIds.AddRange(goals);
        return this;
    }

    /// <summary>Sets the workload in hours.</summary>
    /// <param name="hours">Hours, greater than zero.</param>
    /// <returns>These options.</returns>
    public ActivityOptions WithWorkload(double hours)
    {
        Workload = hours;
        return this;
    }

    /// <summary>Sets the function tag.</summary>
    /// <param name="function">The tag.</param>
    /// <returns>These options.</returns>
    public ActivityOptions WithFunction(string function)
    {
        Function = function;
        return this;
    }

    /// <summary>Sets the package that performs the activity today.</summary>
    /// <param name="package">The package identifier.</param>
    /// <returns>These options.</returns>
    public ActivityOptions InCurrentPackage(string package)
    {
        CurrentPackage = package;
        return this;
    }
}

/// <summary>Optional settings of a member in a <see cref="ScenarioBuilder"/>.</summary>
public sealed class MemberOptions
{
    internal List<string> Capabilities { get; } = [];

    internal string? Name { get; private set; }

    internal string? Partner { get; private set; }

    internal double? Hours { get; private set; }

    internal int MaxTeams { get; private set; } = 1;

    internal bool Informal { get; private set; }

    /// <summary>Adds capabilities.</summary>
    /// <param name="capabilities">Capability names.</param>
    /// <returns>These options.</returns>
    public MemberOptions WithCapabilities(params string[] capabilities)
    {
        Capabilities.AddRange(capabilities);
        return this;
    }

    /// <summary>Sets the display name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>These options.</returns>
    public MemberOptions Named(string name)
    {
        Name = name;
        return this;
    }

    /// <summary>Sets the partner organisation.</summary>
    /// <param name="partner">The partner.</param>
    /// <returns>These options.</returns>
    public MemberOptions FromPartner(string partner)
    {
        Partner = partner;
        return this;
    }

    /// <summary>Sets the hours available.</summary>
    /// <param name="hours">Hours, greater than zero.</param>
    /// <returns>These options.</returns>
    public MemberOptions WithHours(double hours)
    {
        Hours = hours;
        return this;
    }

    /// <summary>Sets how many teams the member may join.</summary>
    /// <param name="maxTeams">At least 1.</param>
    /// <returns>These options.</returns>
    public MemberOptions WithMaxTeams(int maxTeams)
    {
        MaxTeams = maxTeams;
        return this;
    }

    /// <summary>Marks the member an informal actor (family, neighbours, volunteers).</summary>
    /// <returns>These options.</returns>
    public MemberOptions AsInformal()
    {
        Informal = true;
        return this;
    }
}
