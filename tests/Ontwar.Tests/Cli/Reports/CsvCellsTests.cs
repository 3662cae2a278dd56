using Ontwar.Cli.Reports;
using Xunit;

namespace Ontwar.Tests.Cli.Reports;

public sealed class CsvCellsTests
{
    [Theory]
    [InlineData("=cmd|' /C calc'!A0")]
    [InlineData("+HYPERLINK(\"http://x\")")]
    [InlineData("-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(1+1)*cmd|' /C calc'!A0")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    public void A_formula_like_cell_becomes_text(string cell)
    {
        Assert.True(CsvCells.IsFormulaLike(cell));
        Assert.Equal("'" + cell, CsvCells.Neutralise(cell));
    }

    [Theory]
    [InlineData("physio")]
    [InlineData("")]
    [InlineData("-2.5")]
    [InlineData("+3")]
    [InlineData("a=b")]
    [InlineData("'=already text")]
    public void Other_cells_stay_as_they_are(string cell)
    {
        Assert.False(CsvCells.IsFormulaLike(cell));
        Assert.Equal(cell, CsvCells.Neutralise(cell));
    }
}
