using System.Globalization;
using Ontwar.Plans;

namespace Ontwar.Generation;

/// <summary>Settings of a planted scenario (see <see cref="PlantedScenarioGenerator"/>).</summary>
public sealed class PlantedScenarioOptions
{
    /// <summary>Number of activities; at least 3. Default 30.</summary>
    public int Activities { get; init; } = 30;

    /// <summary>Number of planted packages, or <see langword="null"/> to draw sizes of 3 to 8 activities until all are placed.</summary>
    public int? Packages { get; init; }

    /// <summary>Members per planted package (its team); between 5 and 8 so that a planted team is a valid team. Default 8.</summary>
    public int MembersPerPackage { get; init; } = 8;

    /// <summary>Links to other packages per activity, on average (weak links). Default 0.3.</summary>
    public double CrossLinksPerActivity { get; init; } = 0.3;

    /// <summary>Whether activities get workloads and members hours (covering them). Default true.</summary>
    public bool WithHours { get; init; } = true;

    /// <summary>Seed; the same seed gives the same scenario. Default 0.</summary>
    public int Seed { get; init; }

    /// <summary>Every problem with these settings; empty when valid.</summary>
    /// <returns>The problems.</returns>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Activities < 3)
        {
            problems.Add($"Activities must be at least 3; it is {Activities}.");
        }

        if (Packages is { } p && (p < 1 || p * 3 > Activities || p * 8 < Activities))
        {
            problems.Add($"Packages must allow 3 to 8 activities each; {p} packages for {Activities} activities do not.");
        }

        if (MembersPerPackage is < 5 or > 8)
        {
            problems.Add($"MembersPerPackage must be between 5 and 8; it is {MembersPerPackage}.");
        }

        if (!double.IsFinite(CrossLinksPerActivity) || CrossLinksPerActivity < 0)
        {
            problems.Add($"CrossLinksPerActivity must be finite and not negative; it is {CrossLinksPerActivity}.");
        }

        return problems;
    }
}

/// <summary>A generated scenario with the plan it was planted from.</summary>
public sealed class PlantedScenario
{
    internal PlantedScenario(Scenario scenario, Plan plantedPlan, double plantedCut)
    {
        Scenario = scenario;
        PlantedPlan = plantedPlan;
        PlantedCut = plantedCut;
    }

    /// <summary>The scenario.</summary>
    public Scenario Scenario { get; }

    /// <summary>The planted packages with their teams: a feasible plan, and a good one.</summary>
    public Plan PlantedPlan { get; }

    /// <summary>The cut weight of the planted plan.</summary>
    public double PlantedCut { get; }
}

/// <summary>
/// Generates scenarios with a known good plan: planted packages of 3 to 8 activities, each with 5 to 8 capabilities of
/// its own that only its own members hold (one each), dense strong links inside (aligning or performing together),
/// sparse weak links between (referral or information sharing), a team of up to 8 members per package working at the
/// package's scale or larger, and hours that cover the workload. Because two planted packages together need at least
/// 10 capability holders, no team of 8 can serve both: the planted plan is feasible and usually optimal.
/// </summary>
public static class PlantedScenarioGenerator
{
    /// <summary>Generates a scenario.</summary>
    /// <param name="options">The settings.</param>
    /// <returns>The scenario and its planted plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The settings are invalid; the message lists every problem.</exception>
    public static PlantedScenario Generate(PlantedScenarioOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid planted-scenario options: " + string.Join(" ", problems), nameof(options));
        }

