using BenchmarkDotNet.Attributes;
using Ontwar.Evaluation;
using Ontwar.Generation;
using Ontwar.Graphs;
using Ontwar.Modeling;
using Ontwar.Serialization;
using Ontwar.Solving;
using Ontwar.Solving.Exact;
using Ontwar.Solving.Heuristic;

namespace Ontwar.Benchmarks;

/// <summary>The exact engine on small planted scenarios it must prove optimal.</summary>
[MemoryDiagnoser]
public class ExactEngineBenchmarks
{
    private PackagingModel _model = null!;

    /// <summary>Number of activities.</summary>
    [Params(20, 30)]
    public int Activities { get; set; }

    /// <summary>Builds the model.</summary>
    [GlobalSetup]
    public void Setup()
        => _model = PackagingModel.Build(PlantedScenarioGenerator.Generate(new PlantedScenarioOptions { Activities = Activities, Packages = Activities / 6, Seed = 1 }).Scenario);

    /// <summary>Solves to proven optimality.</summary>
    [Benchmark]
    public SolveResult ProveOptimal() => new ExactEngine().Solve(_model, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(60) });
}

/// <summary>The heuristic engine on large planted scenarios.</summary>
[MemoryDiagnoser]
public class HeuristicEngineBenchmarks
{
    private PackagingModel _model = null!;

    /// <summary>Number of activities.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int Activities { get; set; }

    /// <summary>Builds the model.</summary>
    [GlobalSetup]
    public void Setup()
        => _model = PackagingModel.Build(PlantedScenarioGenerator.Generate(new PlantedScenarioOptions { Activities = Activities, Seed = 1 }).Scenario);

    /// <summary>Solves.</summary>
    [Benchmark]
    public SolveResult Solve() => new HeuristicEngine().Solve(_model, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(300) });
}

/// <summary>Graph construction: the cohesion graph and the packaging model of a planted scenario.</summary>
[MemoryDiagnoser]
public class GraphBenchmarks
{
    private Scenario _scenario = null!;

    /// <summary>Number of activities.</summary>
    [Params(10_000, 100_000)]
    public int Activities { get; set; }

    /// <summary>Generates the scenario.</summary>
    [GlobalSetup]
    public void Setup() => _scenario = PlantedScenarioGenerator.Generate(new PlantedScenarioOptions { Activities = Activities, Seed = 1 }).Scenario;

    /// <summary>The cohesion graph alone.</summary>
    [Benchmark]
    public CohesionGraph BuildGraph() => CohesionGraph.FromScenario(_scenario);

    /// <summary>The whole model (graph, capabilities, members, rules).</summary>
    [Benchmark]
    public PackagingModel BuildModel() => PackagingModel.Build(_scenario);
}

/// <summary>The plan evaluator (metrics and the independent check) on the planted plan, teams included.</summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private PlantedScenario _planted = null!;

    /// <summary>Number of activities.</summary>
    [Params(1_000, 10_000)]
    public int Activities { get; set; }

    /// <summary>Generates the scenario.</summary>
    [GlobalSetup]
    public void Setup() => _planted = PlantedScenarioGenerator.Generate(new PlantedScenarioOptions { Activities = Activities, Seed = 1 });

    /// <summary>Evaluates the planted plan.</summary>
    [Benchmark]
    public PlanEvaluation EvaluatePlantedPlan() => PlanEvaluator.Evaluate(_planted.Scenario, _planted.PlantedPlan);
}

/// <summary>JSON reading and writing of a 10 000-activity scenario.</summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private Scenario _scenario = null!;
    private byte[] _json = [];

    /// <summary>Generates the scenario and its JSON.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _scenario = PlantedScenarioGenerator.Generate(new PlantedScenarioOptions { Activities = 10_000, Seed = 1 }).Scenario;
        _json = System.Text.Encoding.UTF8.GetBytes(ScenarioJson.ToJson(_scenario));
    }

    /// <summary>Parses and validates the scenario.</summary>
    [Benchmark]
    public Scenario ReadJson() => ScenarioJson.Read(_json);

    /// <summary>Writes the scenario.</summary>
    [Benchmark]
    public string WriteJson() => ScenarioJson.ToJson(_scenario);
}
