using Xunit;

namespace Ontwar.Tests.Domain.Rules;

public class MemberRequiredRuleTests
{
    [Fact]
    public void Keeps_member_activity_and_reason()
    {
        var r = new MemberRequiredRule("m1", "physio", "conventie");
        Assert.Equal(RuleKind.MemberRequired, r.Kind);
        Assert.Equal("m1", r.Member);
        Assert.Equal("physio", r.Activity);
        Assert.Equal("conventie", r.Reason);
    }

    [Fact]
    public void Rejects_missing_or_blank_identifiers()
    {
        Assert.Throws<ArgumentNullException>(() => new MemberRequiredRule(null!, "a"));
        Assert.Throws<ArgumentNullException>(() => new MemberRequiredRule("m", null!));
        Assert.Throws<ArgumentException>(() => new MemberRequiredRule("", "a"));
        Assert.Throws<ArgumentException>(() => new MemberRequiredRule("m", " "));
    }

    [Fact]
    public void Equality_is_by_value()
    {
        Assert.Equal(new MemberRequiredRule("m", "a"), new MemberRequiredRule("m", "a"));
        Assert.Equal(new MemberRequiredRule("m", "a").GetHashCode(), new MemberRequiredRule("m", "a").GetHashCode());
        Assert.NotEqual(new MemberRequiredRule("m", "a"), new MemberRequiredRule("n", "a"));
        Assert.NotEqual(new MemberRequiredRule("m", "a"), new MemberRequiredRule("m", "b"));
        Assert.NotEqual(new MemberRequiredRule("m", "a"), new MemberRequiredRule("m", "a", "r"));
    }
}
