namespace Ontwar;

/// <summary>
/// Whether an activity's challenge is simple or complex (seed 000:966-986); with <see cref="Stability"/> it drives the
/// coordination a package needs: only simple and stable may be hierarchical (000:695, 000:982-984).
/// </summary>
public enum Complexity
{
    /// <summary>Simple (<em>eenvoudig</em>): with <see cref="Stability.Stable"/>, coordination may be hierarchical.</summary>
    Simple = 0,

    /// <summary>Complex (<em>complex</em>): coordination should be decentralised, whatever the stability.</summary>
    Complex = 1,
}
