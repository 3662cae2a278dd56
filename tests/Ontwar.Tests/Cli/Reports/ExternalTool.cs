using System.Diagnostics;

namespace Ontwar.Tests.Cli.Reports;

/// <summary>Runs a program the report tests need (Graphviz's dot, Chromium); a missing program fails the test with how to install it.</summary>
internal static class ExternalTool
{
    internal sealed record Run(int ExitCode, string Stdout, string Stderr);

    /// <summary>The full path of <paramref name="program"/> on PATH (or as given when absolute).</summary>
    /// <exception cref="Xunit.Sdk.XunitException">It is not installed.</exception>
    internal static string Require(string program, string debianPackage)
    {
        if (Path.IsPathRooted(program) && File.Exists(program))
        {
            return program;
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new Xunit.Sdk.XunitException($"'{program}' is not installed; this test needs it: apt-get install {debianPackage} (.ci/run does that).");
    }

    /// <summary>Runs a program with arguments and optional standard input, and waits at most <paramref name="timeout"/>.</summary>
    internal static Run Execute(string program, IEnumerable<string> arguments, string? stdin, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"{program} did not finish within {timeout.TotalSeconds} s.");
        }

        process.WaitForExit();
        return new Run(process.ExitCode, stdout.Result, stderr.Result);
    }
}
