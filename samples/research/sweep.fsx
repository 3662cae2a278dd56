// Parameter sweep for researchers, in F# (the same steps as sweep.cs):
//   dotnet build src/Ontwar -c Release
//   dotnet fsi samples/research/sweep.fsx [SCENARIO] [OUTPUT-DIR]
// Defaults: samples/tienen.json, the current directory. Writes sweep-fsx.csv and sweep-fsx.svg:
//   1. team-size limits: min 4..7, max = min + 2;
//   2. noise: every dependency's cohesion times a seeded log-normal factor of mean 1 (the library's
//      WeightPerturbation.Perturb), sigma 0.1, 0.25, 0.5, three replicates each, compared with the unperturbed plan by
//      the share of its together-pairs still together.
// The library's RobustnessAnalyzer (`ontwar robustness`) does the noise part with many samples and confidence
// intervals; this script keeps every single run visible.
#r "nuget: Microsoft.Extensions.Logging.Abstractions, 8.0.3"
#r "nuget: MathNet.Numerics, 5.0.0"
#r "nuget: Google.OrTools, 9.15.6755"
#r "../../src/Ontwar/bin/Release/net10.0/Ontwar.dll"

open System
open System.Globalization
open System.IO
open Ontwar
open Ontwar.Interpretation.Robustness
open Ontwar.Plans
open Ontwar.Serialization
open Ontwar.Solving

let args = fsi.CommandLineArgs |> Array.skip 1
let scenarioPath = if args.Length > 0 then args[0] else Path.Combine("samples", "tienen.json")
let outputDir = if args.Length > 1 then args[1] else "."
Directory.CreateDirectory outputDir |> ignore
let scenario = ScenarioJson.ReadFile scenarioPath
let options = SolverOptions(TimeLimit = Nullable(TimeSpan.FromSeconds 10.0), Seed = 0)

type Row =
    { Experiment: string; TeamMin: int; TeamMax: int; Noise: float; Replicate: int
      Status: string; CutWeight: float option; Packages: int; PairsKept: float option; ElapsedMs: int64 }

let inv (x: float) = x.ToString("0.######", CultureInfo.InvariantCulture)

let row experiment tmin tmax noise replicate (result: SolveResult) kept =
    { Experiment = experiment; TeamMin = tmin; TeamMax = tmax; Noise = noise; Replicate = replicate
      Status = result.Status.ToString().ToLowerInvariant()
      CutWeight = Option.ofNullable result.Objective
      Packages = (if result.HasPlan then result.Plan.Packages.Count else 0)
      PairsKept = kept; ElapsedMs = int64 result.Elapsed.TotalMilliseconds }

/// Of the activity pairs the reference plan keeps in one package, the share the other plan keeps together too.
let pairsKept (reference: Plan) (other: Plan) =
    let packageOf = dict [ for p in other.Packages do for a in p.Activities -> a, p.Id ]
    let pairs =
        [ for p in reference.Packages do
            let acts = Seq.toArray p.Activities
            for i in 0 .. acts.Length - 1 do
                for j in i + 1 .. acts.Length - 1 -> packageOf[acts[i]] = packageOf[acts[j]] ]
    if pairs.IsEmpty then 1.0 else float (pairs |> List.filter id |> List.length) / float pairs.Length

let teamRows =
    [ for tmin in 4 .. 7 ->
        let result = PackagingSolver.Solve(scenario.WithTeamSize(TeamSizeLimits(tmin, tmin + 2)), options)
        row "team-size" tmin (tmin + 2) 0.0 0 result None ]

let reference = PackagingSolver.Solve(scenario, options)
let noiseRows =
    [ yield row "noise" scenario.TeamSize.Min scenario.TeamSize.Max 0.0 0 reference (if reference.HasPlan then Some 1.0 else None)
      for sigma in [ 0.1; 0.25; 0.5 ] do
        for replicate in 1 .. 3 do
            let seed = 1000 * replicate + int (Math.Round(sigma * 1000.0)) // the seeds of sweep.cs
            let noisy = WeightPerturbation.Perturb(scenario, sigma, seed)
            let result = PackagingSolver.Solve(noisy, options)
            let kept = if reference.HasPlan && result.HasPlan then Some(pairsKept reference.Plan result.Plan) else None
            yield row "noise" scenario.TeamSize.Min scenario.TeamSize.Max sigma replicate result kept ]

