using Ontwar.Diagnostics;
using Ontwar.Plans;
using Ontwar.Solving;
using Xunit;

namespace Ontwar.Tests.Solving;

public class SolveResultTests
{
    private static readonly Plan OnePackage = new([new ActivityPackage("P1", ["a"], ["m"])]);

    [Fact]
    public void Reading_the_plan_of_an_infeasible_result_is_a_clear_error()
    {
        var r = new SolveResult(SolveStatus.Infeasible, "e", null, null, 0, TimeSpan.Zero, [Diagnostic.Error("x", "why")]);
        Assert.False(r.HasPlan);
        Assert.False(r.TryGetPlan(out var plan));
        Assert.Null(plan);
        var e = Assert.Throws<InvalidOperationException>(() => r.Plan);
        Assert.Contains("infeasible", e.Message, StringComparison.Ordinal);
        Assert.Contains("Diagnostics", e.Message, StringComparison.Ordinal);
        Assert.Null(r.Objective);
        Assert.Null(r.Gap);
    }

    [Fact]
    public void Reading_the_plan_of_an_unknown_result_is_a_clear_error()
    {
        var r = new SolveResult(SolveStatus.Unknown, "e", null, null, 1.5, TimeSpan.FromSeconds(1));
        var e = Assert.Throws<InvalidOperationException>(() => r.Plan);
        Assert.Contains("No plan was found", e.Message, StringComparison.Ordinal);
        Assert.Equal(1.5, r.Bound);
        Assert.Empty(r.Diagnostics);
    }

    [Theory]
    [InlineData(SolveStatus.Optimal)]
    [InlineData(SolveStatus.Feasible)]
    public void A_result_with_a_plan_needs_an_objective(SolveStatus status)
    {
        Assert.Throws<ArgumentException>(() => new SolveResult(status, "e", OnePackage, null, 0, TimeSpan.Zero));
        Assert.Throws<ArgumentException>(() => new SolveResult(status, "e", null, 3, 0, TimeSpan.Zero));
        Assert.Throws<ArgumentException>(() => new SolveResult(status, "e", null, null, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData(SolveStatus.Infeasible)]
    [InlineData(SolveStatus.Unknown)]
    public void A_result_without_a_plan_cannot_carry_one(SolveStatus status)
    {
        Assert.Throws<ArgumentException>(() => new SolveResult(status, "e", OnePackage, 3, 0, TimeSpan.Zero));
        Assert.Throws<ArgumentException>(() => new SolveResult(status, "e", null, 3, 0, TimeSpan.Zero));
    }

    [Fact]
    public void The_gap_is_relative_to_the_objective_and_zero_when_optimal()
    {
        var feasible = new SolveResult(SolveStatus.Feasible, "e", OnePackage, 8, 6, TimeSpan.Zero);
        Assert.Equal(0.25, feasible.Gap!.Value, 12);
        Assert.True(feasible.TryGetPlan(out var plan));
        Assert.Same(plan, feasible.Plan);

        var optimal = new SolveResult(SolveStatus.Optimal, "e", OnePackage, 8, 8, TimeSpan.Zero);
        Assert.Equal(0, optimal.Gap);

        var zero = new SolveResult(SolveStatus.Feasible, "e", OnePackage, 0, 0, TimeSpan.Zero);
        Assert.Equal(0, zero.Gap);

        var noBound = new SolveResult(SolveStatus.Feasible, "e", OnePackage, 4, 0, TimeSpan.Zero);
        Assert.Equal(1, noBound.Gap);
    }
}
