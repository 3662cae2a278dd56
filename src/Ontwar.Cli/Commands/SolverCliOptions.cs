using System.CommandLine;
using Ontwar.Solving;

namespace Ontwar.Cli.Commands;

/// <summary>
/// The solver options of the interpretation commands (<c>check</c>, <c>compare</c>, <c>explain</c>), spelled and
/// checked as <c>solve</c> does: <c>--time-limit</c>, <c>--seed</c>, <c>--engine auto|exact|heuristic</c>, <c>--threads</c>.
/// </summary>
internal sealed class SolverCliOptions
{
    private static readonly string[] Engines = ["auto", "exact", "heuristic"];

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
        Description = "The engine: auto (exact for small scenarios, so results are proven; heuristic for large ones), exact or heuristic.",
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
