using System.Text.Json;
using Ontwar.Plans;

namespace Ontwar.Serialization;

/// <summary>
/// Reads a plan file into a <see cref="Plan"/>: <c>packages[]</c> with <c>id</c>, <c>activities</c>, optional
/// <c>members</c> and <c>scale</c>. The other fields of a solve's output (contract section 2) are accepted and ignored,
/// so a plan written by <c>solve --format json</c> can be read back; anything else is an unknown property.
/// </summary>
internal static class PlanParser
{
    private static readonly string[] RootProperties = ["packages"];

    private static readonly string[] IgnoredRootProperties =
        ["scenario", "status", "engine", "objective", "bound", "gap", "elapsedMs", "metrics", "links", "diagnostics", "comparison", "check", "robustness", "dsmOrder"];

    private static readonly string[] IgnoredPackageProperties = ["intensity", "coordination", "decisionLevels", "partners", "neededMembers", "fillingMembers", "internalWeight"];

    internal static Plan? Parse(JsonElement root, JsonReadContext context)
    {
        var o = context.Object(root, JsonPaths.Root, "the plan as a JSON object");
        if (o is null)
        {
            return null;
        }

        o.CheckNames(RootProperties, IgnoredRootProperties);
        if (!o.TryGetRequired("packages", "the list of packages", out var p, out var path))
        {
            return null;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var packages = context.Items(p, path, "a list of packages")
            .Select(x => ScenarioParser.ReadPackage(x.Item, x.Path, context, ids, IgnoredPackageProperties))
            .ToList();
        for (int i = 0; i < packages.Count; i++)
        {
            // A scenario's current packages are checked by the scenario; a plan file's package names are checked here,
            // as they are printed by check, compare and explain. The message never quotes the value.
            var id = packages[i].Id;
            if (!id.StartsWith('\0') && Ontwar.Internal.TextChecks.IdentifierProblem(id) is { } problem)
            {
                context.Error(
                    DiagnosticCodes.InvalidIdentifier,
                    $"The identifier {problem}; identifiers are printable text without control, bidirectional or invisible characters.",
                    JsonPaths.Property(JsonPaths.Index(path, i), "id"));
            }
        }

        return context.HasProblems ? null : new Plan(packages);
    }
}
