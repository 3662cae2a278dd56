using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ontwar.Benchmarks.Comparison;
using Ontwar.Tests.Support;
using Xunit;

namespace Ontwar.Benchmarks.Tests.Comparison;

public class GrowthFitTests
{
    [Fact]
    public void A_linear_time_has_exponent_one()
        => Assert.Equal(1.0, GrowthFit.Exponent([(1_000, 60), (10_000, 600), (100_000, 6_000)])!.Value, 9);

    [Fact]
    public void One_size_has_no_exponent()
        => Assert.Null(GrowthFit.Exponent([(1_000, 60), (1_000, 70)]));

    [Fact]
    public void Non_positive_times_are_rejected()
        => Assert.Throws<ArgumentException>(() => GrowthFit.Exponent([(10, 0), (100, 1)]));

    [Fact]
    public void Small_sizes_are_left_out_when_two_large_ones_remain()
    {
        Assert.Equal([100, 1000], GrowthFit.FitPoints([(10, 5), (100, 1), (1000, 10)]).Select(p => p.Size));
        Assert.Equal([10, 100], GrowthFit.FitPoints([(10, 5), (100, 1)]).Select(p => p.Size));
    }

    [Property]
    public Property An_exact_power_law_gives_back_its_exponent()
    {
        var cases = Arb.From(
            from a in Gen.Choose(1, 1000)
            from b in Gen.Choose(-20, 30)
            from sizes in Gen.Choose(1, 1_000_000).ListOf().Select(l => l.Distinct().ToList())
            where sizes.Count >= 2
            select (A: (double)a, B: b / 10.0, Sizes: sizes));
        return Prop.ForAll(cases, c =>
        {
            var points = c.Sizes.Select(n => ((double)n, c.A * Math.Pow(n, c.B))).ToList();
            Assert.Equal(c.B, GrowthFit.Exponent(points)!.Value, 6);
        });
    }
}
