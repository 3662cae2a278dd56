using System.Globalization;
using System.Numerics;
using Ontwar.Plans;

namespace Ontwar.Tests.Solving.Support;

/// <summary>What one package asks of its team, in domain terms (member identifiers, capability names).</summary>
/// <param name="Capabilities">Capabilities the team must hold.</param>
/// <param name="Scale">The package's scale.</param>
/// <param name="Workload">Hours of work.</param>
/// <param name="Required">Members that must be in the team.</param>
/// <param name="Excluded">Members that must not be in the team.</param>
public sealed record PackageNeeds(
    IReadOnlySet<string> Capabilities, Scale Scale, double Workload, IReadOnlySet<string> Required, IReadOnlySet<string> Excluded);

/// <summary>The oracle's answer: whether a plan exists, the smallest cut, and a witness plan.</summary>
/// <param name="Feasible">Whether any plan meets the hard constraints.</param>
/// <param name="Optimum">The smallest cut weight (infinity when infeasible).</param>
/// <param name="Witness">An optimal plan, or null.</param>
public sealed record OracleAnswer(bool Feasible, double Optimum, Plan? Witness);

/// <summary>
/// A brute-force oracle for tiny scenarios: every set partition of the activities (restricted growth strings) in order
/// of cut weight, each staffed by trying every combination of teams (every member subset within the size limits),
/// with hours checked by max-flow. It uses the domain objects only, no engine or model code.
/// </summary>
public static class TinyOracle
{
    /// <summary>The largest scenario the oracle accepts.</summary>
    public const int MaxActivities = 7;

    /// <summary>The most members the oracle accepts.</summary>
    public const int MaxMembers = 10;

    /// <summary>Solves a tiny scenario by enumeration.</summary>
    /// <param name="s">The scenario.</param>
    /// <param name="ignoreRules">Whether rules are left out.</param>
    /// <returns>The answer.</returns>
    public static OracleAnswer Solve(Scenario s, bool ignoreRules = false)
    {
        int n = s.Activities.Count;
        if (n > MaxActivities || s.Members.Count > MaxMembers)
        {
            throw new ArgumentException($"The oracle takes at most {MaxActivities} activities and {MaxMembers} members.");
        }

        if (n == 0)
        {
            return new OracleAnswer(true, 0, new Plan([]));
        }

        var rules = ignoreRules ? [] : s.Rules;
        var index = s.Activities.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var fixedScales = new List<Scale>[n];
        for (int a = 0; a < n; a++)
        {
            fixedScales[a] = [];
        }

        foreach (var f in rules.OfType<FixedScaleRule>())
        {
            fixedScales[index[f.Activity]].Add(f.Scale);
        }

        var candidates = new List<(double Cut, int[] Labels)>();
        foreach (var labels in Partitions(n))
        {
            if (!RulesHold(labels, rules, index, fixedScales))
            {
                continue;
            }

            double cut = 0;
            foreach (var d in s.Dependencies)
            {
                if (labels[index[d.From]] != labels[index[d.To]])
                {
                    cut += d.CohesionUnder(s.IntensityWeights);
                }
            }

            candidates.Add((cut, labels));
        }

        foreach (var (cut, labels) in candidates.OrderBy(c => c.Cut))
        {
            int k = labels.Max() + 1;
            var needs = new PackageNeeds[k];
            for (int b = 0; b < k; b++)
            {
                var acts = Enumerable.Range(0, n).Where(a => labels[a] == b).ToList();
                needs[b] = NeedsOf(s, acts, rules, fixedScales);
            }

            var teams = Staff(s, needs);
            if (teams is not null)
            {
                var plan = new Plan(Enumerable.Range(0, k).Select(b => new ActivityPackage(
                    "P" + (b + 1).ToString(CultureInfo.InvariantCulture),
                    Enumerable.Range(0, n).Where(a => labels[a] == b).Select(a => s.Activities[a].Id),
                    teams[b],
                    needs[b].Scale)));
                return new OracleAnswer(true, cut, plan);
            }
        }

        return new OracleAnswer(false, double.PositiveInfinity, null);
    }

