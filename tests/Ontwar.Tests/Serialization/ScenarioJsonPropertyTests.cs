using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ontwar.Serialization;
using Ontwar.Tests.Support;
using Xunit;

namespace Ontwar.Tests.Serialization;

/// <summary>Properties over generated scenarios: the JSON round trip, and corruptions reported where they are.</summary>
public sealed class ScenarioJsonPropertyTests
{
    [Property(MaxTest = 200)]
    public Property Reading_what_was_written_gives_an_equal_scenario()
        => Prop.ForAll(ScenarioGen.Arbitrary(), s =>
        {
            var json = ScenarioJson.ToJson(s);
            var back = ScenarioJson.FromJson(json);
            Assert.Equal(s, back);
            Assert.Equal(json, ScenarioJson.ToJson(back));
        });

    [Property(MaxTest = 300)]
    public Property Every_corruption_is_reported_at_its_path()
    {
        var cases =
            from s in ScenarioGen.Scenarios(new ScenarioGen.Shape())
            from family in Gen.Choose(0, Corruptions.Count - 1)
            from pick in Gen.Choose(0, 1000)
            select (Scenario: s, Family: family, Pick: pick);

        return Prop.ForAll(Arb.From(cases), c =>
        {
            var root = JsonNode.Parse(ScenarioJson.ToJson(c.Scenario))!.AsObject();
            var (code, path) = Corruptions[c.Family](root, c.Pick);
            var corrupted = root.ToJsonString();

            Assert.False(ScenarioJson.TryRead(System.Text.Encoding.UTF8.GetBytes(corrupted), out _, out var diagnostics));
            Assert.True(
                diagnostics.Any(d => d.Code == code && d.Path == path),
                $"expected [{code}] at {path} in\n{corrupted}\ngot:\n{string.Join("\n", diagnostics)}");
        });
    }

    /// <summary>One corruption: changes the document in place and says which code and path it must produce.</summary>
    private delegate (string Code, string Path) Corruption(JsonObject root, int pick);

    private static readonly IReadOnlyList<Corruption> Corruptions =
    [
        // A wrong type at a path that wants a string, a number, a list or an object.
        (root, pick) =>
        {
            var (obj, path) = AnyObject(root, pick, "activities", "members", "dependencies");
            var name = obj.Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal).ElementAt(pick % obj.Count);
            obj[name] = obj[name] is JsonValue v && v.TryGetValue<string>(out _) ? JsonValue.Create(42) : JsonValue.Create("forty-two");
            return ("wrong-type", Property(path, name));
        },
        (root, pick) =>
        {
            var name = new[] { "activities", "dependencies", "members", "teamSize" }[pick % 4];
            root[name] = JsonValue.Create(true);
            return ("wrong-type", "$." + name);
        },

        // An unknown property in any object.
        (root, pick) =>
        {
            var (obj, path) = AnyObject(root, pick, "activities", "members", "dependencies", "rules");
            obj["bogus"] = 1;
            return ("unknown-property", path + ".bogus");
        },

        // A required property removed.
        (root, pick) =>
        {
            var required = new (string List, string Name)[]
            {
                ("activities", "id"), ("activities", "name"), ("activities", "idealScale"),
                ("members", "id"), ("members", "scale"), ("dependencies", "from"), ("dependencies", "to"),
            };
            var candidates = required.Where(r => root[r.List]!.AsArray().Count > 0).ToArray();
            if (candidates.Length == 0)
            {
                root.Remove("members");
                return ("missing-property", "$.members");
            }

            var (list, name) = candidates[pick % candidates.Length];
            var (obj, path) = Item(root, list, pick);
            obj.Remove(name);
            return ("missing-property", path + "." + name);
        },

        // A scale name that does not exist.
        (root, pick) =>
        {
            var (obj, path) = Item(root, pick % 2 == 0 ? "activities" : "members", pick);
            var name = obj.ContainsKey("idealScale") ? "idealScale" : "scale";
            obj[name] = "downtown";
            return ("unknown-scale", path + "." + name);
        },

