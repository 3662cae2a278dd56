using Ontwar.Plans;
using Ontwar.Serialization;
using Xunit;

namespace Ontwar.Tests.Serialization;

/// <summary>
/// The bundled samples are valid, round-trip, and feasible: a witness plan in TestData/witness meets every hard
/// constraint of domain.md, checked here independently of any engine.
/// </summary>
public sealed class SampleTests
{
    public static TheoryData<string> Samples => new() { "maria.json", "stederen.json", "jonas.json", "eenzaamheid.json", "tienen.json" };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Samples_are_valid_and_round_trip(string sample)
    {
        var s = ScenarioJson.ReadFile(Json.SamplePath(sample));
        Assert.Equal(s, ScenarioJson.FromJson(ScenarioJson.ToJson(s)));
        Assert.NotNull(s.Current);
        Assert.NotEmpty(s.Rules);
        Assert.All(s.Activities, a => Assert.NotNull(a.Function));
    }

    [Theory]
    [InlineData("maria.json", "maria.plan.json")]
    [InlineData("stederen.json", "stederen.plan.json")]
    [InlineData("jonas.json", "jonas.plan.json")]
    [InlineData("eenzaamheid.json", "eenzaamheid.plan.json")]
    [InlineData("tienen.json", "tienen.plan.json")]
    public void Samples_are_feasible_with_their_rules(string sample, string witness)
    {
        var s = ScenarioJson.ReadFile(Json.SamplePath(sample));
        var plan = PlanJson.ReadPlanFile(Json.TestDataPath("witness", witness));
        Assert.Empty(Violations(s, plan));
        Assert.Empty(Violations(s.WithoutRules(), plan));
    }

    [Fact]
    public void The_checker_finds_violations()
    {
        // Guards the feasibility test: today's fragmented organisation of Maria breaks the team size.
        var s = ScenarioJson.ReadFile(Json.SamplePath("maria.json"));
        var violations = Violations(s, s.Current!);
        Assert.Contains(violations, v => v.Contains("team size", StringComparison.Ordinal));
        var broken = new Plan([new ActivityPackage("all", s.Activities.Select(a => a.Id), ["kine", "daughter"])]);
        var more = Violations(s, broken);
        Assert.Contains(more, v => v.Contains("capability", StringComparison.Ordinal));
        Assert.Contains(more, v => v.Contains("scale", StringComparison.Ordinal));
        Assert.Contains(more, v => v.Contains("hours", StringComparison.Ordinal));
    }

