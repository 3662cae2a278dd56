using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.Logging;
using Ontwar.Modeling;
using Ontwar.Serialization;
using Ontwar.Solving;
using Ontwar.Solving.Exact;
using Ontwar.Solving.Heuristic;
using Ontwar.Tests.Serialization;
using Ontwar.Tests.Shared;
using Ontwar.Tests.Solving.Support;
using Ontwar.Tests.Support;
using Xunit;

namespace Ontwar.Tests.Solving;

/// <summary>The optional <see cref="SolverOptions.Logger"/>: structured events around every solve.</summary>
public sealed class SolverLogTests
{
    [Fact]
    public void Solving_maria_logs_start_engine_choice_and_finish_with_structured_values()
    {
        var log = new RecordingLogger(LogLevel.Debug);
        var scenario = ScenarioJson.ReadFile(Json.SamplePath("maria.json"));
        var result = PackagingSolver.Solve(scenario, new SolverOptions { Logger = log });

        Assert.Equal(SolveStatus.Optimal, result.Status);
        Assert.Equal(["EngineChosen", "SolveStarted", "SolveFinished"], log.Entries.Select(e => e.Event.Name).Where(n => n != "Incumbent"));
        var chosen = log.Single("EngineChosen");
        Assert.Equal(LogLevel.Debug, chosen.Level);
        Assert.Equal("cp-sat", chosen.Value("Engine"));
        Assert.Equal(EngineKind.Auto, chosen.Value("Kind"));
        var started = log.Single("SolveStarted");
        Assert.Equal(LogLevel.Information, started.Level);
        Assert.Equal(scenario.Name, started.Value("Scenario"));
        Assert.Equal(scenario.Activities.Count, started.Value("Activities"));
        var finished = log.Single("SolveFinished");
        Assert.Equal(LogLevel.Information, finished.Level);
        Assert.Equal(SolveStatus.Optimal, finished.Value("Status"));
        Assert.Equal(result.Objective, finished.Value("Objective"));
        Assert.Contains("optimal", finished.Message, StringComparison.OrdinalIgnoreCase);

        // Words and units a reader understands: "rules ignored: no", elapsed in whole milliseconds.
        Assert.Contains("rules ignored: no, time limit: 30 s, seed: 0", started.Message, StringComparison.Ordinal);
        Assert.Equal("no", started.Value("RulesIgnored"));
        Assert.IsType<long>(finished.Value("ElapsedMs"));
        Assert.Matches(@"elapsed \d+ ms,", finished.Message);
    }

    [Fact]
    public void The_heuristic_logs_its_first_plan_at_debug()
    {
        var log = new RecordingLogger(LogLevel.Debug);
        var model = PackagingModel.Build(ScenarioJson.ReadFile(Json.SamplePath("maria.json")));
        var result = new HeuristicEngine().Solve(model, new SolverOptions { Logger = log });

        Assert.True(result.HasPlan, string.Join("\n", log.Entries.Select(e => e.Message)));
        var incumbent = log.Entries.First(e => e.Event.Name == "Incumbent");
        Assert.Equal(LogLevel.Debug, incumbent.Level);
        Assert.Equal("ontwar-heuristic", incumbent.Value("Engine"));
        Assert.True((double)incumbent.Value("Cut")! >= result.Objective!.Value - 1e-9);
    }

    [Fact]
    public void At_information_level_only_start_and_finish_are_logged()
    {
        var log = new RecordingLogger(LogLevel.Information);
        PackagingSolver.Solve(SampleScenarios.TwoPairs(), new SolverOptions { Logger = log, Engine = EngineKind.Exact });
        Assert.Equal(["SolveStarted", "SolveFinished"], log.Entries.Select(e => e.Event.Name));
    }

    [Fact]
    public void An_infeasible_scenario_is_logged_as_infeasible()
    {
        var log = new RecordingLogger(LogLevel.Information);
        var result = new ExactEngine().Solve(PackagingModel.Build(SampleScenarios.SharedNurse(0.5)), new SolverOptions { Logger = log });
        Assert.Equal(SolveStatus.Infeasible, result.Status);
        Assert.Equal(SolveStatus.Infeasible, log.Single("SolveFinished").Value("Status"));
    }

    [Property(MaxTest = 30)]
    public Property Every_engine_logs_exactly_one_start_and_one_finish_with_the_result_status()
    {
        IPackagingEngine[] engines = [new ExactEngine(), new HeuristicEngine()];
        return Prop.ForAll(ScenarioGen.Arbitrary(TestShapes.Tiny), s =>
        {
            var model = PackagingModel.Build(s);
            foreach (var engine in engines)
            {
                var log = new RecordingLogger(LogLevel.Trace);
                var result = engine.Solve(model, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(10), Logger = log });
                Assert.Equal(1, log.Entries.Count(e => e.Event.Name == "SolveStarted"));
                Assert.Equal(result.Status, log.Single("SolveFinished").Value("Status"));
                Assert.Equal("SolveFinished", log.Entries[^1].Event.Name);
                Assert.All(log.Entries, e => Assert.Equal(engine.Name, e.Value("Engine")));
            }
        });
    }

    /// <summary>An in-memory logger that keeps every event with its structured values.</summary>
    private sealed class RecordingLogger(LogLevel minimum) : ILogger
    {
        internal List<Entry> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            Entries.Add(new Entry(logLevel, eventId, formatter(state, exception), values.ToDictionary(kv => kv.Key, kv => kv.Value)));
        }

        internal Entry Single(string eventName) => Assert.Single(Entries, e => e.Event.Name == eventName);
    }

    private sealed record Entry(LogLevel Level, EventId Event, string Message, Dictionary<string, object?> Values)
    {
        internal object? Value(string key) => Values.TryGetValue(key, out var v) ? v : throw new KeyNotFoundException($"No value '{key}' in: {Message}");
    }
}
