using Ontwar.Modeling;

namespace Ontwar.Solving.Staffing;

/// <summary>What one package asks of its team: capabilities, scale, workload, and rule-required or excluded members.</summary>
internal sealed class PackageDemand
{
    internal PackageDemand(int[] capabilities, Scale scale, double workload, int[] required, int[] excluded)
    {
        Capabilities = capabilities;
        Scale = scale;
        Workload = workload;
        Required = required;
        Excluded = excluded;
    }

    /// <summary>Capabilities the team must cover, ascending.</summary>
    internal int[] Capabilities { get; }

    internal Scale Scale { get; }

    internal double Workload { get; }

    /// <summary>Members rules require in the team, ascending.</summary>
    internal int[] Required { get; }

    /// <summary>Members rules exclude from the team, ascending.</summary>
    internal int[] Excluded { get; }

    /// <summary>The demand of a package holding <paramref name="activities"/>, or null when its fixed scales disagree.</summary>
    internal static PackageDemand? For(PackagingModel model, ReadOnlySpan<int> activities)
    {
        if (model.PackageScale(activities) is not { } scale)
        {
            return null;
        }

        var caps = new SortedSet<int>();
        double workload = 0;
        var required = new SortedSet<int>();
        var excluded = new SortedSet<int>();
        foreach (int a in activities)
        {
            foreach (int c in model.RequiredCapabilities(a))
            {
                caps.Add(c);
            }

            workload += model.Workload(a);
            foreach (int m in model.RequiredMembers(a))
            {
                required.Add(m);
            }

            foreach (int m in model.ExcludedMembers(a))
            {
                excluded.Add(m);
            }
        }

        return new PackageDemand([.. caps], scale, workload, [.. required], [.. excluded]);
    }

    /// <summary>The same demand at another scale (the optimistic scale of a package that may still grow).</summary>
    internal PackageDemand AtScale(Scale scale) => scale == Scale ? this : new PackageDemand(Capabilities, scale, Workload, Required, Excluded);

    internal bool IsExcluded(int member) => Array.BinarySearch(Excluded, member) >= 0;

    /// <summary>Whether a member may join this package at all (scale and exclusion; capacity is the caller's matter).</summary>
    internal bool Admits(PackagingModel model, int member) => model.MemberScale(member) >= Scale && !IsExcluded(member);
}
