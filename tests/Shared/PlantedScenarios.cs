using System.Globalization;

namespace Ontwar.Tests.Shared;

/// <summary>
/// Deterministic scenarios with a planted answer, for tests that need something bigger than the oracle handles:
/// packages of 3–8 activities, each with its own capability, dense strong links inside, a sparse ring of weak links
/// between packages (a chain), and eight members per planted package of whom any six cover its workload, while no
/// team of eight can cover two packages: the planted plan, which cuts only the chain, is optimal.
/// </summary>
public static class PlantedScenarios
{
    /// <summary>Builds a planted scenario with <c>8 · packages</c> members.</summary>
    /// <param name="activities">Number of activities, between 3 and 8 per package.</param>
    /// <param name="packages">Number of planted packages.</param>
    /// <param name="seed">Seed of the link pattern.</param>
    /// <returns>The scenario; its planted plan cuts only the weak ring links.</returns>
    public static Scenario Build(int activities, int packages, int seed = 1)
    {
        if (activities < 3 * packages || activities > 8 * packages)
        {
            throw new ArgumentOutOfRangeException(nameof(activities), "Planted packages have 3 to 8 activities.");
        }

        var random = new Random(seed);
        var sizes = Enumerable.Range(0, packages).Select(k => activities / packages + (k < activities % packages ? 1 : 0)).ToList();

        var acts = new List<Activity>();
        var deps = new List<Dependency>();
        var members = new List<Member>();
        var firsts = new List<string>();
        int next = 0;
        for (int k = 0; k < sizes.Count; k++)
        {
            string cap = "cap" + Inv(k);
            var ids = Enumerable.Range(next, sizes[k]).Select(i => "a" + Inv(i)).ToList();
            next += sizes[k];
            foreach (var id in ids)
            {
                acts.Add(new Activity(id, "Activity " + id, Scale.Municipality, [cap], workload: 2));
            }

            for (int i = 0; i < ids.Count; i++)
            {
                for (int j = i + 1; j < ids.Count; j++)
                {
                    if (j == i + 1 || random.NextDouble() < 0.6)
                    {
                        deps.Add(new Dependency(ids[i], ids[j], random.NextDouble() < 0.5 ? Intensity.Joint : Intensity.Alignment));
                    }
                }
            }

            firsts.Add(ids[0]);
            for (int m = 0; m < 8; m++)
            {
                members.Add(new Member($"m{Inv(k)}_{Inv(m)}", Scale.LocalRegion, [cap], hours: sizes[k] / 3.0, partner: "Partner " + Inv(k)));
            }
        }

        for (int k = 0; k + 1 < firsts.Count; k++)
        {
            deps.Add(new Dependency(firsts[k], firsts[k + 1], Intensity.Referral));
        }

        return new Scenario("planted " + Inv(activities), acts, deps, members);
    }

    /// <summary>The planted plan of a scenario from <see cref="Build"/>: one package per capability with its eight members.</summary>
    /// <param name="scenario">A planted scenario.</param>
    /// <returns>The plan.</returns>
    public static Ontwar.Plans.Plan PlantedPlan(Scenario scenario) => new(
        scenario.Activities.GroupBy(a => a.Requires[0]).Select(g => new Ontwar.Plans.ActivityPackage(
            g.Key,
            g.Select(a => a.Id),
            scenario.Members.Where(m => m.Capabilities[0] == g.Key).Select(m => m.Id))));

    private static string Inv(int value) => value.ToString(CultureInfo.InvariantCulture);
}