    /// <summary>
    /// Teams for the packages by exhaustive search: member identifiers per package, or null when no combination of
    /// teams meets sizes, capabilities, scales, team counts, rules on members and hours.
    /// </summary>
    /// <param name="s">The scenario (members, team-size limits, whether hours matter).</param>
    /// <param name="needs">What each package asks.</param>
    /// <returns>The teams, or null.</returns>
    public static string[][]? Staff(Scenario s, IReadOnlyList<PackageNeeds> needs)
    {
        var members = s.Members;
        int mc = members.Count;
        if (mc > MaxMembers)
        {
            throw new ArgumentException($"The oracle takes at most {MaxMembers} members.");
        }

        bool hoursMatter = s.Activities.Any(a => a.Workload is not null);
        var options = new List<int>[needs.Count];
        for (int p = 0; p < needs.Count; p++)
        {
            options[p] = [];
            var need = needs[p];
            for (int mask = 1; mask < 1 << mc; mask++)
            {
                int size = BitOperations.PopCount((uint)mask);
                if (size < s.TeamSize.Min || size > s.TeamSize.Max)
                {
                    continue;
                }

                var team = Enumerable.Range(0, mc).Where(m => (mask & (1 << m)) != 0).Select(m => members[m]).ToList();
                if (team.Any(m => m.Scale < need.Scale || need.Excluded.Contains(m.Id))
                    || !need.Required.All(r => team.Any(m => m.Id == r))
                    || !need.Capabilities.All(c => team.Any(m => m.Capabilities.Contains(c))))
                {
                    continue;
                }

                options[p].Add(mask);
            }

            if (options[p].Count == 0)
            {
                return null;
            }
        }

        var order = Enumerable.Range(0, needs.Count).OrderBy(p => options[p].Count).ToArray();
        var chosen = new int[needs.Count];
        var load = new int[mc];
        bool Search(int depth)
        {
            if (depth == order.Length)
            {
                if (!hoursMatter)
                {
                    return true;
                }

                var teams = chosen.Select(mask => new HashSet<string>(
                    Enumerable.Range(0, mc).Where(m => (mask & (1 << m)) != 0).Select(m => members[m].Id), StringComparer.Ordinal)).ToList();
                return IndependentPlanCheck.HoursSuffice(s, teams, needs.Select(x => x.Workload).ToList());
            }

            int p = order[depth];
            foreach (int mask in options[p])
            {
                bool fits = true;
                for (int m = 0; m < mc && fits; m++)
                {
                    fits = (mask & (1 << m)) == 0 || load[m] < members[m].MaxTeams;
                }

                if (!fits)
                {
                    continue;
                }

                for (int m = 0; m < mc; m++)
                {
                    load[m] += (mask >> m) & 1;
                }

                chosen[p] = mask;
                if (Search(depth + 1))
                {
                    return true;
                }

                for (int m = 0; m < mc; m++)
                {
                    load[m] -= (mask >> m) & 1;
                }
            }

            return false;
        }

        if (!Search(0))
        {
            return null;
        }

        return chosen.Select(mask => Enumerable.Range(0, mc).Where(m => (mask & (1 << m)) != 0).Select(m => members[m].Id).ToArray()).ToArray();
    }

    /// <summary>What a package of these activities asks, under the given rules (null fixed scales: the smallest ideal scale).</summary>
    /// <param name="s">The scenario.</param>
    /// <param name="activities">Activity indices.</param>
    /// <param name="rules">The rules in force.</param>
    /// <param name="fixedScales">Fixed scales per activity.</param>
    /// <returns>The needs.</returns>
    internal static PackageNeeds NeedsOf(Scenario s, IReadOnlyList<int> activities, IReadOnlyList<Rule> rules, IReadOnlyList<List<Scale>> fixedScales)
    {
        var acts = activities.Select(a => s.Activities[a]).ToList();
        var ids = acts.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var fixedHere = activities.SelectMany(a => fixedScales[a]).Distinct().ToList();
        var scale = fixedHere.Count > 0 ? fixedHere[0] : acts.Min(a => a.IdealScale);
        return new PackageNeeds(
            acts.SelectMany(a => a.Requires).ToHashSet(StringComparer.Ordinal),
            scale,
            acts.Sum(a => a.Workload ?? 0),
            rules.OfType<MemberRequiredRule>().Where(r => ids.Contains(r.Activity)).Select(r => r.Member).ToHashSet(StringComparer.Ordinal),
            rules.OfType<MemberExcludedRule>().Where(r => ids.Contains(r.Activity)).Select(r => r.Member).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>All set partitions of n items as restricted growth strings (block labels 0, 1, … in order of first use).</summary>
    /// <param name="n">The number of items.</param>
    /// <returns>The partitions.</returns>
    public static IEnumerable<int[]> Partitions(int n)
    {
        var labels = new int[n];
        IEnumerable<int[]> Extend(int i, int blocks)
        {
            if (i == n)
            {
                yield return (int[])labels.Clone();
                yield break;
            }

            for (int b = 0; b <= blocks; b++)
            {
                labels[i] = b;
                foreach (var p in Extend(i + 1, Math.Max(blocks, b + 1)))
                {
                    yield return p;
                }
            }
        }

        return n == 0 ? [[]] : Extend(0, 0);
    }

    private static bool RulesHold(int[] labels, IReadOnlyList<Rule> rules, Dictionary<string, int> index, List<Scale>[] fixedScales)
    {
        foreach (var rule in rules)
        {
            switch (rule)
            {
                case TogetherRule t when t.Activities.Select(a => labels[index[a]]).Distinct().Count() > 1:
                    return false;
                case ApartRule ap when ap.Activities.Select(a => labels[index[a]]).Distinct().Count() < ap.Activities.Count:
                    return false;
            }
        }

        for (int b = 0; b <= labels.Max(); b++)
        {
            if (Enumerable.Range(0, labels.Length).Where(a => labels[a] == b).SelectMany(a => fixedScales[a]).Distinct().Count() > 1)
            {
                return false;
            }
        }

        return true;
    }
}
