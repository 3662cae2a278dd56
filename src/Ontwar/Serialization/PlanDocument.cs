using System.Text.Json;
using Ontwar.Diagnostics;
using Ontwar.Internal;
using Ontwar.Solving;

namespace Ontwar.Serialization;

/// <summary>
/// What <c>solve --format json</c> writes (contract section 2): the status of the solve, the engine, objective, bound,
/// gap, time, graph metrics, the packages with their team, scale, intensity, coordination and decision levels, the
/// links between packages, and diagnostics. An immutable data object: whoever interprets a solve fills it in, and
/// <see cref="PlanJson.Write(PlanDocument, Stream)"/> writes it with the contract's field names.
/// </summary>
public sealed class PlanDocument
{
    /// <summary>Creates a document.</summary>
    /// <param name="scenario">The scenario's name (<c>scenario</c>).</param>
    /// <param name="status">What the solve proved (<c>status</c>).</param>
    /// <param name="engine">The engine that produced the plan (<c>engine</c>).</param>
    /// <param name="packages">The packages (<c>packages</c>); empty without a plan.</param>
    /// <param name="links">The links between packages (<c>links</c>), or <see langword="null"/> for none.</param>
    /// <param name="diagnostics">Findings (<c>diagnostics</c>), or <see langword="null"/> for none.</param>
    /// <param name="objective">The plan's objective, or <see langword="null"/> without a plan.</param>
    /// <param name="bound">The proven bound, or <see langword="null"/> when none is known.</param>
    /// <param name="gap">The relative gap between objective and bound, or <see langword="null"/>.</param>
    /// <param name="elapsedMs">Wall-clock time of the solve in milliseconds; at least zero.</param>
    /// <param name="metrics">Graph metrics of the plan, or <see langword="null"/> without a plan.</param>
    /// <param name="comparison">The ideal-versus-reality comparison (<c>comparison</c>, an extension), already as a JSON
    /// object, or <see langword="null"/> to leave it out.</param>
    /// <param name="check">The Samenwerk-check of today's organisation (<c>check</c>, an extension), already as a JSON
    /// object, or <see langword="null"/> to leave it out.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/>, <paramref name="engine"/>, <paramref name="packages"/> or an item is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is undefined, a number is not finite, or <paramref name="elapsedMs"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="comparison"/> or <paramref name="check"/> is not a JSON object.</exception>
    public PlanDocument(
        string scenario,
        SolveStatus status,
        string engine,
        IEnumerable<PlanDocumentPackage> packages,
        IEnumerable<PlanDocumentLink>? links = null,
        IEnumerable<Diagnostic>? diagnostics = null,
        double? objective = null,
        double? bound = null,
        double? gap = null,
        long elapsedMs = 0,
        PlanMetrics? metrics = null,
        JsonElement? comparison = null,
        JsonElement? check = null)
    {
        Scenario = Preconditions.CheckNotNull(scenario);
        Status = Preconditions.CheckDefined(status);
        Engine = Preconditions.CheckNotNull(engine);
        Packages = PlanChecks.Items(packages);
        Links = links is null ? [] : PlanChecks.Items(links);
        Diagnostics = diagnostics is null ? [] : PlanChecks.Items(diagnostics);
        Objective = PlanChecks.Finite(objective);
        Bound = PlanChecks.Finite(bound);
        Gap = PlanChecks.Finite(gap);
        ElapsedMs = elapsedMs >= 0 ? elapsedMs : throw new ArgumentOutOfRangeException(nameof(elapsedMs), elapsedMs, "Expected zero or more milliseconds.");
        Metrics = metrics;
        Comparison = ObjectOrNull(comparison);
        Check = ObjectOrNull(check);
    }

    /// <summary>The scenario's name.</summary>
    public string Scenario { get; }

    /// <summary>What the solve proved; written as <c>optimal</c>, <c>feasible</c>, <c>infeasible</c> or <c>unknown</c>.</summary>
    public SolveStatus Status { get; }

    /// <summary>The engine's name.</summary>
    public string Engine { get; }

    /// <summary>The objective, or <see langword="null"/>.</summary>
    public double? Objective { get; }

    /// <summary>The proven bound, or <see langword="null"/>.</summary>
    public double? Bound { get; }

    /// <summary>The relative gap, or <see langword="null"/>.</summary>
    public double? Gap { get; }

    /// <summary>Wall-clock milliseconds.</summary>
    public long ElapsedMs { get; }

    /// <summary>Graph metrics, or <see langword="null"/>.</summary>
    public PlanMetrics? Metrics { get; }

