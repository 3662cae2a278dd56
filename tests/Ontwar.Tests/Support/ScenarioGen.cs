using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Ontwar.Tests.Support;

/// <summary>FsCheck generators of valid scenarios, shared by the property tests.</summary>
public static class ScenarioGen
{
    private static readonly string[] CapabilityPool = ["care", "nursing", "physio", "adapt", "social", "company"];

    private static readonly Scale[] Scales = Enum.GetValues<Scale>();

    /// <summary>Settings of the generated scenarios.</summary>
    /// <param name="MaxActivities">Largest number of activities (at least 1).</param>
    /// <param name="MaxMembers">Largest number of members (at least 1).</param>
    /// <param name="WithRules">Whether rules may be generated.</param>
    /// <param name="WithHours">Whether workloads and hours may be generated.</param>
    /// <param name="MaxTeamSize">Largest team-size maximum.</param>
    public sealed record Shape(int MaxActivities = 8, int MaxMembers = 8, bool WithRules = true, bool WithHours = true, int MaxTeamSize = 4);

    /// <summary>Valid scenarios of the given shape.</summary>
    /// <param name="shape">The shape.</param>
    /// <returns>The generator.</returns>
    public static Gen<Scenario> Scenarios(Shape shape) =>
        from n in Gen.Choose(1, shape.MaxActivities)
        from m in Gen.Choose(1, shape.MaxMembers)
        from capCount in Gen.Choose(1, CapabilityPool.Length)
        from min in Gen.Choose(1, Math.Min(3, shape.MaxTeamSize))
        from extra in Gen.Choose(0, Math.Max(0, shape.MaxTeamSize - min))
        from activities in Gen.CollectToArray(Enumerable.Range(0, n), i => Activity(i, capCount, shape.WithHours))
        from members in Gen.CollectToArray(Enumerable.Range(0, m), i => Member(i, capCount, shape.WithHours))
        from deps in n > 1 ? Gen.ListOf(Dependency(n)).Select(l => l.Take(3 * n).ToArray()) : Gen.Constant(Array.Empty<Dependency>())
        from rules in shape.WithRules ? Gen.ListOf(Rule(n, m)).Select(l => l.Take(3).ToArray()) : Gen.Constant(Array.Empty<Rule>())
        select new Scenario(
            "generated",
            activities,
            deps,
            members,
            n > 1 ? rules : rules.Where(r => r is not TogetherRule and not ApartRule).ToArray(),
            new TeamSizeLimits(min, min + extra));

    /// <summary>The arbitrary of <see cref="Scenarios"/> (no shrinking: generated scenarios are already small).</summary>
    /// <param name="shape">The shape.</param>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Scenario> Arbitrary(Shape? shape = null) => Arb.From(Scenarios(shape ?? new Shape()));

    private static string Id(char prefix, int i) => prefix + i.ToString(CultureInfo.InvariantCulture);

    private static Gen<Activity> Activity(int i, int capCount, bool withHours) =>
        from caps in Gen.SubListOf(CapabilityPool.Take(capCount).ToArray())
        from scale in Gen.Elements(Scales)
        from simple in Gen.Elements(true, false)
        from workload in withHours ? Gen.Elements<double?>(null, 1, 2.5, 4) : Gen.Constant<double?>(null)
        from function in Gen.Elements<string?>(null, "care", "welfare")
        select new Activity(Id('a', i), "Activity " + i, scale, caps.Take(2), simple ? Complexity.Simple : Complexity.Complex, workload, function);

    private static Gen<Member> Member(int i, int capCount, bool withHours) =>
        from caps in Gen.SubListOf(CapabilityPool.Take(capCount).ToArray())
        from scale in Gen.Elements(Scales)
        from hours in withHours ? Gen.Elements<double?>(null, 2, 5, 10) : Gen.Constant<double?>(null)
        from maxTeams in Gen.Elements(1, 1, 1, 2)
        select new Member(Id('m', i), scale, caps, "Member " + i, "Partner " + (i % 3), hours, maxTeams);

    private static Gen<Dependency> Dependency(int n) =>
        from source in Gen.Choose(0, Math.Max(0, n - 1))
        from offset in Gen.Choose(1, Math.Max(1, n - 1))
        from useIntensity in Gen.Elements(true, false)
        from intensity in Gen.Elements(Enum.GetValues<Intensity>())
        from weight in Gen.Elements(0.5, 1.0, 1.5, 3.0)
        let target = (source + offset) % Math.Max(1, n)
        select useIntensity
            ? new Dependency(Id('a', source), Id('a', target == source ? (source + 1) % n : target), intensity)
            : new Dependency(Id('a', source), Id('a', target == source ? (source + 1) % n : target), weight);

    private static Gen<Rule> Rule(int n, int m) =>
        from kind in Gen.Choose(0, 4)
        from a in Gen.Choose(0, n - 1)
        from b in Gen.Choose(0, n - 1)
        from member in Gen.Choose(0, m - 1)
        from scale in Gen.Elements(Scales)
        select (Rule)(kind switch
        {
            0 when n > 1 && a != b => new TogetherRule([Id('a', a), Id('a', b)]),
            1 when n > 1 && a != b => new ApartRule([Id('a', a), Id('a', b)]),
            3 => new MemberRequiredRule(Id('m', member), Id('a', a)),
            4 => new MemberExcludedRule(Id('m', member), Id('a', a)),
            _ => new FixedScaleRule(Id('a', a), scale),
        });
}
