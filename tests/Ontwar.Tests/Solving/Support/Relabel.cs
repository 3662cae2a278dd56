using System.Globalization;

namespace Ontwar.Tests.Solving.Support;

/// <summary>Permutes and renames a scenario's activities and members (and the dependencies and rules that name them).</summary>
public static class Relabel
{
    /// <summary>The same problem under other names and another order.</summary>
    /// <param name="s">The scenario.</param>
    /// <param name="seed">Seed of the permutations.</param>
    /// <returns>The relabelled scenario.</returns>
    public static Scenario Apply(Scenario s, int seed)
    {
        var random = new Random(seed);
        var activityOrder = Shuffled(s.Activities.Count, random);
        var memberOrder = Shuffled(s.Members.Count, random);
        var activityName = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < activityOrder.Length; i++)
        {
            activityName[s.Activities[activityOrder[i]].Id] = "act-" + (char)('z' - i) + i.ToString(CultureInfo.InvariantCulture);
        }

        var memberName = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < memberOrder.Length; i++)
        {
            memberName[s.Members[memberOrder[i]].Id] = "who-" + (char)('z' - i) + i.ToString(CultureInfo.InvariantCulture);
        }

        var activities = activityOrder.Select(i => s.Activities[i]).Select(a => new Activity(
            activityName[a.Id], a.Name, a.IdealScale, a.Requires, a.Complexity, a.Workload, a.Function, a.CurrentPackage));
        var members = memberOrder.Select(i => s.Members[i]).Select(m => new Member(
            memberName[m.Id], m.Scale, m.Capabilities.Reverse(), m.Name, m.Partner, m.Hours, m.MaxTeams, m.Informal));
        var dependencies = Shuffled(s.Dependencies.Count, random).Select(i => s.Dependencies[i]).Select(d =>
        {
            // Direction does not matter for cohesion: flip some.
            bool flip = random.Next(2) == 0;
            var (from, to) = flip ? (activityName[d.To], activityName[d.From]) : (activityName[d.From], activityName[d.To]);
            return d.Intensity is { } i ? new Dependency(from, to, i) : new Dependency(from, to, d.Weight!.Value);
        });
        var rules = Shuffled(s.Rules.Count, random).Select(i => s.Rules[i]).Select(r => (Rule)(r switch
        {
            TogetherRule t => new TogetherRule(t.Activities.Select(a => activityName[a]).Reverse(), t.Reason),
            ApartRule a => new ApartRule(a.Activities.Select(x => activityName[x]).Reverse(), a.Reason),
            FixedScaleRule f => new FixedScaleRule(activityName[f.Activity], f.Scale, f.Reason),
            MemberRequiredRule q => new MemberRequiredRule(memberName[q.Member], activityName[q.Activity], q.Reason),
            MemberExcludedRule x => new MemberExcludedRule(memberName[x.Member], activityName[x.Activity], x.Reason),
            _ => throw new NotSupportedException(r.Kind.ToString()),
        }));
        return new Scenario(s.Name + " relabelled", activities, dependencies, members, rules.ToList(), s.TeamSize, null, s.IntensityWeights);
    }

    private static int[] Shuffled(int n, Random random)
    {
        var order = Enumerable.Range(0, n).ToArray();
        random.Shuffle(order);
        return order;
    }
}
