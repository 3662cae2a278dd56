using Ontwar.Plans;
using Xunit;

namespace Ontwar.Tests.Domain;

public class ActivityPackageTests
{
    [Fact]
    public void Keeps_its_values()
    {
        var p = new ActivityPackage("P1", ["physio", "adapt"], ["kine"], Scale.Municipality);
        Assert.Equal("P1", p.Id);
        Assert.Equal(["physio", "adapt"], p.Activities);
        Assert.Equal(["kine"], p.Members);
        Assert.Equal(Scale.Municipality, p.Scale);
        Assert.Equal("P1: [physio, adapt] team [kine]", p.ToString());
    }

    [Fact]
    public void Team_and_scale_are_optional()
    {
        var p = new ActivityPackage("P1", ["a"]);
        Assert.Empty(p.Members);
        Assert.Null(p.Scale);
        Assert.Empty(new ActivityPackage("P0", []).Activities);
    }

    [Fact]
    public void Rejects_invalid_values()
    {
        Assert.Throws<ArgumentNullException>(() => new ActivityPackage(null!, ["a"]));
        Assert.Throws<ArgumentNullException>(() => new ActivityPackage("P", null!));
        Assert.Throws<ArgumentException>(() => new ActivityPackage(" ", ["a"]));
        Assert.Throws<ArgumentException>(() => new ActivityPackage("P", ["a", ""]));
        Assert.Throws<ArgumentException>(() => new ActivityPackage("P", ["a"], [" "]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ActivityPackage("P", ["a"], null, (Scale)5));
    }

    [Fact]
    public void Equality_is_by_value()
    {
        var p = new ActivityPackage("P", ["a", "b"], ["m"], Scale.Municipality);
        Assert.Equal(p, new ActivityPackage("P", ["a", "b"], ["m"], Scale.Municipality));
        Assert.Equal(p.GetHashCode(), new ActivityPackage("P", ["a", "b"], ["m"], Scale.Municipality).GetHashCode());
        Assert.NotEqual(p, new ActivityPackage("Q", ["a", "b"], ["m"], Scale.Municipality));
        Assert.NotEqual(p, new ActivityPackage("P", ["b", "a"], ["m"], Scale.Municipality));
        Assert.NotEqual(p, new ActivityPackage("P", ["a", "b"], [], Scale.Municipality));
        Assert.NotEqual(p, new ActivityPackage("P", ["a", "b"], ["m"]));
        Assert.False(p.Equals((object?)null));
    }
}
