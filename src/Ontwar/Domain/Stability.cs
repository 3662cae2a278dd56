namespace Ontwar;

/// <summary>
/// Whether an activity's challenge stays the same over time or keeps changing (Dutch: <em>stabiel</em> or
/// <em>veranderlijk</em>, seed 000:695, 000:982-984). With <see cref="Complexity"/> it drives coordination: only a
/// simple <em>and</em> stable challenge may be coordinated hierarchically.
/// </summary>
public enum Stability
{
    /// <summary>Stable (<em>stabiel</em>): the same answer is needed (almost) every time (000:982).</summary>
    Stable = 0,

    /// <summary>Changing (<em>veranderlijk</em>): every situation is new, so decisions must be taken where the work is (000:984). The default.</summary>
    Changing = 1,
}
