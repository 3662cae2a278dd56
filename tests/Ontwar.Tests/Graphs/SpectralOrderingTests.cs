using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ontwar.Graphs;
using Ontwar.Graphs.Algorithms;
using Ontwar.Plans;
using Ontwar.Tests.Support;
using Xunit;

namespace Ontwar.Tests.Graphs;

public sealed class SpectralOrderingTests
{
    private static string Id(int i) => "a" + i.ToString(CultureInfo.InvariantCulture);

    /// <summary>A path a0 - a1 - ... with the given weights, activities listed in <paramref name="inputOrder"/>.</summary>
    private static Scenario Path(double[] weights, int[] inputOrder) => new(
        "path",
        inputOrder.Select(i => new Activity(Id(i), "A" + i, Scale.Municipality)),
        weights.Select((w, i) => new Dependency(Id(i), Id(i + 1), w)),
        [new Member("m", Scale.Municipality)]);

    [Fact]
    public void A_path_is_ordered_along_the_path_whatever_the_input_order()
    {
        var scenario = Path([1, 1, 1, 1, 1], [3, 0, 5, 1, 4, 2]);
        var order = SpectralOrdering.Order(scenario).Activities;
        var forward = Enumerable.Range(0, 6).Select(Id).ToList();
        Assert.True(order.SequenceEqual(forward) || order.SequenceEqual(Enumerable.Reverse(forward)), string.Join(",", order));
    }

    [Fact]
    public void A_symmetric_path_starts_at_the_end_listed_first()
    {
        Assert.Equal(["a0", "a1", "a2", "a3", "a4"], SpectralOrdering.Order(Path([2, 2, 2, 2], [0, 1, 2, 3, 4])).Activities);
        Assert.Equal(["a4", "a3", "a2", "a1", "a0"], SpectralOrdering.Order(Path([2, 2, 2, 2], [4, 1, 2, 3, 0])).Activities);
    }

    [Property(MaxTest = 30)]
    public Property An_asymmetric_path_gets_the_same_order_under_every_relabelling()
    {
        double[] weights = [1, 2, 3, 4, 5, 6];
        var expected = SpectralOrdering.Order(Path(weights, [0, 1, 2, 3, 4, 5, 6])).Activities;
        return Prop.ForAll(
            Arb.From(Gen.Shuffle(Enumerable.Range(0, 7).ToArray())),
            order => Assert.Equal(expected, SpectralOrdering.Order(Path(weights, order)).Activities));
    }

    [Fact]
    public void Packages_are_ordered_so_that_strongly_linked_packages_are_adjacent()
    {
        // P1 - P2 and P2 - P3 are strongly linked, P1 - P3 not at all: P2 belongs in the middle.
        var scenario = new Scenario(
            "chain of packages",
            Enumerable.Range(0, 6).Select(i => new Activity(Id(i), "A" + i, Scale.Municipality)),
            [
                new Dependency("a0", "a1", 8), new Dependency("a2", "a3", 8), new Dependency("a4", "a5", 8),
                new Dependency("a1", "a2", 3), new Dependency("a3", "a4", 3),
            ],
            [new Member("m", Scale.Municipality)]);
        var plan = new Plan([new ActivityPackage("P1", ["a0", "a1"]), new ActivityPackage("P3", ["a4", "a5"]), new ActivityPackage("P2", ["a2", "a3"])]);

        var order = SpectralOrdering.Order(scenario, plan);

        Assert.Equal("P2", order.Packages[1]);
        Assert.False(order.UsedFallback);

        // Inside each package the activity linked to the previous package comes first.
        var rows = order.Activities.ToList();
        Assert.True(rows.SequenceEqual(["a0", "a1", "a2", "a3", "a4", "a5"]) || rows.SequenceEqual(["a5", "a4", "a3", "a2", "a1", "a0"]), string.Join(",", rows));
    }

