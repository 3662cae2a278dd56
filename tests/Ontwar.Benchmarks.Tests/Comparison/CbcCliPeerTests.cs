using Ontwar.Benchmarks.Comparison;
using Ontwar.Modeling.Mip;
using Xunit;

namespace Ontwar.Benchmarks.Tests.Comparison;

public class CbcCliPeerTests
{
    private static MipModel Model()
    {
        var builder = new MipModelBuilder();
        builder.AddBinary("x_0", 1);
        builder.AddBinary("x_1", 2);
        builder.AddContinuous("h", 0, 10);
        return builder.Build();
    }

    [Fact]
    public void Reads_an_optimal_solution_by_variable_name()
    {
        var (status, values) = CbcCliPeer.ReadSolution(
            ["Optimal - objective value 2.00000000", "      1 x_1                      1                       2", "      2 h                      2.5                       0"],
            Model());
        Assert.Equal("optimal", status);
        Assert.Equal([0, 1, 2.5], values!);
    }

    [Fact]
    public void Flagged_lines_are_read_too()
    {
        var (_, values) = CbcCliPeer.ReadSolution(["Stopped on time - objective value 1", "** 0 x_0 1 1"], Model());
        Assert.Equal([1, 0, 0], values!);
    }

    [Theory]
    [InlineData("Optimal - objective value 3", "optimal")]
    [InlineData("Stopped on time - objective value 3", "feasible")]
    [InlineData("Infeasible - objective value 0", "infeasible")]
    [InlineData("Integer infeasible - objective value 0", "infeasible")]
    [InlineData("Stopped on time (no integer solution - continuous used) - objective value 1", "unknown")]
    public void Reads_the_status_line(string head, string expected)
        => Assert.Equal(expected, CbcCliPeer.ReadSolution([head], Model()).Status);

    [Fact]
    public void A_line_naming_no_variable_is_an_error()
        => Assert.Contains("line 2", Assert.Throws<FormatException>(() => CbcCliPeer.ReadSolution(["Optimal - objective value 0", "0 y 1 0"], Model())).Message, StringComparison.Ordinal);
}
