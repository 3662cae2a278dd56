using System.Text.Json;
using Ontwar.Diagnostics;
using Ontwar.Plans;

namespace Ontwar.Serialization;

/// <summary>
/// Turns a parsed scenario document into a <see cref="Scenario"/> (contract section 1). First a schema pass checks
/// every value where it stands; then the domain objects are built (with placeholders where a value was unusable) so
/// the scenario's own cross-reference check runs too, with identical paths. Everything found is reported together.
/// </summary>
internal static class ScenarioParser
{
    private static readonly string[] RootProperties =
        ["name", "teamSize", "intensityWeights", "activities", "dependencies", "members", "rules", "current", "goals", "factors"];

    private static readonly string[] TeamSizeProperties = ["min", "max"];

    private static readonly string[] WeightProperties = ["referral", "information", "alignment", "joint"];

    private static readonly string[] ActivityProperties =
        ["id", "name", "requires", "idealScale", "complexity", "workload", "function", "currentPackage", "stability", "goals"];

    private static readonly string[] DependencyProperties = ["from", "to", "intensity", "weight"];

    private static readonly string[] MemberProperties =
        ["id", "name", "partner", "informal", "capabilities", "scale", "hours", "maxTeams"];

    private static readonly string[] GroupRuleProperties = ["kind", "activities", "reason"];

    private static readonly string[] FixedScaleProperties = ["kind", "activity", "scale", "reason"];

    private static readonly string[] MemberRuleProperties = ["kind", "member", "activity", "reason"];

    private static readonly string[] CurrentProperties = ["packages"];

    private static readonly string[] GoalProperties = ["id", "name", "horizon"];

    private static readonly string[] FactorProperties = ["id", "kind", "text", "removable", "activities", "rules"];

    private static readonly string[] RuleKinds = [.. Enum.GetValues<RuleKind>().Select(Rule.NameOf)];

    internal static Scenario? Parse(JsonElement root, JsonReadContext context)
    {
        var o = context.Object(root, JsonPaths.Root, "the scenario as a JSON object");
        if (o is null)
        {
            return null;
        }

        o.CheckNames(RootProperties);

        string name = string.Empty;
        if (o.TryGet("name", out var e, out var path) && context.TryString(e, path, out var n))
        {
            name = n;
        }

        TeamSizeLimits? teamSize = o.TryGet("teamSize", out e, out path) ? ReadTeamSize(e, path, context) : null;
        IntensityWeights? weights = o.TryGet("intensityWeights", out e, out path) ? ReadWeights(e, path, context) : null;

        var activities = new List<Activity>();
        if (o.TryGetRequired("activities", "the list of activities", out e, out path))
        {
            activities.AddRange(context.Items(e, path, "a list of activities").Select(x => ReadActivity(x.Item, x.Path, context)));
        }

        var dependencies = new List<Dependency>();
        if (o.TryGetRequired("dependencies", "the list of dependencies between activities (it may be empty)", out e, out path))
        {
            dependencies.AddRange(context.Items(e, path, "a list of dependencies").Select(x => ReadDependency(x.Item, x.Path, context)));
        }

        var members = new List<Member>();
        if (o.TryGetRequired("members", "the list of candidate team members (it may be empty)", out e, out path))
        {
            members.AddRange(context.Items(e, path, "a list of members").Select(x => ReadMember(x.Item, x.Path, context)));
        }

        var rules = new List<Rule>();
        if (o.TryGet("rules", out e, out path))
        {
            rules.AddRange(context.Items(e, path, "a list of rules").Select(x => ReadRule(x.Item, x.Path, context)));
        }

        Plan? current = o.TryGet("current", out e, out path) ? ReadCurrent(e, path, context) : null;

        var goals = new List<Goal>();
        if (o.TryGet("goals", out e, out path))
        {
            goals.AddRange(context.Items(e, path, "a list of goals").Select(x => ReadGoal(x.Item, x.Path, context)));
        }

        var factors = new List<Factor>();
        if (o.TryGet("factors", out e, out path))
        {
            factors.AddRange(context.Items(e, path, "a list of factors").Select(x => ReadFactor(x.Item, x.Path, context)));
        }

        if (context.IsFull)
        {
            // Enough is listed already; the cross-reference check would only add to what is not shown.
            return null;
        }

        try
        {
            var scenario = new Scenario(name, activities, dependencies, members, rules, teamSize, current, weights, goals, factors);
            return context.HasProblems ? null : scenario;
        }
        catch (ScenarioValidationException invalid)
        {
            foreach (var d in invalid.Diagnostics.Where(d => !context.IsEcho(d)))
            {
                context.Add(d);
            }

            return null;
        }
    }