        var random = new Random(options.Seed);
        var sizes = Sizes(options, random);
        var activities = new List<Activity>(options.Activities);
        var members = new List<Member>();
        var dependencies = new List<Dependency>();
        var packages = new List<ActivityPackage>();
        var packageOf = new List<int>();
        int next = 0;
        for (int p = 0; p < sizes.Count; p++)
        {
            int size = sizes[p];
            int caps = Math.Min(options.MembersPerPackage, 5 + random.Next(4));
            var scale = (Scale)random.Next(3);
            var ids = new List<string>();
            double workload = 0;
            for (int i = 0; i < size; i++)
            {
                var requires = new List<string> { Cap(p, i % caps) };
                for (int extra = i + size; extra < caps; extra += size)
                {
                    requires.Add(Cap(p, extra));
                }

                if (random.NextDouble() < 0.4)
                {
                    requires.Add(Cap(p, random.Next(caps)));
                }

                var ideal = i == 0 ? scale : (Scale)Math.Min(4, (int)scale + random.Next(3));
                double? hours = options.WithHours ? 1 + random.Next(4) : null;
                workload += hours ?? 0;
                string id = "a" + (next + i).ToString(CultureInfo.InvariantCulture);
                ids.Add(id);
                activities.Add(new Activity(
                    id,
                    "Activity " + (next + i).ToString(CultureInfo.InvariantCulture),
                    ideal,
                    requires.Distinct(StringComparer.Ordinal),
                    random.NextDouble() < 0.3 ? Complexity.Simple : Complexity.Complex,
                    hours,
                    "f" + random.Next(4).ToString(CultureInfo.InvariantCulture)));
                packageOf.Add(p);
            }

            // A chain keeps the package connected; other pairs link with probability 0.6, all strongly.
            for (int i = 1; i < size; i++)
            {
                dependencies.Add(new Dependency(ids[i - 1], ids[i], random.NextDouble() < 0.5 ? Intensity.Joint : Intensity.Alignment));
                for (int j = 0; j < i - 1; j++)
                {
                    if (random.NextDouble() < 0.6)
                    {
                        dependencies.Add(new Dependency(ids[j], ids[i], random.NextDouble() < 0.5 ? Intensity.Joint : Intensity.Alignment));
                    }
                }
            }

            var team = new List<string>();
            int teamSize = options.MembersPerPackage;
            double perMember = options.WithHours ? Math.Ceiling(workload / teamSize) + 1 : 0;
            for (int j = 0; j < teamSize; j++)
            {
                string id = "m" + members.Count.ToString(CultureInfo.InvariantCulture);
                team.Add(id);
                members.Add(new Member(
                    id,
                    (Scale)Math.Min(4, (int)scale + random.Next(3)),
                    [Cap(p, j % caps)],
                    "Member " + members.Count.ToString(CultureInfo.InvariantCulture),
                    "Partner " + p.ToString(CultureInfo.InvariantCulture),
                    options.WithHours ? perMember : null));
            }

            packages.Add(new ActivityPackage("P" + (p + 1).ToString(CultureInfo.InvariantCulture), ids, team, scale));
            next += size;
        }

        // Weak links between packages.
        int crossLinks = (int)Math.Round(options.CrossLinksPerActivity * options.Activities);
        double plantedCut = 0;
        var weights = IntensityWeights.Default;
        for (int k = 0; k < crossLinks && sizes.Count > 1; k++)
        {
            int a = random.Next(activities.Count), b = random.Next(activities.Count);
            if (packageOf[a] == packageOf[b])
            {
                continue;
            }

            var intensity = random.NextDouble() < 0.7 ? Intensity.Referral : Intensity.Information;
            dependencies.Add(new Dependency(activities[a].Id, activities[b].Id, intensity));
            plantedCut += weights.WeightOf(intensity);
        }

        var scenario = new Scenario(
            "Planted " + options.Activities.ToString(CultureInfo.InvariantCulture) + " (seed " + options.Seed.ToString(CultureInfo.InvariantCulture) + ")",
            activities,
            dependencies,
            members,
            teamSize: new TeamSizeLimits(Math.Min(6, options.MembersPerPackage), 8));
        return new PlantedScenario(scenario, new Plan(packages), plantedCut);
    }

    private static string Cap(int package, int index)
        => "k" + package.ToString(CultureInfo.InvariantCulture) + "." + index.ToString(CultureInfo.InvariantCulture);

    private static List<int> Sizes(PlantedScenarioOptions options, Random random)
    {
        int n = options.Activities;
        int k = options.Packages ?? 0;
        var sizes = new List<int>();
        if (k > 0)
        {
            // Start every package at 3 and hand out the rest one by one to packages below 8.
            for (int i = 0; i < k; i++)
            {
                sizes.Add(3);
            }

            for (int left = n - 3 * k; left > 0; left--)
            {
                int i;
                do
                {
                    i = random.Next(k);
                }
                while (sizes[i] >= 8);
                sizes[i]++;
            }

            return sizes;
        }

        int placed = 0;
        while (placed < n)
        {
            int left = n - placed;
            int size = left <= 8 ? left : Math.Min(left - 3, 3 + random.Next(6));
            sizes.Add(size);
            placed += size;
        }

        return sizes;
    }
}
