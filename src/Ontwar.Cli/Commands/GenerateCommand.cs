using System.CommandLine;
using Ontwar.Generation;
using Ontwar.Serialization;

namespace Ontwar.Cli.Commands;

/// <summary>
/// <c>ontwar generate [--kind planted|random|tight] [--activities N] [--members M] [--holders-per-capability N]
/// [--max-teams-per-member N] [--seed S] [--output PATH]</c>: writes a generated scenario (JSON) of any size:
/// <c>planted</c> (the benchmark generator: packages with a known good plan), <c>random</c> (no structure; the last
/// two options are its own) or <c>tight</c> (a known plan whose teams have hours only 10 to 25 % above the workload). The
/// same options and seed give the same file. Exit 0, or 2 on a bad option. Sizes are bounded so that what it writes can
/// be read back by every other command (docs/integrators.md).
/// </summary>
internal static class GenerateCommand
{
    /// <summary>
    /// The most activities <c>generate</c> writes: about 700 bytes each, so the largest file stays well inside the
    /// readers' 64 MiB input limit (<see cref="ScenarioReadOptions.DefaultMaxInputBytes"/>).
    /// </summary>
    internal const int MaxActivities = 50_000;

    /// <summary>The most members <c>generate --kind random</c> writes (about 180 bytes each), for the same reason.</summary>
    internal const int MaxMembers = 100_000;

    private const string Planted = "planted";
    private const string Random = "random";
    private const string Tight = "tight";

    internal static Command Create(CliContext context)
    {
        var kind = new Option<string>("--kind")
        {
            Description = "planted: packages of 3 to 8 strongly linked activities with their own team and weak links between, "
                + "so a good plan is known (the benchmark generator); random: uniformly random links and members; "
                + "tight: a known plan whose teams have hours only 10 to 25 % above the workload, one team per member, few holders per capability.",
            DefaultValueFactory = _ => Planted,
        };
        kind.AcceptOnlyFromAmong(Planted, Random, Tight);
        var activities = new Option<int>("--activities", "-n")
        {
            Description = "Number of activities: at least 3 for planted, 1 for random, 4 for tight.",
            HelpName = "N",
            DefaultValueFactory = _ => 30,
        };
        var members = new Option<int?>("--members", "-m")
        {
            Description = "planted: members per planted package (5 to 8, default 8); random: candidate members (default twice the activities); "
                + "tight: candidate members (default four for every three activities, at least the planted teams).",
            HelpName = "M",
        };
        var holders = new Option<int?>("--holders-per-capability")
        {
            Description = "random only: the first N × capabilities members hold the capabilities in turn, so every capability has at least N holders when there are enough members (default 1).",
            HelpName = "N",
        };
        var maxTeams = new Option<int?>("--max-teams-per-member")
        {
            Description = "random only: the most teams one member may join; each member's limit is drawn from 1 to N (default 1).",
            HelpName = "N",
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Seed; the same seed gives the same scenario.",
            HelpName = "S",
            DefaultValueFactory = _ => 0,
        };
        var output = CommonOptions.Output();
        var command = new Command(
            "generate",
            "Write a generated scenario (JSON) of any size, planted (with a known good plan), random or tight (tight staffing), reproducible by seed.")
        {
            kind, activities, members, holders, maxTeams, seed, output,
        };
        command.SetAction(parse => context.Execute(parse, p => Run(
            context,
            p.GetValue(kind)!,
            p.GetValue(activities),
            p.GetValue(members),
            new RandomOnly(p.GetValue(holders), p.GetValue(maxTeams)),
            p.GetValue(seed),
            p.GetValue(output))));
        return command;
    }

