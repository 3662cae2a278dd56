using FsCheck;
using FsCheck.Fluent;

namespace Ontwar.Tests.Support;

/// <summary>Runs FsCheck properties from xunit (FsCheck.Xunit is not available): a failure throws with the counter-example.</summary>
public static class Properties
{
    /// <summary>Checks that <paramref name="property"/> holds for <paramref name="maxTest"/> generated values.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="arbitrary">The generator.</param>
    /// <param name="property">The property.</param>
    /// <param name="maxTest">How many values.</param>
    public static void Check<T>(Arbitrary<T> arbitrary, Func<T, bool> property, int maxTest = 100)
        => Prop.ForAll(arbitrary, property).Check(Configure(maxTest));

    /// <summary>Checks that <paramref name="property"/> does not throw for <paramref name="maxTest"/> generated values; use xunit asserts inside.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="arbitrary">The generator.</param>
    /// <param name="property">The property.</param>
    /// <param name="maxTest">How many values.</param>
    public static void Check<T>(Arbitrary<T> arbitrary, Action<T> property, int maxTest = 100)
        => Prop.ForAll(arbitrary, property).Check(Configure(maxTest));

    /// <summary>
    /// Every run uses one fixed seed, so a CI failure can be replayed exactly; set ONTWAR_PROPERTY_SEED to another
    /// number to explore other cases.
    /// </summary>
    private static Config Configure(int maxTest)
    {
        ulong seed = ulong.TryParse(Environment.GetEnvironmentVariable("ONTWAR_PROPERTY_SEED"), out var s) ? s : 20261122UL;
        var replay = new Replay(new Rnd(seed), Microsoft.FSharp.Core.FSharpOption<int>.None);
        return Config.QuickThrowOnFailure.WithMaxTest(maxTest).WithReplay(Microsoft.FSharp.Core.FSharpOption<Replay>.Some(replay));
    }
}