    /// <summary>One package of <c>current.packages</c> or of a plan file's <c>packages</c>.</summary>
    internal static ActivityPackage ReadPackage(
        JsonElement e, string path, JsonReadContext context, HashSet<string> packageIds, IReadOnlyCollection<string>? ignored = null)
    {
        var o = context.Object(e, path, "a package object");
        if (o is null)
        {
            return new ActivityPackage(context.Placeholder(path), []);
        }

        o.CheckNames(PackageProperties, ignored);
        string id = ReadId(o, "id", "the package identifier", context);
        if (!id.StartsWith('\0') && !packageIds.Add(id))
        {
            context.Error(DiagnosticCodes.DuplicateId, $"The package identifier '{id}' is used again; package identifiers must be unique.", JsonPaths.Property(path, "id"));
            id = context.Placeholder(JsonPaths.Property(path, "id"));
        }

        IReadOnlyList<string> activities = [];
        if (o.TryGetRequired("activities", "the list of the package's activity identifiers", out var a, out var aPath))
        {
            activities = context.StringList(a, aPath, "activity identifier", placeholders: true) ?? [];
        }

        IReadOnlyList<string> members = [];
        if (o.TryGet("members", out var m, out var mPath))
        {
            members = context.StringList(m, mPath, "member identifier", placeholders: true) ?? [];
        }

        Scale? scale = null;
        if (o.TryGet("scale", out var s, out var sPath) && context.TryScale(s, sPath, out var sc))
        {
            scale = sc;
        }

        return new ActivityPackage(id, activities, members, scale);
    }

    private static readonly string[] PackageProperties = ["id", "activities", "members", "scale"];

    /// <summary>A required identifier, or a placeholder when it is missing or unusable.</summary>
    private static string ReadId(JsonObjectView o, string name, string what, JsonReadContext context)
        => o.TryGetRequired(name, what, out var e, out var path) && context.TryId(e, path, what, out var id)
            ? id
            : context.Placeholder(path);

    private static TeamSizeLimits? ReadTeamSize(JsonElement e, string path, JsonReadContext context)
    {
        var o = context.Object(e, path, "an object { \"min\": ..., \"max\": ... }");
        if (o is null)
        {
            return null;
        }

        o.CheckNames(TeamSizeProperties);
        bool ok = o.TryGetRequired("min", "the smallest team size, a whole number of at least 1", out var minE, out var minPath)
                  & o.TryGetRequired("max", "the largest team size, a whole number of at least 1", out var maxE, out var maxPath);
        if (!ok)
        {
            return null;
        }

        ok = context.TryInt(minE, minPath, "a team size of at least 1", 1, out int min)
             & context.TryInt(maxE, maxPath, "a team size of at least 1", 1, out int max);
        if (!ok)
        {
            return null;
        }

        if (min > max)
        {
            context.Error(
                DiagnosticCodes.TeamSizeRange,
                $"The smallest team size ({min}) is larger than the largest ({max}); expected min <= max.",
                path);
            return null;
        }

        return new TeamSizeLimits(min, max);
    }

    private static IntensityWeights? ReadWeights(JsonElement e, string path, JsonReadContext context)
    {
        var o = context.Object(e, path, "an object with the weights of referral, information, alignment and joint");
        if (o is null)
        {
            return null;
        }

        o.CheckNames(WeightProperties);
        var values = new double[WeightProperties.Length];
        bool ok = true;
        for (int i = 0; i < WeightProperties.Length; i++)
        {
            ok &= o.TryGetRequired(WeightProperties[i], "a finite weight greater than zero", out var w, out var wPath)
                  && context.TryNumber(w, wPath, "a finite weight greater than zero", positive: true, out values[i]);
        }

        if (!ok)
        {
            return null;
        }

        if (!(values[0] < values[1] && values[1] < values[2] && values[2] < values[3]))
        {
            context.Error(
                DiagnosticCodes.WeightsNotIncreasing,
                "The intensity weights must be strictly increasing, referral < information < alignment < joint, "
                + $"so the four levels stay ordered; found {string.Join(", ", values.Select(JsonReadContext.Format))}.",
                path);
            return null;
        }

        return new IntensityWeights(values[0], values[1], values[2], values[3]);
    }

