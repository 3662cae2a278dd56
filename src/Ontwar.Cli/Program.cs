namespace Ontwar.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        using var stdin = Console.OpenStandardInput();
        return CliApp.Run(args, Console.Out, Console.Error, stdin);
    }
}
