using Ontwar.Modeling;
using Ontwar.Plans;
using Ontwar.Solving.Staffing;

namespace Ontwar.Benchmarks.Comparison;

/// <summary>A partition turned into a plan with teams, and how many of its parts got a valid team.</summary>
/// <param name="Plan">The plan: each part a package, with the team found or a best-effort team.</param>
/// <param name="Parts">Number of parts.</param>
/// <param name="Staffed">Parts for which the staffer found a valid team.</param>
internal sealed record StaffedPartition(Plan Plan, int Parts, int Staffed);

/// <summary>
/// Gives the parts of a partition (METIS, Louvain) teams with Ontwar's staffer, part by part in order of first
/// activity, members' team counts and hours used up as they go: is there a team of the scenario's size (6–8) that
/// covers every capability the part needs, at its scale? Parts without such a team get a best-effort team (a holder
/// of each needed capability, then fillers) so that the independent plan checker can say what is wrong.
/// </summary>
/// <remarks>
/// The staffer searches a pool per part: every holder of a needed capability who may still join, plus the
/// <see cref="Fillers"/> admissible members with the most hours left (team members need not hold a needed capability;
/// any filler does as well as another of equal hours). Each search has a node budget, <see cref="NodeLimit"/>.
/// </remarks>
internal static class PartitionStaffer
{
    internal const int Fillers = 16;
    internal const long NodeLimit = 20_000;

    internal static StaffedPartition Staff(PackagingModel model, ReadOnlySpan<int> packageOf)
    {
        ArgumentNullException.ThrowIfNull(model);
        var parts = new Dictionary<int, List<int>>();
        var order = new List<int>();
        for (int a = 0; a < packageOf.Length; a++)
        {
            if (!parts.TryGetValue(packageOf[a], out var list))
            {
                parts[packageOf[a]] = list = [];
                order.Add(packageOf[a]);
            }

            list.Add(a);
        }

        var (capacity, hours) = Staffer.FullResources(model);
        var byHours = Enumerable.Range(0, model.MemberCount).OrderByDescending(m => hours[m]).ThenBy(m => m).ToArray();
        int firstAlive = 0;
        var teams = new Dictionary<int, int[]>();
        int staffed = 0;
        foreach (int label in order)
        {
            var activities = parts[label].ToArray();
            var demand = PackageDemand.For(model, activities);
            if (demand is null)
            {
                teams[label] = [];
                continue;
            }

            while (firstAlive < byHours.Length && capacity[byHours[firstAlive]] == 0)
            {
                firstAlive++;
            }

            var pool = Pool(model, demand, capacity, byHours, firstAlive);

            // A part needing more capabilities than a largest team can hold has no team; saying so at once spares the
            // search, which on the large parts of community detection costs far more than the answer is worth.
            int mostHeld = pool.Count == 0 ? 0 : pool.Max(m => model.HeldCapabilities(m).Length);
            var result = demand.Capabilities.Length > model.TeamSize.Max * mostHeld
                ? new StaffingResult(StaffingOutcome.Infeasible, null, null)
                : Staffer.Solve(model, [demand], capacity, hours, NodeLimit, pool);
            if (result.Outcome == StaffingOutcome.Feasible)
            {
                var team = result.Teams![0];
                for (int i = 0; i < team.Length; i++)
                {
                    capacity[team[i]]--;
                    hours[team[i]] -= result.Hours![0][i];
                }

                teams[label] = team;
                staffed++;
            }
            else
            {
                var team = BestEffort(model, demand, capacity, pool);
                foreach (int m in team)
                {
                    capacity[m]--;
                }

                teams[label] = team;
            }
        }

        return new StaffedPartition(model.ToPlan(packageOf, teams), order.Count, staffed);
    }

    private static List<int> Pool(PackagingModel model, PackageDemand demand, int[] capacity, int[] byHours, int firstAlive)
    {
        var pool = new HashSet<int>();
        foreach (int c in demand.Capabilities)
        {
            foreach (int m in model.HoldersOf(c))
            {
                if (capacity[m] > 0 && demand.Admits(model, m))
                {
                    pool.Add(m);
                }
            }
        }

        int fillers = 0;
        for (int i = firstAlive; i < byHours.Length && fillers < Fillers && i < firstAlive + 50 * Fillers; i++)
        {
            int m = byHours[i];
            if (capacity[m] > 0 && demand.Admits(model, m) && pool.Add(m))
            {
                fillers++;
            }
        }

        return [.. pool.Order()];
    }

    /// <summary>
    /// One admissible holder (with a team to spare) per needed capability while the team has room, then fillers up to the
    /// minimum size; the caller uses up their team counts, so the checker's errors are about this part, not about others.
    /// </summary>
    private static int[] BestEffort(PackagingModel model, PackageDemand demand, int[] capacity, List<int> pool)
    {
        var team = new List<int>();
        foreach (int c in demand.Capabilities)
        {
            if (team.Count == model.TeamSize.Max)
            {
                break;
            }

            if (team.Any(m => model.HeldCapabilities(m).Contains(c)))
            {
                continue;
            }

            foreach (int m in model.HoldersOf(c))
            {
                if (capacity[m] > 0 && demand.Admits(model, m) && !team.Contains(m))
                {
                    team.Add(m);
                    break;
                }
            }
        }

        foreach (int m in pool)
        {
            if (team.Count >= model.TeamSize.Min)
            {
                break;
            }

            if (capacity[m] > 0 && !team.Contains(m))
            {
                team.Add(m);
            }
        }

        return [.. team];
    }
}