    private static Activity ReadActivity(JsonElement e, string path, JsonReadContext context)
    {
        var o = context.Object(e, path, "an activity object");
        if (o is null)
        {
            return new Activity(context.Placeholder(path), "?", Scale.LivedNeighbourhood);
        }

        o.CheckNames(ActivityProperties);
        string id = ReadId(o, "id", "the activity identifier", context);
        string name = o.TryGetRequired("name", "the activity's name", out var v, out var p) && context.TryId(v, p, "the activity's name", out var n) ? n : "?";

        var scale = Scale.LivedNeighbourhood;
        if (o.TryGetRequired("idealScale", "the scale at which the activity is ideally organised", out v, out p) && context.TryScale(v, p, out var s))
        {
            scale = s;
        }

        IReadOnlyList<string> requires = [];
        if (o.TryGet("requires", out v, out p))
        {
            requires = context.StringList(v, p, "capability name", placeholders: false) ?? [];
        }

        var complexity = Complexity.Complex;
        if (o.TryGet("complexity", out v, out p) && context.TryComplexity(v, p, out var c))
        {
            complexity = c;
        }

        double? workload = null;
        if (o.TryGet("workload", out v, out p) && context.TryNumber(v, p, "a workload in hours, greater than zero", positive: true, out var w))
        {
            workload = w;
        }

        string? function = o.TryGet("function", out v, out p) && context.TryString(v, p, out var f) ? f : null;
        string? currentPackage = o.TryGet("currentPackage", out v, out p) && context.TryId(v, p, "a package identifier", out var cp) ? cp : null;

        var stability = Stability.Changing;
        if (o.TryGet("stability", out v, out p) && context.TryString(v, p, out var st))
        {
            if (DomainNames.TryParseStability(st, out var parsed))
            {
                stability = parsed;
            }
            else
            {
                context.Error(DiagnosticCodes.UnknownStability, $"Unknown stability '{st}'{context.Suggest(st, ["stable", "changing"])}; expected stable or changing.", p);
            }
        }

        IReadOnlyList<string> goals = [];
        if (o.TryGet("goals", out v, out p))
        {
            goals = context.StringList(v, p, "goal identifier", placeholders: true) ?? [];
        }

        return new Activity(id, name, scale, requires, complexity, workload, function, currentPackage, stability, goals);
    }

    /// <summary>One goal of <c>goals</c> (contract section 4).</summary>
    private static Goal ReadGoal(JsonElement e, string path, JsonReadContext context)
    {
        var o = context.Object(e, path, "a goal object");
        if (o is null)
        {
            return new Goal(context.Placeholder(path), "?");
        }

        o.CheckNames(GoalProperties);
        string id = ReadId(o, "id", "the goal identifier", context);
        string name = o.TryGetRequired("name", "what the goal is", out var v, out var p) && context.TryId(v, p, "what the goal is", out var n) ? n : "?";
        GoalHorizon? horizon = null;
        if (o.TryGet("horizon", out v, out p) && context.TryString(v, p, out var h))
        {
            if (DomainNames.TryParseGoalHorizon(h, out var parsed))
            {
                horizon = parsed;
            }
            else
            {
                context.Error(DiagnosticCodes.UnknownHorizon, $"Unknown goal horizon '{h}'{context.Suggest(h, ["short", "long"])}; expected short or long.", p);
            }
        }

        return new Goal(id, name, horizon);
    }