    private static int Run(CliContext context, string kind, int activities, int? members, RandomOnly randomOnly, int seed, string? output)
    {
        if (kind != Random && (randomOnly.HoldersPerCapability.HasValue || randomOnly.MaxTeamsPerMember.HasValue))
        {
            // The planted generator fixes its own staffing; silently ignoring these options would mislead.
            string given = randomOnly.HoldersPerCapability.HasValue ? "--holders-per-capability" : "--max-teams-per-member";
            throw new CliException($"generate: {given} applies to --kind random only, not to --kind {kind}.");
        }

        CheckSizes(activities, members, randomOnly);
        Scenario scenario;
        try
        {
            scenario = kind switch
            {
                Random => RandomScenarioGenerator.Generate(new RandomScenarioOptions
                {
                    Activities = activities,
                    Members = members,
                    HoldersPerCapability = randomOnly.HoldersPerCapability ?? 1,
                    MaxTeamsPerMember = randomOnly.MaxTeamsPerMember ?? 1,
                    Seed = seed,
                }),
                Tight => TightScenarioGenerator.Generate(new TightScenarioOptions { Activities = activities, Members = members, Seed = seed }).Scenario,
                _ => PlantedScenarioGenerator.Generate(new PlantedScenarioOptions { Activities = activities, MembersPerPackage = members ?? 8, Seed = seed }).Scenario,
            };
        }
        catch (ArgumentException e)
        {
            // The generators list every problem in terms of their options; say them in terms of the command line.
            throw new CliException("generate: " + e.Message
                .Replace("HoldersPerCapability", "--holders-per-capability", StringComparison.Ordinal)
                .Replace("MaxTeamsPerMember", "--max-teams-per-member", StringComparison.Ordinal)
                .Replace("Activities", "--activities", StringComparison.Ordinal)
                .Replace("MembersPerPackage", "--members", StringComparison.Ordinal)
                .Replace("Members ", "--members ", StringComparison.Ordinal)
                .Replace(" (Parameter 'options')", string.Empty, StringComparison.Ordinal), e);
        }

        var json = ScenarioJson.ToJson(scenario) + "\n";
        long bytes = System.Text.Encoding.UTF8.GetByteCount(json);
        if (bytes > context.ReadOptions.MaxInputBytes)
        {
            // The size bounds above keep every generated file readable; this is the guarantee itself, should they drift.
            throw new CliException(FormattableString.Invariant(
                $"generate: the scenario would take {bytes} bytes, more than the {context.ReadOptions.MaxInputBytes} bytes the other commands read; ask for fewer --activities or --members."));
        }

        context.WriteResult(output, json);
        return ExitCodes.Ok;
    }

    /// <summary>Rejects sizes whose file the other commands could not read (or that would not fit in memory) before generating anything.</summary>
    /// <exception cref="CliException">A size is above its bound.</exception>
    private static void CheckSizes(int activities, int? members, RandomOnly randomOnly)
    {
        var problems = new List<string>();
        if (activities > MaxActivities)
        {
            problems.Add(FormattableString.Invariant($"--activities must be at most {MaxActivities} (a larger file would exceed the 64 MiB the other commands read), not {activities}."));
        }

        if (members > MaxMembers)
        {
            problems.Add(FormattableString.Invariant($"--members must be at most {MaxMembers}, not {members}."));
        }

        if (randomOnly.HoldersPerCapability > MaxMembers)
        {
            problems.Add(FormattableString.Invariant($"--holders-per-capability must be at most {MaxMembers}, not {randomOnly.HoldersPerCapability}."));
        }

        if (randomOnly.MaxTeamsPerMember > MaxActivities)
        {
            problems.Add(FormattableString.Invariant($"--max-teams-per-member must be at most {MaxActivities} (a member cannot join more packages than there are activities), not {randomOnly.MaxTeamsPerMember}."));
        }

        if (problems.Count > 0)
        {
            throw new CliException("generate: " + string.Join(" ", problems));
        }
    }

    /// <summary>The options only the random generator takes; null when not given.</summary>
    private readonly record struct RandomOnly(int? HoldersPerCapability, int? MaxTeamsPerMember);
}
