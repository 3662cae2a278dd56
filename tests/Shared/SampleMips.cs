using Ontwar.Modeling.Mip;

namespace Ontwar.Tests.Shared;

/// <summary>Hand-made MIP models for the writer and solver tests.</summary>
public static class SampleMips
{
    /// <summary>
    /// A tiny model touching every writer case: binary, bounded and unbounded integers, free, fixed and lower-bounded
    /// continuous variables, a variable in no row, equality, ≤, ≥, ranged and empty rows, and names to sanitise.
    /// </summary>
    /// <remarks>Its optimum is 5.5 (x = 1, n = 1, k = 2, z = -2).</remarks>
    public static MipModel Tiny()
    {
        var b = new MipModelBuilder("tiny model");
        int x = b.AddBinary("x", 1);
        int n = b.AddVariable("n", -2, 10, true, 2.5);
        int k = b.AddVariable("k", 0, double.PositiveInfinity, true);
        int z = b.AddContinuous("z", double.NegativeInfinity, double.PositiveInfinity, -1);
        int w = b.AddContinuous("w (µ)", 3, 3);
        b.AddContinuous("idle", 1, double.PositiveInfinity);
        b.AddContinuous("end", 0, double.PositiveInfinity);
        b.AddEqual("balance", [new(x, 1), new(n, 1), new(z, -1)], 4);
        b.AddLessOrEqual("cap", [new(n, 2), new(k, 1), new(n, 1)], 12);
        b.AddGreaterOrEqual("need", [new(z, 1), new(w, 0.5)], -1.25);
        b.AddConstraint("range", [new(k, 1), new(x, -1)], 1, 5);
        b.AddConstraint("cap", [new(x, 0)], 0, 1);
        return b.Build();
    }
}