    /// <summary>One factor of <c>factors</c> (contract section 4; worksheet tables 1 and 3).</summary>
    private static Factor ReadFactor(JsonElement e, string path, JsonReadContext context)
    {
        var o = context.Object(e, path, "a factor object");
        if (o is null)
        {
            return new Factor(context.Placeholder(path), FactorKind.Inhibiting, "?");
        }

        o.CheckNames(FactorProperties);
        string id = ReadId(o, "id", "the factor identifier", context);
        var kind = FactorKind.Inhibiting;
        if (o.TryGetRequired("kind", "the factor kind: stimulating or inhibiting", out var v, out var p) && context.TryString(v, p, out var k))
        {
            if (DomainNames.TryParseFactorKind(k, out var parsed))
            {
                kind = parsed;
            }
            else
            {
                context.Error(DiagnosticCodes.UnknownFactorKind, $"Unknown factor kind '{k}'{context.Suggest(k, ["stimulating", "inhibiting"])}; expected stimulating or inhibiting.", p);
            }
        }

        string text = o.TryGetRequired("text", "the factor in words", out v, out p) && context.TryId(v, p, "the factor in words", out var t) ? t : "?";
        bool removable = false;
        if (o.TryGet("removable", out v, out p) && context.TryBool(v, p, out var r))
        {
            if (r && kind == FactorKind.Stimulating)
            {
                context.Error(DiagnosticCodes.RemovableStimulating, "Only an inhibiting factor can be removable; leave 'removable' out of a stimulating factor.", p);
            }
            else
            {
                removable = r;
            }
        }

        IReadOnlyList<string> activities = [];
        if (o.TryGet("activities", out v, out p))
        {
            activities = context.StringList(v, p, "activity identifier", placeholders: true) ?? [];
        }

        var rules = new List<int>();
        if (o.TryGet("rules", out v, out p))
        {
            rules.AddRange(context.Items(v, p, "a list of rule positions (0 is the first rule)")
                .Select(x => context.TryInt(x.Item, x.Path, "a rule position, a whole number of at least 0", 0, out var i) ? i : -1)
                .Where(i => i >= 0));
        }

        return new Factor(id, kind, text, removable, activities, rules);
    }

    private static Dependency ReadDependency(JsonElement e, string path, JsonReadContext context)
    {
        var o = context.Object(e, path, "a dependency object");
        if (o is null)
        {
            return new Dependency(context.Placeholder(path), "\0" + path + "\0to", 1.0);
        }

        o.CheckNames(DependencyProperties);
        string from = ReadId(o, "from", "the identifier of the first activity", context);
        string to = ReadId(o, "to", "the identifier of the second activity", context);
        if (from == to && !from.StartsWith('\0'))
        {
            var toPath = JsonPaths.Property(path, "to");
            context.Error(DiagnosticCodes.SelfLoop, $"The dependency links activity '{from}' to itself; expected two different activities.", toPath);
            to = context.Placeholder(toPath);
        }

        bool hasIntensity = o.TryGet("intensity", out var i, out var iPath);
        bool hasWeight = o.TryGet("weight", out var w, out var wPath);
        if (hasIntensity && hasWeight)
        {
            context.Error(
                DiagnosticCodes.IntensityAndWeight,
                "The dependency has both 'intensity' and 'weight'; give exactly one of them.",
                path);
        }
        else if (hasIntensity)
        {
            if (context.TryIntensity(i, iPath, out var intensity))
            {
                return new Dependency(from, to, intensity);
            }
        }
        else if (hasWeight)
        {
            if (context.TryNumber(w, wPath, "a finite weight greater than zero", positive: true, out var weight))
            {
                return new Dependency(from, to, weight);
            }
        }
        else
        {
            context.Error(
                DiagnosticCodes.MissingStrength,
                "The dependency has neither 'intensity' nor 'weight'; give exactly one (intensity: referral, information, alignment or joint).",
                path);
        }

        return new Dependency(from, to, 1.0);
    }

    private static Member ReadMember(JsonElement e, string path, JsonReadContext context)
    {
        var o = context.Object(e, path, "a member object");
        if (o is null)
        {
            return new Member(context.Placeholder(path), Scale.LivedNeighbourhood);
        }

        o.CheckNames(MemberProperties);
        string id = ReadId(o, "id", "the member identifier", context);

        var scale = Scale.LivedNeighbourhood;
        if (o.TryGetRequired("scale", "the largest scale the member works at", out var v, out var p) && context.TryScale(v, p, out var s))
        {
            scale = s;
        }

        string? name = o.TryGet("name", out v, out p) && context.TryString(v, p, out var n) ? n : null;
        string? partner = o.TryGet("partner", out v, out p) && context.TryString(v, p, out var pa) ? pa : null;
        bool informal = o.TryGet("informal", out v, out p) && context.TryBool(v, p, out var inf) && inf;

        IReadOnlyList<string> capabilities = [];
        if (o.TryGet("capabilities", out v, out p))
        {
            capabilities = context.StringList(v, p, "capability name", placeholders: false) ?? [];
        }

        double? hours = null;
        if (o.TryGet("hours", out v, out p) && context.TryNumber(v, p, "hours available, greater than zero", positive: true, out var h))
        {
            hours = h;
        }

        int maxTeams = 1;
        if (o.TryGet("maxTeams", out v, out p) && context.TryInt(v, p, "a number of teams, a whole number of at least 1", 1, out var mt))
        {
            maxTeams = mt;
        }

        return new Member(id, scale, capabilities, name, partner, hours, maxTeams, informal);
    }

