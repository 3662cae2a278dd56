using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Ontwar.Benchmarks.Comparison;

namespace Ontwar.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project src/Ontwar.Benchmarks -- compare [--quick] [--write-docs docs/benchmarks.md]</c>
/// runs the side-by-side comparison (<see cref="ComparisonHarness"/>); <c>targets KIND SIZE SECONDS</c> measures one
/// solve against issue 11's targets (<see cref="Targets"/>); any other arguments go to BenchmarkDotNet
/// (short jobs unless <c>--full</c>).
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 0 && args[0] == "compare")
        {
            return ComparisonHarness.Run(args[1..], Console.Out, Console.Error);
        }

        if (args.Length > 0 && args[0] == "targets")
        {
            return Targets.Run(args[1..], Console.Out);
        }

        bool full = args.Contains("--full");
        var rest = args.Where(a => a != "--full").ToArray();
        var config = DefaultConfig.Instance.WithOptions(ConfigOptions.DisableOptimizationsValidator);
        if (!full)
        {
            config = config.AddJob(Job.ShortRun.WithId("short"));
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest, config);
        return 0;
    }
}
