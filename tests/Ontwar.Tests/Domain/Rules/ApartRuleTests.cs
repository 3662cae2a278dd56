using Xunit;

namespace Ontwar.Tests.Domain.Rules;

public class ApartRuleTests
{
    [Fact]
    public void Keeps_activities_and_reason()
    {
        var r = new ApartRule(["a", "b"], "privacy");
        Assert.Equal(RuleKind.Apart, r.Kind);
        Assert.Equal(["a", "b"], r.Activities);
        Assert.Equal("privacy", r.Reason);
    }

    [Fact]
    public void Rejects_fewer_than_two_distinct_activities()
    {
        Assert.Throws<ArgumentNullException>(() => new ApartRule(null!));
        Assert.Throws<ArgumentException>(() => new ApartRule(["a", "a"]));
        Assert.Throws<ArgumentException>(() => new ApartRule([]));
    }

    [Fact]
    public void Equality_is_by_value()
    {
        Assert.Equal(new ApartRule(["a", "b"]), new ApartRule(["a", "b"]));
        Assert.Equal(new ApartRule(["a", "b"]).GetHashCode(), new ApartRule(["a", "b"]).GetHashCode());
        Assert.NotEqual(new ApartRule(["a", "b"]), new ApartRule(["a", "c"]));
        Assert.NotEqual(new ApartRule(["a", "b"], "r"), new ApartRule(["a", "b"]));
    }
}
