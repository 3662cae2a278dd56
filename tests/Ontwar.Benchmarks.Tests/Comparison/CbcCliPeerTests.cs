using System.Runtime.Versioning;
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

    // Real first line of CBC 2.10.8 on planted 100 (seed 1) with `sec 5`: the root LP took 17 s, then CBC stopped
    // without an integer solution and wrote the LP relaxation's values, which must not be read as a plan.
    [Fact]
    public void A_stop_without_an_integer_solution_is_unknown_and_its_relaxation_is_not_read()
    {
        var (status, values) = CbcCliPeer.ReadSolution(
            ["Stopped on time (no integer solution - continuous used) - objective value 3.30645544", "      0 x_0                           1                       0"],
            Model(),
            "Result - Stopped on time limit\n\nNo feasible solution found\n");
        Assert.Equal("unknown", status);
        Assert.Null(values);
    }

    // Real output of CBC 2.10.8 on planted 100 (seed 1, which has a plan) with `sec 30`: the limit ran out during
    // pre-processing after 145 s, and CBC called the model infeasible.
    [Fact]
    public void An_infeasible_head_after_the_limit_ran_out_is_unknown_but_proven_infeasibility_is_infeasible()
    {
        const string log = "Continuous objective value is 3.30646 - 16.84 seconds\nCgl0000I Cut generators found to be infeasible! (or unbounded)\nPre-processing says infeasible or unbounded\n";
        Assert.Equal("unknown", CbcCliPeer.ReadSolution(["Integer infeasible - objective value 3.30645544"], Model(), log, reachedLimit: true).Status);
        Assert.Equal("infeasible", CbcCliPeer.ReadSolution(["Integer infeasible - objective value 3.30645544"], Model(), log, reachedLimit: false).Status);
        Assert.Equal("unknown", CbcCliPeer.ReadSolution(["Infeasible - objective value 3.30645544"], Model(), "Result - Stopped on time limit\n").Status);
        Assert.Equal("infeasible", CbcCliPeer.ReadSolution(["Infeasible - objective value 0"], Model(), "Result - Problem proven infeasible\n").Status);
    }

    [Fact]
    public void The_time_limit_is_wall_clock_and_given_before_solving()
    {
        var args = CbcCliPeer.Arguments("m.mps", "30", "s.txt");
        Assert.Equal(["m.mps", "timeMode", "elapsed", "sec", "30", "solve", "solu", "s.txt"], args);
    }

    // The stand-in is a shell script; the peers themselves need Linux packages (coinor-cbc, metis) as well.
    [Fact]
    [SupportedOSPlatform("linux")]
    public void A_cbc_that_overruns_its_limit_is_killed_and_reported_unknown()
    {
        string work = Directory.CreateTempSubdirectory("ontwar-cbc-kill-").FullName;
        try
        {
            // A stand-in for cbc that never finishes; the peer must not wait for it beyond limit + grace.
            string fake = Path.Combine(work, "slow-cbc");
            File.WriteAllText(fake, "#!/bin/sh\nexec sleep 300\n");
            File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var peer = new CbcCliPeer(fake, TimeSpan.FromMilliseconds(200));
            var scenario = new CatalogueEntry(ScenarioCatalogue.Planted, 10, 1).Generate();
            var run = peer.Run(scenario, new PeerContext(TimeSpan.FromSeconds(1), 1, null, work));
            Assert.Equal("unknown", run.Status);
            Assert.Equal("killed at limit + 0.2 s", run.Note);
            Assert.Null(run.Plan);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public void A_line_naming_no_variable_is_an_error()
        => Assert.Contains("line 2", Assert.Throws<FormatException>(() => CbcCliPeer.ReadSolution(["Optimal - objective value 0", "0 y 1 0"], Model())).Message, StringComparison.Ordinal);
}