    [Fact]
    public void Components_are_ordered_largest_first_and_isolated_activities_last()
    {
        var scenario = new Scenario(
            "two components",
            Enumerable.Range(0, 6).Select(i => new Activity(Id(i), "A" + i, Scale.Municipality)),
            [new Dependency("a0", "a1", 1), new Dependency("a2", "a3", 1), new Dependency("a3", "a4", 1)],
            [new Member("m", Scale.Municipality)]);

        var order = SpectralOrdering.Order(scenario).Activities;

        Assert.Equal(["a2", "a3", "a4"], order.Take(3).Order(StringComparer.Ordinal));
        Assert.Equal("a3", order[1]);
        Assert.Equal(["a0", "a1", "a5"], order.Skip(3));
    }

    [Property(MaxTest = 60)]
    public Property Plan_order_is_a_permutation_with_contiguous_packages_and_unplaced_activities_last_and_is_deterministic()
    {
        return Prop.ForAll(PlanGen.Cases(new ScenarioGen.Shape(MaxActivities: 12)), c =>
        {
            // Leave the last package out, to have unplaced activities too.
            var partial = new Plan(c.Plan.Packages.Take(Math.Max(1, c.Plan.Packages.Count - 1)));
            var order = SpectralOrdering.Order(c.Scenario, partial);

            Assert.Equal(c.Scenario.Activities.Select(a => a.Id).Order(StringComparer.Ordinal), order.Activities.Order(StringComparer.Ordinal));
            Assert.Equal(partial.Packages.Select(p => p.Id).Order(StringComparer.Ordinal), order.Packages.Order(StringComparer.Ordinal));
            int at = 0;
            foreach (var id in order.Packages)
            {
                var package = partial.Packages.Single(p => p.Id == id);
                Assert.Equal(package.Activities.Order(StringComparer.Ordinal), order.Activities.Skip(at).Take(package.Activities.Count).Order(StringComparer.Ordinal));
                at += package.Activities.Count;
            }

            Assert.Equal(order.Unplaced, order.Activities.Skip(at));
            var again = SpectralOrdering.Order(c.Scenario, partial);
            Assert.Equal(order.Activities, again.Activities);
            Assert.Equal(order.Packages, again.Packages);
        });
    }

    [Fact]
    public void Vertex_order_of_any_graph_is_a_permutation()
    {
        var g = CohesionGraph.FromEdges(7, [new(0, 6, 2), new(6, 3, 1), new(3, 0, 1), new(1, 2, 5), new(2, 4, 0.5)]);
        Assert.Equal(Enumerable.Range(0, 7), SpectralOrdering.OrderVertices(g).Order());
        Assert.Empty(SpectralOrdering.OrderVertices(CohesionGraph.FromEdges(0, [])));
    }

    [Fact]
    public void A_component_above_the_dense_limit_falls_back_to_a_breadth_first_order_along_the_path()
    {
        int n = SpectralOrdering.DenseLimit + 1;
        var scenario = new Scenario(
            "long path",
            Enumerable.Range(0, n).Select(i => new Activity(Id(i), "A" + i, Scale.Municipality)),
            Enumerable.Range(0, n - 1).Select(i => new Dependency(Id(i), Id(i + 1), 1)),
            [new Member("m", Scale.Municipality)]);

        var order = SpectralOrdering.Order(scenario);

        Assert.True(order.UsedFallback);
        Assert.Equal(Enumerable.Range(0, n).Select(Id), order.Activities);
    }

    [Fact]
    public void A_plan_that_does_not_fit_is_rejected_naming_every_problem()
    {
        var scenario = Path([1, 1], [0, 1, 2]);
        var plan = new Plan([new ActivityPackage("P1", ["a0", "zz"]), new ActivityPackage("P2", ["a0", "a1"])]);

        var e = Assert.Throws<ArgumentException>(() => SpectralOrdering.Order(scenario, plan));
        Assert.Contains("'zz'", e.Message, StringComparison.Ordinal);
        Assert.Contains("'a0' is placed twice", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => SpectralOrdering.Order(null!, plan));
        Assert.Throws<ArgumentNullException>(() => SpectralOrdering.Order(scenario, null!));
        Assert.Throws<ArgumentNullException>(() => SpectralOrdering.OrderVertices(null!));
    }
}
