using Xunit;

namespace Ontwar.Tests.Domain;

public class TeamSizeLimitsTests
{
    [Fact]
    public void Default_is_six_to_eight_members()
    {
        Assert.Equal(6, TeamSizeLimits.Default.Min);
        Assert.Equal(8, TeamSizeLimits.Default.Max);
        Assert.Equal("6..8", TeamSizeLimits.Default.ToString());
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, true)]
    [InlineData(8, true)]
    [InlineData(9, false)]
    public void Allows_sizes_within_the_bounds(int size, bool allowed) => Assert.Equal(allowed, TeamSizeLimits.Default.Allows(size));

    [Fact]
    public void One_size_only_is_allowed()
    {
        var exact = new TeamSizeLimits(3, 3);
        Assert.True(exact.Allows(3));
        Assert.False(exact.Allows(2));
    }

    [Fact]
    public void Rejects_min_below_one_and_max_below_min()
    {
        Assert.Equal("min", Assert.Throws<ArgumentOutOfRangeException>(() => new TeamSizeLimits(0, 3)).ParamName);
        Assert.Equal("max", Assert.Throws<ArgumentOutOfRangeException>(() => new TeamSizeLimits(4, 3)).ParamName);
    }

    [Fact]
    public void Equality_is_by_value()
    {
        Assert.Equal(new TeamSizeLimits(6, 8), TeamSizeLimits.Default);
        Assert.Equal(new TeamSizeLimits(2, 4).GetHashCode(), new TeamSizeLimits(2, 4).GetHashCode());
        Assert.NotEqual(new TeamSizeLimits(2, 4), new TeamSizeLimits(2, 5));
        Assert.NotEqual(new TeamSizeLimits(2, 4), new TeamSizeLimits(1, 4));
        Assert.False(TeamSizeLimits.Default.Equals(null));
        Assert.True(TeamSizeLimits.Default.Equals((object)new TeamSizeLimits(6, 8)));
    }
}
