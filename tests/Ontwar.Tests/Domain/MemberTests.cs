using Xunit;

namespace Ontwar.Tests.Domain;

public class MemberTests
{
    private static Member Full() => new("m1", Scale.Municipality, ["physiotherapy"], "Kine A", "Praktijk Kine", 8, 2, informal: false);

    [Fact]
    public void Keeps_every_value()
    {
        var m = Full();
        Assert.Equal("m1", m.Id);
        Assert.Equal(Scale.Municipality, m.Scale);
        Assert.Equal(["physiotherapy"], m.Capabilities);
        Assert.Equal("Kine A", m.Name);
        Assert.Equal("Praktijk Kine", m.Partner);
        Assert.Equal(8, m.Hours);
        Assert.Equal(2, m.MaxTeams);
        Assert.False(m.Informal);
        Assert.Equal("Kine A", m.DisplayName);
    }

    [Fact]
    public void Optional_values_have_documented_defaults()
    {
        var m = new Member("m", Scale.LivedNeighbourhood);
        Assert.Empty(m.Capabilities);
        Assert.Null(m.Name);
        Assert.Null(m.Partner);
        Assert.Null(m.Hours);
        Assert.Equal(1, m.MaxTeams);
        Assert.False(m.Informal);
        Assert.Equal("m", m.DisplayName);
        Assert.True(new Member("v", Scale.LivedNeighbourhood, informal: true).Informal);
    }

    [Fact]
    public void Rejects_invalid_values()
    {
        Assert.Throws<ArgumentNullException>(() => new Member(null!, Scale.Municipality));
        Assert.Throws<ArgumentException>(() => new Member("", Scale.Municipality));
        Assert.Equal("capabilities", Assert.Throws<ArgumentException>(() => new Member("m", Scale.Municipality, [" "])).ParamName);
        Assert.Equal("scale", Assert.Throws<ArgumentOutOfRangeException>(() => new Member("m", (Scale)(-1))).ParamName);
        Assert.Equal("hours", Assert.Throws<ArgumentOutOfRangeException>(() => new Member("m", Scale.Municipality, hours: 0)).ParamName);
        Assert.Equal("hours", Assert.Throws<ArgumentOutOfRangeException>(() => new Member("m", Scale.Municipality, hours: double.NaN)).ParamName);
        Assert.Equal("maxTeams", Assert.Throws<ArgumentOutOfRangeException>(() => new Member("m", Scale.Municipality, maxTeams: 0)).ParamName);
    }

    [Fact]
    public void Equal_values_are_equal_with_equal_hashes()
    {
        Assert.Equal(Full(), Full());
        Assert.Equal(Full().GetHashCode(), Full().GetHashCode());
        Assert.True(Full().Equals((object)Full()));
        Assert.False(Full().Equals(null));
    }

    public static TheoryData<Member> Variants() => new()
    {
        new Member("m2", Scale.Municipality, ["physiotherapy"], "Kine A", "Praktijk Kine", 8, 2),
        new Member("m1", Scale.LocalRegion, ["physiotherapy"], "Kine A", "Praktijk Kine", 8, 2),
        new Member("m1", Scale.Municipality, [], "Kine A", "Praktijk Kine", 8, 2),
        new Member("m1", Scale.Municipality, ["physiotherapy"], "Kine B", "Praktijk Kine", 8, 2),
        new Member("m1", Scale.Municipality, ["physiotherapy"], "Kine A", null, 8, 2),
        new Member("m1", Scale.Municipality, ["physiotherapy"], "Kine A", "Praktijk Kine", null, 2),
        new Member("m1", Scale.Municipality, ["physiotherapy"], "Kine A", "Praktijk Kine", 8, 1),
        new Member("m1", Scale.Municipality, ["physiotherapy"], "Kine A", "Praktijk Kine", 8, 2, informal: true),
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Any_difference_makes_members_unequal(Member variant) => Assert.NotEqual(Full(), variant);

    [Fact]
    public void Prints_id_and_name_when_given()
    {
        Assert.Equal("m1 (Kine A)", Full().ToString());
        Assert.Equal("m", new Member("m", Scale.Municipality).ToString());
    }
}
