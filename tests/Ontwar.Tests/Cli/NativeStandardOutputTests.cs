using System.Diagnostics;
using System.Text.Json;
using Ontwar.Tests.Serialization;
using Xunit;

namespace Ontwar.Tests.Cli;

/// <summary>
/// The real command in its own process: HiGHS prints a banner on file descriptor 1 whatever OR-Tools tells it, which
/// the in-process runner cannot see; the command's standard output must still be the plan alone.
/// </summary>
public class NativeStandardOutputTests
{
    [Theory]
    [InlineData("highs")]
    [InlineData("cbc")]
    [InlineData("scip")]
    public async Task Standard_output_of_a_mip_solve_is_only_the_json_plan(string engine)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Ontwar.Cli.dll"), "solve", Json.SamplePath("maria.json"), "--engine", engine, "--format", "json" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, await stderr);

        using var plan = JsonDocument.Parse(await stdout);
        Assert.Equal(engine, plan.RootElement.GetProperty("engine").GetString());
        Assert.Equal("optimal", plan.RootElement.GetProperty("status").GetString());
    }
}
