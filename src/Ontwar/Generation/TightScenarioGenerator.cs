using System.Globalization;
using Ontwar.Plans;

namespace Ontwar.Generation;

/// <summary>Settings of a tight-staffing scenario (see <see cref="TightScenarioGenerator"/>).</summary>
public sealed class TightScenarioOptions
{
    /// <summary>Number of activities; at least 4. Default 30.</summary>
    public int Activities { get; init; } = 30;

    /// <summary>
    /// Number of candidate members, or <see langword="null"/> for four for every three activities. When fewer than the
    /// planted teams need, the planted teams are generated anyway and there are no spare members.
    /// </summary>
    public int? Members { get; init; }

    /// <summary>Seed; the same seed gives the same scenario. Default 0.</summary>
    public int Seed { get; init; }

    /// <summary>Every problem with these settings; empty when valid.</summary>
    /// <returns>The problems.</returns>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Activities < 4)
        {
            problems.Add($"Activities must be at least 4; it is {Activities}.");
        }

        if (Members is < 1)
        {
            problems.Add($"Members must be at least 1; it is {Members}.");
        }

        return problems;
    }
}

/// <summary>
/// Generates scenarios whose staffing is tight, the kind a municipality brings rather than the kind a generator makes
/// easy: planted packages of 4 to 8 strongly linked activities, each with a team of 6 or 7 members whose hours are only
/// 10 to 25 % above the package's workload; every member joins at most one team; capabilities come from a shared pool
/// with about four holders each; member scales are the package's scale or one step larger, activities' ideal scales
/// likewise; a quarter of the members are spares holding random capabilities with fewer hours. Weak links join the
/// packages. The planted plan is feasible and its cut is known; a plan can beat it only by moving single activities
/// into teams with hours and capabilities to spare, because no team of 8 has the hours for two packages.
/// </summary>
public static class TightScenarioGenerator
{
    /// <summary>Generates a scenario.</summary>
    /// <param name="options">The settings.</param>
    /// <returns>The scenario and its planted plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The settings are invalid; the message lists every problem.</exception>
    public static PlantedScenario Generate(TightScenarioOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid tight-scenario options: " + string.Join(" ", problems), nameof(options));
        }

        var random = new Random(options.Seed);
        int n = options.Activities;
        var sizes = new List<int>();
        for (int placed = 0; placed < n;)
        {
            int left = n - placed;
            int size = left <= 8 ? left : Math.Min(left - 4, 4 + random.Next(5));
            sizes.Add(size);
            placed += size;
        }

        var teamSizes = sizes.Select(_ => 6 + random.Next(2)).ToList();
        int teamMembers = teamSizes.Sum();
        int memberCount = Math.Max(teamMembers, options.Members ?? (4 * n + 2) / 3);
        int capabilities = Math.Max(8, memberCount / 3);

        var activities = new List<Activity>(n);
        var members = new List<Member>(memberCount);
        var dependencies = new List<Dependency>();
        var packages = new List<ActivityPackage>();
        var packageOf = new List<int>(n);
        double totalTeamHours = 0;
        for (int p = 0; p < sizes.Count; p++)
        {
            int size = sizes[p], teamSize = teamSizes[p];
            var scale = (Scale)random.Next(4);

            // Distinct capabilities within a team, drawn from the shared pool: packages compete for holders.
            var caps = new List<string>();
            while (caps.Count < teamSize)
            {
                string cap = Cap(random.Next(capabilities));
                if (!caps.Contains(cap))
                {
                    caps.Add(cap);
                }
            }

            var ids = new List<string>(size);
            double workload = 0;
            for (int i = 0; i < size; i++)
            {
                // Every team capability is needed by some activity, so the planted team has only needed members.
                var requires = new List<string>();
                for (int c = i; c < teamSize; c += size)
                {
                    requires.Add(caps[c]);
                }

                double hours = 2 + random.Next(5);
                workload += hours;
                string id = "a" + Str(activities.Count);
                ids.Add(id);
                packageOf.Add(p);
                activities.Add(new Activity(
                    id,
                    "Activity " + Str(activities.Count),
                    i == 0 ? scale : (Scale)Math.Min(4, (int)scale + random.Next(2)),
                    requires,
                    random.NextDouble() < 0.3 ? Complexity.Simple : Complexity.Complex,
                    hours,
                    "f" + Str(random.Next(4))));
            }

            for (int i = 1; i < size; i++)
            {
                dependencies.Add(new Dependency(ids[i - 1], ids[i], random.NextDouble() < 0.5 ? Intensity.Joint : Intensity.Alignment));
                for (int j = 0; j < i - 1; j++)
                {
                    if (random.NextDouble() < 0.5)
                    {
                        dependencies.Add(new Dependency(ids[j], ids[i], random.NextDouble() < 0.5 ? Intensity.Joint : Intensity.Alignment));
                    }
                }
            }

            // Team hours 10 to 25 % above the workload, split unevenly; rounded up to a tenth, so never below 10 %.
            double target = workload * (1.10 + 0.15 * random.NextDouble());
            var parts = Enumerable.Range(0, teamSize).Select(_ => 0.6 + random.NextDouble()).ToArray();
            double sum = parts.Sum();
            var team = new List<string>(teamSize);
            for (int j = 0; j < teamSize; j++)
            {
                double hours = Math.Ceiling(10 * target * parts[j] / sum) / 10;
                totalTeamHours += hours;
                string id = "m" + Str(members.Count);
                team.Add(id);
                members.Add(new Member(
                    id,
                    (Scale)Math.Min(4, (int)scale + random.Next(2)),
                    random.NextDouble() < 0.3 ? [caps[j], Cap(random.Next(capabilities))] : [caps[j]],
                    "Member " + Str(members.Count),
                    "Partner " + Str(random.Next(Math.Max(1, memberCount / 6))),
                    hours));
            }

            packages.Add(new ActivityPackage("P" + Str(p + 1), ids, team, scale));
        }

        // Spare members: scarce capabilities, fewer hours than a typical team member, any scale.
        double typical = totalTeamHours / teamMembers;
        while (members.Count < memberCount)
        {
            string id = "m" + Str(members.Count);
            members.Add(new Member(
                id,
                (Scale)random.Next(5),
                random.NextDouble() < 0.3 ? [Cap(random.Next(capabilities)), Cap(random.Next(capabilities))] : [Cap(random.Next(capabilities))],
                "Member " + Str(members.Count),
                "Partner " + Str(random.Next(Math.Max(1, memberCount / 6))),
                Math.Round(typical * (0.4 + 0.5 * random.NextDouble()), 1)));
        }

        double plantedCut = 0;
        var weights = IntensityWeights.Default;
        int crossLinks = (int)Math.Round(0.3 * n);
        for (int k = 0; k < crossLinks && sizes.Count > 1; k++)
        {
            int a = random.Next(n), b = random.Next(n);
            if (packageOf[a] == packageOf[b])
            {
                continue;
            }

            var intensity = random.NextDouble() < 0.7 ? Intensity.Referral : Intensity.Information;
            dependencies.Add(new Dependency(activities[a].Id, activities[b].Id, intensity));
            plantedCut += weights.WeightOf(intensity);
        }

        var scenario = new Scenario(
            "Tight " + Str(n) + " (seed " + Str(options.Seed) + ")",
            activities,
            dependencies,
            members,
            teamSize: new TeamSizeLimits(6, 8));
        return new PlantedScenario(scenario, new Plan(packages), plantedCut);
    }

    private static string Cap(int index) => "k" + Str(index);

    private static string Str(int value) => value.ToString(CultureInfo.InvariantCulture);
}