    /// <summary>The packages.</summary>
    public IReadOnlyList<PlanDocumentPackage> Packages { get; }

    /// <summary>The ideal-versus-reality comparison block (<c>comparison</c>), or <see langword="null"/>.</summary>
    public JsonElement? Comparison { get; }

    /// <summary>The Samenwerk-check block (<c>check</c>), or <see langword="null"/>.</summary>
    public JsonElement? Check { get; }

    /// <summary>The links between packages.</summary>
    public IReadOnlyList<PlanDocumentLink> Links { get; }

    /// <summary>Findings: warnings about the plan, or with an infeasible status the reasons.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The same document with a <c>comparison</c> and/or <c>check</c> block added (a <see langword="null"/> argument keeps the present one).</summary>
    /// <param name="comparison">The comparison block, a JSON object, or <see langword="null"/>.</param>
    /// <param name="check">The check block, a JSON object, or <see langword="null"/>.</param>
    /// <returns>The new document.</returns>
    /// <exception cref="ArgumentException">A block is not a JSON object.</exception>
    public PlanDocument WithBlocks(JsonElement? comparison = null, JsonElement? check = null)
        => new(Scenario, Status, Engine, Packages, Links, Diagnostics, Objective, Bound, Gap, ElapsedMs, Metrics, comparison ?? Comparison, check ?? Check);

    /// <summary>The contract name of a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns><c>optimal</c>, <c>feasible</c>, <c>infeasible</c> or <c>unknown</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is undefined.</exception>
    public static string NameOf(SolveStatus status) => status switch
    {
        SolveStatus.Optimal => "optimal",
        SolveStatus.Feasible => "feasible",
        SolveStatus.Infeasible => "infeasible",
        SolveStatus.Unknown => "unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    private static JsonElement? ObjectOrNull(JsonElement? block, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(block))] string? name = null)
        => block is not { } b ? null
            : b.ValueKind == JsonValueKind.Object ? b.Clone()
            : throw new ArgumentException($"Expected a JSON object, not {b.ValueKind}.", name);
}

/// <summary>The graph metrics of a plan (<c>metrics</c>), in the units of the scenario's cohesion weights.</summary>
public sealed class PlanMetrics
{
    /// <summary>Creates the metrics.</summary>
    /// <param name="cutWeight">Summed cohesion of dependencies between packages (<c>cutWeight</c>); at least zero.</param>
    /// <param name="internalWeight">Summed cohesion of dependencies inside packages (<c>internalWeight</c>); at least zero.</param>
    /// <param name="totalWeight">Summed cohesion of all dependencies (<c>totalWeight</c>); at least zero.</param>
    /// <param name="modularity">Newman modularity of the partition (<c>modularity</c>), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative or a number is not finite.</exception>
    public PlanMetrics(double cutWeight, double internalWeight, double totalWeight, double? modularity = null)
    {
        CutWeight = PlanChecks.NonNegative(cutWeight);
        InternalWeight = PlanChecks.NonNegative(internalWeight);
        TotalWeight = PlanChecks.NonNegative(totalWeight);
        Modularity = PlanChecks.Finite(modularity);
    }

    /// <summary>Summed cohesion between packages.</summary>
    public double CutWeight { get; }

    /// <summary>Summed cohesion inside packages.</summary>
    public double InternalWeight { get; }

    /// <summary>Summed cohesion of all dependencies.</summary>
    public double TotalWeight { get; }

