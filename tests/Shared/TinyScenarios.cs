using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Ontwar.Tests.Shared;

/// <summary>
/// Generated scenarios within the oracle's limits, tilted towards feasible ones with a non-trivial cut (the general
/// <c>ScenarioGen</c> makes most tiny scenarios infeasible): few capabilities, members holding one or two, dense
/// dependencies, generous but not unlimited hours, up to three rules.
/// </summary>
public static class TinyScenarios
{
    private static readonly string[] Capabilities = ["care", "nursing", "physio", "adapt"];

    private static readonly Scale[] Scales = Enum.GetValues<Scale>();

    /// <summary>The generator.</summary>
    /// <param name="maxActivities">Largest number of activities (at most the oracle's 6).</param>
    /// <param name="maxMembers">Largest number of members (at most the oracle's 7).</param>
    /// <param name="withRules">Whether rules may be generated.</param>
    /// <param name="withHours">Whether workloads and hours may be generated.</param>
    /// <returns>Scenarios.</returns>
    public static Gen<Scenario> Scenarios(int maxActivities = 6, int maxMembers = 7, bool withRules = true, bool withHours = true) =>
        from n in Gen.Choose(3, maxActivities)
        from m in Gen.Choose(Math.Min(4, maxMembers), maxMembers)
        from min in Gen.Elements(1, 1, 2)
        from extra in Gen.Elements(0, 0, 1)
        from hours in withHours ? Gen.Elements(true, false) : Gen.Constant(false)
        from activities in Gen.CollectToArray(Enumerable.Range(0, n), i => Activity(i, hours))
        from members in Gen.CollectToArray(Enumerable.Range(0, m), i => Member(i, hours))
        from deps in Gen.CollectToArray(Enumerable.Range(0, 2 * n), _ => Dependency(n))
        from rules in withRules ? Gen.Choose(0, 3).SelectMany(k => Gen.CollectToArray(Enumerable.Range(0, k), _ => Rule(n, m))) : Gen.Constant(Array.Empty<Rule>())
        select new Scenario("tiny", activities, deps, members, rules, new TeamSizeLimits(min, Math.Min(4, min + extra)));

    /// <summary>The arbitrary of <see cref="Scenarios"/> (no shrinking).</summary>
    /// <param name="maxActivities">Largest number of activities.</param>
    /// <param name="maxMembers">Largest number of members.</param>
    /// <param name="withRules">Whether rules may be generated.</param>
    /// <param name="withHours">Whether workloads and hours may be generated.</param>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Scenario> Arbitrary(int maxActivities = 6, int maxMembers = 7, bool withRules = true, bool withHours = true)
        => Arb.From(Scenarios(maxActivities, maxMembers, withRules, withHours));

    private static string[] Caps(int first, int second)
        => first >= Capabilities.Length ? []
            : second >= Capabilities.Length || second == first ? [Capabilities[first]]
            : [Capabilities[first], Capabilities[second]];

    private static string Id(char prefix, int i) => prefix + i.ToString(CultureInfo.InvariantCulture);

    private static Gen<Activity> Activity(int i, bool hours) =>
        from first in Gen.Choose(0, 4)
        from second in Gen.Choose(0, 12)
        from scale in Gen.Elements(Scales)
        from workload in hours ? Gen.Elements<double?>(null, 1, 2, 3.5, 5) : Gen.Constant<double?>(null)
        select new Activity(Id('a', i), "Activity " + i, scale, Caps(first, second), workload: workload);

    private static Gen<Member> Member(int i, bool hours) =>
        from second in Gen.Choose(0, 12)
        let first = i % Capabilities.Length
        from scale in Gen.Elements(Scale.Municipality, Scale.LocalRegion, Scale.SupraLocalRegion, Scale.SupraLocalRegion, Scale.GeographicNeighbourhood)
        from h in hours ? Gen.Elements<double?>(null, 2, 3, 4, 6) : Gen.Constant<double?>(null)
        from maxTeams in Gen.Elements(1, 2, 2)
        select new Member(
            Id('m', i),
            scale,
            Caps(first, second),
            hours: h,
            maxTeams: maxTeams);

    private static Gen<Dependency> Dependency(int n) =>
        from a in Gen.Choose(0, n - 1)
        from offset in Gen.Choose(1, n - 1)
        from useIntensity in Gen.Elements(true, false)
        from intensity in Gen.Elements(Enum.GetValues<Intensity>())
        from weight in Gen.Elements(0.5, 1.0, 1.5, 3.0, 2.25)
        let b = (a + offset) % n
        select useIntensity ? new Dependency(Id('a', a), Id('a', b), intensity) : new Dependency(Id('a', a), Id('a', b), weight);

    private static Gen<Rule> Rule(int n, int m) =>
        from kind in Gen.Choose(0, 4)
        from a in Gen.Choose(0, n - 1)
        from offset in Gen.Choose(1, n - 1)
        from member in Gen.Choose(0, m - 1)
        from scale in Gen.Elements(Scales)
        let b = (a + offset) % n
        select (Rule)(kind switch
        {
            0 => new TogetherRule([Id('a', a), Id('a', b)]),
            1 => new ApartRule([Id('a', a), Id('a', b)]),
            2 => new FixedScaleRule(Id('a', a), scale),
            3 => new MemberRequiredRule(Id('m', member), Id('a', a)),
            _ => new MemberExcludedRule(Id('m', member), Id('a', a)),
        });
}
