using Ontwar.Internal;
using Xunit;

namespace Ontwar.Tests.Internal;

public sealed class TextChecksTests
{
    [Theory]
    [InlineData("physio")]
    [InlineData("Kinesitherapie-2")]
    [InlineData("café")]
    [InlineData("\u05D0\u05D1")]
    [InlineData("\U0001F600")]
    public void Accepts_printable_identifiers(string id) => Assert.Null(TextChecks.IdentifierProblem(id));

    [Theory]
    [InlineData("a\u0000", "control", "U+0000")]
    [InlineData("a\u009b", "control", "U+009B")]
    [InlineData("\u2066x", "bidirectional", "U+2066")]
    [InlineData("a\u200d", "invisible", "U+200D")]
    [InlineData("a\U000E0041", "invisible", "U+E0041")]
    [InlineData("a\u2028", "line break", "U+2028")]
    public void Names_the_refused_character_and_its_position(string id, string what, string codePoint)
    {
        var problem = TextChecks.IdentifierProblem(id);

        Assert.NotNull(problem);
        Assert.Contains(what, problem, StringComparison.Ordinal);
        Assert.Contains(codePoint, problem, StringComparison.Ordinal);
        Assert.Contains("position", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_an_unpaired_surrogate()
    {
        // Built in code: a test runner cannot carry a lone surrogate as inline data.
        Assert.Contains("unpaired surrogate (not a character), U+D800, at position 2", TextChecks.IdentifierProblem("a" + '\ud800'), StringComparison.Ordinal);
        Assert.Contains("unpaired surrogate", TextChecks.TextProblem('\udc00' + "b"), StringComparison.Ordinal);
    }

    [Fact]
    public void Texts_allow_joiners_and_marks_but_not_controls_or_overrides()
    {
        Assert.Null(TextChecks.TextProblem("zorg\u200Cnetwerk \u200F"));
        Assert.NotNull(TextChecks.TextProblem("a\tb"));
        Assert.NotNull(TextChecks.TextProblem("a\u202Db"));
        Assert.NotNull(TextChecks.TextProblem(new string('x', ScenarioLimits.MaxTextLength + 1)));
    }

    [Fact]
    public void Confusable_keys_collide_for_the_same_text_in_different_forms()
    {
        Assert.Equal(TextChecks.ConfusableKey("caf\u00e9"), TextChecks.ConfusableKey("cafe\u0301"));
        Assert.Equal("cafe", TextChecks.ConfusableKey("caf\u00e9"));
        Assert.Equal("Ijsselmonde-ij", TextChecks.ConfusableKey("I\u0301jsselmonde-\u0133"));
        Assert.Equal("Zorg", TextChecks.ConfusableKey("\uFF3A\uFF4F\uFF52\uFF47"));
        Assert.Equal("\u05D0\u05D1", TextChecks.ConfusableKey("\u05D0\u05D1"));
        Assert.Equal(TextChecks.ConfusableKey("A"), TextChecks.ConfusableKey("\uFF21"));
        Assert.NotEqual(TextChecks.ConfusableKey("a"), TextChecks.ConfusableKey("A"));
        Assert.Equal("\ud800", TextChecks.ConfusableKey("\ud800"));
    }
}