    [Fact]
    public void Maria_in_the_builder_equals_the_maria_sample()
    {
        var built = new ScenarioBuilder("Maria: heupbreuk, thuis blijven wonen")
            .WithTeamSize(2, 4)
            .AddActivity("household", "Huishoudhulp", Scale.GeographicNeighbourhood, a => a.Requires("household-help").Simple().Stable().Serves("home").WithWorkload(6).WithFunction("welfare").InCurrentPackage("today-homecare"))
            .AddActivity("hygiene", "Hygiënische zorgen", Scale.Municipality, a => a.Requires("nursing").Serves("home").WithWorkload(5).WithFunction("care").InCurrentPackage("today-nursing"))
            .AddActivity("physio", "Kinesitherapie", Scale.Municipality, a => a.Requires("physiotherapy").Serves("home").WithWorkload(3).WithFunction("care").InCurrentPackage("today-physio"))
            .AddActivity("adapt", "Kleine aanpassingen om het huis toegankelijker te maken", Scale.LocalRegion, a => a.Requires("home-adaptation", "adaptation-advice").Serves("home").WithWorkload(4).WithFunction("housing").InCurrentPackage("today-adaptation"))
            .AddActivity("company", "Gezelschap", Scale.LivedNeighbourhood, a => a.Requires("companionship").Simple().Stable().Serves("company").WithWorkload(4).WithFunction("welfare").InCurrentPackage("today-informal"))
            .AddDependency("physio", "adapt", Intensity.Joint)
            .AddDependency("hygiene", "physio", Intensity.Alignment)
            .AddDependency("hygiene", "adapt", Intensity.Information)
            .AddDependency("household", "hygiene", Intensity.Information)
            .AddDependency("household", "company", Intensity.Alignment)
            .AddDependency("company", "physio", Intensity.Information)
            .AddDependency("household", "adapt", Intensity.Referral)
            .AddMember("kine", Scale.Municipality, m => m.Named("Lotte, kinesitherapeut").FromPartner("Kinepraktijk De Beweging").WithCapabilities("physiotherapy").WithHours(4))
            .AddMember("nurse", Scale.Municipality, m => m.Named("Ahmed, thuisverpleegkundige").FromPartner("Thuisverpleging").WithCapabilities("nursing").WithHours(6))
            .AddMember("nurse2", Scale.Municipality, m => m.Named("Sofie, thuisverpleegkundige").FromPartner("Thuisverpleging").WithCapabilities("nursing").WithHours(4))
            .AddMember("carer", Scale.Municipality, m => m.Named("Els, verzorgende").FromPartner("Dienst gezinszorg").WithCapabilities("household-help").WithHours(8))
            .AddMember("cleaner", Scale.Municipality, m => m.Named("Poetshulp (dienstencheques)").FromPartner("Dienstenchequebedrijf").WithCapabilities("household-help").WithHours(4))
            .AddMember("socialworker", Scale.LocalRegion, m => m.Named("Maatschappelijk werker").FromPartner("Ziekenfonds").WithCapabilities("adaptation-advice").WithHours(2).WithMaxTeams(2))
            .AddMember("architect", Scale.SupraLocalRegion, m => m.Named("Architect aanpasbaar wonen").FromPartner("Architectenbureau").WithCapabilities("adaptation-advice").WithHours(2))
            .AddMember("builder", Scale.LocalRegion, m => m.Named("Aannemer").FromPartner("Bouwbedrijf").WithCapabilities("home-adaptation").WithHours(6))
            .AddMember("handyman", Scale.LocalRegion, m => m.Named("Klusjesdienst").FromPartner("Klusjesdienst OCMW").WithCapabilities("home-adaptation").WithHours(4))
            .AddMember("daughter", Scale.LivedNeighbourhood, m => m.Named("An, dochter").FromPartner("Familie").AsInformal().WithCapabilities("companionship", "household-help").WithHours(4))
            .AddMember("neighbour", Scale.LivedNeighbourhood, m => m.Named("Rita, buurvrouw").FromPartner("Buren").AsInformal().WithCapabilities("companionship").WithHours(2))
            .AddMember("knitfriend", Scale.LivedNeighbourhood, m => m.Named("Vriendin van de breiclub").FromPartner("Breiclub").AsInformal().WithCapabilities("companionship").WithHours(1))
            .AddMember("volunteer", Scale.GeographicNeighbourhood, m => m.Named("Vrijwilliger bezoekdienst").FromPartner("Vrijwilligerswerking").AsInformal().WithCapabilities("companionship").WithHours(2))
            .AddMember("companion", Scale.Municipality, m => m.Named("Gezelschapsdienst").FromPartner("Gezelschapsdienst").WithCapabilities("companionship").WithHours(3))
            .AddRule(new FixedScaleRule("adapt", Scale.LocalRegion, "De klusjesdienst moet op een grotere regio werken om genoeg opdrachten te krijgen (000:877)."))
            .AddRule(new MemberRequiredRule("daughter", "company", "Maria wil dat haar dochter betrokken blijft."))
            .AddGoal("home", "Maria kan tijdelijk extra ondersteund thuis blijven wonen", GoalHorizon.Short)
            .AddGoal("company", "Maria voelt zich niet eenzaam zolang ze niet naar de breiclub kan", GoalHorizon.Short)
            .AddFactor("region", FactorKind.Inhibiting, "De klusjesdienst moet zich op een grotere regio richten om voldoende opdrachten binnen te krijgen (000:877).", false, ["adapt"], [0])
            .AddFactor("strangers", FactorKind.Inhibiting, "De kinesitherapeut en de klusjesdienst hebben geen vaste contacten en kennen elkaars manier van werken niet (000:877; elkaar niet kennen is de meest gehoorde remmende factor, 001:280).", true, ["physio", "adapt"])
            .AddFactor("file", FactorKind.Stimulating, "Een gedeeld infodossier met vaste rubrieken voor wat standaard aan bod komt (000:995).", activities: ["physio", "adapt"])
            .AddFactor("signals", FactorKind.Stimulating, "Een huishoudhulp die in een paar buurten werkt, vangt makkelijker signalen op en legt verbindingen (000:840).", activities: ["household"])
            .AddFactor("lived", FactorKind.Stimulating, "Familie, buren en kennissen uit de geleefde buurt delen interesses, ervaringen en verhalen met Maria (000:840).", activities: ["company"])
            .AddCurrentPackage("today-homecare", ["household"], ["carer"], Scale.Municipality)
            .AddCurrentPackage("today-nursing", ["hygiene"], ["nurse"], Scale.Municipality)
            .AddCurrentPackage("today-physio", ["physio"], ["kine"], Scale.Municipality)
            .AddCurrentPackage("today-adaptation", ["adapt"], ["handyman"], Scale.LocalRegion)
            .AddCurrentPackage("today-informal", ["company"], ["daughter", "neighbour"], Scale.LivedNeighbourhood)
            .Build();

        Assert.Equal(built, ScenarioJson.ReadFile(Json.SamplePath("maria.json")));
    }

