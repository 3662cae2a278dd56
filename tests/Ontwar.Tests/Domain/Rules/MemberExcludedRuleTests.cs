using Xunit;

namespace Ontwar.Tests.Domain.Rules;

public class MemberExcludedRuleTests
{
    [Fact]
    public void Keeps_member_activity_and_reason()
    {
        var r = new MemberExcludedRule("m1", "physio", "belangenconflict");
        Assert.Equal(RuleKind.MemberExcluded, r.Kind);
        Assert.Equal("m1", r.Member);
        Assert.Equal("physio", r.Activity);
        Assert.Equal("belangenconflict", r.Reason);
    }

    [Fact]
    public void Rejects_missing_or_blank_identifiers()
    {
        Assert.Throws<ArgumentNullException>(() => new MemberExcludedRule(null!, "a"));
        Assert.Throws<ArgumentNullException>(() => new MemberExcludedRule("m", null!));
        Assert.Throws<ArgumentException>(() => new MemberExcludedRule(" ", "a"));
        Assert.Throws<ArgumentException>(() => new MemberExcludedRule("m", ""));
    }

    [Fact]
    public void Equality_is_by_value()
    {
        Assert.Equal(new MemberExcludedRule("m", "a"), new MemberExcludedRule("m", "a"));
        Assert.Equal(new MemberExcludedRule("m", "a").GetHashCode(), new MemberExcludedRule("m", "a").GetHashCode());
        Assert.NotEqual(new MemberExcludedRule("m", "a"), new MemberExcludedRule("m", "b"));
        Assert.NotEqual(new MemberExcludedRule("m", "a"), new MemberExcludedRule("n", "a"));
    }
}