    /// <summary>Modularity, or <see langword="null"/>.</summary>
    public double? Modularity { get; }
}

/// <summary>One package of a <see cref="PlanDocument"/> (<c>packages[]</c>).</summary>
public sealed class PlanDocumentPackage
{
    /// <summary>Creates a package entry.</summary>
    /// <param name="id">The package identifier (<c>id</c>).</param>
    /// <param name="activities">Its activity identifiers (<c>activities</c>).</param>
    /// <param name="members">Its team's member identifiers (<c>members</c>).</param>
    /// <param name="scale">Its scale (<c>scale</c>).</param>
    /// <param name="intensity">The collaboration intensity inside it (<c>intensity</c>), or <see langword="null"/> when it has no internal dependency.</param>
    /// <param name="coordination">Its coordination (<c>coordination</c>): one of <see cref="PlanVocabulary.Coordinations"/>, or <see langword="null"/>.</param>
    /// <param name="decisionLevels">The decision levels its team holds (<c>decisionLevels</c>): each one of <see cref="PlanVocabulary.DecisionLevels"/>.</param>
    /// <param name="partners">The partners at its table (<c>partners</c>, an extension), or <see langword="null"/> for none.</param>
    /// <param name="neededMembers">Members holding a capability its activities require (<c>neededMembers</c>, an extension), or <see langword="null"/>.</param>
    /// <param name="fillingMembers">The other members, who only fill the team (<c>fillingMembers</c>, an extension), or <see langword="null"/>.</param>
    /// <param name="internalWeight">Summed cohesion inside the package (<c>internalWeight</c>, an extension), or <see langword="null"/> to leave it out.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="activities"/> or <paramref name="members"/> is null.</exception>
    /// <exception cref="ArgumentException">An identifier is blank, or a coordination or decision level is not one of the contract's names.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> or <paramref name="intensity"/> is undefined.</exception>
    public PlanDocumentPackage(
        string id,
        IEnumerable<string> activities,
        IEnumerable<string> members,
        Scale scale,
        Intensity? intensity = null,
        string? coordination = null,
        IEnumerable<string>? decisionLevels = null,
        IEnumerable<string>? partners = null,
        IEnumerable<string>? neededMembers = null,
        IEnumerable<string>? fillingMembers = null,
        double? internalWeight = null)
    {
        Id = Preconditions.CheckId(id);
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentNullException.ThrowIfNull(members);
        Activities = Preconditions.CheckIds(activities);
        Members = Preconditions.CheckIds(members);
        Scale = Preconditions.CheckDefined(scale);
        Intensity = intensity is { } i ? Preconditions.CheckDefined(i) : null;
        Coordination = coordination is null ? null : PlanVocabulary.CheckCoordination(coordination);
        DecisionLevels = PlanVocabulary.CheckDecisionLevels(decisionLevels);
        Partners = Preconditions.CheckIds(partners);
        NeededMembers = Preconditions.CheckIds(neededMembers);
        FillingMembers = Preconditions.CheckIds(fillingMembers);
        InternalWeight = internalWeight is { } w ? PlanChecks.NonNegative(w, nameof(internalWeight)) : null;
    }

    /// <summary>The package identifier.</summary>
    public string Id { get; }

    /// <summary>Its activity identifiers.</summary>
    public IReadOnlyList<string> Activities { get; }

    /// <summary>Its team's member identifiers.</summary>
    public IReadOnlyList<string> Members { get; }

    /// <summary>Its scale.</summary>
    public Scale Scale { get; }

    /// <summary>The intensity inside the package, or <see langword="null"/>.</summary>
    public Intensity? Intensity { get; }

    /// <summary>The coordination, or <see langword="null"/>.</summary>
    public string? Coordination { get; }

    /// <summary>The decision levels the team holds.</summary>
    public IReadOnlyList<string> DecisionLevels { get; }

    /// <summary>The partners at the package's table (seed 000:910-912).</summary>
    public IReadOnlyList<string> Partners { get; }

    /// <summary>Team members holding a capability the package's activities require.</summary>
    public IReadOnlyList<string> NeededMembers { get; }

    /// <summary>Team members who only fill the team.</summary>
    public IReadOnlyList<string> FillingMembers { get; }

    /// <summary>Summed cohesion inside the package, or <see langword="null"/>.</summary>
    public double? InternalWeight { get; }
}

/// <summary>A link between two packages of a <see cref="PlanDocument"/> (<c>links[]</c>).</summary>
public sealed class PlanDocumentLink
{
    /// <summary>Creates a link.</summary>
    /// <param name="first">The first package identifier (<c>packages[0]</c>).</param>
    /// <param name="second">The second package identifier (<c>packages[1]</c>).</param>
    /// <param name="weight">Summed cohesion between the two packages (<c>weight</c>); finite and greater than zero.</param>
    /// <param name="intensity">The collaboration intensity the link calls for (<c>intensity</c>).</param>
    /// <param name="coordination">Its coordination (<c>coordination</c>): one of <see cref="PlanVocabulary.Coordinations"/>, or <see langword="null"/>.</param>
    /// <param name="reexamineSplit">Whether the two packages need to perform activities together, so the split should be re-examined (<c>reexamineSplit</c>).</param>
    /// <param name="collaborationForms">The collaboration forms that fit the intensity (<c>collaborationForms</c>, an extension), or <see langword="null"/> for none.</param>
    /// <param name="strongestPairCohesion">The largest summed cohesion of one pair of activities across the link (<c>strongestPairCohesion</c>, an extension), or <see langword="null"/>.</param>
    /// <param name="decisionLevels">The decision levels the two packages take together (<c>decisionLevels</c>, contract section 4; step 5(2), seed 000:325): each one of <see cref="PlanVocabulary.DecisionLevels"/>; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException">A package identifier is null.</exception>
    /// <exception cref="ArgumentException">A package identifier is blank, or the coordination or a decision level is not one of the contract's names.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is not finite and positive, or <paramref name="intensity"/> is undefined.</exception>
    public PlanDocumentLink(
        string first,
        string second,
        double weight,
        Intensity intensity,
        string? coordination = null,
        bool reexamineSplit = false,
        IEnumerable<string>? collaborationForms = null,
        double? strongestPairCohesion = null,
        IEnumerable<string>? decisionLevels = null)
    {
        First = Preconditions.CheckId(first);
        Second = Preconditions.CheckId(second);
        Weight = Preconditions.CheckPositiveFinite(weight);
        Intensity = Preconditions.CheckDefined(intensity);
        Coordination = coordination is null ? null : PlanVocabulary.CheckCoordination(coordination);
        ReexamineSplit = reexamineSplit;
        CollaborationForms = Preconditions.CheckIds(collaborationForms);
        StrongestPairCohesion = strongestPairCohesion is { } w ? PlanChecks.NonNegative(w, nameof(strongestPairCohesion)) : null;
        DecisionLevels = PlanVocabulary.CheckDecisionLevels(decisionLevels);
    }

