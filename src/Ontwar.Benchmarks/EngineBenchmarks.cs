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

/// <summary>The exact engine on planted scenarios it must prove.</summary>
[MemoryDiagnoser]
public class ExactEngineBenchmarks
{
    private PackagingModel _model = null!;

    [Params(20, 30)]
    public int Activities { get; set; }

    [GlobalSetup]
    public void Setup()
        => _model = PackagingModel.Build(PlantedScenarioGenerator.Generate(new PlantedScenarioOptions { Activities = Activities, Packages = Activities / 6, Seed = 1 }).Scenario);

    [Benchmark]
    public SolveResult ProveOptimal() => new ExactEngine().Solve(_model, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(60) });
}

/// <summary>The heuristic engine on large planted scenarios.</summary>
[MemoryDiagnoser]
public class HeuristicEngineBenchmarks
{
    private PackagingModel _model = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Activities { get; set; }

    [GlobalSetup]
    public void Setup()
        => _model = PackagingModel.Build(PlantedScenarioGenerator.Generate(new PlantedScenarioOptions { Activities = Activities, Seed = 1 }).Scenario);

    [Benchmark]
    public SolveResult Solve() => new HeuristicEngine().Solve(_model, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(300) });
}

/// <summary>Graph construction, plan evaluation and JSON of a 10 000-activity scenario.</summary>
[MemoryDiagnoser]
public class CoreBenchmarks
{
    private PlantedScenario _planted = null!;
    private byte[] _json = [];

    [GlobalSetup]
    public void Setup()
    {
        _planted = PlantedScenarioGenerator.Generate(new PlantedScenarioOptions { Activities = 10_000, Seed = 1 });
        _json = System.Text.Encoding.UTF8.GetBytes(ScenarioJson.ToJson(_planted.Scenario));
    }

    [Benchmark]
    public CohesionGraph BuildGraph() => CohesionGraph.FromScenario(_planted.Scenario);

    [Benchmark]
    public PackagingModel BuildModel() => PackagingModel.Build(_planted.Scenario);

    [Benchmark]
    public PlanEvaluation EvaluatePlantedPlan() => PlanEvaluator.Evaluate(_planted.Scenario, _planted.PlantedPlan);

    [Benchmark]
    public Scenario ReadJson() => ScenarioJson.Read(_json);

    [Benchmark]
    public string WriteJson() => ScenarioJson.ToJson(_planted.Scenario);
}
