using FsCheck.Xunit;

// Every property of the assembly starts from one recorded seed, so a CI failure replays exactly on any machine. On a
// failure FsCheck prints "Replay directly at failing step with (seed,gamma,size)": paste that into the failing test's
// [Property(Replay = "...")] to rerun just that case; change PropertySeed.Replay to explore other cases.
[assembly: Properties(Replay = Ontwar.Tests.Support.PropertySeed.Replay)]

namespace Ontwar.Tests.Support;

/// <summary>The recorded seed of the property tests (FsCheck's replay format: seed and odd gamma).</summary>
public static class PropertySeed
{
    /// <summary>The seed every property run starts from.</summary>
    public const string Replay = "(20261122,20261123)";
}
