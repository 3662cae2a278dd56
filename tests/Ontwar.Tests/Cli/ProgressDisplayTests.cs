using Ontwar.Cli;
using Ontwar.Solving;
using Xunit;

namespace Ontwar.Tests.Cli;

public sealed class ProgressDisplayTests
{
    [Fact]
    public void The_status_line_shows_phase_best_cut_bound_and_elapsed_time()
    {
        Assert.Equal(
            "branch · best cut 12.5 · bound 9 · 3.2 s",
            ProgressDisplay.Describe(new SolveProgress("branch", 12.5, 9, TimeSpan.FromSeconds(3)), TimeSpan.FromSeconds(3.2)));
        Assert.Equal(
            "construct · best cut none yet · bound 0 · 1.0 s",
            ProgressDisplay.Describe(new SolveProgress("construct", null, 0, TimeSpan.Zero), TimeSpan.FromSeconds(1)));
        Assert.Equal("solving · 0.5 s", ProgressDisplay.Describe(null, TimeSpan.FromSeconds(0.5)));
    }

    [Fact]
    public void Without_display_the_solve_runs_on_the_calling_thread_and_its_result_is_returned()
    {
        var display = new ProgressDisplay();
        int thread = Environment.CurrentManagedThreadId;
        Assert.Equal(thread, display.Run(false, () => Environment.CurrentManagedThreadId));
        Assert.Equal(42, display.Run(true, () => 42));
    }

    [Fact]
    public void A_solve_through_the_command_line_in_process_writes_no_progress()
    {
        var r = CliRunner.Run("solve", Ontwar.Tests.Serialization.Json.SamplePath("stederen.json"), "--format", "csv", "--time-limit", "10");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(string.Empty, r.Stderr);
    }
}
