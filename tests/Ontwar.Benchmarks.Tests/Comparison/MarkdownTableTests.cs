using Ontwar.Benchmarks.Comparison;
using Xunit;

namespace Ontwar.Benchmarks.Tests.Comparison;

public class MarkdownTableTests
{
    [Fact]
    public void Renders_header_alignment_and_escaped_cells()
        => Assert.Equal(
            "| name | n |\n|---|---:|\n| a\\|b | 1 |\n",
            MarkdownTable.Render(["name", ">n"], [["a|b", "1"]]));

    [Fact]
    public void A_row_of_the_wrong_width_is_an_error()
        => Assert.Contains("Row 1 has 1 cells; the table has 2 columns", Assert.Throws<ArgumentException>(() => MarkdownTable.Render(["a", "b"], [["x"]])).Message, StringComparison.Ordinal);
}
