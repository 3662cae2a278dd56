using System.Globalization;
using Xunit;

namespace Ontwar.Tests.Domain;

public class DependencyTests
{
    [Fact]
    public void Intensity_dependency_has_no_weight()
    {
        var d = new Dependency("physio", "adapt", Intensity.Joint);
        Assert.Equal("physio", d.From);
        Assert.Equal("adapt", d.To);
        Assert.Equal(Intensity.Joint, d.Intensity);
        Assert.Null(d.Weight);
    }

    [Fact]
    public void Weight_dependency_has_no_intensity()
    {
        var d = new Dependency("a", "b", 1.5);
        Assert.Null(d.Intensity);
        Assert.Equal(1.5, d.Weight);
    }

    [Fact]
    public void Cohesion_comes_from_the_weight_or_the_intensity_mapping()
    {
        var custom = new IntensityWeights(1, 3, 9, 27);
        Assert.Equal(8, new Dependency("a", "b", Intensity.Joint).CohesionUnder(IntensityWeights.Default));
        Assert.Equal(9, new Dependency("a", "b", Intensity.Alignment).CohesionUnder(custom));
        Assert.Equal(1.5, new Dependency("a", "b", 1.5).CohesionUnder(custom));
        Assert.Throws<ArgumentNullException>(() => new Dependency("a", "b", 1.5).CohesionUnder(null!));
    }

    [Fact]
    public void Rejects_self_loops()
    {
        Assert.Equal("to", Assert.Throws<ArgumentException>(() => new Dependency("a", "a", Intensity.Referral)).ParamName);
        Assert.Throws<ArgumentException>(() => new Dependency("a", "a", 2.0));
    }

    [Fact]
    public void Rejects_missing_or_blank_ends()
    {
        Assert.Throws<ArgumentNullException>(() => new Dependency(null!, "b", Intensity.Referral));
        Assert.Throws<ArgumentNullException>(() => new Dependency("a", null!, 1.0));
        Assert.Throws<ArgumentException>(() => new Dependency(" ", "b", Intensity.Referral));
        Assert.Throws<ArgumentException>(() => new Dependency("a", "", 1.0));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-2.0)]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(double.PositiveInfinity)]
    public void Rejects_weights_that_are_not_finite_and_positive(double weight)
    {
        Assert.Equal("weight", Assert.Throws<ArgumentOutOfRangeException>(() => new Dependency("a", "b", weight)).ParamName);
    }

    [Fact]
    public void Rejects_undefined_intensity()
    {
        Assert.Equal("intensity", Assert.Throws<ArgumentOutOfRangeException>(() => new Dependency("a", "b", (Intensity)4)).ParamName);
    }

    [Fact]
    public void Equality_keeps_direction_and_kind()
    {
        Assert.Equal(new Dependency("a", "b", Intensity.Joint), new Dependency("a", "b", Intensity.Joint));
        Assert.Equal(new Dependency("a", "b", 2.0).GetHashCode(), new Dependency("a", "b", 2.0).GetHashCode());
        Assert.NotEqual(new Dependency("a", "b", Intensity.Joint), new Dependency("b", "a", Intensity.Joint));
        Assert.NotEqual(new Dependency("a", "b", Intensity.Joint), new Dependency("a", "b", Intensity.Alignment));
        Assert.NotEqual(new Dependency("a", "b", 2.0), new Dependency("a", "b", 3.0));
        Assert.NotEqual(new Dependency("a", "b", 8.0), new Dependency("a", "b", Intensity.Joint));
        Assert.False(new Dependency("a", "b", 2.0).Equals((object?)null));
        Assert.True(new Dependency("a", "b", 2.0).Equals((object)new Dependency("a", "b", 2.0)));
    }

    [Fact]
    public void Prints_invariantly_under_any_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("nl-BE");
            Assert.Equal("a -> b (1.5)", new Dependency("a", "b", 1.5).ToString());
            Assert.Equal("a -> b (joint)", new Dependency("a", "b", Intensity.Joint).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
