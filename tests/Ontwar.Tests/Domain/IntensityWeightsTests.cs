using Xunit;

namespace Ontwar.Tests.Domain;

public class IntensityWeightsTests
{
    [Fact]
    public void Default_doubles_at_every_level()
    {
        var w = IntensityWeights.Default;
        Assert.Equal([1.0, 2.0, 4.0, 8.0], Enum.GetValues<Intensity>().Select(w.WeightOf));
        Assert.Equal(1, w.Referral);
        Assert.Equal(2, w.Information);
        Assert.Equal(4, w.Alignment);
        Assert.Equal(8, w.Joint);
    }

    [Fact]
    public void Rejects_undefined_intensity()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => IntensityWeights.Default.WeightOf((Intensity)9));
    }

    [Theory]
    [InlineData(1, 1, 4, 8)]
    [InlineData(1, 2, 1.5, 8)]
    [InlineData(1, 2, 4, 4)]
    public void Rejects_weights_that_are_not_strictly_increasing(double r, double i, double a, double j)
    {
        Assert.Throws<ArgumentException>(() => new IntensityWeights(r, i, a, j));
    }

    [Fact]
    public void Rejects_weights_that_are_not_finite_and_positive()
    {
        Assert.Equal("referral", Assert.Throws<ArgumentOutOfRangeException>(() => new IntensityWeights(0, 2, 4, 8)).ParamName);
        Assert.Equal("information", Assert.Throws<ArgumentOutOfRangeException>(() => new IntensityWeights(1, double.NaN, 4, 8)).ParamName);
        Assert.Equal("joint", Assert.Throws<ArgumentOutOfRangeException>(() => new IntensityWeights(1, 2, 4, double.PositiveInfinity)).ParamName);
    }

    [Theory]
    [InlineData(0.0, Intensity.Referral)]
    [InlineData(1.99, Intensity.Referral)]
    [InlineData(2.0, Intensity.Information)]
    [InlineData(3.5, Intensity.Information)]
    [InlineData(4.0, Intensity.Alignment)]
    [InlineData(7.99, Intensity.Alignment)]
    [InlineData(8.0, Intensity.Joint)]
    [InlineData(100.0, Intensity.Joint)]
    public void Intensity_for_a_cohesion_is_the_highest_level_reached(double cohesion, Intensity expected)
    {
        Assert.Equal(expected, IntensityWeights.Default.IntensityFor(cohesion));
    }

    [Fact]
    public void Equality_is_by_value()
    {
        Assert.Equal(new IntensityWeights(1, 2, 4, 8), IntensityWeights.Default);
        Assert.Equal(new IntensityWeights(1, 3, 9, 27).GetHashCode(), new IntensityWeights(1, 3, 9, 27).GetHashCode());
        Assert.NotEqual(new IntensityWeights(1, 2, 4, 9), IntensityWeights.Default);
        Assert.NotEqual(new IntensityWeights(0.5, 2, 4, 8), IntensityWeights.Default);
        Assert.False(IntensityWeights.Default.Equals(null));
        Assert.True(IntensityWeights.Default.Equals((object)new IntensityWeights(1, 2, 4, 8)));
    }
}
