using System.Diagnostics;

namespace Ontwar.Benchmarks.Comparison;

/// <summary>What an external program did: exit code, its output, wall time, and whether it was stopped for overrunning.</summary>
internal sealed record ProcessOutcome(int ExitCode, string Output, string Error, TimeSpan Elapsed, bool TimedOut);

/// <summary>Finding and running the peer programs (gpmetis, python3). Nothing is installed; a missing program is reported.</summary>
internal static class ExternalProcess
{
    /// <summary>The full path of a program on PATH (or an absolute path that exists), or null.</summary>
    internal static string? Find(string program)
    {
        ArgumentNullException.ThrowIfNull(program);
        if (Path.IsPathRooted(program))
        {
            return File.Exists(program) ? program : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Runs a program to completion or until <paramref name="timeout"/>, when it is killed.</summary>
    /// <exception cref="InvalidOperationException">The program could not be started.</exception>
    internal static ProcessOutcome Run(string program, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start '{program}'.");

        // Read both streams concurrently so that neither pipe fills up and blocks the program.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        bool finished = process.WaitForExit(timeout);
        if (!finished)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.WaitForExit();
        watch.Stop();
        return new ProcessOutcome(finished ? process.ExitCode : -1, output.Result, error.Result, watch.Elapsed, !finished);
    }
}