    /// <summary>The first package identifier.</summary>
    public string First { get; }

    /// <summary>The second package identifier.</summary>
    public string Second { get; }

    /// <summary>Summed cohesion between the packages.</summary>
    public double Weight { get; }

    /// <summary>The intensity the link calls for.</summary>
    public Intensity Intensity { get; }

    /// <summary>The coordination, or <see langword="null"/>.</summary>
    public string? Coordination { get; }

    /// <summary>Whether the split should be re-examined (seed 000:931).</summary>
    public bool ReexamineSplit { get; }

    /// <summary>The collaboration forms of the Samenwerk-check table that fit the intensity (000:619-622).</summary>
    public IReadOnlyList<string> CollaborationForms { get; }

    /// <summary>The largest summed cohesion of one pair across the link, or <see langword="null"/>.</summary>
    public double? StrongestPairCohesion { get; }

    /// <summary>The decision levels the two packages take together (step 5(2), 000:325); empty when they only refer or share information.</summary>
    public IReadOnlyList<string> DecisionLevels { get; }
}

/// <summary>The closed sets of names a <see cref="PlanDocument"/> uses for coordination and decision levels (contract section 2).</summary>
public static class PlanVocabulary
{
    /// <summary>Hierarchical (central) coordination: <c>hierarchical</c>.</summary>
    public const string Hierarchical = "hierarchical";

    /// <summary>Decentralised coordination: <c>decentralised</c>.</summary>
    public const string Decentralised = "decentralised";

    /// <summary>Strategic decisions (goals): <c>strategic</c>.</summary>
    public const string Strategic = "strategic";

    /// <summary>Structural decisions (working method): <c>structural</c>.</summary>
    public const string Structural = "structural";

    /// <summary>Operational decisions (execution): <c>operational</c>.</summary>
    public const string Operational = "operational";

    /// <summary>The coordination names.</summary>
    public static IReadOnlyList<string> Coordinations { get; } = [Hierarchical, Decentralised];

    /// <summary>The decision-level names, from goals to execution.</summary>
    public static IReadOnlyList<string> DecisionLevels { get; } = [Strategic, Structural, Operational];

    internal static string CheckCoordination(string coordination)
        => Coordinations.Contains(coordination, StringComparer.Ordinal)
            ? coordination
            : throw new ArgumentException($"Unknown coordination '{coordination}'; expected {Hierarchical} or {Decentralised}.", nameof(coordination));

    internal static IReadOnlyList<string> CheckDecisionLevels(IEnumerable<string>? levels)
    {
        var list = Preconditions.CheckIds(levels, nameof(levels));
        foreach (var level in list)
        {
            if (!DecisionLevels.Contains(level, StringComparer.Ordinal))
            {
                throw new ArgumentException($"Unknown decision level '{level}'; expected {Strategic}, {Structural} or {Operational}.", nameof(levels));
            }
        }

        return list;
    }
}

/// <summary>Argument checks of the plan document types.</summary>
internal static class PlanChecks
{
    internal static IReadOnlyList<T> Items<T>(IEnumerable<T> items, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(items))] string? name = null)
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

    internal static double? Finite(double? value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? name = null)
        => value is not { } v || double.IsFinite(v) ? value : throw new ArgumentOutOfRangeException(name, v, "Expected a finite number.");

    internal static double NonNegative(double value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? name = null)
        => double.IsFinite(value) && value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, "Expected a finite number of at least zero.");
}
