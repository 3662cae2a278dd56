using System.Globalization;

namespace Ontwar.Generation;

/// <summary>Settings of a random scenario (see <see cref="RandomScenarioGenerator"/>).</summary>
public sealed class RandomScenarioOptions
{
    /// <summary>Number of activities; at least 1. Default 30.</summary>
    public int Activities { get; init; } = 30;

    /// <summary>Number of candidate members, or <see langword="null"/> for twice the activities (at least 8). At least 1.</summary>
    public int? Members { get; init; }

    /// <summary>Number of distinct capabilities, or <see langword="null"/> for a third of the activities, at least 2 and at most 16.</summary>
    public int? Capabilities { get; init; }

    /// <summary>Dependencies per activity, on average; finite and not negative. Default 2.</summary>
    public double LinksPerActivity { get; init; } = 2;

    /// <summary>Team-size limits of the scenario. Default 6..8.</summary>
    public TeamSizeLimits TeamSize { get; init; } = TeamSizeLimits.Default;

    /// <summary>
    /// How many members at least hold each capability, when there are enough members: the first
    /// <c>HoldersPerCapability × capabilities</c> members hold the capabilities in turn. At least 1. Default 1.
    /// </summary>
    public int HoldersPerCapability { get; init; } = 1;

    /// <summary>
    /// The most teams one member may join (<c>maxTeams</c>); each member's limit is drawn uniformly from 1 to this.
    /// At least 1. Default 1 (every member joins at most one team, and no draw is made, so scenarios generated
    /// before this setting existed are unchanged).
    /// </summary>
    public int MaxTeamsPerMember { get; init; } = 1;

    /// <summary>Seed; the same seed gives the same scenario. Default 0.</summary>
    public int Seed { get; init; }

    /// <summary>Every problem with these settings; empty when valid.</summary>
    /// <returns>The problems.</returns>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Activities < 1)
        {
            problems.Add($"Activities must be at least 1; it is {Activities}.");
        }

        if (Members is < 1)
        {
            problems.Add($"Members must be at least 1; it is {Members}.");
        }

        if (Capabilities is < 1)
        {
            problems.Add($"Capabilities must be at least 1; it is {Capabilities}.");
        }

        if (!double.IsFinite(LinksPerActivity) || LinksPerActivity < 0)
        {
            problems.Add($"LinksPerActivity must be finite and not negative; it is {LinksPerActivity}.");
        }

        if (HoldersPerCapability < 1)
        {
            problems.Add($"HoldersPerCapability must be at least 1; it is {HoldersPerCapability}.");
        }

        if (MaxTeamsPerMember < 1)
        {
            problems.Add($"MaxTeamsPerMember must be at least 1; it is {MaxTeamsPerMember}.");
        }

        if (TeamSize is null)
        {
            problems.Add("TeamSize must not be null.");
        }

        return problems;
    }
}

/// <summary>
/// Generates unstructured scenarios, for scale tests and demonstrations: activities that each require one or two
/// capabilities from a shared pool, dependencies between uniformly chosen pairs with uniformly chosen intensities,
/// and members who hold one or two capabilities (every capability is held by at least
/// <see cref="RandomScenarioOptions.HoldersPerCapability"/> members when there are enough), may join up to
/// <see cref="RandomScenarioOptions.MaxTeamsPerMember"/> teams, work at the municipality or larger, and are grouped
/// under a handful of partners. Unlike <see cref="PlantedScenarioGenerator"/> there
/// is no hidden good plan and no guarantee of a feasible one: members are plentiful and work at large scales, so most
/// generated scenarios have plans, but some do not, or only plans that are hard to find.
/// </summary>
public static class RandomScenarioGenerator
{
    /// <summary>Generates a scenario.</summary>
    /// <param name="options">The settings.</param>
    /// <returns>The scenario; the same settings give an equal scenario.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The settings are invalid; the message lists every problem.</exception>
    public static Scenario Generate(RandomScenarioOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid random-scenario options: " + string.Join(" ", problems), nameof(options));
        }

        var random = new Random(options.Seed);
        int n = options.Activities;
        int capabilities = options.Capabilities ?? Math.Clamp(n / 3, 2, 16);
        int memberCount = options.Members ?? Math.Max(8, 2 * n);
        int partners = Math.Max(1, Math.Min(12, memberCount / 4));

        var activities = new List<Activity>(n);
        for (int i = 0; i < n; i++)
        {
            var requires = new List<string> { Cap(random.Next(capabilities)) };
            if (capabilities > 1 && random.NextDouble() < 0.3)
            {
                requires.Add(Cap(random.Next(capabilities)));
            }

            activities.Add(new Activity(
                "a" + Str(i),
                "Activity " + Str(i),
                (Scale)random.Next(5),
                requires.Distinct(StringComparer.Ordinal),
                random.NextDouble() < 0.4 ? Complexity.Simple : Complexity.Complex,
                function: "f" + Str(random.Next(4))));
        }

        // Pairs are drawn uniformly; a repeated pair simply adds cohesion, as parallel dependencies do.
        var dependencies = new List<Dependency>();
        int links = n < 2 ? 0 : (int)Math.Round(options.LinksPerActivity * n / 2);
        for (int k = 0; k < links; k++)
        {
            int a = random.Next(n), b = random.Next(n - 1);
            if (b >= a)
            {
                b++;
            }

            dependencies.Add(new Dependency(activities[a].Id, activities[b].Id, (Intensity)random.Next(4)));
        }

        var members = new List<Member>(memberCount);
        for (int m = 0; m < memberCount; m++)
        {
            // The first members hold the capabilities in turn, so each is held by enough members when there are enough members.
            var caps = new List<string> { Cap(m < options.HoldersPerCapability * capabilities ? m % capabilities : random.Next(capabilities)) };
            if (random.NextDouble() < 0.4)
            {
                caps.Add(Cap(random.Next(capabilities)));
            }

            members.Add(new Member(
                "m" + Str(m),
                (Scale)(2 + random.Next(3)),
                caps.Distinct(StringComparer.Ordinal),
                "Member " + Str(m),
                "Partner " + Str(random.Next(partners)),
                maxTeams: options.MaxTeamsPerMember == 1 ? 1 : 1 + random.Next(options.MaxTeamsPerMember)));
        }

        return new Scenario(
            "Random " + Str(n) + " (seed " + Str(options.Seed) + ")",
            activities,
            dependencies,
            members,
            teamSize: options.TeamSize);
    }

    private static string Cap(int index) => "c" + Str(index);

    private static string Str(int value) => value.ToString(CultureInfo.InvariantCulture);
}