let rows = teamRows @ noiseRows
let opt f = function Some x -> f x | None -> ""
let csv =
    "experiment,teamMin,teamMax,noise,replicate,status,cutWeight,packages,pairsKept,elapsedMs"
    :: [ for r in rows ->
           String.Join(",", r.Experiment, string r.TeamMin, string r.TeamMax, inv r.Noise, string r.Replicate, r.Status,
                       opt inv r.CutWeight, string r.Packages, opt (fun (x: float) -> x.ToString("0.####", CultureInfo.InvariantCulture)) r.PairsKept, string r.ElapsedMs) ]
let csvPath = Path.Combine(outputDir, "sweep-fsx.csv")
File.WriteAllLines(csvPath, csv)

/// Two panels, hand-written SVG: cut weight by smallest team size; pairs kept together by noise level.
let panel (left: float) (caption: string) (xLabel: string) (points: (float * float option) list) (xMin: float) (xMax: float) connect (yMax: float option) =
    let top, width, height = 40.0, 300.0, 240.0
    let ys = points |> List.choose snd
    let yTop = defaultArg yMax (max 1.0 ((if ys.IsEmpty then 1.0 else List.max ys) * 1.1))
    let sx x = left + (x - xMin) / (xMax - xMin) * width
    let sy y = top + height - y / yTop * height
    [ yield $"  <text x=\"{inv left}\" y=\"24\" font-weight=\"bold\">{caption}</text>"
      yield $"  <line x1=\"{inv left}\" y1=\"{inv (top + height)}\" x2=\"{inv (left + width)}\" y2=\"{inv (top + height)}\" stroke=\"black\"/>"
      yield $"  <line x1=\"{inv left}\" y1=\"{inv top}\" x2=\"{inv left}\" y2=\"{inv (top + height)}\" stroke=\"black\"/>"
      yield $"  <text x=\"{inv (left + width / 2.0)}\" y=\"{inv (top + height + 32.0)}\" text-anchor=\"middle\">{xLabel}</text>"
      yield $"  <text x=\"{inv (left - 6.0)}\" y=\"{inv (top + 4.0)}\" text-anchor=\"end\">{inv yTop}</text>"
      for x in points |> List.map fst |> List.distinct ->
          $"  <text x=\"{inv (sx x)}\" y=\"{inv (top + height + 16.0)}\" text-anchor=\"middle\">{inv x}</text>"
      let solved = points |> List.choose (fun (x, y) -> y |> Option.map (fun y -> x, y))
      if connect && solved.Length > 1 then
          let pts = solved |> List.map (fun (x, y) -> $"{inv (sx x)},{inv (sy y)}") |> String.concat " "
          yield $"  <polyline fill=\"none\" stroke=\"darkorange\" stroke-width=\"2\" points=\"{pts}\"/>"
      for (x, y) in points ->
          match y with
          | Some y -> $"  <circle cx=\"{inv (sx x)}\" cy=\"{inv (sy y)}\" r=\"4\" fill=\"darkorange\"><title>{inv x}: {inv y}</title></circle>"
          | None -> $"  <text x=\"{inv (sx x)}\" y=\"{inv (top + height - 6.0)}\" text-anchor=\"middle\" fill=\"firebrick\">no plan</text>" ]

let svg =
    [ yield "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"760\" height=\"340\" viewBox=\"0 0 760 340\" font-family=\"sans-serif\" font-size=\"12\">"
      yield $"  <title>{Security.SecurityElement.Escape scenario.Name}: parameter sweep</title>"
      yield "  <rect width=\"760\" height=\"340\" fill=\"white\"/>"
      yield! panel 40.0 "cut weight by team size (min..min+2)" "team size min" [ for r in teamRows -> float r.TeamMin, r.CutWeight ] 4.0 7.0 true None
      yield! panel 420.0 "activity pairs kept together under noise" "noise sigma" [ for r in noiseRows -> r.Noise, r.PairsKept ] 0.0 0.5 false (Some 1.0)
      yield "</svg>" ]
let svgPath = Path.Combine(outputDir, "sweep-fsx.svg")
File.WriteAllLines(svgPath, svg)
printfn "%d runs of '%s': %s, %s" rows.Length scenario.Name csvPath svgPath
