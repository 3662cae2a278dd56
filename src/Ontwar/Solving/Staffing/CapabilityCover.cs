using Ontwar.Modeling;

namespace Ontwar.Solving.Staffing;

/// <summary>
/// The small steps every greedy capability cover takes (the heuristic's team builder, its merge estimate, and the solo
/// feasibility fast path): how many uncovered capabilities a member would cover, marking a member's capabilities
/// covered, and the rarest uncovered capability. Spans in, no allocation: these run on the local-search hot path.
/// </summary>
internal static class CapabilityCover
{
    /// <summary>How many of <paramref name="uncovered"/> the member holds.</summary>
    internal static int Gain(PackagingModel model, int member, HashSet<int> uncovered)
    {
        int gain = 0;
        foreach (int c in model.HeldCapabilities(member))
        {
            if (uncovered.Contains(c))
            {
                gain++;
            }
        }

        return gain;
    }

    /// <summary>Removes the member's capabilities from <paramref name="uncovered"/>.</summary>
    internal static void Cover(PackagingModel model, int member, HashSet<int> uncovered)
    {
        foreach (int c in model.HeldCapabilities(member))
        {
            uncovered.Remove(c);
        }
    }

    /// <summary>Adds the member's capabilities to <paramref name="held"/>.</summary>
    internal static void AddHeld(PackagingModel model, int member, HashSet<int> held)
    {
        foreach (int c in model.HeldCapabilities(member))
        {
            held.Add(c);
        }
    }

    /// <summary>The uncovered capability with fewest holders, the lowest index on a tie; -1 when none is uncovered.</summary>
    internal static int Rarest(PackagingModel model, HashSet<int> uncovered)
    {
        int rare = -1, rareCount = int.MaxValue;
        foreach (int c in uncovered)
        {
            int h = model.HoldersOf(c).Length;
            if (h < rareCount || (h == rareCount && c < rare))
            {
                rare = c;
                rareCount = h;
            }
        }

        return rare;
    }
}
