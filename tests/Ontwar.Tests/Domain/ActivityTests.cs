using Xunit;

namespace Ontwar.Tests.Domain;

public class ActivityTests
{
    private static Activity Full() => new("physio", "Kinesitherapie", Scale.Municipality, ["physiotherapy"], Complexity.Simple, 4, "care", "p1");

    [Fact]
    public void Keeps_every_value()
    {
        var a = Full();
        Assert.Equal("physio", a.Id);
        Assert.Equal("Kinesitherapie", a.Name);
        Assert.Equal(Scale.Municipality, a.IdealScale);
        Assert.Equal(["physiotherapy"], a.Requires);
        Assert.Equal(Complexity.Simple, a.Complexity);
        Assert.Equal(4, a.Workload);
        Assert.Equal("care", a.Function);
        Assert.Equal("p1", a.CurrentPackage);
    }

    [Fact]
    public void Optional_values_have_documented_defaults()
    {
        var a = new Activity("x", "X", Scale.LivedNeighbourhood);
        Assert.Empty(a.Requires);
        Assert.Equal(Complexity.Complex, a.Complexity);
        Assert.Null(a.Workload);
        Assert.Null(a.Function);
        Assert.Null(a.CurrentPackage);
    }

    [Fact]
    public void Capabilities_are_copied()
    {
        var caps = new List<string> { "nursing" };
        var a = new Activity("x", "X", Scale.Municipality, caps);
        caps.Add("physio");
        Assert.Equal(["nursing"], a.Requires);
        Assert.Throws<NotSupportedException>(() => ((IList<string>)a.Requires).Add("other"));
    }

    [Fact]
    public void Rejects_missing_or_blank_identifiers_and_names()
    {
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => new Activity(null!, "X", Scale.Municipality)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new Activity("x", null!, Scale.Municipality)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new Activity(" ", "X", Scale.Municipality)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new Activity("x", "", Scale.Municipality)).ParamName);
        Assert.Equal("requires", Assert.Throws<ArgumentException>(() => new Activity("x", "X", Scale.Municipality, ["ok", " "])).ParamName);
        Assert.Throws<ArgumentException>(() => new Activity("x", "X", Scale.Municipality, [null!]));
    }

    [Fact]
    public void Rejects_undefined_enums()
    {
        Assert.Equal("idealScale", Assert.Throws<ArgumentOutOfRangeException>(() => new Activity("x", "X", (Scale)5)).ParamName);
        Assert.Equal("complexity", Assert.Throws<ArgumentOutOfRangeException>(() => new Activity("x", "X", Scale.Municipality, complexity: (Complexity)2)).ParamName);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Rejects_workload_that_is_not_finite_and_positive(double workload)
    {
        Assert.Equal("workload", Assert.Throws<ArgumentOutOfRangeException>(() => new Activity("x", "X", Scale.Municipality, workload: workload)).ParamName);
    }

    [Fact]
    public void Equal_values_are_equal_with_equal_hashes()
    {
        Assert.Equal(Full(), Full());
        Assert.Equal(Full().GetHashCode(), Full().GetHashCode());
        Assert.True(Full().Equals((object)Full()));
        Assert.False(Full().Equals(null));
        Assert.False(Full().Equals("physio"));
    }

    public static TheoryData<Activity> Variants() => new()
    {
        new Activity("other", "Kinesitherapie", Scale.Municipality, ["physiotherapy"], Complexity.Simple, 4, "care", "p1"),
        new Activity("physio", "Other", Scale.Municipality, ["physiotherapy"], Complexity.Simple, 4, "care", "p1"),
        new Activity("physio", "Kinesitherapie", Scale.LocalRegion, ["physiotherapy"], Complexity.Simple, 4, "care", "p1"),
        new Activity("physio", "Kinesitherapie", Scale.Municipality, ["physiotherapy", "x"], Complexity.Simple, 4, "care", "p1"),
        new Activity("physio", "Kinesitherapie", Scale.Municipality, ["physiotherapy"], Complexity.Complex, 4, "care", "p1"),
        new Activity("physio", "Kinesitherapie", Scale.Municipality, ["physiotherapy"], Complexity.Simple, 5, "care", "p1"),
        new Activity("physio", "Kinesitherapie", Scale.Municipality, ["physiotherapy"], Complexity.Simple, null, "care", "p1"),
        new Activity("physio", "Kinesitherapie", Scale.Municipality, ["physiotherapy"], Complexity.Simple, 4, "welfare", "p1"),
        new Activity("physio", "Kinesitherapie", Scale.Municipality, ["physiotherapy"], Complexity.Simple, 4, "care", null),
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Any_difference_makes_activities_unequal(Activity variant)
    {
        Assert.NotEqual(Full(), variant);
        Assert.False(Full().Equals(variant));
    }

    [Fact]
    public void Requirement_order_matters_for_equality()
    {
        Assert.NotEqual(new Activity("x", "X", Scale.Municipality, ["a", "b"]), new Activity("x", "X", Scale.Municipality, ["b", "a"]));
    }

    [Fact]
    public void Prints_id_and_name()
    {
        Assert.Equal("physio (Kinesitherapie)", Full().ToString());
    }
}
