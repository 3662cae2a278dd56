using Ontwar.Solving;
using Spectre.Console;

namespace Ontwar.Cli;

/// <summary>
/// The live progress line of a long solve on standard error (Spectre.Console): phase, best cut, bound and elapsed
/// time. It appears only when standard error is a terminal, <c>--quiet</c> is off and the solve has run for a second;
/// otherwise nothing is written. The engines report at low frequency; <see cref="Report"/> only keeps the latest.
/// </summary>
internal sealed class ProgressDisplay : IProgress<SolveProgress>
{
    /// <summary>How long a solve runs silently before the display appears.</summary>
    internal static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    private SolveProgress? _latest;

    /// <summary>Keeps the latest report; called from the solving thread.</summary>
    public void Report(SolveProgress value) => Volatile.Write(ref _latest, value);

    /// <summary>The status line of a report, e.g. <c>branch · best cut 12 · bound 9 · 3.2 s</c>.</summary>
    internal static string Describe(SolveProgress? progress, TimeSpan elapsed)
    {
        if (progress is null)
        {
            return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"solving · {elapsed.TotalSeconds:0.0} s");
        }

        var best = progress.BestObjective is { } b ? b.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) : "none yet";
        return string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{progress.Phase} · best cut {best} · bound {progress.Bound:0.###} · {elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>
    /// Runs <paramref name="solve"/> on a worker thread and, when <paramref name="show"/> is set and it takes longer
    /// than <see cref="Delay"/>, shows a status line on standard error until it ends.
    /// </summary>
    internal T Run<T>(bool show, Func<T> solve)
    {
        if (!show)
        {
            return solve();
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var task = Task.Run(solve);
        if (task.Wait(Delay))
        {
            return task.GetAwaiter().GetResult();
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Status().Spinner(Spinner.Known.Dots).Start(Markup.Escape(Describe(Volatile.Read(ref _latest), clock.Elapsed)), context =>
        {
            while (!task.Wait(TimeSpan.FromMilliseconds(200)))
            {
                context.Status(Markup.Escape(Describe(Volatile.Read(ref _latest), clock.Elapsed)));
            }
        });
        return task.GetAwaiter().GetResult();
    }
}
