using Xunit;

namespace Ontwar.Tests.Domain.Rules;

public class TogetherRuleTests
{
    [Fact]
    public void Keeps_activities_and_reason()
    {
        var r = new TogetherRule(["a", "b", "c"], "één aanspreekpunt");
        Assert.Equal(RuleKind.Together, r.Kind);
        Assert.Equal(["a", "b", "c"], r.Activities);
        Assert.Equal("één aanspreekpunt", r.Reason);
        Assert.Null(new TogetherRule(["a", "b"]).Reason);
    }

    [Fact]
    public void Rejects_fewer_than_two_distinct_activities()
    {
        Assert.Throws<ArgumentNullException>(() => new TogetherRule(null!));
        Assert.Equal("activities", Assert.Throws<ArgumentException>(() => new TogetherRule(["a"])).ParamName);
        Assert.Throws<ArgumentException>(() => new TogetherRule(["a", "a"]));
        Assert.Throws<ArgumentException>(() => new TogetherRule(["a", " "]));
    }

    [Fact]
    public void Equality_is_by_value_including_reason_and_order()
    {
        Assert.Equal(new TogetherRule(["a", "b"], "x"), new TogetherRule(["a", "b"], "x"));
        Assert.Equal(new TogetherRule(["a", "b"], "x").GetHashCode(), new TogetherRule(["a", "b"], "x").GetHashCode());
        Assert.NotEqual(new TogetherRule(["a", "b"], "x"), new TogetherRule(["a", "b"], "y"));
        Assert.NotEqual(new TogetherRule(["a", "b"]), new TogetherRule(["b", "a"]));
        Assert.NotEqual(new TogetherRule(["a", "b"]), new TogetherRule(["a", "b", "c"]));
    }
}
