using System.Text.Encodings.Web;
using System.Text.Json;
using Ontwar.Plans;

namespace Ontwar.Serialization;

/// <summary>Writes a scenario in the canonical form of contract section 1: camelCase, English names, defaults omitted.</summary>
internal static class ScenarioWriter
{
    /// <summary>Indented, and non-ASCII text (Dutch names) kept readable rather than escaped.</summary>
    internal static JsonWriterOptions Options { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    internal static void Write(Utf8JsonWriter w, Scenario s)
    {
        w.WriteStartObject();
        w.WriteString("name", s.Name);

        // The team size is written even at its default: it is the first thing a reader of the file should see.
        w.WriteStartObject("teamSize");
        w.WriteNumber("min", s.TeamSize.Min);
        w.WriteNumber("max", s.TeamSize.Max);
        w.WriteEndObject();

        if (!s.IntensityWeights.Equals(IntensityWeights.Default))
        {
            w.WriteStartObject("intensityWeights");
            w.WriteNumber("referral", s.IntensityWeights.Referral);
            w.WriteNumber("information", s.IntensityWeights.Information);
            w.WriteNumber("alignment", s.IntensityWeights.Alignment);
            w.WriteNumber("joint", s.IntensityWeights.Joint);
            w.WriteEndObject();
        }

        w.WriteStartArray("activities");
        foreach (var a in s.Activities)
        {
            WriteActivity(w, a);
        }

        w.WriteEndArray();

        w.WriteStartArray("dependencies");
        foreach (var d in s.Dependencies)
        {
            w.WriteStartObject();
            w.WriteString("from", d.From);
            w.WriteString("to", d.To);
            if (d.Intensity is { } intensity)
            {
                w.WriteString("intensity", intensity.ToName());
            }
            else
            {
                w.WriteNumber("weight", d.Weight!.Value);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("members");
        foreach (var m in s.Members)
        {
            WriteMember(w, m);
        }

        w.WriteEndArray();

        if (s.Rules.Count > 0)
        {
            w.WriteStartArray("rules");
            foreach (var r in s.Rules)
            {
                WriteRule(w, r);
            }

            w.WriteEndArray();
        }

        if (s.Goals.Count > 0)
        {
            w.WriteStartArray("goals");
            foreach (var g in s.Goals)
            {
                w.WriteStartObject();
                w.WriteString("id", g.Id);
                w.WriteString("name", g.Name);
                if (g.Horizon is { } horizon)
                {
                    w.WriteString("horizon", horizon.ToName());
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (s.Factors.Count > 0)
        {
            w.WriteStartArray("factors");
            foreach (var f in s.Factors)
            {
                WriteFactor(w, f);
            }

            w.WriteEndArray();
        }

        if (s.Current is { } current)
        {
            w.WriteStartObject("current");
            w.WritePropertyName("packages");
            WritePackages(w, current);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    internal static void WritePackages(Utf8JsonWriter w, Plan plan)
    {
        w.WriteStartArray();
        foreach (var p in plan.Packages)
        {
            w.WriteStartObject();
            w.WriteString("id", p.Id);
            WriteStrings(w, "activities", p.Activities);
            if (p.Members.Count > 0)
            {
                WriteStrings(w, "members", p.Members);
            }

            if (p.Scale is { } scale)
            {
                w.WriteString("scale", scale.ToName());
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    internal static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void WriteFactor(Utf8JsonWriter w, Factor f)
    {
        w.WriteStartObject();
        w.WriteString("id", f.Id);
        w.WriteString("kind", f.Kind.ToName());
        w.WriteString("text", f.Text);
        if (f.Removable)
        {
            w.WriteBoolean("removable", true);
        }

        if (f.Activities.Count > 0)
        {
            WriteStrings(w, "activities", f.Activities);
        }

        if (f.Rules.Count > 0)
        {
            w.WriteStartArray("rules");
            foreach (int r in f.Rules)
            {
                w.WriteNumberValue(r);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteActivity(Utf8JsonWriter w, Activity a)
    {
        w.WriteStartObject();
        w.WriteString("id", a.Id);
        w.WriteString("name", a.Name);
        if (a.Requires.Count > 0)
        {
            WriteStrings(w, "requires", a.Requires);
        }

        w.WriteString("idealScale", a.IdealScale.ToName());
        if (a.Complexity != Complexity.Complex)
        {
            w.WriteString("complexity", a.Complexity.ToName());
        }

        if (a.Workload is { } workload)
        {
            w.WriteNumber("workload", workload);
        }

        if (a.Function is { } function)
        {
            w.WriteString("function", function);
        }

        if (a.CurrentPackage is { } current)
        {
            w.WriteString("currentPackage", current);
        }

        if (a.Stability != Stability.Changing)
        {
            w.WriteString("stability", a.Stability.ToName());
        }

        if (a.Goals.Count > 0)
        {
            WriteStrings(w, "goals", a.Goals);
        }

        w.WriteEndObject();
    }

    private static void WriteMember(Utf8JsonWriter w, Member m)
    {
        w.WriteStartObject();
        w.WriteString("id", m.Id);
        if (m.Name is { } name)
        {
            w.WriteString("name", name);
        }

        if (m.Partner is { } partner)
        {
            w.WriteString("partner", partner);
        }

        if (m.Informal)
        {
            w.WriteBoolean("informal", true);
        }

        if (m.Capabilities.Count > 0)
        {
            WriteStrings(w, "capabilities", m.Capabilities);
        }

        w.WriteString("scale", m.Scale.ToName());
        if (m.Hours is { } hours)
        {
            w.WriteNumber("hours", hours);
        }

        if (m.MaxTeams != 1)
        {
            w.WriteNumber("maxTeams", m.MaxTeams);
        }

        w.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter w, Rule r)
    {
        w.WriteStartObject();
        w.WriteString("kind", Rule.NameOf(r.Kind));
        switch (r)
        {
            case TogetherRule t:
                WriteStrings(w, "activities", t.Activities);
                break;
            case ApartRule a:
                WriteStrings(w, "activities", a.Activities);
                break;
            case FixedScaleRule f:
                w.WriteString("activity", f.Activity);
                w.WriteString("scale", f.Scale.ToName());
                break;
            case MemberRequiredRule q:
                w.WriteString("member", q.Member);
                w.WriteString("activity", q.Activity);
                break;
            case MemberExcludedRule x:
                w.WriteString("member", x.Member);
                w.WriteString("activity", x.Activity);
                break;
            default:
                throw new ArgumentException($"Unknown rule type {r.GetType().Name}.", nameof(r));
        }

        if (r.Reason is { } reason)
        {
            w.WriteString("reason", reason);
        }

        w.WriteEndObject();
    }
}
