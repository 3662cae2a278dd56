namespace Ontwar.Cli;

/// <summary>The exit codes of contract section 3 (docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>Success: the input is valid, or a plan was produced.</summary>
    internal const int Ok = 0;

    /// <summary>An unexpected failure: a bug or an environment problem Ontwar could not foresee.</summary>
    internal const int Unexpected = 1;

    /// <summary>Invalid input: a bad file, a missing file, a bad option.</summary>
    internal const int InvalidInput = 2;

    /// <summary>The scenario is valid but no plan meets its hard constraints.</summary>
    internal const int Infeasible = 3;

    /// <summary>The scenario is valid but no plan was found within the limits, and infeasibility was not proven (<c>solve</c>, status <c>unknown</c>).</summary>
    internal const int NoPlan = 4;
}