    private static Rule ReadRule(JsonElement e, string path, JsonReadContext context)
    {
        var o = context.Object(e, path, "a rule object");
        if (o is null || !o.TryGetRequired("kind", "the rule kind: " + string.Join(", ", RuleKinds), out var k, out var kPath)
                      || !context.TryString(k, kPath, out var kind))
        {
            return RulePlaceholder(path, context);
        }

        string? reason = o.TryGet("reason", out var r, out var rPath) && context.TryString(r, rPath, out var rs) ? rs : null;
        switch (kind)
        {
            case "together":
            case "apart":
            {
                o.CheckNames(GroupRuleProperties);
                var group = ReadGroup(o, path, context);
                return kind == "together" ? new TogetherRule(group, reason) : new ApartRule(group, reason);
            }

            case "fixedScale":
            {
                o.CheckNames(FixedScaleProperties);
                string activity = ReadId(o, "activity", "the identifier of the activity whose package has a fixed scale", context);
                var scale = Scale.LivedNeighbourhood;
                if (o.TryGetRequired("scale", "the fixed scale", out var s, out var sPath) && context.TryScale(s, sPath, out var sc))
                {
                    scale = sc;
                }

                return new FixedScaleRule(activity, scale, reason);
            }

            case "memberRequired":
            case "memberExcluded":
            {
                o.CheckNames(MemberRuleProperties);
                string member = ReadId(o, "member", "a member identifier", context);
                string activity = ReadId(o, "activity", "an activity identifier", context);
                return kind == "memberRequired" ? new MemberRequiredRule(member, activity, reason) : new MemberExcludedRule(member, activity, reason);
            }

            default:
                context.Error(
                    DiagnosticCodes.UnknownRuleKind,
                    $"Unknown rule kind '{kind}'{context.Suggest(kind, RuleKinds)}; expected one of {string.Join(", ", RuleKinds)}.",
                    kPath);
                return RulePlaceholder(path, context);
        }
    }

    private static List<string> ReadGroup(JsonObjectView o, string rulePath, JsonReadContext context)
    {
        const string What = "the list of at least two different activity identifiers";
        List<string>? group = null;
        if (o.TryGetRequired("activities", What, out var a, out var aPath))
        {
            group = context.StringList(a, aPath, "activity identifier", placeholders: true);
            if (group is not null && group.Distinct(StringComparer.Ordinal).Count() < 2)
            {
                context.Error(DiagnosticCodes.TooFewActivities, $"The rule names fewer than two different activities; expected {What}.", aPath);
            }
        }

        // Pad with placeholders so the rule can be built; the padding is never reported.
        group ??= [];
        var listPath = JsonPaths.Property(rulePath, "activities");
        while (group.Distinct(StringComparer.Ordinal).Count() < 2)
        {
            group.Add(context.Placeholder(JsonPaths.Index(listPath, group.Count)));
        }

        return group;
    }

    private static FixedScaleRule RulePlaceholder(string path, JsonReadContext context)
        => new(context.Placeholder(path), Scale.LivedNeighbourhood);

    private static Plan? ReadCurrent(JsonElement e, string path, JsonReadContext context)
    {
        var o = context.Object(e, path, "an object with the list of today's packages");
        if (o is null)
        {
            return null;
        }

        o.CheckNames(CurrentProperties);
        if (!o.TryGetRequired("packages", "the list of today's packages", out var p, out var pPath))
        {
            return null;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        return new Plan(context.Items(p, pPath, "a list of packages").Select(x => ReadPackage(x.Item, x.Path, context, ids)).ToList());
    }
}
