using Xunit;

namespace Ontwar.Tests.Domain.Rules;

public class RuleTests
{
    [Theory]
    [InlineData(RuleKind.Together, "together")]
    [InlineData(RuleKind.Apart, "apart")]
    [InlineData(RuleKind.FixedScale, "fixedScale")]
    [InlineData(RuleKind.MemberRequired, "memberRequired")]
    [InlineData(RuleKind.MemberExcluded, "memberExcluded")]
    public void Kinds_have_their_contract_names(RuleKind kind, string name) => Assert.Equal(name, Rule.NameOf(kind));

    [Fact]
    public void Undefined_kind_has_no_name() => Assert.Throws<ArgumentOutOfRangeException>(() => Rule.NameOf((RuleKind)5));

    [Fact]
    public void Rules_of_different_kinds_are_never_equal()
    {
        Rule[] rules =
        [
            new TogetherRule(["a", "b"]), new ApartRule(["a", "b"]), new FixedScaleRule("a", Scale.Municipality),
            new MemberRequiredRule("m", "a"), new MemberExcludedRule("m", "a"),
        ];
        for (int i = 0; i < rules.Length; i++)
        {
            for (int j = 0; j < rules.Length; j++)
            {
                Assert.Equal(i == j, rules[i].Equals(rules[j]));
                Assert.Equal(i == j, rules[i].Equals((object)rules[j]));
            }

            Assert.False(rules[i].Equals(null));
        }
    }
}
