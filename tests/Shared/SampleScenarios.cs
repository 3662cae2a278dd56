namespace Ontwar.Tests.Shared;

/// <summary>Small hand-made scenarios whose answers are worked out in their comments.</summary>
public static class SampleScenarios
{
    /// <summary>
    /// Two pairs of strongly linked activities, weakly linked across; teams of exactly two; 10 hours of work against
    /// 4 hours per member, so one package cannot do everything. The optimum, {wash, dress} with the nurses' capability
    /// and {physio, adapt} with the physiotherapists', cuts 1 + 0.5.
    /// </summary>
    /// <param name="rules">Rules, or <see langword="null"/>.</param>
    /// <returns>The scenario.</returns>
    public static Scenario TwoPairs(IEnumerable<Rule>? rules = null) => new(
        "two pairs",
        [
            new Activity("wash", "Wassen", Scale.Municipality, ["nursing"], workload: 3),
            new Activity("dress", "Aankleden", Scale.Municipality, ["nursing"], workload: 2),
            new Activity("physio", "Kinesitherapie", Scale.Municipality, ["physio"], workload: 3),
            new Activity("adapt", "Woningaanpassing", Scale.LocalRegion, ["physio"], workload: 2),
        ],
        [
            new Dependency("wash", "dress", Intensity.Joint),
            new Dependency("physio", "adapt", Intensity.Joint),
            new Dependency("dress", "physio", Intensity.Referral),
            new Dependency("wash", "adapt", 0.5),
        ],
        [
            new Member("n1", Scale.LocalRegion, ["nursing"], hours: 4),
            new Member("n2", Scale.Municipality, ["nursing"], hours: 4),
            new Member("p1", Scale.LocalRegion, ["physio"], hours: 4),
            new Member("p2", Scale.LocalRegion, ["physio"], hours: 4),
        ],
        rules,
        new TeamSizeLimits(2, 2));

    /// <summary>
    /// Two activities that must be apart, 3 hours each, both needing the only nurse, who may join two teams and has
    /// 4 hours; two helpers with 1 and <paramref name="secondHelperHours"/> hours. Feasible exactly when the nurse's
    /// split hours and the helpers' cover 6 hours: with 1 hour for the second helper, yes; with 0.5, no.
    /// </summary>
    /// <param name="secondHelperHours">Hours of the second helper.</param>
    /// <returns>The scenario.</returns>
    public static Scenario SharedNurse(double secondHelperHours) => new(
        "shared nurse",
        [
            new Activity("a", "Wassen", Scale.Municipality, ["nursing"], workload: 3),
            new Activity("b", "Wondzorg", Scale.Municipality, ["nursing"], workload: 3),
        ],
        [new Dependency("a", "b", Intensity.Alignment)],
        [
            new Member("nurse", Scale.LocalRegion, ["nursing"], hours: 4, maxTeams: 2),
            new Member("h1", Scale.LocalRegion, ["company"], hours: 1),
            new Member("h2", Scale.LocalRegion, ["company"], hours: secondHelperHours),
        ],
        [new ApartRule(["a", "b"])],
        new TeamSizeLimits(1, 2));
}
