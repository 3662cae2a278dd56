using Xunit;

namespace Ontwar.Tests.Domain.Rules;

public class FixedScaleRuleTests
{
    [Fact]
    public void Keeps_activity_scale_and_reason()
    {
        var r = new FixedScaleRule("adapt", Scale.LocalRegion, "wettelijk");
        Assert.Equal(RuleKind.FixedScale, r.Kind);
        Assert.Equal("adapt", r.Activity);
        Assert.Equal(Scale.LocalRegion, r.Scale);
        Assert.Equal("wettelijk", r.Reason);
    }

    [Fact]
    public void Rejects_invalid_values()
    {
        Assert.Throws<ArgumentNullException>(() => new FixedScaleRule(null!, Scale.Municipality));
        Assert.Throws<ArgumentException>(() => new FixedScaleRule(" ", Scale.Municipality));
        Assert.Equal("scale", Assert.Throws<ArgumentOutOfRangeException>(() => new FixedScaleRule("a", (Scale)9)).ParamName);
    }

    [Fact]
    public void Equality_is_by_value()
    {
        Assert.Equal(new FixedScaleRule("a", Scale.Municipality), new FixedScaleRule("a", Scale.Municipality));
        Assert.Equal(new FixedScaleRule("a", Scale.Municipality).GetHashCode(), new FixedScaleRule("a", Scale.Municipality).GetHashCode());
        Assert.NotEqual(new FixedScaleRule("a", Scale.Municipality), new FixedScaleRule("a", Scale.LocalRegion));
        Assert.NotEqual(new FixedScaleRule("a", Scale.Municipality), new FixedScaleRule("b", Scale.Municipality));
        Assert.NotEqual(new FixedScaleRule("a", Scale.Municipality, "r"), new FixedScaleRule("a", Scale.Municipality));
    }
}
