using System.CommandLine;

namespace Ontwar.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        var root = new RootCommand("Ontwar: untangle care and welfare work into cohesive activity packages.");
        return root.Parse(args).Invoke();
    }
}
