using Ontwar.Evaluation;
using Ontwar.Plans;
using Xunit;

namespace Ontwar.Tests.Evaluation;

/// <summary>The hours check: a transportation problem where members in several teams split their hours.</summary>
public class HoursCheckTests
{
    /// <summary>Activities x and y need 5 hours each; members a (hours given, two teams), b (hours given), c (no hours: unlimited).</summary>
    private static Scenario Scenario(double aHours, double bHours, double? yWorkload = 5) => new ScenarioBuilder("hours")
        .WithTeamSize(1, 3)
        .AddActivity("x", "X", Scale.Municipality, o => o.WithWorkload(5))
        .AddActivity("y", "Y", Scale.Municipality, o => { if (yWorkload is { } w) { o.WithWorkload(w); } })
        .AddMember("a", Scale.Municipality, m => m.WithHours(aHours).WithMaxTeams(2))
        .AddMember("b", Scale.Municipality, m => m.WithHours(bHours))
        .AddMember("c", Scale.Municipality)
        .Build();

    private static Plan Plan(string[] p1Team, string[] p2Team)
        => new([new ActivityPackage("P1", ["x"], p1Team), new ActivityPackage("P2", ["y"], p2Team)]);

    private static List<string> Shortfalls(Scenario s, Plan p)
        => PlanEvaluator.Evaluate(s, p).Violations.Where(v => v.Code == ViolationCodes.HoursShortfall).Select(v => v.Message).ToList();

    [Fact]
    public void Team_with_too_few_hours_is_short_by_the_difference()
    {
        var e = PlanEvaluator.Evaluate(Scenario(6, 4), Plan(["b"], ["c"]));
        var d = Assert.Single(e.Violations, v => v.Code == ViolationCodes.HoursShortfall);
        Assert.Equal("Package P1 needs 5 hours of work, but the members of its team have 4 hours available for it: 1 hours short.", d.Message);
        Assert.Equal("$.packages[0]", d.Path);
        Assert.False(e.IsFeasible);
        Assert.Equal(5, e.Packages[0].Workload);
    }

    [Fact]
    public void Shared_member_whose_hours_suffice_for_each_team_alone_but_not_for_both_is_reported_for_the_group()
    {
        // Alone: P1 has a + b = 7 >= 5 and P2 has a = 6 >= 5. Together they need 10 but a and b have 7.
        var messages = Shortfalls(Scenario(6, 1), Plan(["a", "b"], ["a"]));
        var message = Assert.Single(messages);
        Assert.Equal("Packages P1, P2 need 10 hours of work together, but the members of their teams, who share members, have 7 hours between them: 3 hours short.", message);
    }

    [Fact]
    public void Shared_member_splits_hours_when_enough()
    {
        Assert.Empty(Shortfalls(Scenario(6, 4), Plan(["a", "b"], ["a"])));
    }

    [Fact]
    public void Only_the_group_that_lacks_hours_is_reported()
    {
        // a (3 h) and b (1 h) can give P1 at most 4 hours; P2 is covered by c, who has no hour limit.
        var messages = Shortfalls(Scenario(3, 1), Plan(["a", "b"], ["a", "c"]));
        Assert.Equal("Package P1 needs 5 hours of work, but the members of its team have 4 hours available for it: 1 hours short.", Assert.Single(messages));
    }

    [Fact]
    public void Member_without_hours_is_unlimited()
    {
        Assert.Empty(Shortfalls(Scenario(1, 1), Plan(["c"], ["a", "c"])));
    }

    [Fact]
    public void Activities_without_workload_need_no_hours()
    {
        var e = PlanEvaluator.Evaluate(Scenario(1, 1, yWorkload: null), Plan(["c"], ["a"]));
        Assert.True(e.IsFeasible);
        Assert.Equal(0, e.Packages[1].Workload);
    }

    [Fact]
    public void Hours_exactly_equal_to_workload_suffice()
    {
        Assert.Empty(Shortfalls(Scenario(5, 5), Plan(["a"], ["b"])));
        Assert.Single(Shortfalls(Scenario(4.99, 5), Plan(["a"], ["b"])));
    }

    [Fact]
    public void Two_separate_short_teams_are_reported_separately()
    {
        var messages = Shortfalls(Scenario(2, 3), Plan(["a"], ["b"]));
        Assert.Equal(2, messages.Count);
        Assert.Contains("3 hours short", messages[0], StringComparison.Ordinal);
        Assert.Contains("2 hours short", messages[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Hours_are_not_checked_without_teams()
    {
        var e = PlanEvaluator.Evaluate(Scenario(1, 1), new Plan([new ActivityPackage("P1", ["x", "y"])]));
        Assert.DoesNotContain(e.Violations, v => v.Code == ViolationCodes.HoursShortfall);
        Assert.Equal(10, e.Packages[0].Workload);
    }
}