    /// <summary>Every hard constraint of domain.md that <paramref name="plan"/> breaks, in words; empty when it is feasible.</summary>
    private static List<string> Violations(Scenario s, Plan plan)
    {
        var problems = new List<string>();
        var packageOf = new Dictionary<string, ActivityPackage>(StringComparer.Ordinal);
        foreach (var p in plan.Packages)
        {
            foreach (var a in p.Activities)
            {
                if (!packageOf.TryAdd(a, p))
                {
                    problems.Add($"activity {a} is in two packages");
                }
            }
        }

        problems.AddRange(s.Activities.Where(a => !packageOf.ContainsKey(a.Id)).Select(a => $"activity {a.Id} is in no package"));

        var teamsOf = plan.Packages.SelectMany(p => p.Members).GroupBy(m => m, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var (member, teams) in teamsOf)
        {
            if (teams > s.GetMember(member).MaxTeams)
            {
                problems.Add($"member {member} is in {teams} teams, more than allowed");
            }
        }

        foreach (var p in plan.Packages)
        {
            var activities = p.Activities.Select(s.GetActivity).ToList();
            var team = p.Members.Select(s.GetMember).ToList();
            if (!s.TeamSize.Allows(team.Count))
            {
                problems.Add($"package {p.Id}: team size {team.Count} outside {s.TeamSize}");
            }

            var fixedScales = s.Rules.OfType<FixedScaleRule>().Where(r => p.Activities.Contains(r.Activity)).Select(r => r.Scale).ToList();
            var scale = fixedScales.Count > 0 ? fixedScales[0] : activities.Min(a => a.IdealScale);
            if (p.Scale is { } given && given != scale)
            {
                problems.Add($"package {p.Id}: scale {given} but its activities call for {scale}");
            }

            foreach (var capability in activities.SelectMany(a => a.Requires).Distinct())
            {
                if (!team.Any(m => m.Capabilities.Contains(capability)))
                {
                    problems.Add($"package {p.Id}: no team member holds capability {capability}");
                }
            }

            problems.AddRange(team.Where(m => m.Scale < scale).Select(m => $"package {p.Id}: member {m.Id} works at a smaller scale ({m.Scale}) than {scale}"));

            // Members in several teams split their hours evenly: enough for a witness, which only has to show one way.
            double hours = team.Sum(m => m.Hours is { } h ? h / teamsOf[m.Id] : double.PositiveInfinity);
            double workload = activities.Sum(a => a.Workload ?? 0);
            if (hours < workload)
            {
                problems.Add($"package {p.Id}: {hours} hours for a workload of {workload}");
            }
        }

        foreach (var rule in s.Rules)
        {
            switch (rule)
            {
                case TogetherRule t when t.Activities.Select(a => packageOf[a].Id).Distinct().Count() > 1:
                    problems.Add($"together rule broken: {string.Join(", ", t.Activities)}");
                    break;
                case ApartRule a when a.Activities.Select(x => packageOf[x].Id).Distinct().Count() < a.Activities.Count:
                    problems.Add($"apart rule broken: {string.Join(", ", a.Activities)}");
                    break;
                case MemberRequiredRule r when !packageOf[r.Activity].Members.Contains(r.Member):
                    problems.Add($"member {r.Member} required for {r.Activity} but not in its team");
                    break;
                case MemberExcludedRule x when packageOf[x.Activity].Members.Contains(x.Member):
                    problems.Add($"member {x.Member} excluded from {x.Activity} but in its team");
                    break;
            }
        }

        return problems;
    }
}
