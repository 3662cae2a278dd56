using System.CommandLine;
using Ontwar.Solving;

namespace Ontwar.Cli.Commands;

/// <summary>
/// The solver options of the interpretation commands (<c>check</c>, <c>compare</c>, <c>explain</c>), spelled and
/// checked as <c>solve</c> does: <c>--time-limit</c>, <c>--seed</c>, <c>--engine</c>, <c>--threads</c>.
/// </summary>
internal sealed class SolverCliOptions
{
    /// <summary>The library's engines by their command-line names (every command that solves accepts these).</summary>
    internal static readonly string[] Engines = ["auto", "exact", "cpsat", "branch-and-bound", "heuristic"];

    /// <summary>What the engine option says about the engines.</summary>
    internal const string EngineDescription = "The engine: auto (CP-SAT for small scenarios, so results are proven; the heuristic with "
        + "large-neighbourhood search for large ones), exact (= cpsat, OR-Tools CP-SAT), branch-and-bound (Ontwar's own exact "
        + "search) or heuristic.";

    /// <summary>The engine kind of a command-line engine name.</summary>
    /// <param name="name">One of <see cref="Engines"/>.</param>
    /// <returns>The kind; <see cref="EngineKind.Auto"/> for any other name.</returns>
    internal static EngineKind Parse(string name) => name switch
    {
        "exact" => EngineKind.Exact,
        "cpsat" => EngineKind.CpSat,
        "branch-and-bound" => EngineKind.BranchAndBound,
        "heuristic" => EngineKind.Heuristic,
        _ => EngineKind.Auto,
    };

    private readonly Option<double> _timeLimit = new("--time-limit")
    {
        Description = "Stop each solve after this many seconds and use the best plan found.",
        HelpName = "SECONDS",
        DefaultValueFactory = _ => SolverOptions.Default.TimeLimit!.Value.TotalSeconds,
    };

    private readonly Option<int> _seed = new("--seed")
    {
        Description = "Seed of every random choice; the same seed gives the same result.",
        HelpName = "N",
        DefaultValueFactory = _ => 0,
    };

    private readonly Option<string> _engine = new("--engine")
    {
        Description = EngineDescription,
        DefaultValueFactory = _ => Engines[0],
    };

    private readonly Option<int> _threads = new("--threads")
    {
        Description = "Threads the engine may use; results do not depend on it for a given seed.",
        HelpName = "N",
        DefaultValueFactory = _ => 1,
    };

    internal SolverCliOptions() => _engine.AcceptOnlyFromAmong(Engines);

    /// <summary>Adds the options to a command.</summary>
    internal void AddTo(Command command)
    {
        command.Options.Add(_timeLimit);
        command.Options.Add(_seed);
        command.Options.Add(_engine);
        command.Options.Add(_threads);
    }

    /// <summary>The solver options of a parse; a bad value is invalid input (exit 2).</summary>
    /// <exception cref="CliException">The time limit or the thread count is out of range.</exception>
    internal SolverOptions Read(ParseResult parse)
        => SolveCommand.Options(parse.GetValue(_timeLimit), parse.GetValue(_seed), parse.GetValue(_threads), parse.GetValue(_engine)!);
}