        // A negative (or zero) weight on a dependency, or a non-positive workload.
        (root, pick) =>
        {
            if (root["dependencies"]!.AsArray().Count == 0)
            {
                var (activity, aPath) = Item(root, "activities", pick);
                activity["workload"] = 0;
                return ("not-positive", aPath + ".workload");
            }

            var (obj, path) = Item(root, "dependencies", pick);
            obj.Remove("intensity");
            obj["weight"] = pick % 2 == 0 ? -1.5 : 0;
            return ("not-positive", path + ".weight");
        },

        // A duplicate identifier: a later activity or member takes an earlier one's id.
        (root, pick) =>
        {
            var list = root["activities"]!.AsArray().Count > 1 || root["members"]!.AsArray().Count < 2 ? "activities" : "members";
            var items = root[list]!.AsArray();
            if (items.Count < 2)
            {
                items.Add(items[0]!.DeepClone());
            }

            int later = 1 + (pick % (items.Count - 1));
            items[later]!["id"] = items[0]!["id"]!.DeepClone();
            return ("duplicate-id", $"$.{list}[{later}].id");
        },

        // A self-loop, or a reference to an activity that does not exist.
        (root, pick) =>
        {
            var deps = root["dependencies"]!.AsArray();
            if (deps.Count == 0)
            {
                deps.Add(new JsonObject { ["from"] = root["activities"]![0]!["id"]!.DeepClone(), ["to"] = "ghost", ["weight"] = 1 });
                return ("unknown-activity", "$.dependencies[0].to");
            }

            var (obj, path) = Item(root, "dependencies", pick);
            if (pick % 2 == 0)
            {
                obj["to"] = obj["from"]!.DeepClone();
                return ("self-loop", path + ".to");
            }

            obj["from"] = "ghost";
            return ("unknown-activity", path + ".from");
        },

        // An unknown intensity, or both intensity and weight.
        (root, pick) =>
        {
            var deps = root["dependencies"]!.AsArray();
            if (deps.Count == 0)
            {
                root["teamSize"]!["min"] = 100;
                return ("team-size-range", "$.teamSize");
            }

            var (obj, path) = Item(root, "dependencies", pick);
            if (pick % 2 == 0)
            {
                obj.Remove("weight");
                obj["intensity"] = "very";
                return ("unknown-intensity", path + ".intensity");
            }

            obj["intensity"] = "joint";
            obj["weight"] = 2;
            return ("intensity-and-weight", path);
        },

        // Team size out of order or below one.
        (root, pick) =>
        {
            if (pick % 2 == 0)
            {
                root["teamSize"]!["min"] = root["teamSize"]!["max"]!.GetValue<int>() + 1;
                return ("team-size-range", "$.teamSize");
            }

            root["teamSize"]!["min"] = 0;
            return ("out-of-range", "$.teamSize.min");
        },
    ];

    private static (JsonObject Item, string Path) Item(JsonObject root, string list, int pick)
    {
        var items = root[list]!.AsArray();
        int i = pick % items.Count;
        return (items[i]!.AsObject(), $"$.{list}[{i}]");
    }

    /// <summary>Some object of the document: the root, the team size, or an item of one of the lists that has items.</summary>
    private static (JsonObject Object, string Path) AnyObject(JsonObject root, int pick, params string[] lists)
    {
        var choices = new List<(JsonObject, string)> { (root, "$"), (root["teamSize"]!.AsObject(), "$.teamSize") };
        foreach (var list in lists)
        {
            if (root[list] is JsonArray items)
            {
                for (int i = 0; i < items.Count; i++)
                {
                    choices.Add((items[i]!.AsObject(), $"$.{list}[{i}]"));
                }
            }
        }

        return choices[pick % choices.Count];
    }

    private static string Property(string path, string name) => path + "." + name;
}
