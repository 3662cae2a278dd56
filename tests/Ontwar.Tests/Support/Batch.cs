using FsCheck;
using FsCheck.Fluent;

namespace Ontwar.Tests.Support;

/// <summary>
/// Batches of generated values, for the properties that also check that a generator covers the cases it must (for
/// example: enough feasible and enough infeasible scenarios), which one value at a time cannot say.
/// </summary>
public static class Batch
{
    /// <summary>FsCheck's default largest size, which its runs grow towards.</summary>
    private const int EndSize = 100;

    /// <summary>
    /// <paramref name="count"/> values of <paramref name="arbitrary"/>, with sizes growing from 0 to FsCheck's default
    /// largest size as a run of <paramref name="count"/> separate tests would have them.
    /// </summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="arbitrary">The values' arbitrary.</param>
    /// <param name="count">How many values.</param>
    /// <returns>The arbitrary of batches (not shrunk: each value is reported by the assertion that fails on it).</returns>
    public static Arbitrary<T[]> Of<T>(Arbitrary<T> arbitrary, int count) =>
        Arb.From(Gen.CollectToArray(Enumerable.Range(0, count), i => arbitrary.Generator.Resize(EndSize * i / count)));
}
