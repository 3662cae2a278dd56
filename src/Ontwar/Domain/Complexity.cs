namespace Ontwar;

/// <summary>
/// Whether an activity's challenge is simple and stable or complex and changing (seed 000:966-986);
/// it drives the coordination a package needs.
/// </summary>
public enum Complexity
{
    /// <summary>Simple and stable (<em>eenvoudig en stabiel</em>): coordination may be hierarchical.</summary>
    Simple = 0,

    /// <summary>Complex and changing (<em>complex en veranderlijk</em>): coordination should be decentralised.</summary>
    Complex = 1,
}
