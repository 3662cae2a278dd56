using Ontwar.Modeling;
using Ontwar.Plans;

namespace Ontwar.Solving.Exact;

/// <summary>The best plan found so far, in indexed form.</summary>
internal sealed class Incumbent
{
    internal Incumbent(int[] packageOf, Dictionary<int, int[]> teams, double cut)
    {
        PackageOf = packageOf;
        Teams = teams;
        Cut = cut;
    }

    internal int[] PackageOf { get; }

    internal Dictionary<int, int[]> Teams { get; }

    internal double Cut { get; }

    internal static Incumbent FromPlan(PackagingModel model, Plan plan, double cut)
    {
        var scenario = model.Scenario;
        var packageOf = new int[model.ActivityCount];
        var teams = new Dictionary<int, int[]>();
        for (int p = 0; p < plan.Packages.Count; p++)
        {
            foreach (var a in plan.Packages[p].Activities)
            {
                packageOf[scenario.IndexOfActivity(a)] = p;
            }

            teams[p] = plan.Packages[p].Members.Select(scenario.IndexOfMember).ToArray();
        }

        return new Incumbent(packageOf, teams, cut);
    }

    internal Plan ToPlan(PackagingModel model) => model.ToPlan(PackageOf, Teams);
}
