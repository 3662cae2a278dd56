using Ontwar.Cli.Reports;
using Ontwar.Evaluation;
using Ontwar.Serialization;
using Ontwar.Solving;
using Ontwar.Tests.Serialization;

namespace Ontwar.Tests.Cli.Reports;

/// <summary>Report models of the samples, solved once per test run (the solves are what costs time).</summary>
internal static class ReportSamples
{
    internal static readonly SolverOptions Options = new() { TimeLimit = TimeSpan.FromSeconds(20) };

    private static readonly Lazy<ReportModel> MariaModel = new(() => Solve("maria.json", ideal: false));
    private static readonly Lazy<ReportModel> StederenModel = new(() => Solve("stederen.json", ideal: false));
    private static readonly Lazy<ReportModel> MariaTodayModel = new(() =>
    {
        var s = Scenario("maria.json");
        return ReportModelBuilder.FromPlan(s, Baselines.AsToday(s)!, "current", false, Options);
    });

    internal static ReportModel Maria => MariaModel.Value;

    internal static ReportModel Stederen => StederenModel.Value;

    internal static ReportModel MariaToday => MariaTodayModel.Value;

    internal static Scenario Scenario(string sample) => ScenarioJson.ReadFile(Json.SamplePath(sample));

    internal static ReportModel Solve(string sample, bool ideal, bool compare = true)
    {
        var scenario = Scenario(sample);
        var result = PackagingSolver.Solve(scenario, Options, ideal);
        return ReportModelBuilder.FromSolve(scenario, result, ideal, compare ? Options : null);
    }

    /// <summary>A scenario whose every user text tries to break out of its format.</summary>
    internal static Scenario Hostile()
    {
        const string evil = "<script>alert(\"x\")</script> & 'q' \\ \"; a|b # -- }";
        return new Scenario(
            evil,
            [
                new Activity("a", evil + " one", Ontwar.Scale.Municipality, ["c"]),
                new Activity("b", evil + " two", Ontwar.Scale.Municipality, ["c"]),
            ],
            [new Dependency("a", "b", Intensity.Joint)],
            [new Member("m", Ontwar.Scale.Municipality, ["c"], evil, evil)],
            teamSize: new TeamSizeLimits(1, 2));
    }

    internal static ReportModel HostileModel()
    {
        var s = Hostile();
        return ReportModelBuilder.FromSolve(s, PackagingSolver.Solve(s, Options), false, null);
    }
}
