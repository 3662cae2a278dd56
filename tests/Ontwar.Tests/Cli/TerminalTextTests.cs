using Ontwar.Cli;
using Xunit;

namespace Ontwar.Tests.Cli;

public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("\u001b]0;pwned\u0007x", "\\u001B]0;pwned\\u0007x")]
    [InlineData("line\r\nnext", "line\\u000D\\u000Anext")]
    [InlineData("\u202Eevil", "\\u202Eevil")]
    [InlineData("pair \U0001F600", "pair \U0001F600")]
    public void Escapes_for_a_terminal_what_could_control_it(string text, string expected)
        => Assert.Equal(expected, TerminalText.Escape(text));

    [Fact]
    public void Escapes_an_unpaired_surrogate()
        => Assert.Equal("lone\\uD800 \\uDC00", TerminalText.Escape("lone" + '\ud800' + " " + '\udc00'));
}
