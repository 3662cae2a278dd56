using System.Globalization;

namespace Ontwar.Benchmarks.Comparison;

/// <summary>
/// Scenarios without planted structure: dependencies between uniformly drawn pairs (about two per activity, any
/// intensity), one or two required capabilities per activity from a pool of about n/2, and three members per activity
/// holding one capability each (every capability at least three holders), working at local-region scale or larger,
/// in two or three teams each, with hours to spare. Plans exist (teams may be filled with members whose capability is not
/// needed), but there is no good cut to find: this is where partitioners and the engine differ most.
/// </summary>
internal static class RandomScenarioGenerator
{
    internal static Scenario Generate(int activities, int seed)
    {
        if (activities < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(activities), activities, "A random scenario needs at least 2 activities.");
        }

        var random = new Random(seed);
        int capabilityCount = Math.Max(3, activities / 2);
        var list = new List<Activity>(activities);
        for (int i = 0; i < activities; i++)
        {
            var requires = new List<string> { Cap(random.Next(capabilityCount)) };
            if (random.NextDouble() < 0.3)
            {
                requires.Add(Cap(random.Next(capabilityCount)));
            }

            list.Add(new Activity(
                "a" + Int(i),
                "Activity " + Int(i),
                (Scale)random.Next(5),
                requires.Distinct(StringComparer.Ordinal),
                random.NextDouble() < 0.3 ? Complexity.Simple : Complexity.Complex,
                1 + random.Next(4)));
        }

        var dependencies = new List<Dependency>(2 * activities);
        var intensities = Enum.GetValues<Intensity>();
        for (int k = 0; k < 2 * activities; k++)
        {
            int a = random.Next(activities), b = random.Next(activities);
            if (a != b)
            {
                dependencies.Add(new Dependency(list[a].Id, list[b].Id, intensities[random.Next(intensities.Length)]));
            }
        }

        int memberCount = Math.Max(3 * capabilityCount, activities * 3);
        var members = new List<Member>(memberCount);
        for (int m = 0; m < memberCount; m++)
        {
            members.Add(new Member(
                "m" + Int(m),
                (Scale)(3 + random.Next(2)),
                [Cap(m % capabilityCount)],
                "Member " + Int(m),
                "Partner " + Int(m % 97),
                8 + random.Next(8),
                2 + random.Next(2)));
        }

        return new Scenario("Random " + Int(activities) + " (seed " + Int(seed) + ")", list, dependencies, members);
    }

    private static string Cap(int c) => "c" + Int(c);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
