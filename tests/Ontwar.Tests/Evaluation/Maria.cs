using Ontwar.Plans;

namespace Ontwar.Tests.Evaluation;

/// <summary>
/// A small Maria scenario (seed 000:741-744) with hand-checked numbers, and a plan that meets every hard constraint.
/// Tests change one thing and expect exactly the matching violation.
/// </summary>
internal static class Maria
{
    /// <summary>
    /// Cohesion: physio-adapt 8 (joint), hygiene-physio 4 (alignment), household-company 2 + 1.5 = 3.5, household-hygiene 1
    /// (referral); total 16.5. Team size 2..3.
    /// </summary>
    public static ScenarioBuilder Builder() => new ScenarioBuilder("Maria")
        .WithTeamSize(2, 3)
        .AddActivity("household", "Gezinszorg", Scale.GeographicNeighbourhood, a => a.Requires("household-help").WithWorkload(6).WithFunction("care"))
        .AddActivity("hygiene", "Hygiënische zorg", Scale.Municipality, a => a.Requires("nursing").WithWorkload(4).WithFunction("care"))
        .AddActivity("physio", "Kinesitherapie", Scale.Municipality, a => a.Requires("physiotherapy").WithWorkload(3).WithFunction("care"))
        .AddActivity("adapt", "Kleine woningaanpassingen", Scale.LocalRegion, a => a.Requires("home-adaptation").WithWorkload(2).WithFunction("housing"))
        .AddActivity("company", "Gezelschap", Scale.LivedNeighbourhood, a => a.Requires("companionship"))
        .AddDependency("physio", "adapt", Intensity.Joint)
        .AddDependency("household", "company", Intensity.Information)
        .AddDependency("hygiene", "physio", Intensity.Alignment)
        .AddDependency("household", "hygiene", Intensity.Referral)
        .AddDependency("company", "household", 1.5)
        .AddMember("fam", Scale.GeographicNeighbourhood, m => m.Named("Gezinszorg A").FromPartner("Familiezorg").WithCapabilities("household-help").WithHours(10))
        .AddMember("nurse", Scale.Municipality, m => m.Named("Verpleegkundige B").FromPartner("Thuisverpleging").WithCapabilities("nursing").WithHours(8))
        .AddMember("nurse2", Scale.GeographicNeighbourhood, m => m.Named("Buurtverpleegkundige").FromPartner("Buurtzorg").WithCapabilities("nursing").WithHours(8))
        .AddMember("kine", Scale.LocalRegion, m => m.Named("Kinesitherapeut C").FromPartner("Praktijk Kine").WithCapabilities("physiotherapy").WithHours(6))
        .AddMember("social", Scale.LocalRegion, m => m.Named("Maatschappelijk werker").FromPartner("OCMW").WithCapabilities("home-adaptation").WithHours(4))
        .AddMember("vol", Scale.LivedNeighbourhood, m => m.Named("Buurvrouw").AsInformal().WithCapabilities("companionship"))
        .AddMember("driver", Scale.SupraLocalRegion, m => m.Named("Vrijwillige chauffeur").AsInformal().WithCapabilities("transport"));

    public static Scenario Scenario() => Builder().Build();

    /// <summary>P1 = physio, adapt, hygiene (municipality) with kine, social, nurse; P2 = household, company (lived neighbourhood) with fam, vol.</summary>
    public static Plan Plan(
        string[]? p1Activities = null,
        string[]? p1Members = null,
        Scale? p1Scale = null,
        string[]? p2Activities = null,
        string[]? p2Members = null,
        Scale? p2Scale = null,
        params ActivityPackage[] more)
        => new(new[]
        {
            new ActivityPackage("P1", p1Activities ?? ["physio", "adapt", "hygiene"], p1Members ?? ["kine", "social", "nurse"], p1Scale),
            new ActivityPackage("P2", p2Activities ?? ["household", "company"], p2Members ?? ["fam", "vol"], p2Scale),
        }.Concat(more));

    /// <summary>The same grouping with no teams at all.</summary>
    public static Plan GroupingOnly()
        => new([new ActivityPackage("P1", ["physio", "adapt", "hygiene"]), new ActivityPackage("P2", ["household", "company"])]);
}
